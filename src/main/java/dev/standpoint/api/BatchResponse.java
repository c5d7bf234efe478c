package dev.standpoint.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The result of every batch item, in request order: an analysis or a problem. */
public record BatchResponse(List<BatchItemResult> items, int succeeded, int failed) {

    static BatchResponse of(List<BatchItemResult> items) {
        int failed = (int) items.stream().filter(i -> i.problem() != null).count();
        return new BatchResponse(items, items.size() - failed, failed);
    }

    /** One item's outcome: `analysis` (and `location` when stored) on success, `problem` on failure. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BatchItemResult(int index, int status, String location, AnalysisResponse analysis,
                                  Problem problem) {
    }
}
