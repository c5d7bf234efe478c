package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;

/**
 * What is checked on every request before any route reads it, each failure a 4xx problem instead of the
 * framework's 500 or empty answer:
 * <ul>
 * <li>a body declared larger than quarkus.http.limits.max-body-size: 413 before it is read (Vert.x would answer
 * an empty 413);</li>
 * <li>a Content-Type or Accept that is not a media type ({@code text}, {@code a/b/c}, {@code ;;;}): 400, where
 * the JAX-RS layer would throw while matching the request, before authentication, and answer 500;</li>
 * <li>a charset this JVM does not know: 415.</li>
 * </ul>
 * An Accept that names application/problem+json (as clients generated from the contract send) also accepts the
 * JSON of a successful answer: the header is dropped rather than answered 406 (RFC 9110 section 12.5.1 lets a
 * server disregard Accept).
 */
@ApplicationScoped
public class RequestGate {

    /** Before the routes that read bodies, and before the CORS filter. */
    private static final int PRIORITY = 100;

    void register(@Observes Filters filters, ObjectMapper mapper,
                  @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        long max = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        filters.register(rc -> {
            Problem problem = check(rc, max);
            if (problem == null) {
                rc.next();
                return;
            }
            var response = rc.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (problem.status() == 413) {
                response.putHeader(HttpHeaders.CONNECTION, "close"); // the unread body is not worth reading
            }
            response.end(write(mapper, problem));
        }, PRIORITY);
    }

    private static Problem check(RoutingContext rc, long maxBodySize) {
        String path = rc.request().path();
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared, maxBodySize)) {
            return Problems.payloadTooLarge("request body of " + declared.trim() + " bytes exceeds the limit of "
                    + maxBodySize + " bytes (quarkus.http.limits.max-body-size)", path);
        }
        String contentType = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            Optional<MediaType> type = parse(contentType);
            if (type.isEmpty()) {
                return Problems.invalidHeader("Content-Type", "'" + shorten(contentType)
                        + "' is not a media type; send type/subtype, such as application/json or text/plain; charset=UTF-8", path);
            }
            String charset = type.get().getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !isSupported(charset)) {
                return Problems.unsupportedMediaType("charset '" + shorten(charset)
                        + "' is not one this service can decode; send UTF-8", path);
            }
        }
        for (String accept : rc.request().headers().getAll(HttpHeaders.ACCEPT)) {
            for (String range : accept.split(",")) {
                if (!range.isBlank() && parse(range).isEmpty()) {
                    return Problems.invalidHeader("Accept", "'" + shorten(range.trim())
                            + "' is not a media range; send for example application/json", path);
                }
            }
        }
        if (namesOnlyProblemJson(rc.request().headers().getAll(HttpHeaders.ACCEPT))) {
            rc.request().headers().remove(HttpHeaders.ACCEPT);
        }
        return null;
    }

    /** Parsed with the JAX-RS runtime's own parser, so whatever passes here the resources can match. */
    static Optional<MediaType> parse(String value) {
        try {
            MediaType type = MediaType.valueOf(value.trim());
            return type.getType().isEmpty() || type.getSubtype().isEmpty() ? Optional.empty() : Optional.of(type);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean namesOnlyProblemJson(java.util.List<String> accept) {
        String all = String.join(",", accept).toLowerCase(Locale.ROOT);
        return all.contains("application/problem+json") && !all.contains("application/json")
                && !all.contains("*/*") && !all.contains("application/*") && !all.contains("text/plain");
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset.trim());
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }

    private static boolean exceeds(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String write(ObjectMapper mapper, Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
