import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady-rate load generator for a Standpoint on loopback (run by soak.sh; Java 17 single-file program).
 * Usage: java Soak.java PORT SERVER_PID SECONDS RATE ARTICLE_FILE
 * Sends RATE requests a second for SECONDS at a fixed schedule (open loop, so a slow server cannot slow the
 * offered load): 50% POST persist=true, 25% POST persist=false, 25% GET of a stored analysis. Every 10 s it
 * prints the server's resident memory and heap after GC; at the end, status counts and latency percentiles.
 * Exits 1 on any error answer or failed request.
 */
public class Soak {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        String article = Files.readString(Path.of(args[4]));
        String base = "http://127.0.0.1:" + port; // loopback only, by construction

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16)).build();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicLong sent = new AtomicLong();

        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        long total = (long) seconds * rate;
        long periodNanos = 1_000_000_000L / rate;
        clock.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            HttpRequest request = request(base, n, article, ids);
            long start = System.nanoTime();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                latencies.add(System.nanoTime() - start);
                if (e != null) {
                    failures.incrementAndGet();
                    return;
                }
                statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                if (r.statusCode() == 201 && ids.size() < 1000) {
                    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(r.body());
                    if (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);

        System.out.printf("%6s %8s %10s %12s%n", "t (s)", "sent", "RSS (MiB)", "heap (MiB)");
        for (int t = 0; t <= seconds; t += 10) {
            System.out.printf("%6d %8d %10.1f %12.1f%n", t, Math.min(sent.get(), total), rssMiB(pid),
                    heapMiB(client, base));
            Thread.sleep(Math.min(10, seconds - t + 1) * 1000L);
        }
        clock.shutdown();
        Thread.sleep(5000); // let the last answers arrive
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        System.out.println("statuses: " + statuses + ", failed requests: " + failures.get() + ", answered: " + sorted.size()
                + " of " + total);
        if (!sorted.isEmpty()) {
            System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        }
        boolean ok = failures.get() == 0 && statuses.keySet().stream().allMatch(s -> s < 400) && sorted.size() == total;
        System.out.println(ok ? "SOAK OK: zero errors" : "SOAK FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static HttpRequest request(String base, long n, String article, List<String> ids) {
        int kind = (int) (n % 4);
        if (kind == 3 && !ids.isEmpty()) {
            String id = ids.get((int) (n % ids.size()));
            return HttpRequest.newBuilder(URI.create(base + "/v1/analyses/" + id)).timeout(Duration.ofSeconds(30)).GET().build();
        }
        String persist = kind == 1 ? "false" : "true";
        return HttpRequest.newBuilder(URI.create(base + "/v1/analyses?persist=" + persist))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(article + "\n\nUpdate " + n + ".")).build();
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            // the server is gone; reported as -1
        }
        return -1;
    }

    /** Heap in use as the server's own metrics report it (jvm_memory_used_bytes, area heap). */
    private static double heapMiB(HttpClient client, String base) {
        try {
            String metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)").matcher(metrics);
            while (m.find()) {
                sum += Double.parseDouble(m.group(1));
            }
            return sum / (1024 * 1024);
        } catch (Exception e) {
            return -1;
        }
    }
}
