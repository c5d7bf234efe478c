package dev.standpoint.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database goes down and comes back: analysing without storing keeps working, storing answers 503 with
 * Retry-After and stores nothing, and after a restart every stored analysis is still there.
 */
@QuarkusTest
@TestProfile(DatabaseFaultsTest.Profile.class)
class DatabaseFaultsTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // fail fast while the database is down instead of waiting out the default 5 s per request
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppableEmbeddedPostgres.class));
        }
    }

    private static final String TEXT = "Mayor Ana Silva said \u201Cthe bridge opens in May.\u201D Critics warned it was late.";

    @Inject
    AgroalDataSource dataSource;

    private boolean down;

    @AfterEach
    void databaseIsUpAgain() {
        if (down) {
            bringBack();
        }
    }

    @Test
    void analysesWithoutStoringWhileTheDatabaseIsDownAndAnswers503WhenAskedToStore() {
        String stored = store(TEXT);
        goDown();

        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/v1/analyses?persist=false")
                .then().statusCode(200).body("actors.size()", equalTo(2));
        String problem = given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/v1/analyses")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://standpoint.dev/problems/database-unavailable"))
                .extract().asString();
        HostileInputTest.assertNoInternals(problem);
        given().get("/v1/analyses/" + stored).then().statusCode(503).header("Retry-After", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("text", TEXT))))
                .urlEncodingEnabled(false).post("/v1/analyses:batch")
                .then().statusCode(200).body("items[0].status", equalTo(503));

        bringBack();
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/v1/analyses?dedupe=false").then().statusCode(201);
    }

    @Test
    void keepsEveryStoredAnalysisAcrossADatabaseRestart() {
        List<String> ids = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = store(TEXT + " Item " + i + ".");
            ids.add(id);
            bodies.add(given().get("/v1/analyses/" + id).then().statusCode(200).extract().asString());
        }
        goDown();
        bringBack();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(bodies.get(i), given().get("/v1/analyses/" + ids.get(i)).then().statusCode(200)
                    .extract().asString());
        }
    }

    private static String store(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/analyses")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private void goDown() {
        StoppableEmbeddedPostgres.stopDatabase();
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
        down = true;
    }

    private void bringBack() {
        StoppableEmbeddedPostgres.startDatabase();
        dataSource.flush(AgroalDataSource.FlushMode.ALL); // drop connections to the old server process
        down = false;
    }
}
