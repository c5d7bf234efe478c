package dev.standpoint.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hostile client's requests, each answered with a 4xx problem that names what is wrong, and nothing logged
 * as an error: JSON bound strictly, headers that do not parse, charsets honoured, languages the engine
 * cannot read.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StrictRequestsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://standpoint.dev/problems/";

    private ErrorLog log;

    @BeforeEach
    void watchTheLog() {
        log = ErrorLog.capture();
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        log.close();
        assertEquals(List.of(), log.errors(), "a client's mistake is not a server error");
    }

    /** No content-type munging by REST Assured: the bytes and the header go out exactly as written. */
    private static RequestSpecification raw() {
        return given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"text\": 12}                                        | text        | expected a string",
            "{\"text\": true}                                      | text        | expected a string",
            "{\"text\": \"a\", \"publishedAt\": 12345}             | publishedAt | expected an ISO-8601 date-time",
            "{\"text\": \"a\", \"title\": 1.5}                     | title       | expected a string",
            "{\"text\": \"a\", \"published_at\": \"2025-01-01T00:00:00Z\"} | published_at | did you mean 'publishedAt'?",
            "{\"text\": \"a\", \"titel\": \"Trams\"}               | titel       | did you mean 'title'?",
            "{\"text\": \"a\", \"colour\": \"red\"}                | colour      | Known fields: text, title, url, publishedAt, language, target"})
    void rejectsAFieldOfTheWrongTypeOrAnUnknownFieldNamingIt(String body, String field, String detail) {
        raw().contentType(ContentType.JSON).body(body).post("/v1/analyses?persist=false")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-json"))
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString(detail));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"text\": \"a\"} {\"text\": \"b\"}     | unexpected data after the JSON value",
            "{\"text\": \"a\"} trailing             | not valid JSON",
            "{\"text\": \"a\", \"text\": \"b\"}      | Duplicate field 'text'"})
    void rejectsTrailingDataAndDuplicateKeys(String body, String detail) {
        raw().contentType(ContentType.JSON).body(body).post("/v1/analyses?persist=false")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "malformed-json"))
                .body("detail", containsString(detail));
    }

    @Test
    void rejectsAnUnknownFieldInABatchItemNamingTheItem() {
        raw().contentType(ContentType.JSON).body("{\"items\": [{\"text\": \"ok\"}, {\"text\": \"a\", \"titel\": \"x\"}]}")
                .post("/v1/analyses:batch?persist=false").then().statusCode(200)
                .body("items[0].status", equalTo(200))
                .body("items[1].status", equalTo(400))
                .body("items[1].problem.errors[0].field", equalTo("titel"));
        raw().contentType(ContentType.JSON).body("{\"items\": [{\"text\": \"ok\"}], \"persist\": false}")
                .post("/v1/analyses:batch").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("persist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "/", "a/b/c", ";;;garbage", "application/"})
    void answersAContentTypeThatIsNotAMediaTypeWith400OnEveryEndpoint(String contentType) {
        for (Response r : List.of(
                raw().header("Content-Type", contentType).body(new byte[] {'x'}).post("/v1/analyses"),
                raw().header("Content-Type", contentType).body("{}".getBytes(StandardCharsets.UTF_8)).post("/v1/analyses:batch"),
                raw().header("Content-Type", contentType).get("/v1/analyses"),
                raw().header("Content-Type", contentType).get("/v1/actors"),
                raw().header("Content-Type", contentType).delete("/v1/analyses/x"))) {
            r.then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo(TYPES + "invalid-header"))
                    .body("errors[0].field", equalTo("Content-Type"))
                    .body("detail", containsString("not a media type"));
        }
    }

    @Test
    void answersAnAcceptThatIsNotAMediaRangeWith400() {
        raw().header("Accept", "json").get("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Accept"));
    }

    @Test
    void answersJsonToAClientThatAcceptsOnlyProblemJson() {
        raw().accept("application/problem+json").get("/v1/analyses").then().statusCode(200)
                .contentType(ContentType.JSON);
        raw().accept("application/problem+json").get("/v1/analyses/nothing-here").then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void stillAnswers406ProblemToAClientThatAcceptsNothingItServes() {
        raw().accept("image/png").get("/v1/analyses").then().statusCode(406).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "not-acceptable"));
    }

    @Test
    void decodesPlainTextInTheCharsetItDeclares() {
        String text = "The mayor said \u201Cthe caf\u00E9 reopens\u201D.";
        raw().header("Content-Type", "text/plain; charset=UTF-16").body(text.getBytes(StandardCharsets.UTF_16))
                .post("/v1/analyses?persist=false").then().statusCode(200)
                .body("article.length", equalTo(text.length()))
                .body("quotes[0].text", equalTo("the caf\u00E9 reopens"));
        raw().header("Content-Type", "text/plain; charset=windows-1252").body(text.getBytes(java.nio.charset.Charset.forName("windows-1252")))
                .post("/v1/analyses?persist=false").then().statusCode(200)
                .body("article.length", equalTo(text.length()));
    }

    @Test
    void decodesJsonInTheCharsetItDeclares() {
        String json = "{\"text\": \"The mayor said \u201Cyes\u201D.\", \"title\": \"Caf\u00E9\"}";
        raw().header("Content-Type", "application/json; charset=UTF-16LE").body(json.getBytes(StandardCharsets.UTF_16LE))
                .post("/v1/analyses?persist=false").then().statusCode(200)
                .body("article.title", equalTo("Caf\u00E9"));
    }

    @Test
    void rejectsBytesThatAreNotValidInTheDeclaredCharset() {
        byte[] oddLength = {0, 'a', 0}; // UTF-16 needs pairs of bytes
        raw().header("Content-Type", "text/plain; charset=UTF-16BE").body(oddLength).post("/v1/analyses?persist=false")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "invalid-encoding"))
                .body("detail", containsString("not valid UTF-16BE: byte offset 2"));
    }

    @Test
    void answersACharsetItCannotDecodeWith415() {
        raw().header("Content-Type", "text/plain; charset=klingon").body(new byte[] {'a', 'b', 'c'}).post("/v1/analyses")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unsupported-media-type"))
                .body("detail", containsString("charset 'klingon'"));
    }

    @Test
    void answersALanguageTheEngineDoesNotReadWith422() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Le maire a dit oui.", "language", "fr"))
                .post("/v1/analyses").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "unsupported-language"))
                .body("errors[0].field", equalTo("language"))
                .body("detail", containsString("English only"));
        given().contentType(ContentType.JSON).body(Map.of("text", "The mayor said yes.", "language", "en-GB"))
                .post("/v1/analyses?persist=false").then().statusCode(200);
        raw().contentType(ContentType.JSON).body("{\"items\": [{\"text\": \"Der Bürgermeister sagte ja.\", \"language\": \"de\"}]}")
                .post("/v1/analyses:batch?persist=false").then().statusCode(200)
                .body("items[0].status", equalTo(422))
                .body("items[0].problem.type", equalTo(TYPES + "unsupported-language"));
    }
}
