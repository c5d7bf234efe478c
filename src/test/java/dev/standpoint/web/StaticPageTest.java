package dev.standpoint.web;

import dev.standpoint.api.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page is plain static files served at `/`; these checks need no browser. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StaticPageTest {

    private static final Path PAGE = Path.of("src/main/resources/META-INF/resources");

    @Test
    void servesThePageAtTheRootBesideTheApi() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"js/main.js\"></script>"));
        given().get("/js/main.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/css/standpoint.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/q/health").then().statusCode(200);
    }

    @Test
    void servesTheSampleArticleByteForByte() throws IOException {
        byte[] served = given().get("/samples/belarus-oreshnik.txt").then().statusCode(200).extract().asByteArray();
        byte[] original = Files.readAllBytes(Path.of("src/test/resources/articles/belarus-oreshnik.txt"));
        assertEquals(new String(original, StandardCharsets.UTF_8), new String(served, StandardCharsets.UTF_8));
    }

    @Test
    void pageScriptsNeverParseStringsAsMarkup() throws IOException {
        // Stored article text and actor names are untrusted: they may only reach the DOM as text.
        Pattern markupSinks = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(PAGE)) {
            scripts = files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).toList();
        }
        assertTrue(scripts.size() >= 5, "found the page's scripts");
        for (Path script : scripts) {
            String source = Files.readString(script);
            assertTrue(!markupSinks.matcher(source).find(), script + " uses a markup sink");
            assertTrue(!source.contains("//cdn") && !source.contains("https://unpkg") && !source.contains("<script src=\"http"),
                    script + " loads something from another site");
        }
    }
    @Test
    void thePageIsServedWithAContentSecurityPolicyAndEveryAnswerWithSecurityHeaders() {
        for (String path : new String[] {"/", "/index.html", "/js/main.js", "/css/standpoint.css"}) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY");
        }
        given().get("/v1/analyses").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
        // Swagger UI's own page runs inline script: the page's policy is not applied to it
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void thePageAndSwaggerUiHaveSomewhereToEnterAnApiKey() {
        given().get("/").then().statusCode(200).body(containsString("id=\"api-key-input\""));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("persistAuthorization: true"));
    }
}
