package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is checked on every request before any route reads it, each failure a 4xx problem instead of the
 * framework's 500 or empty answer:
 * <ul>
 * <li>a body declared larger than standpoint.http.max-body-size: 413 before it is read (a chunked body is
 * measured by BodyEncodingFilter);</li>
 * <li>a request target longer than standpoint.http.max-uri-length: 414; headers larger than
 * standpoint.http.max-header-size: 431 (Vert.x answers an empty 414 or 431 only past the transport ceilings);</li>
 * <li>a browser Origin that CORS does not allow: 403 cors-rejected, where Quarkus's CORS filter would answer an
 * empty 403 (the same rule: a configured origin or regex, or the service's own origin);</li>
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

    void register(@Observes Filters filters, ObjectMapper mapper, StandpointConfig config) {
        StandpointConfig.Http limits = config.http();
        filters.register(rc -> answer(rc, mapper, check(rc, limits)), PRIORITY);
    }

    /**
     * The CORS refusal must come before Quarkus's CORS filter, which runs at the router's first order, ahead of
     * every filter: a route of that order registered when the router is made comes first among them.
     */
    void registerOriginCheck(@Observes io.vertx.ext.web.Router router, ObjectMapper mapper,
                             @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean corsEnabled,
                             @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins) {
        if (!corsEnabled) {
            return;
        }
        Origins origins = new Origins(corsOrigins);
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
            answer(rc, mapper, origin == null || origins.allow(rc.request(), origin) ? null
                    : Problems.corsRejected(shorten(origin), rc.request().path()));
        });
    }

    private static void answer(RoutingContext rc, ObjectMapper mapper, Problem problem) {
        if (problem == null) {
            rc.next();
            return;
        }
        var response = rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (problem.status() == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close"); // the unread body is not worth reading
        }
        if (problem.status() == 403) {
            response.putHeader(HttpHeaders.VARY, "Origin");
        }
        response.end(write(mapper, problem));
    }

    private static Problem check(RoutingContext rc, StandpointConfig.Http limits) {
        String path = rc.request().path();
        if (rc.request().uri().length() > limits.maxUriLength()) {
            return Problems.uriTooLong(path == null || path.length() > 200 ? null : path);
        }
        long headerBytes = 0;
        for (var header : rc.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (headerBytes > limits.maxHeaderSize()) {
            return Problems.headersTooLarge(path);
        }
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared, limits.maxBodySize())) {
            return Problems.payloadTooLarge("request body of " + declared.trim() + " bytes exceeds the limit of "
                    + limits.maxBodySize() + " bytes (standpoint.http.max-body-size)", path);
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

    /**
     * The origins Quarkus's CORS filter lets through (io.quarkus.vertx.http.runtime.cors.CORSFilter): a configured
     * origin, one matching a configured /regex/, any with '*', or the service's own origin.
     */
    private static final class Origins {
        private final List<String> exact;
        private final List<java.util.regex.Pattern> patterns;
        private final boolean any;

        Origins(Optional<List<String>> configured) {
            this.exact = configured.orElse(List.of());
            this.patterns = CORSFilter.parseAllowedOriginsRegex(configured);
            this.any = CORSFilter.isConfiguredWithWildcard(configured);
        }

        boolean allow(HttpServerRequest request, String origin) {
            return any || exact.contains(origin) || CORSFilter.isOriginAllowedByRegex(patterns, origin)
                    || sameOrigin(request, origin);
        }

        private static boolean sameOrigin(HttpServerRequest request, String origin) {
            try {
                URI o = URI.create(origin);
                URI r = URI.create(request.absoluteURI());
                return o.getScheme() != null && o.getScheme().equalsIgnoreCase(r.getScheme())
                        && o.getHost() != null && o.getHost().equalsIgnoreCase(r.getHost())
                        && port(o) == port(r) && (o.getRawPath() == null || o.getRawPath().isEmpty());
            } catch (IllegalArgumentException | NullPointerException e) {
                return false;
            }
        }

        private static int port(URI uri) {
            return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
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
