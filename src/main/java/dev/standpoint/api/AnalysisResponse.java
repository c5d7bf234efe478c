package dev.standpoint.api;

import java.time.Instant;
import java.util.List;

/**
 * An analysis as the API shows it. Offsets are UTF-16 code units into the submitted text unless the
 * request asked for `offsets=codepoints`. `id` is null when the analysis was not stored.
 */
public record AnalysisResponse(String id, Instant createdAt, ArticleInfo article, TopicView topic,
                               List<ActorView> actors, List<QuoteView> quotes) {

    public record ArticleInfo(String title, String url, Instant publishedAt, String language, String target,
                              int length, String contentHash) {
    }

    public record SpanView(int start, int end) {
    }

    public record TopicView(String text, SpanView span) {
    }

    public record MentionView(String text, int start, int end) {
    }

    public record StanceScoresView(double approval, double concern, double skepticism, double neutral) {
    }

    public record StanceView(String label, double confidence, StanceScoresView scores) {
    }

    public record SentimentView(double score, double magnitude) {
    }

    public record EvidenceView(String kind, String text, int start, int end, String cue, String stance,
                               double score) {
    }

    public record ActorView(String id, String name, String type, String role, List<MentionView> mentions,
                            StanceView stance, SentimentView sentiment, String summary,
                            List<EvidenceView> evidence) {
    }

    public record QuoteView(String text, int start, int end, String speakerId, String cue, double confidence) {
    }
}
