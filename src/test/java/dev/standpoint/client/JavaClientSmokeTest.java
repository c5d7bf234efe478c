package dev.standpoint.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.standpoint.api.EmbeddedPostgresResource;
import dev.standpoint.client.api.ActorsApi;
import dev.standpoint.client.api.AnalysesApi;
import dev.standpoint.client.model.AnalysisListResponse;
import dev.standpoint.client.model.AnalysisRequest;
import dev.standpoint.client.model.AnalysisResponse;
import dev.standpoint.client.model.BatchRequest;
import dev.standpoint.client.model.BatchResponse;
import dev.standpoint.client.model.Problem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java client that openapi-generator made from openapi/openapi.yaml in this build (target/generated-clients),
 * used as generated against the running service: create, get, list, page, delete, and a problem. Its JSON
 * mapper is made strict about unknown fields, so an answer with a field the contract does not declare fails.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class JavaClientSmokeTest {

    @TestHTTPResource("/")
    URL url;

    private AnalysesApi analyses;
    private ActorsApi actors;

    @BeforeEach
    void connect() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(url.toString().replaceAll("/$", ""));
        client.setObjectMapper(JSON.getDefault().getMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        analyses = new AnalysesApi(client);
        actors = new ActorsApi(client);
    }

    @Test
    void createsGetsListsPagesAndDeletesThroughTheGeneratedJavaClient() throws Exception {
        String speaker = "Ada Client" + UUID.randomUUID().toString().substring(0, 6).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            AnalysisResponse created = analyses.createAnalysis(new AnalysisRequest()
                            .text(speaker + " said \u201Cthe bridge opens in May " + i + ".\u201D")
                            .title("Bridge " + i).publishedAt(OffsetDateTime.parse("2025-05-0" + (i + 1) + "T08:00:00Z"))
                            .language("en"),
                    null, null, null, null, null, "java-client-" + UUID.randomUUID());
            assertNotNull(created.getId());
            assertEquals("Bridge " + i, created.getArticle().getTitle());
            ids.add(created.getId());
        }
        String first = ids.iterator().next();
        AnalysisResponse read = analyses.getAnalysis(first, "summary", null);
        assertEquals(first, read.getId());
        assertTrue(read.getQuotes() == null || read.getQuotes().isEmpty(), "the summary view has no quotes");

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            AnalysisListResponse page = analyses.listAnalyses(speaker, cursor, null, 2, null, null, null);
            page.getItems().forEach(a -> assertTrue(seen.add(a.getId()), "no analysis on two pages"));
            cursor = page.getNextCursor();
            assertEquals(cursor != null, page.getHasMore());
            pages++;
        } while (cursor != null);
        assertEquals(ids, seen);
        assertEquals(2, pages);

        String actorId = actors.listActors(null, 5, speaker).getItems().get(0).getId();
        assertEquals(3, actors.getActorTimeline(actorId, null, 10).getAppearances().size());

        BatchResponse batch = analyses.createAnalysisBatch(new BatchRequest().items(List.of(
                new AnalysisRequest().text("The mayor said yes."), new AnalysisRequest().text(" "))), null, null, null, false, null);
        assertEquals(List.of(200, 400), batch.getItems().stream().map(i -> i.getStatus()).toList());

        for (String id : ids) {
            analyses.deleteAnalysis(id);
        }
        ApiException gone = assertThrows(ApiException.class, () -> analyses.getAnalysis(first, null, null));
        assertEquals(404, gone.getCode());
        Problem problem = JSON.getDefault().getMapper().convertValue(
                JSON.getDefault().getMapper().readTree(gone.getResponseBody()), Problem.class);
        assertEquals("https://standpoint.dev/problems/not-found", problem.getType().toString());
        assertFalse(problem.getDetail().isBlank());
    }

    @Test
    void aBadRequestComesBackAsAProblemTheClientCanRead() throws Exception {
        ApiException refused = assertThrows(ApiException.class, () -> analyses.createAnalysis(
                new AnalysisRequest().text("Le maire a dit oui.").language("fr"), null, null, null, false, null, null));
        assertEquals(422, refused.getCode());
        Problem problem = JSON.getDefault().getMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("language", problem.getErrors().get(0).getField());
    }
}
