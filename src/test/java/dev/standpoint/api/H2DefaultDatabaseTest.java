package dev.standpoint.api;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.AnalysisStore;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same migrations and queries on the embedded H2 database that a plain `java -jar` run uses. */
@QuarkusTest
@TestProfile(H2DatabaseProfile.class)
class H2DefaultDatabaseTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AnalysisStore store;

    @Test
    void runsOnTheEmbeddedH2Database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertEquals("H2", c.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void storesReadsListsAndDeletesAnAnalysisOnH2() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", "The mayor said the bridge would open in May.", "publishedAt", "2025-04-01T08:00:00Z"))
                .post("/v1/analyses").then().statusCode(201)
                .header("Location", startsWith("/v1/analyses/"))
                .extract().jsonPath().getString("id");
        given().get("/v1/analyses/" + id).then().statusCode(200).body("id", equalTo(id));
        given().queryParam("since", "2025-03-01").queryParam("limit", 1).get("/v1/analyses")
                .then().statusCode(200).body("items", hasSize(1));
        given().delete("/v1/analyses/" + id).then().statusCode(204);
        given().get("/v1/analyses/" + id).then().statusCode(404);
    }

    @Test
    void followsActorsAcrossArticlesOnH2() {
        store.save(TestArticles.analysis("Dr Grace Hopper said \"ship it\".", "Dr Grace Hopper", Stance.APPROVAL,
                "ship it", Instant.parse("2025-01-01T00:00:00Z")), Optional.empty());
        given().queryParam("q", "hopper").get("/v1/actors").then().statusCode(200)
                .body("items[0].id", equalTo("grace-hopper"));
        given().get("/v1/actors/grace-hopper").then().statusCode(200)
                .body("appearances[0].label", equalTo("approval"));
        given().queryParam("actor", "Grace Hopper").queryParam("stance", "approval").get("/v1/analyses")
                .then().statusCode(200).body("items[0].actors[0].name", equalTo("Dr Grace Hopper"));
    }
}
