package dev.standpoint.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "a spokesman" in one article is not "a spokesman" in the next; a named actor is the same person in both. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class GenericActorsTest {

    @Test
    void genericAndAnonymousActorsAreNotMergedAcrossArticlesButNamedActorsAre() {
        String surname = "Vantrell" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            String text = "Port plan approved\n\nMinister Ada " + surname + " said \"The new port will open in spring " + (2030 + i)
                    + ".\"\n\nA spokesman for the harbour authority said \"We welcome it.\"\n\nCritics said the "
                    + "plan was rushed and would cost too much.";
            ids[i] = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/analyses")
                    .then().statusCode(201).extract().path("id");
        }
        List<Map<String, Object>> actors = given().get("/v1/analyses/" + ids[0] + "?fields=summary").then()
                .extract().path("actors");
        assertTrue(actors.stream().anyMatch(a -> ((String) a.get("name")).toLowerCase().contains("spokesman")),
                "the engine finds the spokesman: " + actors);
        assertTrue(actors.stream().anyMatch(a -> ((String) a.get("name")).equalsIgnoreCase("critics")),
                "the engine finds the critics: " + actors);

        List<String> named = given().queryParam("q", surname).get("/v1/actors").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(List.of("ada-" + surname.toLowerCase()), named, "actors of the first article: " + actors);
        assertEquals(2, (int) given().queryParam("q", surname).get("/v1/actors").then().extract()
                .path("items[0].analysisCount"));

        for (String generic : List.of("spokesman", "critics")) {
            List<String> keys = given().queryParam("q", generic).queryParam("limit", 100).get("/v1/actors").then()
                    .statusCode(200).extract().path("items.id");
            for (String id : ids) {
                List<String> mine = keys.stream().filter(k -> k.endsWith("--" + id)).toList();
                assertEquals(1, mine.size(), generic + " of analysis " + id + " has its own key: " + keys);
                given().get("/v1/actors/" + mine.get(0)).then().statusCode(200)
                        .body("appearances.size()", org.hamcrest.Matchers.equalTo(1))
                        .body("appearances[0].analysisId", org.hamcrest.Matchers.equalTo(id));
            }
        }
    }
}
