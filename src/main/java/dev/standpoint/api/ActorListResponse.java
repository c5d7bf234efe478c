package dev.standpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Actors merged by normalised name, most often seen first; page on with nextCursor while hasMore. */
@Schema(requiredProperties = {"items", "nextCursor", "hasMore"})
public record ActorListResponse(List<ActorSummaryView> items,
                                @Schema(nullable = true, description = "Pass back as cursor; null on the last page")
                                String nextCursor, boolean hasMore) {

    /** `id` is the normalised name ("alexander-lukashenko"); `name` is one of the names the engine gave. */
    @Schema(requiredProperties = {"id", "name", "type", "analysisCount", "mentionCount", "lastSeen"})
    public record ActorSummaryView(@Schema(description = "The normalised name, e.g. alexander-lukashenko") String id,
                                   String name,
                                   @Schema(enumeration = {"PERSON", "ORGANIZATION", "GROUP", "ANONYMOUS"}) String type,
                                   int analysisCount, int mentionCount, Instant lastSeen) {
    }
}
