package dev.standpoint.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * An analysis as the API shows it. Offsets are UTF-16 code units into the submitted text unless the
 * request asked for `offsets=codepoints`. `id` is null when the analysis was not stored.
 */
@Schema(description = "An analysis: the article, its topic, the actors with their stance and evidence, and the quotes. "
        + "Offsets are UTF-16 code units into the submitted text, or code points with offsets=codepoints.",
        requiredProperties = {"id", "createdAt", "article", "topic", "counts", "actors"})
public record AnalysisResponse(@Schema(nullable = true, description = "null when persist=false") String id,
                               Instant createdAt, ArticleInfo article, TopicView topic, Counts counts,
                               List<ActorView> actors,
                               @Schema(description = "Left out with fields=summary")
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<QuoteView> quotes,
                               @Schema(description = "Only with fields=debug: which rule or model decided each "
                                       + "attribution, actor link, quote speaker and stance. Traces are not stored: "
                                       + "an analysis read back has empty lists")
                               @JsonInclude(JsonInclude.Include.NON_NULL) TraceView trace) {

    /** The decisions behind an analysis (fields=debug). */
    @Schema(requiredProperties = {"attributions", "quotes", "stances"})
    public record TraceView(List<AttributionTraceView> attributions, List<QuoteTraceView> quotes,
                            List<StanceTraceView> stances) {
    }

    /** One attribution: cue, source and content, the actor it joined, the rule or model that found and linked it. */
    @Schema(requiredProperties = {"cue", "source", "kind", "foundBy", "foundConfidence", "linkedBy", "linkedConfidence"})
    public record AttributionTraceView(SpanView cue, SpanView source,
                                       @Schema(nullable = true) SpanView content, String kind,
                                       @Schema(nullable = true, description = "null when no reported actor holds it") String actorId,
                                       @Schema(examples = "rule:subject-cue") String foundBy, double foundConfidence,
                                       @Schema(examples = "rule:pronoun-last-source") String linkedBy,
                                       double linkedConfidence) {
    }

    /** One quotation read as speech and what gave it its speaker (or none). */
    @Schema(requiredProperties = {"quote", "decidedBy", "confidence"})
    public record QuoteTraceView(SpanView quote, @Schema(nullable = true) String speakerId, String decidedBy,
                                 double confidence) {
    }

    /** What decided one actor's stance. */
    @Schema(requiredProperties = {"actorId", "decidedBy", "confidence"})
    public record StanceTraceView(String actorId, @Schema(examples = "model:stance-bge-small-1") String decidedBy,
                                  double confidence) {
    }

    /**
     * How many actors and quotes the analysis holds and how many the engine found; `truncated` when
     * standpoint.caps cut actors, quotes, or an actor's mentions or evidence.
     */
    @Schema(description = "Actors and quotes held, and found by the engine; truncated when standpoint.caps cut any of "
            + "them, or an actor's mentions or evidence",
            requiredProperties = {"actors", "actorsFound", "quotes", "quotesFound", "truncated"})
    public record Counts(int actors, int actorsFound, int quotes, int quotesFound, boolean truncated) {
    }

    @Schema(requiredProperties = {"title", "url", "publishedAt", "language", "target", "length", "contentHash"})
    public record ArticleInfo(@Schema(nullable = true) String title, @Schema(nullable = true) String url,
                              @Schema(nullable = true, format = "date-time") Instant publishedAt,
                              @Schema(nullable = true) String language, @Schema(nullable = true) String target,
                              @Schema(description = "Length of the text in the offsets' unit") int length,
                              @Schema(pattern = "^sha256:[0-9a-f]{64}$") String contentHash) {
    }

    @Schema(requiredProperties = {"start", "end"})
    public record SpanView(int start, int end) {
    }

    @Schema(requiredProperties = {"text", "span"})
    public record TopicView(String text, @Schema(nullable = true, description = "null when the topic is not a span "
            + "of the text (a request's target)") SpanView span) {
    }

    @Schema(requiredProperties = {"text", "start", "end"})
    public record MentionView(String text, int start, int end) {
    }

    @Schema(requiredProperties = {"approval", "concern", "skepticism", "neutral"})
    public record StanceScoresView(double approval, double concern, double skepticism, double neutral) {
    }

    @Schema(requiredProperties = {"label", "confidence", "scores"})
    public record StanceView(@Schema(enumeration = {"approval", "concern", "skepticism", "neutral"}) String label,
                             double confidence, StanceScoresView scores) {
    }

    @Schema(requiredProperties = {"score", "magnitude"})
    public record SentimentView(double score, double magnitude) {
    }

    @Schema(requiredProperties = {"kind", "text", "start", "end", "cue", "stance", "score"})
    public record EvidenceView(@Schema(enumeration = {"DIRECT_QUOTE", "REPORTED", "DESCRIPTION"}) String kind,
                               String text, int start, int end, String cue,
                               @Schema(enumeration = {"approval", "concern", "skepticism", "neutral"}) String stance,
                               double score) {
    }

    /** `mentions` and `evidence` are left out of the summary view; the counts are always all of them. */
    @Schema(requiredProperties = {"id", "name", "type", "role", "mentionCount", "stance", "sentiment", "summary",
            "evidenceCount"})
    public record ActorView(String id, String name,
                            @Schema(enumeration = {"PERSON", "ORGANIZATION", "GROUP", "ANONYMOUS"}) String type,
                            @Schema(nullable = true) String role,
                            @Schema(description = "At most standpoint.caps.mentions-per-actor; left out with fields=summary")
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<MentionView> mentions,
                            @Schema(description = "All of the actor's mentions") int mentionCount,
                            StanceView stance, SentimentView sentiment, String summary,
                            @Schema(description = "At most standpoint.caps.evidence-per-actor; left out with fields=summary")
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<EvidenceView> evidence,
                            @Schema(description = "All of the actor's evidence") int evidenceCount) {
    }

    @Schema(requiredProperties = {"text", "start", "end", "speakerId", "cue", "confidence"})
    public record QuoteView(String text, int start, int end,
                            @Schema(nullable = true, description = "The id of an actor in this analysis, or null when "
                                    + "the text supports no speaker") String speakerId,
                            String cue, double confidence) {
    }
}
