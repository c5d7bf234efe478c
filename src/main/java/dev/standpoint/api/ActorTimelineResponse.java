package dev.standpoint.api;

import dev.standpoint.api.AnalysisResponse.StanceScoresView;
import dev.standpoint.store.ActorAppearance;

import java.time.Instant;
import java.util.List;

/** One actor's stance in every stored article that quotes or describes it, oldest first. */
public record ActorTimelineResponse(String id, String name, String type, List<AppearanceView> appearances) {

    public record AppearanceView(String analysisId, String title, Instant publishedAt, Instant analysedAt,
                                 String name, String label, double confidence, StanceScoresView scores,
                                 int evidenceCount, int mentionCount) {
    }

    static ActorTimelineResponse of(String id, List<ActorAppearance> appearances) {
        ActorAppearance latest = appearances.get(appearances.size() - 1);
        return new ActorTimelineResponse(id, latest.name(), latest.type().name(), appearances.stream()
                .map(a -> new AppearanceView(a.analysisId(), a.title().orElse(null), a.publishedAt().orElse(null),
                        a.createdAt(), a.name(), AnalysisResponses.label(a.label()), a.confidence(),
                        AnalysisResponses.scores(a.scores()), a.evidenceCount(), a.mentionCount()))
                .toList());
    }
}
