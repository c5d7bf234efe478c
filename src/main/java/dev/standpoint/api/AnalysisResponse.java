package dev.standpoint.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An analysis as the API shows it. Offsets are UTF-16 code units into the submitted text unless the
 * request asked for `offsets=codepoints`. `id` is null when the analysis was not stored.
 */
public record AnalysisResponse(String id, Instant createdAt, ArticleInfo article, TopicView topic, Counts counts,
                               List<ActorView> actors,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<QuoteView> quotes) {

    /**
     * How many actors and quotes the analysis holds and how many the engine found; `truncated` when
     * standpoint.caps cut actors, quotes, or an actor's mentions or evidence.
     */
    public record Counts(int actors, int actorsFound, int quotes, int quotesFound, boolean truncated) {
    }

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

    /** `mentions` and `evidence` are left out of the summary view; the counts are always all of them. */
    public record ActorView(String id, String name, String type, String role,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<MentionView> mentions, int mentionCount,
                            StanceView stance, SentimentView sentiment, String summary,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<EvidenceView> evidence, int evidenceCount) {
    }

    public record QuoteView(String text, int start, int end, String speakerId, String cue, double confidence) {
    }
}
