package dev.standpoint.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that write as fast as the service answers: half post one article at a time, half post batches.
 * Every id the service acknowledged (201, or a batch item with status 201) is remembered with its title, so a
 * test can ask for each one after a crash. Requests cut off by the crash are not acknowledged and not counted.
 */
final class WriteLoad implements AutoCloseable {

    static final int BATCH_SIZE = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger failedRequests = new AtomicInteger();
    private final AtomicInteger singleRequests = new AtomicInteger();
    private final AtomicInteger batchRequests = new AtomicInteger();

    /** Starts `clients` writers (at least two: one posting single articles, one posting batches). */
    WriteLoad(URI base, int clients) {
        this.base = base;
        this.clients = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            boolean batches = c % 2 == 1;
            this.clients.submit(() -> write(client, batches));
        }
    }

    private void write(int client, boolean batches) {
        for (int n = 0; running.get(); n++) {
            String title = "client " + client + " request " + n;
            try {
                if (batches) {
                    postBatch(title);
                } else {
                    postOne(title);
                }
            } catch (Exception e) {
                failedRequests.incrementAndGet(); // the service went away mid-request: nothing acknowledged
                sleepQuietly();
            }
        }
    }

    private void postOne(String title) throws Exception {
        singleRequests.incrementAndGet();
        HttpResponse<String> r = http.send(post("/v1/analyses", JSON.writeValueAsString(article(title))),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) {
            acknowledged.put(JSON.readTree(r.body()).path("id").asText(), title);
        } else {
            failedRequests.incrementAndGet();
        }
    }

    private void postBatch(String title) throws Exception {
        batchRequests.incrementAndGet();
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < BATCH_SIZE; i++) {
            items.add(article(title + " item " + i));
        }
        HttpResponse<String> r = http.send(post("/v1/analyses:batch", JSON.writeValueAsString(Map.of("items", items))),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            failedRequests.incrementAndGet();
            return;
        }
        for (JsonNode item : JSON.readTree(r.body()).path("items")) {
            if (item.path("status").asInt() == 201) {
                acknowledged.put(item.path("analysis").path("id").asText(), title + " item " + item.path("index").asInt());
            }
        }
    }

    private static Map<String, String> article(String title) {
        return Map.of("title", title, "text", "Mayor Ana Silva said \u201Cthe bridge opens in May.\u201D "
                + "Critics warned it was late. (" + title + ")");
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** Waits until at least `count` writes were acknowledged, or the time is up. */
    void awaitAcknowledged(int count, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** A copy of what was acknowledged so far: id to title. */
    Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int singleRequests() {
        return singleRequests.get();
    }

    int batchRequests() {
        return batchRequests.get();
    }

    int failedRequests() {
        return failedRequests.get();
    }

    /** The acknowledged ids that the service no longer knows, or whose title changed. */
    static Set<String> missing(URI base, Map<String, String> acknowledged) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> missing = ConcurrentHashMap.newKeySet();
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/v1/analyses/" + ack.getKey()))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !ack.getValue().equals(JSON.readTree(r.body()).path("article").path("title").asText())) {
                missing.add(ack.getKey());
            }
        }
        return missing;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(15, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
    }
}
