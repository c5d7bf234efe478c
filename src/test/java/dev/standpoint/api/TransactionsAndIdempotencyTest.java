package dev.standpoint.api;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.ActorEntryRepository;
import dev.standpoint.store.AnalysisRepository;
import dev.standpoint.store.AnalysisStore;
import dev.standpoint.store.IdempotencyKeyRepository;
import dev.standpoint.store.StoredAnalysis;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One transaction per analysis: all of it is stored, or none of it; and one Idempotency-Key stores once. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class TransactionsAndIdempotencyTest {

    @Inject
    AnalysisStore store;

    @Inject
    AnalysisRepository analyses;

    @Inject
    ActorEntryRepository actors;

    @Inject
    IdempotencyKeyRepository keys;

    @Test
    void aFailureAfterTheFirstInsertsLeavesNothingHalfWritten() {
        long analysesBefore = count(analyses::count), actorsBefore = count(actors::count), keysBefore = count(keys::count);
        StoredAnalysis analysis = TestArticles.analysis("Dr Grace Hopper said \"ship it\".", "Dr Grace Hopper",
                Stance.APPROVAL, "ship it", Instant.parse("2025-01-01T00:00:00Z"));
        // the analysis and actor rows are inserted first; the key (over its 255-character column) then fails
        assertThrows(RuntimeException.class, () -> store.save(analysis, Optional.of("k".repeat(300))));
        assertEquals(analysesBefore, count(analyses::count), "analysis rows");
        assertEquals(actorsBefore, count(actors::count), "actor rows");
        assertEquals(keysBefore, count(keys::count), "idempotency keys");
    }

    @Test
    void storesAnActorWhoseNameIsLongerThanItsColumn() {
        String name = "Wxyzabcd ".repeat(350);
        given().contentType(ContentType.JSON).body(Map.of("text", name + "said the plan would fail."))
                .post("/v1/analyses?dedupe=false").then().statusCode(201);
    }

    @Test
    void theSameKeySentByEightThreadsAtOnceStoresOneAnalysis() throws Exception {
        String key = "concurrent-" + UUID.randomUUID();
        String text = "The minister said \u201Cwe will sign the deal today.\u201D Unions warned it was rushed.";
        long before = count(analyses::count);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                            .body(Map.of("text", text)).post("/v1/analyses?dedupe=false");
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : answers) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.jsonPath().getString("id"));
            }
            assertEquals(1, ids.size(), "every request answers the same analysis: " + ids);
            assertEquals(before + 1, count(analyses::count), "stored once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReplayedKeyAnswersTheSameAnalysisMarkedReplayed() {
        String key = "replay-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "The mayor said yes.")).post("/v1/analyses?dedupe=false").then().statusCode(201)
                .extract().jsonPath().getString("id");
        Response again = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "The mayor said yes.")).post("/v1/analyses?dedupe=false");
        assertEquals(201, again.statusCode());
        assertEquals(first, again.jsonPath().getString("id"));
        assertTrue("true".equals(again.header("Idempotent-Replayed")));
    }

    @Test
    void theSameKeyWithADifferentTitleIs422() {
        String key = "title-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "The mayor said yes.", "title", "First")).post("/v1/analyses?dedupe=false").then().statusCode(201);
        for (Map<String, String> changed : List.of(Map.of("text", "The mayor said yes.", "title", "Second"),
                Map.of("text", "The mayor said yes."),
                Map.of("text", "The mayor said yes.", "title", "First", "publishedAt", "2025-01-01T00:00:00Z"))) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(changed).post("/v1/analyses?dedupe=false")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("https://standpoint.dev/problems/idempotency-key-reused"));
        }
        // the same instant written with another offset is the same request
        String at = given().contentType(ContentType.JSON).header("Idempotency-Key", key + "-t")
                .body(Map.of("text", "The mayor said yes.", "publishedAt", "2025-01-01T01:00:00+01:00"))
                .post("/v1/analyses?dedupe=false").then().statusCode(201).extract().jsonPath().getString("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key + "-t")
                .body(Map.of("text", "The mayor said yes.", "publishedAt", "2025-01-01T00:00:00Z"))
                .post("/v1/analyses?dedupe=false").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(at));
    }

    @Test
    void aBatchRetriedTenTimesWithOneKeyIsStoredOnce() {
        String key = "batch-" + UUID.randomUUID();
        String body = "{\"items\": [{\"text\": \"The mayor said yes.\"}, {\"text\": \" \"},"
                + " {\"text\": \"Critics said no.\", \"title\": \"Two\"}]}";
        long before = count(analyses::count);
        List<String> first = null;
        for (int i = 0; i < 10; i++) {
            // the same items with their keys in another order are the same request
            String sent = i % 2 == 0 ? body : body.replace("{\"text\": \"Critics said no.\", \"title\": \"Two\"}",
                    "{\"title\": \"Two\", \"text\": \"Critics said no.\"}");
            Response r = given().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(sent).post("/v1/analyses:batch?dedupe=false");
            assertEquals(200, r.statusCode(), r.asString());
            assertEquals(i > 0, "true".equals(r.header("Idempotent-Replayed")), "replayed on retry " + i);
            List<String> ids = r.jsonPath().getList("items.analysis.id");
            assertEquals(List.of(201, 400, 201), r.jsonPath().getList("items.status"));
            if (first == null) {
                first = ids;
            }
            assertEquals(first, ids, "every retry answers the analyses of the first request");
        }
        assertEquals(before + 2, count(analyses::count), "two good items stored once");
    }

    @Test
    void aBatchKeySentWithOtherItemsIs422() {
        String key = "batch-" + UUID.randomUUID();
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("items", List.of(Map.of("text", "The mayor said yes.")))).post("/v1/analyses:batch?dedupe=false")
                .then().statusCode(200);
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("items", List.of(Map.of("text", "The mayor said yes.", "title", "Other"))))
                .post("/v1/analyses:batch?dedupe=false")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://standpoint.dev/problems/idempotency-key-reused"));
    }

    @Test
    void theSameBatchKeySentByFourThreadsAtOnceStoresTheBatchOnce() throws Exception {
        String key = "batch-concurrent-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("items", List.of(Map.of("text", "The minister said \u201Cwe sign today.\u201D"),
                Map.of("text", "Unions warned it was rushed.")));
        long before = count(analyses::count);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                            .header("Idempotency-Key", key).body(body).post("/v1/analyses:batch?dedupe=false");
                }));
            }
            start.countDown();
            Set<List<String>> answered = new HashSet<>();
            for (Future<Response> f : answers) {
                Response r = f.get();
                assertEquals(200, r.statusCode(), r.asString());
                answered.add(r.jsonPath().getList("items.analysis.id"));
            }
            assertEquals(1, answered.size(), "every request answers the same analyses: " + answered);
            assertEquals(before + 2, count(analyses::count), "stored once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Transactional
    long count(java.util.function.LongSupplier counter) {
        return counter.getAsLong();
    }
}
