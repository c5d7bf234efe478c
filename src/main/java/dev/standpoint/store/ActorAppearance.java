package dev.standpoint.store;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;

import java.time.Instant;
import java.util.Optional;

/** An actor's stance in one stored article. */
public record ActorAppearance(String analysisId, Optional<String> title, Optional<Instant> publishedAt,
                              Instant createdAt, String name, ActorType type, Stance label, double confidence,
                              StanceScores scores, int evidenceCount, int mentionCount) {
}
