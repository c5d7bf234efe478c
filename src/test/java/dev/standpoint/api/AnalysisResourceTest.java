package dev.standpoint.api;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.AnalysisRepository;
import dev.standpoint.store.AnalysisStore;
import dev.standpoint.store.StoredAnalysis;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AnalysisResourceTest {

    @Inject
    AnalysisStore store;

    @Inject
    AnalysisRepository analyses;

    @Test
    void createsAnAnalysisFromJsonAndAnswers201WithItsLocation() {
        String text = TestArticles.belarus();
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Belarus deploys Oreshnik", "url", "https://example.org/belarus",
                        "publishedAt", "2025-12-30T10:00:00Z", "language", "en"))
                .when().post("/v1/analyses")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", startsWith("/v1/analyses/"))
                .body("id", notNullValue())
                .body("createdAt", notNullValue())
                .body("article.title", equalTo("Belarus deploys Oreshnik"))
                .body("article.length", equalTo(text.length()))
                .body("article.language", equalTo("en"))
                .body("article.contentHash", startsWith("sha256:"))
                .body("topic.text", notNullValue())
                .extract().response();
        String id = response.jsonPath().getString("id");
        assertTrue(response.header("Location").endsWith("/v1/analyses/" + id));
        assertTrue(analyses.findByIdOptional(id).isPresent(), "the analysis is stored");
    }

    @Test
    void everyOffsetOfTheBelarusArticleSlicesToItsText() {
        String text = TestArticles.belarus();
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/v1/analyses?persist=false")
                .then().statusCode(200).extract().jsonPath();
        SpanAssertions.assertEverySpanSlicesToItsText(json, text);
        for (Map<String, Object> actor : json.<Map<String, Object>>getList("actors")) {
            assertTrue(Set.of("PERSON", "ORGANIZATION", "GROUP", "ANONYMOUS").contains(actor.get("type")));
            @SuppressWarnings("unchecked")
            Map<String, Object> stance = (Map<String, Object>) actor.get("stance");
            assertTrue(Set.of("approval", "concern", "skepticism", "neutral").contains(stance.get("label")));
        }
        Set<String> actorIds = new HashSet<>(json.getList("actors.id"));
        for (Map<String, Object> quote : json.<Map<String, Object>>getList("quotes")) {
            Object speaker = quote.get("speakerId");
            assertTrue(speaker == null || actorIds.contains(speaker), "speakerId names an actor: " + speaker);
        }
    }

    @Test
    void analysesPlainTextWithTheTitleAsAQueryParameter() {
        String text = TestArticles.belarus();
        given().contentType("text/plain; charset=UTF-8").body(text)
                .when().post("/v1/analyses?title=Belarus")
                .then().statusCode(201)
                .header("Location", startsWith("/v1/analyses/"))
                .body("article.title", equalTo("Belarus"))
                .body("article.length", equalTo(text.length()));
    }

    @Test
    void persistFalseAnswers200AndStoresNothing() {
        long before = analyses.count();
        given().contentType(ContentType.JSON).body(Map.of("text", "The minister said nothing new."))
                .when().post("/v1/analyses?persist=false")
                .then().statusCode(200)
                .header("Location", nullValue())
                .body("id", nullValue())
                .body("actors", notNullValue())
                .body("quotes", notNullValue());
        assertEquals(before, analyses.count());
    }

    @Test
    void getsAStoredAnalysisById() {
        String id = createAnalysis("Officials said the plan was sound.");
        given().when().get("/v1/analyses/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("article.length", equalTo("Officials said the plan was sound.".length()));
    }

    @Test
    void servesAStoredAnalysisTextExactlySoItsOffsetsSliceIt() {
        // Astral characters make UTF-16 and code point offsets differ; the text must come back unchanged.
        String text = "Ms Rhee said \u201cfine \uD83D\uDE00 by me\u201d.\r\nCritics said it was rushed.";
        String id = createAnalysis(text);
        String served = given().when().get("/v1/analyses/" + id + "/text")
                .then().statusCode(200).contentType(startsWith("text/plain"))
                .extract().asString();
        assertEquals(text, served);
        given().when().get("/v1/analyses/" + UUID.randomUUID() + "/text")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answersAProblemForAnUnknownAnalysis() {
        given().when().get("/v1/analyses/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", startsWith("/v1/analyses/"));
    }

    @Test
    void deletesAnAnalysisAndThenAnswers404ForIt() {
        String id = createAnalysis("Critics said the deal was rushed.");
        given().when().delete("/v1/analyses/" + id).then().statusCode(204);
        given().when().get("/v1/analyses/" + id).then().statusCode(404);
        given().when().delete("/v1/analyses/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/not-found"));
    }

    @Test
    void convertsEveryOffsetToCodePointsWhenAsked() {
        // Two emoji before the quote: each is two UTF-16 units but one code point.
        String text = "\uD83D\uDE00\uD83D\uDE00 Ms Ada Lovelace said \"engines can compose music\" yesterday.";
        StoredAnalysis saved = store.save(TestArticles.analysis(text, "Ada Lovelace", Stance.APPROVAL,
                "engines can compose music", null), Optional.empty());
        String id = saved.id().orElseThrow();

        JsonPath utf16 = given().get("/v1/analyses/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(2, SpanAssertions.assertEverySpanSlicesToItsText(utf16, text) - 1);

        JsonPath codePoints = given().get("/v1/analyses/" + id + "?offsets=codepoints")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, SpanAssertions.assertEverySpanSlicesByCodePoints(codePoints, text));
        assertEquals(utf16.getInt("quotes[0].start") - 2, codePoints.getInt("quotes[0].start"));
        assertEquals(utf16.getInt("actors[0].mentions[0].start") - 2,
                codePoints.getInt("actors[0].mentions[0].start"));
        assertEquals(utf16.getInt("actors[0].evidence[0].end") - 2, codePoints.getInt("actors[0].evidence[0].end"));
        assertEquals(text.codePointCount(0, text.length()), codePoints.getInt("article.length"));
    }

    @Test
    void servesStanceLabelsInLowerCaseAndKindsInUpperCase() {
        String text = "Mr Brunel said \"the bridge will stand\" on Monday.";
        String id = store.save(TestArticles.analysis(text, "Brunel", Stance.SKEPTICISM, "the bridge will stand", null),
                Optional.empty()).id().orElseThrow();
        given().get("/v1/analyses/" + id).then().statusCode(200)
                .body("actors[0].stance.label", equalTo("skepticism"))
                .body("actors[0].stance.scores.skepticism", equalTo(0.7f))
                .body("actors[0].type", equalTo("PERSON"))
                .body("actors[0].role", equalTo("spokesperson"))
                .body("actors[0].evidence[0].kind", equalTo("DIRECT_QUOTE"))
                .body("actors[0].evidence[0].stance", equalTo("skepticism"))
                .body("quotes[0].speakerId", equalTo("a1"))
                .body("topic.span.start", equalTo(text.indexOf("Brunel")));
    }

    @Test
    void rejectsAnUnknownOffsetUnitWithAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Some text."))
                .when().post("/v1/analyses?offsets=bytes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/validation"))
                .body("errors[0].field", equalTo("offsets"));
    }

    @Test
    void repeatsTheSameAnalysisForARepeatedIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        long before = analyses.count();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "The union welcomed the offer.")).post("/v1/analyses")
                .then().statusCode(201).extract().response();
        Response second = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "The union welcomed the offer.")).post("/v1/analyses")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().response();
        assertEquals(first.jsonPath().getString("id"), second.jsonPath().getString("id"));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(before + 1, analyses.count());
    }

    @Test
    void rejectsAnIdempotencyKeyReusedForADifferentArticle() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "First article.")).post("/v1/analyses").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Second, different article.")).post("/v1/analyses")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/idempotency-key-reused"));
    }

    @Test
    void pagesThroughStoredAnalysesWithAnOpaqueCursor() {
        String speaker = "Pager " + UUID.randomUUID().toString().substring(0, 8);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String text = speaker + " said \"page " + i + "\" today.";
            created.add(store.save(TestArticles.analysis(text, speaker, Stance.NEUTRAL, "page " + i, null),
                    Optional.empty()).id().orElseThrow());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("actor", speaker).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/analyses").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= 2);
            for (String id : ids) {
                assertTrue(seen.add(id), "no analysis appears on two pages");
            }
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(created, seen);
        assertEquals(3, pages);
    }

    @Test
    void filtersStoredAnalysesByActorStanceAndPublicationDate() {
        String speaker = "Filter " + UUID.randomUUID().toString().substring(0, 8);
        String older = store.save(TestArticles.analysis(speaker + " said \"no\".", speaker, Stance.CONCERN, "no",
                Instant.parse("2024-01-01T00:00:00Z")), Optional.empty()).id().orElseThrow();
        String newer = store.save(TestArticles.analysis(speaker + " said \"yes\".", speaker, Stance.APPROVAL, "yes",
                Instant.parse("2025-06-01T00:00:00Z")), Optional.empty()).id().orElseThrow();

        // The actor filter normalises the name: titles, case and punctuation do not matter.
        given().queryParam("actor", "Dr. " + speaker.toUpperCase()).get("/v1/analyses")
                .then().statusCode(200).body("items", hasSize(2));
        given().queryParam("actor", speaker).queryParam("stance", "approval").get("/v1/analyses")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(newer));
        given().queryParam("actor", speaker).queryParam("since", "2025-01-01").get("/v1/analyses")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(newer));
        given().queryParam("actor", speaker).queryParam("since", "2023-12-31T00:00:00Z").get("/v1/analyses")
                .then().statusCode(200).body("items", hasSize(2));
        assertNotEquals(older, newer);
    }

    @Test
    void rejectsAnUnknownStanceFilterWithAProblemNamingIt() {
        given().queryParam("stance", "anger").get("/v1/analyses")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://standpoint.dev/problems/validation"))
                .body("errors[0].field", equalTo("stance"));
    }

    @Test
    void rejectsACursorItDidNotIssue() {
        given().queryParam("cursor", "not-a-cursor").get("/v1/analyses")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void rejectsALimitOutsideItsRange() {
        given().queryParam("limit", "0").get("/v1/analyses").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "many").get("/v1/analyses").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void returnsAnEmptyLastPageWithoutACursor() {
        JsonPath page = given().queryParam("actor", "nobody-" + UUID.randomUUID()).get("/v1/analyses")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(page.getList("items").isEmpty());
        assertNull(page.getString("nextCursor"));
        assertFalse(page.getMap("$").isEmpty());
    }

    private static String createAnalysis(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/v1/analyses").then().statusCode(201).extract().jsonPath().getString("id");
    }
}
