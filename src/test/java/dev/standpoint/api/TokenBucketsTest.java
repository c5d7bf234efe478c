package dev.standpoint.api;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketsTest {

    @Test
    void allowsTheBurstThenOneRequestPerRefillInterval() {
        AtomicLong now = new AtomicLong(0);
        TokenBuckets buckets = new TokenBuckets(60, 3, now::get); // one token a second
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("a"));
        }
        long wait = buckets.take("a");
        assertTrue(wait > 0 && wait <= 1_000_000_000L, "waits at most a second: " + wait);
        assertEquals(0, buckets.take("b"), "another client has its own bucket");
        now.addAndGet(1_000_000_000L);
        assertEquals(0, buckets.take("a"));
        assertTrue(buckets.take("a") > 0);
    }

    @Test
    void anIdleClientRefillsOnlyUpToTheBurst() {
        AtomicLong now = new AtomicLong(0);
        TokenBuckets buckets = new TokenBuckets(600, 2, now::get);
        buckets.take("a");
        now.addAndGet(3_600_000_000_000L);
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertTrue(buckets.take("a") > 0);
    }
}
