package dev.standpoint.api;

import dev.standpoint.api.AnalysisResponse.StanceScoresView;
import dev.standpoint.store.ActorAppearance;
import dev.standpoint.store.ActorSummary;
import dev.standpoint.store.Page;

import java.time.Instant;
import java.util.List;

/**
 * One actor's stance in the stored articles that quote or describe it, oldest first, a page at a time: pass
 * nextCursor back as `cursor` while hasMore. `name` and `type` are those of its latest appearance.
 */
public record ActorTimelineResponse(String id, String name, String type, List<AppearanceView> appearances,
                                    String nextCursor, boolean hasMore) {

    public record AppearanceView(String analysisId, String title, Instant publishedAt, Instant analysedAt,
                                 String name, String label, double confidence, StanceScoresView scores,
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
