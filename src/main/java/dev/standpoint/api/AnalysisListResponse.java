package dev.standpoint.api;

import java.util.List;

/** One page of stored analyses, newest first; pass nextCursor back as `cursor` for the next page (null at the end). */
public record AnalysisListResponse(List<AnalysisResponse> items, String nextCursor) {
}
