package dev.standpoint.api;

import dev.standpoint.store.AnalysisRepository;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BatchResourceTest {

    @Inject
    AnalysisRepository analyses;

    @Test
    void analysesEveryGoodItemAndReportsEachBadOneAsAProblem() {
        String body = """
                {"items": [
                  {"text": "The mayor welcomed the new tram line."},
                  {"text": "   "},
                  {"text": 42, "publishedAt": "not a date"},
                  "just a string",
                  {"text": "Residents said the works were too loud.", "title": "Trams"}
                ]}""";
        long before = analyses.count();
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(body)
                .post("/v1/analyses:batch")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("succeeded", equalTo(2))
                .body("failed", equalTo(3))
                .body("items[0].index", equalTo(0))
                .body("items[0].status", equalTo(201))
                .body("items[0].location", startsWith("/v1/analyses/"))
                .body("items[0].analysis.id", notNullValue())
                .body("items[1].status", equalTo(400))
                .body("items[1].problem.type", equalTo("https://standpoint.dev/problems/validation"))
                .body("items[1].problem.instance", equalTo("/v1/analyses:batch#/items/1"))
                .body("items[2].status", equalTo(400))
                .body("items[2].problem.type", equalTo("https://standpoint.dev/problems/malformed-json"))
                .body("items[3].status", equalTo(400))
                .body("items[4].status", equalTo(201))
                .body("items[4].analysis.article.title", equalTo("Trams"));
        assertEquals(before + 2, analyses.count());
    }

    @Test
    void storesNothingWhenPersistIsFalse() {
        long before = analyses.count();
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("text", "One."), Map.of("text", "Two."))))
                .post("/v1/analyses:batch?persist=false")
                .then().statusCode(200)
                .body("succeeded", equalTo(2))
                .body("items[0].status", equalTo(200))
                .body("items[0].location", nullValue())
                .body("items[0].analysis.id", nullValue());
        assertEquals(before, analyses.count());
    }

    @Test
    void rejectsMoreThanOneHundredItemsWith413() {
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(Map.of("text", "Article " + i + "."));
        }
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(Map.of("items", items))
                .post("/v1/analyses:batch?persist=false")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/payload-too-large"))
                .body("detail", org.hamcrest.Matchers.containsString("standpoint.batch.max-items"));
    }

    @Test
    void rejectsABatchWithoutItems() {
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\": []}")
                .post("/v1/analyses:batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("items"));
    }
}
