package dev.standpoint.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem detail. `type` is a stable URI per failure family that clients can switch on;
 * `errors` lists the offending fields for validation and malformed-JSON problems.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
