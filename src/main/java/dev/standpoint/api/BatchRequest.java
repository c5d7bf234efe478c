package dev.standpoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Up to standpoint.batch.max-items articles, each shaped like an AnalysisRequest. Items are read one
 * by one, so a malformed item fails alone.
 */
@Schema(requiredProperties = {"items"}, additionalProperties = Schema.False.class)
public record BatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = AnalysisRequest.class, minItems = 1, maxItems = 100,
                description = "At most standpoint.batch.max-items (100 by default); more is a 413")
        List<JsonNode> items) {
}
