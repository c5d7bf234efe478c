package dev.standpoint.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate (open-loop) HTTP load generator for loopback only: requests are sent on a schedule
 * whatever the server's speed, and each latency is measured from the request's <em>scheduled</em> send
 * time, so a stalled server shows up in the percentiles instead of slowing the sender (no coordinated
 * omission, as in wrk2).
 *
 * <p>Usage: {@code OpenLoopLoad URL ARTICLE_FILE RATE_PER_S SECONDS [WARMUP_SECONDS]} — POSTs the file as
 * {@code text/plain}; prints one result line: sent, ok, errors, achieved rate, p50/p90/p99/p99.9/max ms.
 */
public final class OpenLoopLoad {

    /** Requests still waiting for an answer beyond this are counted as errors instead of sent. */
    private static final int MAX_IN_FLIGHT = 2000;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: OpenLoopLoad URL ARTICLE_FILE RATE_PER_S SECONDS [WARMUP_SECONDS]");
            System.exit(2);
        }
        URI uri = Loopback.require(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        if (rate <= 0 || rate > 5000 || seconds <= 0 || seconds > 600) {
            throw new IllegalArgumentException("rate must be in (0, 5000] and seconds in (0, 600]");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        if (warmup > 0) {
            run(client, request, rate, warmup);
        }
        Result r = run(client, request, rate, seconds);
        System.out.println(r.line(rate, seconds));
    }

    record Result(int sent, int ok, int errors, long[] latenciesNanos, double achievedPerS, Map<Integer, Integer> statuses) {
        String line(double rate, int seconds) {
            long[] l = latenciesNanos;
            return String.format(java.util.Locale.ROOT,
                    "target=%.0f/s duration=%ds sent=%d ok=%d errors=%d achieved=%.1f/s statuses=%s "
                            + "p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms",
                    rate, seconds, sent, ok, errors, achievedPerS, statuses,
                    pct(l, 50), pct(l, 90), pct(l, 99), pct(l, 99.9), l.length == 0 ? 0.0 : l[l.length - 1] / 1e6);
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static Result run(HttpClient client, HttpRequest request, double rate, int seconds) throws InterruptedException {
        int total = (int) Math.round(rate * seconds);
        long interval = (long) (1e9 / rate);
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                done.countDown();
                continue;
            }
            int slot = i;
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
                long latency = System.nanoTime() - scheduled;
                if (err == null && resp.statusCode() < 300) {
                    latencies[slot] = latency;
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                if (resp != null) {
                    statuses.merge(resp.statusCode(), 1, Integer::sum);
                }
                inFlight.release();
                done.countDown();
            });
        }
        done.await(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] measured = Arrays.stream(latencies).filter(x -> x >= 0).sorted().toArray();
        return new Result(total, ok.get(), errors.get(), measured, ok.get() / elapsed, new TreeMap<>(statuses));
    }
}
