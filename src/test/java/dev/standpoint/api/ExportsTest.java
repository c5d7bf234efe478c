package dev.standpoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.AnalysisStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v1/analyses as rows for notebooks: one per actor and article, as CSV or NDJSON. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AnalysisStore store;

    private String seed(String speaker, Stance stance, String published) {
        return store.save(TestArticles.analysis(speaker + " said \"it is fine, really\".", speaker, stance,
                "it is fine, really", Instant.parse(published)), Optional.empty()).id().orElseThrow();
    }

    @Test
    void csvHasAHeaderAndOneRowPerActorAndArticleWithEveryColumn() {
        String name = "Ora Plimsoll" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9-]", "z");
        String older = seed(name, Stance.APPROVAL, "2025-01-01T00:00:00Z");
        String newer = seed(name, Stance.CONCERN, "2025-02-01T00:00:00Z");

        String csv = given().accept("text/csv").queryParam("actor", name).get("/v1/analyses").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", ActorRows.COLUMNS), lines[0]);
        assertEquals(3, lines.length, csv);
        // Newest first, like the JSON listing; the title "Test: <name>" and the scores are there.
        assertTrue(lines[1].startsWith(newer + ",Test: " + name + ",,2025-02-01T00:00:00Z," + name + ","),
                lines[1]);
        assertTrue(lines[1].contains(",PERSON,spokesperson,concern,0.7,0.1,0.7,0.1,0.1,0.2,0.4,1"), lines[1]);
        assertTrue(lines[2].startsWith(older + ","), lines[2]);
    }

    @Test
    void ndjsonIsOneRowObjectALineAndLimitCapsTheAnalyses() throws Exception {
        String name = "Ivo Brackwater" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9-]", "z");
        for (int i = 1; i <= 3; i++) {
            seed(name, Stance.SKEPTICISM, "2025-0" + i + "-01T00:00:00Z");
        }
        String body = given().accept("application/x-ndjson").queryParam("actor", name).get("/v1/analyses").then()
                .statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            rows.add(JSON.readTree(line));
        }
        assertEquals(3, rows.size(), body);
        JsonNode row = rows.get(0);
        assertEquals(ActorRows.COLUMNS, iterate(row));
        assertEquals(name, row.get("actor").asText());
        assertEquals("skepticism", row.get("stance").asText());
        assertEquals(0.7, row.get("skepticism").asDouble());
        assertEquals(1, row.get("evidenceCount").asInt());
        assertEquals(name.toLowerCase().replace(' ', '-'), row.get("actorKey").asText());

        String two = given().accept("application/x-ndjson").queryParam("actor", name).queryParam("limit", 2)
                .get("/v1/analyses").then().statusCode(200).extract().asString();
        assertEquals(2, two.split("\n").length, two);
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("plain", ActorRows.quote("plain"));
        assertEquals("\"a, b\"", ActorRows.quote("a, b"));
        assertEquals("\"say \"\"no\"\"\"", ActorRows.quote("say \"no\""));
        assertEquals("\"two\nlines\"", ActorRows.quote("two\nlines"));
    }

    @Test
    void jsonStaysTheAnswerForAnyOtherAcceptAndUnknownTypesAre406() {
        given().accept("*/*").get("/v1/analyses?limit=1").then().statusCode(200).contentType("application/json");
        given().get("/v1/analyses?limit=1").then().statusCode(200).contentType("application/json");
        given().accept("application/json, text/csv;q=0.5").get("/v1/analyses?limit=1").then().statusCode(200)
                .contentType("application/json");
        given().accept("text/html").get("/v1/analyses").then().statusCode(406)
                .body("type", equalTo("https://standpoint.dev/problems/not-acceptable"));
        given().accept("text/csv").get("/v1/analyses?limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
    }

    private static List<String> iterate(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
