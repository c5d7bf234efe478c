package dev.standpoint.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The packaged service, started with {@code java -jar} as a user would, in the production profile: it
 * proves the jar answers with the real engine, which test-mode class loading cannot show
 * ({@link PackagedModelServiceIT} does the same with the stance classifier on).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceIT.FreshH2Database.class)
class PackagedServiceIT {

    /** A database of its own under target/, so the run leaves ./data alone. */
    public static class FreshH2Database implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            Path dir = Path.of("target", "it-data", Long.toString(System.nanoTime())).toAbsolutePath();
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + dir.resolve("standpoint")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void analysesAndStoresTheBelarusArticleFromThePackagedJar() {
        String id = given().contentType("text/plain; charset=UTF-8").body(TestArticles.belarus())
                .when().post("/v1/analyses")
                .then().statusCode(201)
                .body("actors.size()", greaterThan(5))
                .body("actors.stance.label", everyItem(in(new String[] {"approval", "concern", "skepticism", "neutral"})))
                .body("quotes.size()", greaterThan(5))
                .extract().path("id");
        given().when().get("/v1/analyses/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("topic.text", notNullValue());
    }

    @Test
    void reportsItselfHealthy() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
