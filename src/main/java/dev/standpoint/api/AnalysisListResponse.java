package dev.standpoint.api;

import java.util.List;

/**
 * One page of stored analyses, newest first. Pass nextCursor back as `cursor` for the next page; it is null and
 * hasMore false on the last page. A page holds fewer than `limit` items when the next one would pass
 * standpoint.listing.max-page-bytes (hasMore is true then).
 */
public record AnalysisListResponse(List<AnalysisResponse> items, String nextCursor, boolean hasMore) {
}
