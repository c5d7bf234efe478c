package dev.standpoint.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.common.WithTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged jar with the accurate engine named explicitly: ONNX Runtime and the tokenizer load their native
 * libraries, and the stance model and attribution tagger their files, from the production class path, which
 * test-mode class loading cannot show.
 */
@QuarkusIntegrationTest
@TestProfile(PackagedModelServiceIT.AccurateEngine.class)
@WithTestResource(PackagedServiceIT.FreshH2Database.class)
class PackagedModelServiceIT {

    public static class AccurateEngine implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("standpoint.engine.mode", "accurate");
        }
    }

    @Test
    void theStanceModelReadsConcernThatNoLexiconWordCarries() {
        given().contentType("text/plain; charset=UTF-8")
                .body("\"This could put thousands of patients in harm's way,\" said Anna Berg, the health minister.")
                // the model reads an actor against the article's headline: without one the only sentence is the
                // topic too, and agreeing with it reads as approval (the stance model card's limits)
                .when().post("/v1/analyses?persist=false&title=Hospital closures planned")
                .then().statusCode(200)
                .body("actors[0].name", equalTo("Anna Berg"))
                .body("actors[0].stance.label", equalTo("concern"));
    }
}
