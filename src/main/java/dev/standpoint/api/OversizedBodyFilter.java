package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Answers a body declared larger than quarkus.http.limits.max-body-size with a 413 problem before it is
 * read. Without this Vert.x would answer the same 413 with an empty body. (A chunked body without a
 * Content-Length is still cut off by Vert.x with a bare 413.)
 */
@ApplicationScoped
public class OversizedBodyFilter {

    /** Before the routes that read bodies. */
    private static final int PRIORITY = 100;

    void register(@Observes Filters filters, ObjectMapper mapper,
                  @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long max = maxBodySize.get().asLongValue();
        filters.register(rc -> {
            String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared, max)) {
                Problem problem = Problems.payloadTooLarge("request body of " + declared.trim()
                        + " bytes exceeds the limit of " + max + " bytes (quarkus.http.limits.max-body-size)",
                        rc.request().path());
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(write(mapper, problem));
            } else {
                rc.next();
            }
        }, PRIORITY);
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
