package dev.standpoint.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnalysisTimeLimitTest {

    @Test
    void anAnalysisPastTheTimeLimitIsUnavailable() throws Exception {
        AnalysisTimeLimit limit = new AnalysisTimeLimit(Duration.ofMillis(50), 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        AnalysisUnavailableException e = assertThrows(AnalysisUnavailableException.class,
                () -> limit.run(() -> { release.await(); return null; }));
        assertEquals("the analysis did not finish within 50 ms (standpoint.analysis.timeout)", e.getMessage());
        release.countDown();
        limit.close();
    }

    @Test
    void aFullQueueShedsLoadInsteadOfWaiting() throws Exception {
        AnalysisTimeLimit limit = new AnalysisTimeLimit(Duration.ofSeconds(5), 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> limit.run(() -> { release.await(); return null; }));
        Thread queued = new Thread(() -> limit.run(() -> { release.await(); return null; }));
        busy.start();
        Thread.sleep(100);
        queued.start();
        Thread.sleep(100);
        assertThrows(AnalysisUnavailableException.class, () -> limit.run(() -> "third"));
        release.countDown();
        busy.join();
        queued.join();
        limit.close();
    }

    @Test
    void anAnalysisWithinTheLimitAnswersAndItsFailuresPassThrough() {
        AnalysisTimeLimit limit = new AnalysisTimeLimit(Duration.ofSeconds(5), 2, 2);
        assertEquals("done", limit.run(() -> "done"));
        assertThrows(IllegalStateException.class, () -> limit.run(() -> {
            throw new IllegalStateException("engine bug");
        }));
        limit.close();
    }
}
