package dev.standpoint.store;

import java.util.List;
import java.util.Optional;

/** One page of stored analyses and the cursor of the next page, empty on the last page. */
public record AnalysisPage(List<StoredAnalysis> items, Optional<String> nextCursor) {
    public AnalysisPage {
        items = List.copyOf(items);
    }
}
