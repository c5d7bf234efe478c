package dev.standpoint.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/**
 * Who may call the /v1 API and how often. Rate limits first (per valid API key, else per client address,
 * so guessing keys is throttled too): 429 with Retry-After. Then, when API keys are configured, writes (and
 * reads if standpoint.security.protect-reads) need one: 401 without a key, 403 with an unknown one.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    private final ApiKeys keys;
    private final RateLimiter rateLimiter;

    @Context
    HttpServerRequest request;

    /** Both are application-scoped proxies: the configuration is read on first use, not when the filter is built. */
    public AccessFilter(ApiKeys keys, RateLimiter rateLimiter) {
        this.keys = keys;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        if (!(path.startsWith("/v1/") || path.startsWith("v1/"))) {
            return;
        }
        String instance = context.getUriInfo().getRequestUri().getRawPath();
        Optional<String> key = ApiKeys.presented(context.getHeaderString("X-API-Key"),
                context.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean validKey = key.isPresent() && keys.enabled() && keys.accepts(key.get());
        if (rateLimiter.enabled()) {
            String client = validKey ? "key:" + key.get() : "address:" + clientAddress();
            long waitNanos = rateLimiter.take(client);
            if (waitNanos > 0) {
                long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
                context.abortWith(Response.fromResponse(Problems.response(Problems.tooManyRequests(seconds, instance)))
                        .header("Retry-After", seconds).build());
                return;
            }
        }
        if (!keys.required(context.getMethod())) {
            return;
        }
        if (key.isEmpty()) {
            context.abortWith(Response.fromResponse(Problems.response(Problems.unauthorized(instance)))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"standpoint\"").build());
        } else if (!validKey) {
            context.abortWith(Problems.response(Problems.forbidden(instance)));
        }
    }

    private String clientAddress() {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
