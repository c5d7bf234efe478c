package dev.standpoint.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ObservabilityTest {

    @Test
    void reportsHealthIncludingTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exportsAnAnalysisLatencyHistogramForPrometheus() {
        given().contentType(ContentType.JSON).body(Map.of("text", "The council approved the budget."))
                .post("/v1/analyses?persist=false").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("standpoint_analysis_duration_seconds_bucket"))
                .body(containsString("standpoint_analysis_duration_seconds_count"));
    }

    @Test
    void allowsConfiguredBrowserOriginsThroughCors() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .options("/v1/analyses")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void compressesJsonResponsesWhenTheClientAcceptsGzip() {
        given().header("Accept-Encoding", "gzip").get("/v1/analyses")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
