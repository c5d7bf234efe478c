package dev.standpoint.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail. `type` is a stable URI per failure family that clients can switch on;
 * `errors` lists the offending fields for validation and malformed-JSON problems.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An RFC 9457 problem detail (application/problem+json)",
        requiredProperties = {"type", "title", "status", "detail"})
public record Problem(@Schema(format = "uri", description = "Stable URI of the failure family, "
                              + "https://standpoint.dev/problems/{name}; the examples list every one the service sends")
                      String type, String title, int status,
                      @Schema(description = "What is wrong, for a person") String detail,
                      @Schema(description = "The request path (and #/items/N for a batch item)") String instance,
                      @Schema(description = "The offending fields, headers or parameters, when there are any")
                      List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
