package dev.standpoint.api;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.AnalysisStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
}
