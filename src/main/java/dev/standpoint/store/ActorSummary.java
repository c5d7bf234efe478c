package dev.standpoint.store;

import java.time.Instant;

/** An actor merged across stored analyses by normalised name. */
public record ActorSummary(String id, String name, String type, int analysisCount, int mentionCount,
                           Instant lastSeen) {
}
