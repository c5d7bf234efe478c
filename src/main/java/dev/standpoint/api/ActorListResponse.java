package dev.standpoint.api;

import java.time.Instant;
import java.util.List;

/** Actors merged by normalised name, most often seen first; page on with nextCursor while hasMore. */
public record ActorListResponse(List<ActorSummaryView> items, String nextCursor, boolean hasMore) {

    /** `id` is the normalised name ("alexander-lukashenko"); `name` is one of the names the engine gave. */
    public record ActorSummaryView(String id, String name, String type, int analysisCount, int mentionCount,
                                   Instant lastSeen) {
    }
}
