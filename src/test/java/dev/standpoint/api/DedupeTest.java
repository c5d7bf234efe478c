package dev.standpoint.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A text this engine already stored is answered with the stored analysis, not stored again. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DedupeTest {

    private static String article() {
        return "Minister Ada Quillon said \"The bridge will open in " + UUID.randomUUID() + ".\" Critics said it "
                + "was too late.";
    }

    private static Response post(Map<String, Object> body, String query) {
        return given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(body).post("/v1/analyses" + query);
    }

    @Test
    void postingATextAlreadyStoredAnswersTheStoredAnalysisWith200AndItsLocation() {
        String text = article();
        Response first = post(Map.of("text", text, "title", "Bridge"), "");
        first.then().statusCode(201);
        String id = first.path("id");

        post(Map.of("text", text, "title", "Bridge"), "").then().statusCode(200)
                .header("Location", "/v1/analyses/" + id)
                .body("id", equalTo(id));
        // The same text as text/plain with the same title is the same submission.
        given().contentType("text/plain; charset=UTF-8").queryParam("title", "Bridge").body(text)
                .post("/v1/analyses").then().statusCode(200).header("Location", "/v1/analyses/" + id);
        assertEquals(1, storedCopies(text), "one copy stored");
    }

    @Inject
    DataSource dataSource;

    @Inject
    EngineVersion engineVersion;

    @Test
    void theStoreHoldsAnEngineVersionThatNamesEveryModel() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet column = c.getMetaData().getColumns(null, null, "analysis", "engine_version")) {
            assertTrue(column.next(), "analysis.engine_version");
            int size = column.getInt("COLUMN_SIZE");
            // the accurate engine's version is 97 characters: V4's 100 had no room for a longer model name
            assertTrue(size >= 400, () -> "engine_version holds " + size);
            assertTrue(engineVersion.label().length() <= size, engineVersion::label);
        }
    }

    @Test
    void dedupeFalseStoresTheTextAgain() {
        String text = article();
        String first = post(Map.of("text", text), "").then().statusCode(201).extract().path("id");
        String second = post(Map.of("text", text), "?dedupe=false").then().statusCode(201).extract().path("id");
        assertNotEquals(first, second);
        assertEquals(2, storedCopies(text));
    }

    @Test
    void anotherTitleOrTargetIsAnotherSubmission() {
        String text = article();
        post(Map.of("text", text, "title", "One"), "").then().statusCode(201);
        post(Map.of("text", text, "title", "Two"), "").then().statusCode(201);
        post(Map.of("text", text, "title", "Two", "target", "the bridge"), "").then().statusCode(201);
        assertEquals(3, storedCopies(text));
    }

    @Test
    void persistFalseNeitherStoresNorLooksUp() {
        String text = article();
        String id = post(Map.of("text", text), "").then().statusCode(201).extract().path("id");
        post(Map.of("text", text), "?persist=false").then().statusCode(200).header("Location", (String) null)
                .body("id", equalTo(null));
        assertEquals(1, storedCopies(text), "still one copy: " + id);
    }

    @Test
    void aBadDedupeValueIsAProblemNamingIt() {
        post(Map.of("text", article()), "?dedupe=maybe").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/validation"))
                .body("errors[0].field", equalTo("dedupe"));
    }

    @Test
    void batchItemsAlreadyStoredOrRepeatedInTheBatchAnswerTheStoredAnalysisWithStatus200() {
        String stored = article();
        String fresh = article();
        String id = post(Map.of("text", stored), "").then().statusCode(201).extract().path("id");
        Response batch = given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("text", stored), Map.of("text", fresh), Map.of("text", fresh))))
                .post("/v1/analyses:batch");
        batch.then().statusCode(200)
                .body("items[0].status", equalTo(200))
                .body("items[0].location", equalTo("/v1/analyses/" + id))
                .body("items[1].status", equalTo(201))
                .body("items[2].status", equalTo(200));
        assertEquals((String) batch.path("items[1].location"), batch.path("items[2].location"));
        assertEquals(1, storedCopies(fresh));

        // With an Idempotency-Key the outcome, dedupe included, replays as it was.
        String key = UUID.randomUUID().toString();
        String other = article();
        Map<String, Object> body = Map.of("items", List.of(Map.of("text", stored), Map.of("text", other),
                Map.of("text", other)));
        Response keyed = given().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/v1/analyses:batch");
        keyed.then().statusCode(200).body("items[0].status", equalTo(200)).body("items[1].status", equalTo(201))
                .body("items[2].status", equalTo(200));
        Response replay = given().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/v1/analyses:batch");
        assertEquals(200, replay.statusCode(), replay.asString());
        replay.then().header("Idempotent-Replayed", "true")
                .body("items[0].status", equalTo(200)).body("items[0].location", equalTo("/v1/analyses/" + id))
                .body("items[2].location", equalTo((String) keyed.path("items[1].location")));
        assertEquals(1, storedCopies(other));

        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("text", fresh))))
                .post("/v1/analyses:batch?dedupe=false").then().statusCode(200).body("items[0].status", equalTo(201));
        assertEquals(2, storedCopies(fresh));
    }

    /** How many stored analyses hold exactly this text (its unique sentence is in every copy's contentHash). */
    private static int storedCopies(String text) {
        String hash = AnalysisService.contentHash(text);
        List<String> hashes = given().queryParam("limit", 100).get("/v1/analyses?fields=summary").then().statusCode(200)
                .extract().path("items.article.contentHash");
        return (int) hashes.stream().filter(hash::equals).count();
    }
}
