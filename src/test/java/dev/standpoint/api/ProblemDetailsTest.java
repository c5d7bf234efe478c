package dev.standpoint.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every failure family answers an RFC 9457 problem with a stable type URI and never a stack trace. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void rejectsEmptyTextAsAValidationProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", ""))
                .post("/v1/analyses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/validation"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("detail", containsString("text"))
                .body("instance", equalTo("/v1/analyses"))
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void rejectsWhitespaceOnlyTextInEitherMediaType() {
        given().contentType(ContentType.JSON).body(Map.of("text", " \n\t "))
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.TEXT).body("   \n")
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/validation"));
    }

    @Test
    void rejectsAMissingBodyAsAValidationProblem() {
        given().contentType(ContentType.JSON).post("/v1/analyses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/validation"));
    }

    @Test
    void rejectsABadUrlAndLanguageNamingBothFields() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Text.", "url", "not a url", "language", "english!"))
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("url", "language"));
    }

    @Test
    void rejectsSyntacticallyBrokenJsonAsMalformed() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated")
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/malformed-json"))
                .body("detail", not(containsString("at com.")));
    }

    @Test
    void namesTheFieldWhoseValueHasTheWrongType() {
        given().contentType(ContentType.JSON).body("{\"text\": {\"nested\": true}}")
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/malformed-json"))
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void namesTheFieldOfAnUnparseablePublicationDate() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Text.\", \"publishedAt\": \"yesterday\"}")
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/malformed-json"))
                .body("errors[0].field", equalTo("publishedAt"))
                .body("detail", containsString("publishedAt"));
    }

    @Test
    void rejectsAnUnsupportedMediaTypeWith415() {
        given().contentType("application/xml").body("<text>hello</text>")
                .post("/v1/analyses").then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/unsupported-media-type"))
                .body("status", equalTo(415));
    }

    @Test
    void rejectsTextLongerThanTheConfiguredMaximumWith413() {
        String text = "a".repeat(200_001);
        given().contentType(ContentType.TEXT).body(text)
                .post("/v1/analyses?persist=false").then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/payload-too-large"))
                .body("detail", containsString("standpoint.text.max-chars"));
    }

    @Test
    void rejectsABodyOverTheOneMegabyteLimitWith413() {
        String text = "b".repeat(1024 * 1024 + 10);
        given().contentType(ContentType.TEXT).body(text)
                .post("/v1/analyses?persist=false").then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/payload-too-large"));
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        given().get("/v1/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/not-found"));
    }

    @Test
    void answersAnUnsupportedMethodWithAProblem() {
        given().contentType(ContentType.JSON).body("{}").put("/v1/analyses")
                .then().statusCode(405).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/method-not-allowed"));
    }

    @Test
    void rejectsAnUnknownPersistValue() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Text."))
                .post("/v1/analyses?persist=maybe").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("persist"));
    }
}
