package dev.standpoint.api;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.AnalysisStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actors are seeded through the store with hand-made analyses, so these tests do not depend on the engine. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ActorResourceTest {

    @Inject
    AnalysisStore store;

    @Test
    void mergesAnActorsNamesAcrossArticlesByNormalisedName() {
        String surname = "Quill" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        store.save(TestArticles.analysis("President Ada " + surname + " said \"fine\".", "President Ada " + surname,
                Stance.APPROVAL, "fine", Instant.parse("2025-01-01T00:00:00Z")), Optional.empty());
        store.save(TestArticles.analysis("Ada " + surname + ", speaking later, said \"worse\".", "Ada " + surname,
                Stance.CONCERN, "worse", Instant.parse("2025-03-01T00:00:00Z")), Optional.empty());

        String id = "ada-" + surname.toLowerCase();
        given().queryParam("q", surname).get("/v1/actors")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].analysisCount", equalTo(2))
                .body("items[0].type", equalTo("PERSON"));
    }

    @Test
    void followsAnActorsStanceAcrossArticlesInPublicationOrder() {
        String surname = "Stance" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "y");
        String later = store.save(TestArticles.analysis("Mr " + surname + " said \"no\".", "Mr " + surname,
                Stance.SKEPTICISM, "no", Instant.parse("2025-05-01T00:00:00Z")), Optional.empty()).id().orElseThrow();
        String earlier = store.save(TestArticles.analysis(surname + " said \"yes\".", surname, Stance.APPROVAL, "yes",
                Instant.parse("2025-02-01T00:00:00Z")), Optional.empty()).id().orElseThrow();

        given().get("/v1/actors/" + surname.toLowerCase())
                .then().statusCode(200)
                .body("id", equalTo(surname.toLowerCase()))
                .body("appearances", hasSize(2))
                .body("appearances[0].analysisId", equalTo(earlier))
                .body("appearances[0].label", equalTo("approval"))
                .body("appearances[0].publishedAt", equalTo("2025-02-01T00:00:00Z"))
                .body("appearances[0].evidenceCount", equalTo(1))
                .body("appearances[0].scores.approval", equalTo(0.7f))
                .body("appearances[1].analysisId", equalTo(later))
                .body("appearances[1].label", equalTo("skepticism"));
    }

    @Test
    void answersAProblemForAnActorNeverSeen() {
        given().get("/v1/actors/nobody-" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/not-found"));
    }

    @Test
    void forgetsAnActorWhenItsOnlyAnalysisIsDeleted() {
        String surname = "Gone" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "z");
        String id = store.save(TestArticles.analysis(surname + " said \"bye\".", surname, Stance.NEUTRAL, "bye", null),
                Optional.empty()).id().orElseThrow();
        given().get("/v1/actors/" + surname.toLowerCase()).then().statusCode(200);
        given().delete("/v1/analyses/" + id).then().statusCode(204);
        given().get("/v1/actors/" + surname.toLowerCase()).then().statusCode(404);
    }
    @Test
    void pagesThroughActorsWithACursorUntilHasMoreIsFalse() {
        String family = "Pagefam" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "k");
        Set<String> expected = new HashSet<>();
        for (String first : new String[] {"Ann", "Bea", "Cy"}) {
            store.save(TestArticles.analysis(first + " " + family + " said \"hi\".", first + " " + family,
                    Stance.NEUTRAL, "hi", null), Optional.empty());
            expected.add(first.toLowerCase() + "-" + family.toLowerCase());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", family).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/actors").then().statusCode(200).extract().jsonPath();
            for (String id : page.<String>getList("items.id")) {
                assertTrue(seen.add(id), "no actor on two pages");
            }
            cursor = page.getString("nextCursor");
            assertEquals(cursor != null, page.getBoolean("hasMore"));
            pages++;
        } while (cursor != null);
        assertEquals(expected, seen);
        assertEquals(2, pages);
    }

    @Test
    void pagesThroughAnActorsTimelineWithACursorInPublicationOrder() {
        String surname = "Timeline" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "t");
        List<String> inOrder = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            inOrder.add(store.save(TestArticles.analysis(surname + " said \"m" + month + "\".", surname, Stance.APPROVAL,
                    "m" + month, Instant.parse("2025-0" + month + "-01T00:00:00Z")), Optional.empty()).id().orElseThrow());
        }
        JsonPath first = given().queryParam("limit", 2).get("/v1/actors/" + surname.toLowerCase())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(inOrder.subList(0, 2), first.getList("appearances.analysisId"));
        assertTrue(first.getBoolean("hasMore"));
        JsonPath second = given().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/v1/actors/" + surname.toLowerCase()).then().statusCode(200).extract().jsonPath();
        assertEquals(inOrder.subList(2, 3), second.getList("appearances.analysisId"));
        assertFalse(second.getBoolean("hasMore"));
        assertNull(second.getString("nextCursor"));
        // a cursor is for the list that issued it
        given().queryParam("cursor", first.getString("nextCursor")).get("/v1/actors")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }
}
