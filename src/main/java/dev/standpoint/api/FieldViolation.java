package dev.standpoint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request, named by its JSON path or parameter name. */
@Schema(requiredProperties = {"field", "message"})
public record FieldViolation(@Schema(description = "A JSON path (items[2].publishedAt), parameter or header name")
                             String field, String message) {
}
