package dev.standpoint.api;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs analyses on a bounded pool so that one request cannot hold a worker past standpoint.analysis.timeout
 * and a flood of requests queues (then sheds, 503) instead of starving the HTTP workers. The engine does not
 * poll for interruption, so a timed-out analysis still finishes in the background (the engine is linear in
 * the text, bounded by standpoint.text.max-chars); its caller has long had its answer.
 */
@Singleton
public class AnalysisTimeLimit {

    private final Duration timeout;
    private final ThreadPoolExecutor executor;

    @Inject
    public AnalysisTimeLimit(StandpointConfig config) {
        this(config.analysis().timeout(), config.analysis().concurrency(), config.analysis().queue());
    }

    AnalysisTimeLimit(Duration timeout, int concurrency, int queue) {
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(concurrency, concurrency, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "standpoint-analysis-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    public <T> T run(Callable<T> analysis) {
        Future<T> future;
        try {
            future = executor.submit(analysis);
        } catch (RejectedExecutionException e) {
            throw new AnalysisUnavailableException("the service is busy with other analyses; retry shortly");
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AnalysisUnavailableException("the analysis did not finish within " + timeout.toMillis()
                    + " ms (standpoint.analysis.timeout)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new AnalysisUnavailableException("the analysis was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
