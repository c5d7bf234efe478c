package dev.standpoint.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client, in memory: `burst` tokens at most, refilled at `perMinute` tokens a minute;
 * a request takes one. Buckets that have refilled completely are forgotten when the map grows large, so a
 * stream of new client addresses cannot exhaust memory.
 */
final class TokenBuckets {

    private static final int MAX_CLIENTS = 10_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int perMinute, int burst, LongSupplier nanoClock) {
        this.capacity = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = nanoClock;
    }

    /** 0 when the client may go ahead; otherwise the nanoseconds until it may. */
    long take(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
            last = now;
        }
    }
}
