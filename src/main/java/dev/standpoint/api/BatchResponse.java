package dev.standpoint.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The result of every batch item, in request order: an analysis or a problem. */
@Schema(requiredProperties = {"items", "succeeded", "failed"})
public record BatchResponse(List<BatchItemResult> items, int succeeded, int failed) {

    static BatchResponse of(List<BatchItemResult> items) {
        int failed = (int) items.stream().filter(i -> i.problem() != null).count();
        return new BatchResponse(items, items.size() - failed, failed);
    }

    /** One item's outcome: `analysis` (and `location` when stored) on success, `problem` on failure. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"index", "status"})
    public record BatchItemResult(int index, @Schema(description = "201 stored, 200 analysed (persist=false), or the "
            + "problem's status") int status,
                                  @Schema(description = "Where the stored analysis is; with status 201") String location,
                                  @Schema(description = "With status 200 or 201") AnalysisResponse analysis,
                                  @Schema(description = "With any other status") Problem problem) {
    }
}
