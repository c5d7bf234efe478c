package dev.standpoint.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With API keys and a rate limit configured: who may write, how often, and what the refusals say. */
@QuarkusTest
@TestProfile(SecurityTest.Profile.class)
class SecurityTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("standpoint.security.api-keys", "writer-key,second-key,limited-key",
                    "standpoint.rate-limit.enabled", "true",
                    "standpoint.rate-limit.requests-per-minute", "60",
                    "standpoint.rate-limit.burst", "30",
                    "quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "");
        }
    }

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ARTICLE = Map.of("text", "The mayor said the bridge opens in May.");

    @Test
    void aWriteWithoutAKeyIs401WithAChallenge() {
        given().contentType(ContentType.JSON).body(ARTICLE).post("/v1/analyses")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", notNullValue())
                .body("type", equalTo("https://standpoint.dev/problems/unauthorized"));
    }

    @Test
    void aWriteWithAnUnknownKeyIs403() {
        given().contentType(ContentType.JSON).header("X-API-Key", "guessed").body(ARTICLE).post("/v1/analyses")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/forbidden"));
        given().header("Authorization", "Bearer guessed").delete("/v1/analyses/nothing").then().statusCode(403);
    }

    @Test
    void aKeyInEitherHeaderMayWriteAndDelete() {
        String id = given().contentType(ContentType.JSON).header("X-API-Key", "writer-key").body(ARTICLE)
                .post("/v1/analyses").then().statusCode(201).extract().jsonPath().getString("id");
        given().delete("/v1/analyses/" + id).then().statusCode(401);
        given().header("Authorization", "Bearer second-key").delete("/v1/analyses/" + id).then().statusCode(204);
    }

    @Test
    void readsStayOpenAndHealthIsNeverGated() {
        given().get("/v1/analyses").then().statusCode(200);
        given().get("/v1/actors").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void aClientOverItsRateIsAnswered429WithRetryAfter() {
        boolean limited = false;
        for (int i = 0; i < 40 && !limited; i++) {
            var r = given().header("X-API-Key", "limited-key").get("/v1/analyses");
            if (r.statusCode() == 429) {
                limited = true;
                assertTrue(Integer.parseInt(r.header("Retry-After")) >= 1);
                r.then().contentType(PROBLEM).body("type", equalTo("https://standpoint.dev/problems/too-many-requests"));
            }
        }
        assertTrue(limited, "40 requests at once exceed a burst of 30");
        // another key has its own bucket
        given().header("X-API-Key", "second-key").get("/v1/analyses").then().statusCode(200);
    }

    @Test
    void corsAllowsTheKeyHeadersFromAllowedOriginsOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .options("/v1/analyses").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        String allowed = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/v1/analyses").then().extract().header("Access-Control-Allow-Origin");
        assertTrue(allowed == null || !allowed.contains("evil"), "no CORS grant for an unlisted origin: " + allowed);
    }

    @Test
    void aBadRequestIsAProblemWithOrWithoutAKey() {
        for (String key : new String[] {null, "writer-key", "guessed"}) {
            var request = given().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                    io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
            if (key != null) {
                request.header("X-API-Key", key);
            }
            // a header that does not parse is answered before anyone is asked for a key
            request.header("Content-Type", "a/b/c").body(new byte[] {'x'}).post("/v1/analyses")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://standpoint.dev/problems/invalid-header"));
        }
        given().header("X-API-Key", "writer-key").contentType(ContentType.JSON).body("{\"text\": 12}")
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{\"text\": 12}")
                .post("/v1/analyses").then().statusCode(401).contentType(PROBLEM);
    }
}
