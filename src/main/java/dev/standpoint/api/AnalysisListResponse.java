package dev.standpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of stored analyses, newest first. Pass nextCursor back as `cursor` for the next page; it is null and
 * hasMore false on the last page. A page holds fewer than `limit` items when the next one would pass
 * standpoint.listing.max-page-bytes (hasMore is true then).
 */
@Schema(requiredProperties = {"items", "nextCursor", "hasMore"})
public record AnalysisListResponse(List<AnalysisResponse> items,
                                   @Schema(nullable = true, description = "Pass back as cursor; null on the last page")
                                   String nextCursor,
                                   @Schema(description = "Whether another page follows (a page can end before limit "
                                           + "at standpoint.listing.max-page-bytes)") boolean hasMore) {
}
