package dev.standpoint.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad bytes, bad JSON and bad sizes get a precise 4xx problem; never a 500, never a stack trace. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void rejectsPlainTextThatIsNotUtf8NamingTheByteOffset() {
        byte[] body = "Mayor said \u201Cno\u201D.".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(body, body.length + 3);
        bad[body.length] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        bad[body.length + 1] = 'x';
        bad[body.length + 2] = (byte) 0xFF;
        given().contentType("text/plain; charset=UTF-8").body(bad).post("/v1/analyses?persist=false")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/invalid-encoding"))
                .body("detail", containsString("byte offset " + body.length))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void rejectsJsonThatIsNotUtf8NamingTheByteOffset() {
        byte[] bad = "{\"text\": \"caf\u00E9 \"}".getBytes(StandardCharsets.ISO_8859_1); // a Latin-1 é
        given().contentType(ContentType.JSON).body(bad).post("/v1/analyses?persist=false")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/invalid-encoding"))
                .body("detail", containsString("byte offset 13"));
    }

    @Test
    void acceptsABodyThatDeclaresAnotherCharset() {
        byte[] latin1 = "The mayor said the caf\u00E9 would reopen.".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/plain; charset=ISO-8859-1").body(latin1).post("/v1/analyses?persist=false")
                .then().statusCode(200);
    }

    @Test
    void rejectsAChunkedBodyOverTheLimitWith413Problem() throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(io.restassured.RestAssured.baseURI + ":"
                + io.restassured.RestAssured.port + "/v1/analyses?persist=false").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setChunkedStreamingMode(8192); // no Content-Length: the size is only known while reading
        c.setRequestProperty("Content-Type", "text/plain; charset=UTF-8");
        byte[] chunk = "The mayor said no. ".repeat(500).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = c.getOutputStream()) {
            for (int sent = 0; sent < 1_200_000; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (java.io.IOException closedEarly) {
            // the server may answer and close before the whole body is sent
        }
        assertEquals(413, c.getResponseCode());
        assertEquals(PROBLEM, c.getContentType());
        String body = new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(body.contains("standpoint.http.max-body-size"), body);
    }

    @Test
    void answersAnOverlongRequestTargetWith414Problem() {
        given().queryParam("actor", "a".repeat(10_000)).get("/v1/analyses")
                .then().statusCode(414).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/uri-too-long"));
    }

    @Test
    void answersOversizedHeadersWith431Problem() {
        given().header("X-Padding", "a".repeat(20_000)).get("/v1/analyses")
                .then().statusCode(431).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/headers-too-large"));
    }

    @Test
    void answersABrowserOriginCorsRefusesWith403Problem() {
        given().header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body(Map.of("text", "The mayor said yes.")).post("/v1/analyses?persist=false")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/cors-rejected"))
                .body("detail", containsString("https://evil.example"));
        given().header("Origin", "https://evil.example").get("/v1/analyses").then().statusCode(403).contentType(PROBLEM);
        // a configured origin, and the service's own, are let through
        given().header("Origin", "http://localhost:5173").get("/v1/analyses").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port)
                .get("/v1/analyses").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "null", "42", "{\"text\": [\"a\"]}", "{\"text\": {\"a\": 1}}",
            "{\"text\": \"a\", \"publishedAt\": 12}", "{\"text\": \"a\", \"publishedAt\": \"yesterday\"}",
            "{\"text\": \"a\"} trailing", "{\"text\": \"\\uD800\"}", "{\"text\": \"a\\u0000b\"}", "{\"text\":",
            "{\"text\": \"a\", \"text\": \"b\"}", "{\"tExt\": \"a\"}", "{\"text\": \"a\", \"unknown\": true}",
            "{\"text\": 1e999}", "\uFEFF{\"text\": \"a\"}", "{\"text\": \"a\", \"language\": \"en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd\"}"})
    void neverAnswersA500OrAStackTraceForOddJson(String body) {
        Response r = given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/v1/analyses?persist=true");
        assertTrue(r.statusCode() < 500, () -> r.statusCode() + " for " + body + ": " + r.asString());
        assertNoInternals(r.asString());
        if (r.statusCode() >= 400) {
            assertEquals(PROBLEM, r.contentType());
        }
    }

    @Test
    void namesTheBatchItemFieldOfMalformedJson() {
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body("{\"items\": [{\"text\": \"ok\"}, {\"text\": \"a\", \"publishedAt\": \"soon\"}]}")
                .post("/v1/analyses:batch?persist=false").then().log().ifValidationFails().statusCode(200)
                .body("items[1].status", equalTo(400))
                .body("items[1].problem.errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void rejectsTextWithANulOrAnUnpairedSurrogateNamingTheOffset() {
        given().contentType(ContentType.JSON).body("{\"text\": \"The mayor\\u0000 said yes.\"}")
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("offset 9"));
        given().contentType(ContentType.JSON).body("{\"text\": \"ok\", \"title\": \"a\\uDE00b\"}")
                .post("/v1/analyses?persist=false").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("unpaired surrogate U+DE00 at offset 1"));
    }

    @Test
    void rejectsAUrlLongerThanItsColumn() {
        given().contentType(ContentType.JSON).body(Map.of("text", "The mayor said yes.", "url",
                        "https://example.com/" + "a".repeat(3000)))
                .post("/v1/analyses").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void rejectsAnUnknownContentTypeAndAMissingOneWith415() {
        given().contentType("application/xml").body("<text>a</text>").post("/v1/analyses")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("https://standpoint.dev/problems/unsupported-media-type"));
        given().contentType("application/x-www-form-urlencoded").body("text=a").post("/v1/analyses")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void rejectsAnOverlongIdempotencyKey() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(256))
                .body(Map.of("text", "The mayor said yes.")).post("/v1/analyses")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void analysesHostileButValidTextOverHttp() {
        String text = "<p>The <b>mayor</b> said &quot;yes&quot;.</p>\u0001\u200B\u202E \uD83D\uDE00 "
                + "\u05D0\u05DE\u05E8 \u201C\u05DB\u05DF\u201D. \u0007 bell \uFEFF. \"unbalanced";
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/v1/analyses?offsets=codepoints")
                .then().statusCode(201).body("id", not(equalTo(null)));
    }

    @Test
    void answersUnknownPathsAndMethodsWithoutInternals() {
        assertNoInternals(given().get("/v1/analyses/..%2F..%2Fetc%2Fpasswd").then().statusCode(404)
                .contentType(PROBLEM).extract().asString());
        assertNoInternals(given().put("/v1/analyses").then().statusCode(405).contentType(PROBLEM).extract().asString());
    }

    static void assertNoInternals(String body) {
        for (String leak : new String[] {"Exception", "\tat ", "dev.standpoint", "org.hibernate", "java.", "SQL"}) {
            assertFalse(body.contains(leak), () -> "answer leaks '" + leak + "': " + body);
        }
    }
}
