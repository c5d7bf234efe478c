package dev.standpoint.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With small caps, an article of many speakers is stored and answered cut down to size, saying what the engine
 * found; the summary view leaves texts out; a list page ends early at its byte budget and pages on.
 */
@QuarkusTest
@TestProfile(BoundedAnswersTest.Profile.class)
class BoundedAnswersTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("standpoint.caps.actors", "2", "standpoint.caps.quotes", "3",
                    "standpoint.caps.mentions-per-actor", "1", "standpoint.caps.evidence-per-actor", "1",
                    "standpoint.listing.max-page-bytes", "4000",
                    "quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:bounded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "");
        }
    }

    /** Six people, each quoted twice in a paragraph of their own. */
    private static final String MANY_SPEAKERS = String.join("\n\n",
            "Anna Berg said \u201Cthe bridge is late.\u201D Berg added \u201Cit costs too much.\u201D",
            "Carl Dahl said \u201Cthe bridge is fine.\u201D Dahl added \u201Cit opens soon.\u201D",
            "Eva Falk said \u201Cwe welcome it.\u201D Falk added \u201Cthe town needs it.\u201D",
            "Gus Holm said \u201Cthis is a mistake.\u201D Holm added \u201Cnobody asked us.\u201D",
            "Ida Juhl said \u201Cwe are worried.\u201D Juhl added \u201Cthe river will flood.\u201D",
            "Kai Lund said \u201Cit is too early to say.\u201D Lund added \u201Cwe will see.\u201D");

    @Test
    void storesAndAnswersAtMostTheCappedActorsAndQuotesSayingWhatTheEngineFound() {
        JsonPath created = given().contentType(ContentType.JSON).body(Map.of("text", MANY_SPEAKERS))
                .post("/v1/analyses").then().statusCode(201).extract().jsonPath();
        assertEquals(2, created.getList("actors").size());
        assertEquals(3, created.getList("quotes").size());
        assertTrue(created.getInt("counts.actorsFound") > 2, "the engine found more speakers than were kept");
        assertTrue(created.getInt("counts.quotesFound") >= 12, "and all twelve quotes");
        assertTrue(created.getBoolean("counts.truncated"));
        Set<String> actorIds = new HashSet<>(created.getList("actors.id"));
        for (String speaker : created.<String>getList("quotes.speakerId")) {
            assertTrue(speaker == null || actorIds.contains(speaker), "every kept quote's speaker is kept: " + speaker);
        }
        // what is stored is what was answered
        JsonPath stored = given().get("/v1/analyses/" + created.getString("id")).then().statusCode(200).extract().jsonPath();
        assertEquals(created.getList("actors.id"), stored.getList("actors.id"));
        assertEquals(created.getInt("counts.actorsFound"), stored.getInt("counts.actorsFound"));
    }

    @Test
    void showsAtMostTheCappedMentionsAndEvidencePerActorWithTheirFullCounts() {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", MANY_SPEAKERS))
                .post("/v1/analyses?persist=false").then().statusCode(200).extract().jsonPath();
        for (int i = 0; i < 2; i++) {
            assertEquals(1, json.getList("actors[" + i + "].mentions").size());
            assertEquals(1, json.getList("actors[" + i + "].evidence").size());
            assertTrue(json.getInt("actors[" + i + "].mentionCount") >= 2);
            assertTrue(json.getInt("actors[" + i + "].evidenceCount") >= 1);
        }
    }

    @Test
    void theSummaryViewLeavesOutMentionsEvidenceAndQuotes() {
        given().contentType(ContentType.JSON).body(Map.of("text", MANY_SPEAKERS))
                .post("/v1/analyses?persist=false&fields=summary").then().statusCode(200)
                .body("$", not(hasKey("quotes")))
                .body("actors[0]", not(hasKey("evidence")))
                .body("actors[0]", not(hasKey("mentions")))
                .body("actors[0]", hasKey("evidenceCount"))
                .body("actors[0].stance.label", org.hamcrest.Matchers.notNullValue())
                .body("counts.quotes", equalTo(3));
        given().contentType(ContentType.JSON).body(Map.of("text", "The mayor said yes."))
                .post("/v1/analyses?persist=false&fields=everything").then().statusCode(400)
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void aListPageEndsEarlyAtItsByteBudgetAndPagesOnToEveryItem() {
        String speaker = "Vera Budget" + UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            created.add(given().contentType(ContentType.JSON)
                    .body(Map.of("text", speaker + " said \u201Cpage " + i + " of a long list of answers.\u201D "
                            + "x".repeat(400)))
                    .post("/v1/analyses").then().statusCode(201).extract().jsonPath().getString("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("actor", speaker).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            String body = request.get("/v1/analyses").then().statusCode(200).extract().asString();
            JsonPath page = JsonPath.from(body);
            assertTrue(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 4000 || page.getList("items").size() == 1,
                    "a page passes the budget only when one item alone does");
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            assertEquals(cursor != null, page.getBoolean("hasMore"));
            pages++;
        } while (cursor != null);
        assertEquals(created, new HashSet<>(seen));
        assertEquals(4, seen.size(), "no item on two pages");
        assertTrue(pages > 1, "four items of about 1.5 KB do not fit a 4,000-byte page");
    }
}
