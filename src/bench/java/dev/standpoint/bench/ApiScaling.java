package dev.standpoint.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Service latency against article length: for each size, the generated article
 * ({@link BenchCorpus#longArticle}) is POSTed one request at a time, after a few unmeasured ones, and
 * the median is printed as a TSV row: chars, requests, median ms, p90 ms.
 *
 * <p>Usage: {@code ApiScaling URL SIZE...} (loopback only). Sizes above the service's default
 * 200 000-character limit need {@code -Dstandpoint.text.max-chars} and a larger
 * {@code quarkus.http.limits.max-body-size} on the server.
 */
public final class ApiScaling {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ApiScaling URL SIZE...");
            System.exit(2);
        }
        URI uri = Loopback.require(args[0]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.println("chars\trequests\tmedian_ms\tp90_ms");
        for (int a = 1; a < args.length; a++) {
            int chars = Integer.parseInt(args[a]);
            String text = BenchCorpus.longArticle(chars);
            // Bounded: about 30 s of work per size at most, never fewer than 5 measured requests.
            int warm = chars >= 262_144 ? 2 : 10;
            int measured = chars >= 262_144 ? 7 : chars >= 65_536 ? 20 : 50;
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(text)).build();
            long[] nanos = new long[measured];
            for (int i = -warm; i < measured; i++) {
                long t0 = System.nanoTime();
                HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                long t = System.nanoTime() - t0;
                if (r.statusCode() >= 300) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + " for " + chars + " chars");
                }
                if (i >= 0) {
                    nanos[i] = t;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%d\t%d\t%.2f\t%.2f%n", text.length(), measured,
                    OpenLoopLoad.pct(nanos, 50), OpenLoopLoad.pct(nanos, 90));
        }
    }
}
