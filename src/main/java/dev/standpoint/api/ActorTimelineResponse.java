package dev.standpoint.api;

import dev.standpoint.api.AnalysisResponse.StanceScoresView;
import dev.standpoint.store.ActorAppearance;
import dev.standpoint.store.ActorSummary;
import dev.standpoint.store.Page;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One actor's stance in the stored articles that quote or describe it, oldest first, a page at a time: pass
 * nextCursor back as `cursor` while hasMore. `name` and `type` are those of its latest appearance.
 */
@Schema(requiredProperties = {"id", "name", "type", "appearances", "nextCursor", "hasMore"})
public record ActorTimelineResponse(String id, String name,
                                    @Schema(enumeration = {"PERSON", "ORGANIZATION", "GROUP", "ANONYMOUS"}) String type,
                                    List<AppearanceView> appearances,
                                    @Schema(nullable = true, description = "Pass back as cursor; null on the last page")
                                    String nextCursor, boolean hasMore) {

    @Schema(requiredProperties = {"analysisId", "title", "publishedAt", "analysedAt", "name", "label", "confidence",
            "scores", "evidenceCount", "mentionCount"})
    public record AppearanceView(String analysisId, @Schema(nullable = true) String title,
                                 @Schema(nullable = true, format = "date-time") Instant publishedAt, Instant analysedAt,
                                 String name, @Schema(enumeration = {"approval", "concern", "skepticism", "neutral"})
                                 String label, double confidence, StanceScoresView scores,
                                 int evidenceCount, int mentionCount) {
    }

    static ActorTimelineResponse of(ActorSummary actor, Page<ActorAppearance> page) {
        return new ActorTimelineResponse(actor.id(), actor.name(), actor.type(), page.items().stream()
                .map(a -> new AppearanceView(a.analysisId(), a.title().orElse(null), a.publishedAt().orElse(null),
                        a.createdAt(), a.name(), AnalysisResponses.label(a.label()), a.confidence(),
                        AnalysisResponses.scores(a.scores()), a.evidenceCount(), a.mentionCount()))
                .toList(), page.nextCursor().orElse(null), page.hasMore());
    }
}
