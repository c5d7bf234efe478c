package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.stream.Collectors;

/** Builds the problem of each failure family, so mappers and per-item batch errors say the same thing. */
final class Problems {

    static final String BASE = "https://standpoint.dev/problems/";
    static final String VALIDATION = BASE + "validation";
    static final String NOT_FOUND = BASE + "not-found";
    static final String MALFORMED_JSON = BASE + "malformed-json";
    static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    static final String IDEMPOTENCY_KEY_REUSED = BASE + "idempotency-key-reused";
    static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    static final String HTTP_ERROR = BASE + "http-error";
    static final String INTERNAL = BASE + "internal-error";

    private Problems() {
    }

    static Problem validation(InvalidRequestException e, String instance) {
        return new Problem(VALIDATION, "Invalid request", 400, e.getMessage(), instance, e.violations());
    }

    static Problem notFound(String detail, String instance) {
        return new Problem(NOT_FOUND, "Not found", 404, detail, instance, null);
    }

    /** Names the JSON field that failed ("publishedAt", "items[2].text") when Jackson knows it. */
    static Problem malformedJson(JsonProcessingException e, String instance) {
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String reason = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
        reason = reason.lines().findFirst().orElse(reason);
        String detail = field == null ? "request body is not valid JSON: " + reason
                : "field '" + field + "' has an invalid value: " + reason;
        List<FieldViolation> errors = field == null ? null : List.of(new FieldViolation(field, reason));
        return new Problem(MALFORMED_JSON, "Malformed JSON", 400, detail, instance, errors);
    }

    static Problem payloadTooLarge(String detail, String instance) {
        return new Problem(PAYLOAD_TOO_LARGE, "Payload too large", 413, detail, instance, null);
    }

    static Problem idempotencyKeyReused(String detail, String instance) {
        return new Problem(IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused", 422, detail, instance, null);
    }

    static Problem unsupportedMediaType(String detail, String instance) {
        return new Problem(UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415, detail, instance, null);
    }

    static Problem internal(String instance) {
        return new Problem(INTERNAL, "Internal error", 500,
                "the request could not be completed; the error was logged", instance, null);
    }

    /** The problem for one failed batch item; anything unexpected becomes a 500 without internals. */
    static Problem forItem(Throwable e, String instance) {
        if (e instanceof InvalidRequestException v) {
            return validation(v, instance);
        }
        if (e instanceof PayloadTooLargeException p) {
            return payloadTooLarge(p.getMessage(), instance);
        }
        if (e instanceof JsonProcessingException j) {
            return malformedJson(j, instance);
        }
        if (e instanceof IllegalArgumentException iae && iae.getCause() instanceof JsonProcessingException j) {
            return malformedJson(j, instance);
        }
        return internal(instance);
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
