package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
    static final String INVALID_ENCODING = BASE + "invalid-encoding";
    static final String INVALID_HEADER = BASE + "invalid-header";
    static final String URI_TOO_LONG = BASE + "uri-too-long";
    static final String HEADERS_TOO_LARGE = BASE + "headers-too-large";
    static final String CORS_REJECTED = BASE + "cors-rejected";
    static final String UNSUPPORTED_LANGUAGE = BASE + "unsupported-language";
    static final String UNAUTHORIZED = BASE + "unauthorized";
    static final String FORBIDDEN = BASE + "forbidden";
    static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    static final String DATABASE_UNAVAILABLE = BASE + "database-unavailable";
    static final String ANALYSIS_UNAVAILABLE = BASE + "analysis-unavailable";
    /** Seconds a client should wait before retrying after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;
    static final String INTERNAL = BASE + "internal-error";

    private Problems() {
    }

    static Problem validation(InvalidRequestException e, String instance) {
        return new Problem(VALIDATION, "Invalid request", 400, e.getMessage(), instance, e.violations());
    }

    /** A header that does not parse (a Content-Type that is not type/subtype); `errors` names the header. */
    static Problem invalidHeader(String header, String message, String instance) {
        return new Problem(INVALID_HEADER, "Invalid header", 400, header + ": " + message, instance,
                List.of(new FieldViolation(header, message)));
    }

    static Problem methodNotAllowed(String instance) {
        return new Problem(METHOD_NOT_ALLOWED, "Method not allowed", 405,
                "this resource does not support the request method", instance, null);
    }

    static Problem notAcceptable(String instance) {
        return new Problem(NOT_ACCEPTABLE, "Not acceptable", 406,
                "this resource answers application/json (or text/plain for an article's text) only", instance, null);
    }

    static Problem uriTooLong(String instance) {
        return new Problem(URI_TOO_LONG, "URI too long", 414, "the request target is longer than "
                + "standpoint.http.max-uri-length; send long values in a POST body", instance, null);
    }

    static Problem headersTooLarge(String instance) {
        return new Problem(HEADERS_TOO_LARGE, "Request headers too large", 431,
                "the request headers are larger than standpoint.http.max-header-size", instance, null);
    }

    static Problem corsRejected(String origin, String instance) {
        return new Problem(CORS_REJECTED, "Origin not allowed", 403, "the browser origin '" + origin
                + "' is not one of quarkus.http.cors.origins", instance, null);
    }

    /** A framework failure with no family of its own, under its HTTP status. */
    static Problem httpError(int status, String detail, String instance) {
        var reason = Response.Status.fromStatusCode(status);
        return new Problem(HTTP_ERROR, reason == null ? "HTTP error" : reason.getReasonPhrase(), status, detail,
                instance, null);
    }

    static Problem unsupportedLanguage(String language, String instance) {
        String message = "'" + language + "' is not a language the engine reads; it reads English only: send 'en' "
                + "(or a tag such as 'en-GB'), or leave language out";
        return new Problem(UNSUPPORTED_LANGUAGE, "Unsupported language", 422, "language: " + message, instance,
                List.of(new FieldViolation("language", message)));
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
        String reason = reason(e);
        String detail;
        if (e instanceof UnrecognizedPropertyException) {
            detail = field == null || field.equals(((UnrecognizedPropertyException) e).getPropertyName()) ? reason
                    : "at '" + field + "': " + reason;
        } else if (field == null) {
            detail = "request body is not valid JSON: " + reason + (e instanceof JsonParseException ? at(e) : "");
        } else {
            detail = "field '" + field + "' has an invalid value: " + reason;
        }
        List<FieldViolation> errors = field == null ? null : List.of(new FieldViolation(field, reason));
        return new Problem(MALFORMED_JSON, "Malformed JSON", 400, detail, instance, errors);
    }

    /**
     * Jackson's message, minus what is internal: a value of the wrong type says what was expected in JSON
     * terms, never the Java class ("`java.time.OffsetDateTime`") or an exception name.
     */
    private static String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(u);
        }
        if (e instanceof MismatchedInputException m && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("Trailing token")) {
            return "unexpected data after the JSON value" + at(e) + "; send one JSON object";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String expected = "expected " + expected(m.getTargetType());
            if (m instanceof InvalidFormatException f && f.getValue() != null) {
                String value = String.valueOf(f.getValue());
                return expected + ", not '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
            }
            return expected;
        }
        String message = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
        message = message.lines().findFirst().orElse(message);
        return message.replaceAll("`(?:[\\w$]+\\.)+([\\w$]+)`", "$1")
                .replaceAll("\\((?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error)\\) ?", "");
    }

    /** "unknown field 'titel'; did you mean 'title'? Known fields: ...", the known names in declaration order. */
    private static String unknownField(UnrecognizedPropertyException u) {
        Class<?> target = u.getReferringClass();
        List<String> known = target != null && target.isRecord()
                ? java.util.Arrays.stream(target.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList()
                : u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
        String name = u.getPropertyName();
        String suggestion = known.stream().filter(k -> similar(k, name)).findFirst()
                .map(k -> "; did you mean '" + k + "'?").orElse("");
        return "unknown field '" + name + "'" + suggestion + (known.isEmpty() ? "" : " Known fields: " + String.join(", ", known));
    }

    /** Same letters ignoring case, '_' and '-' (published_at, PublishedAt), or one or two typing slips (titel). */
    private static boolean similar(String known, String sent) {
        String a = known.replaceAll("[_-]", "").toLowerCase(java.util.Locale.ROOT);
        String b = sent.replaceAll("[_-]", "").toLowerCase(java.util.Locale.ROOT);
        return a.equals(b) || (Math.abs(a.length() - b.length()) <= 2 && editDistance(a, b) <= 2);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + swap);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset, such as 2025-12-30T10:00:00Z";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object";
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

    static Problem invalidEncoding(String detail, String instance) {
        return new Problem(INVALID_ENCODING, "Invalid encoding", 400, detail, instance,
                List.of(new FieldViolation("body", detail)));
    }

    static Problem unauthorized(String instance) {
        return new Problem(UNAUTHORIZED, "Unauthorized", 401,
                "this request needs an API key in X-API-Key or Authorization: Bearer", instance, null);
    }

    static Problem forbidden(String instance) {
        return new Problem(FORBIDDEN, "Forbidden", 403, "the API key is not one this service accepts", instance, null);
    }

    static Problem tooManyRequests(long retryAfterSeconds, String instance) {
        return new Problem(TOO_MANY_REQUESTS, "Too many requests", 429,
                "rate limit exceeded; retry in " + retryAfterSeconds + " s", instance, null);
    }

    static Problem databaseUnavailable(String instance) {
        return new Problem(DATABASE_UNAVAILABLE, "Database unavailable", 503,
                "the database cannot be reached; nothing was stored. Retry later, or send persist=false to analyse "
                        + "without storing", instance, null);
    }

    static Problem analysisUnavailable(String detail, String instance) {
        return new Problem(ANALYSIS_UNAVAILABLE, "Analysis unavailable", 503, detail, instance, null);
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
        if (e instanceof UnsupportedLanguageException u) {
            return unsupportedLanguage(u.language(), instance);
        }
        if (e instanceof JsonProcessingException j) {
            return malformedJson(j, instance);
        }
        if (e instanceof IllegalArgumentException iae && iae.getCause() instanceof JsonProcessingException j) {
            return malformedJson(j, instance);
        }
        if (e instanceof AnalysisUnavailableException a) {
            return analysisUnavailable(a.getMessage(), instance);
        }
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable(instance);
        }
        return internal(instance);
    }

    static Response response(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
