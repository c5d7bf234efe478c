package dev.standpoint.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fields=debug: the opt-in trace of which rule or model decided each attribution, speaker and stance. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DebugTraceTest {

    private static final String ARTICLE = "Council approves plan to close city centre to cars\n\n"
            + "\"This will save lives,\" said Maria Lopez, a cycling campaigner. Shopkeepers' leader Tom Reed said "
            + "he feared the closure would drive customers away.";

    @Test
    void namesTheRuleOrModelBehindEveryDecisionWithOffsetsIntoTheText() {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .post("/v1/analyses?persist=false&fields=debug").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> attributions = answer.getList("trace.attributions");
        assertFalse(attributions.isEmpty());
        for (Map<String, Object> a : attributions) {
            assertTrue(((String) a.get("foundBy")).matches("(rule|model):[a-z0-9-]+"), a::toString);
            @SuppressWarnings("unchecked")
            Map<String, Integer> cue = (Map<String, Integer>) a.get("cue");
            assertTrue(ARTICLE.substring(cue.get("start"), cue.get("end")).matches("\\w+"), a::toString);
        }
        List<String> stanceDeciders = answer.getList("trace.stances.decidedBy");
        assertEquals(answer.getList("actors").size(), stanceDeciders.size());
        // the default engine is the accurate one: its stance model decides
        assertTrue(stanceDeciders.stream().allMatch(d -> d.startsWith("model:stance-bge-small")), stanceDeciders::toString);
        assertEquals(answer.getList("actors.id"), answer.getList("trace.stances.actorId"));
        assertTrue(answer.getList("trace.quotes.speakerId").contains(answer.getString("actors.find { it.name == 'Maria Lopez' }.id")));
    }

    @Test
    void isOffByDefaultAndNotStored() {
        given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .post("/v1/analyses?persist=false").then().statusCode(200).body("$", not(hasKey("trace")));
        String id = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE, "title", "debug " + System.nanoTime()))
                .post("/v1/analyses?fields=debug&dedupe=false").then().statusCode(201)
                .body("trace.stances.size()", org.hamcrest.Matchers.greaterThan(0)).extract().path("id");
        given().get("/v1/analyses/" + id + "?fields=debug").then().statusCode(200)
                .body("trace.attributions.size()", org.hamcrest.Matchers.equalTo(0));
    }
}
