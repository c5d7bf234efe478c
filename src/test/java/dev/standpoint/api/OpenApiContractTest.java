package dev.standpoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * openapi/openapi.yaml is the contract frontend teams read. The served spec is generated from the
 * resources; this test fails when the two disagree on paths, operations or schema names. The served
 * spec is written to target/openapi-served.yaml to make updating the contract a diff away.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    @Test
    void servedSpecHasTheContractsPathsOperationsAndSchemas() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-served.yaml"), served);

        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode servedSpec = yaml.readTree(served);
        JsonNode contract = yaml.readTree(Files.readString(CONTRACT));

        assertEquals(operations(contract), operations(servedSpec), "paths and operations");
        assertEquals(names(contract.path("components").path("schemas")),
                names(servedSpec.path("components").path("schemas")), "schema names");
    }

    @Test
    void swaggerUiServesTheSpec() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static Set<String> operations(JsonNode spec) {
        Set<String> ops = new TreeSet<>();
        Iterator<String> paths = spec.path("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            spec.path("paths").path(path).fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    ops.add(method.toUpperCase() + " " + path);
                }
            });
        }
        return ops;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
