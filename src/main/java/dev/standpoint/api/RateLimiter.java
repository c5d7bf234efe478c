package dev.standpoint.api;

import jakarta.enterprise.context.ApplicationScoped;

/** The configured rate limit (standpoint.rate-limit.*): token buckets per client, or nothing when disabled. */
@ApplicationScoped
public class RateLimiter {

    private final TokenBuckets buckets;

    public RateLimiter(StandpointConfig config) {
        StandpointConfig.RateLimit limit = config.rateLimit();
        this.buckets = limit.enabled() ? new TokenBuckets(limit.requestsPerMinute(), limit.burst(), System::nanoTime) : null;
    }

    boolean enabled() {
        return buckets != null;
    }

    /** 0 when the client may go ahead; otherwise the nanoseconds until it may. */
    long take(String client) {
        return buckets == null ? 0 : buckets.take(client);
    }
}
