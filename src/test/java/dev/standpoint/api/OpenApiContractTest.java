package dev.standpoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * openapi/openapi.yaml is the contract clients are generated from. The served spec is generated from the
 * resources, their records and OpenApiContract; this test fails on any field where the two differ, naming
 * each one by JSON pointer (the served spec is written to target/openapi-served.yaml, so updating the contract
 * is a copy away). It also checks that every example in the contract validates against its schema, that every
 * problem type the service can send is there, and that real answers validate against the contract.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final String BASE = "https://standpoint.dev/openapi.json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode contract;
    private static JsonSchemaFactory schemas;

    @BeforeAll
    static void readTheContract() throws IOException {
        contract = YAML.readTree(Files.readString(CONTRACT));
        String asJson = JSON.writeValueAsString(contract);
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, asJson))));
    }

    @Test
    void theServedSpecEqualsTheContractFieldByField() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-served.yaml"), served);
        List<String> differences = new ArrayList<>();
        diff("", contract, YAML.readTree(served), differences);
        assertEquals(List.of(), differences, "openapi/openapi.yaml differs from the served spec "
                + "(target/openapi-served.yaml) at these JSON pointers");
    }

    @Test
    void everyOperationHasAnIdAndEveryPathParameterIsRequired() {
        Set<String> ids = new TreeSet<>();
        contract.path("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            String id = op.getValue().path("operationId").asText("");
            assertTrue(!id.isEmpty() && ids.add(id), "operationId missing or repeated: " + op.getKey() + " " + id);
            op.getValue().path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("path")) {
                    assertTrue(p.path("required").asBoolean(), "path parameter " + p.path("name") + " is required");
                }
                assertTrue(p.has("schema") && (p.path("schema").has("type") || p.path("schema").has("$ref")),
                        "parameter " + p.path("name") + " of " + id + " has a type");
            });
        }));
        assertEquals(Set.of("createAnalysis", "createAnalysisBatch", "getAnalysis", "getAnalysisText", "listAnalyses",
                "deleteAnalysis", "listActors", "getActorTimeline"), ids);
    }

    @Test
    void everyProblemTypeTheServiceSendsHasAnExample() throws IllegalAccessException {
        Set<String> sent = new TreeSet<>();
        for (Field f : Problems.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                String value = (String) f.get(null);
                if (value.startsWith(Problems.BASE) && value.length() > Problems.BASE.length()) {
                    sent.add(value);
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        contract.path("components").path("examples").forEach(e -> documented.add(e.path("value").path("type").asText()));
        assertEquals(sent, documented, "problem types in Problems and in components/examples");
    }

    @Test
    void everyExampleInTheContractValidatesAgainstItsSchema() {
        List<String> failures = new ArrayList<>();
        int[] checked = {0};
        walk("", contract, failures, checked);
        assertEquals(List.of(), failures);
        assertTrue(checked[0] >= 25, "examples checked: " + checked[0]);
    }

    @Test
    void realAnswersValidateAgainstTheContract() {
        String json = "/content/application~1json/schema";
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("text", TestArticles.belarus(), "title", "Belarus", "publishedAt", "2025-12-30T10:00:00Z"))
                .post("/v1/analyses");
        assertValid(created, "/paths/~1v1~1analyses/post/responses/201" + json);
        String id = created.jsonPath().getString("id");
        assertValid(given().contentType(ContentType.TEXT).body("The mayor said \"yes\".").post("/v1/analyses?persist=false"),
                "/paths/~1v1~1analyses/post/responses/200" + json);
        assertValid(given().get("/v1/analyses/" + id + "?fields=summary"), "/paths/~1v1~1analyses~1{id}/get/responses/200" + json);
        assertValid(given().get("/v1/analyses?limit=2"), "/paths/~1v1~1analyses/get/responses/200" + json);
        assertValid(given().get("/v1/actors?limit=3"), "/paths/~1v1~1actors/get/responses/200" + json);
        String actor = given().get("/v1/actors?q=khrenin").jsonPath().getString("items[0].id");
        assertValid(given().get("/v1/actors/" + actor), "/paths/~1v1~1actors~1{id}/get/responses/200" + json);
        assertValid(given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                        .body("{\"items\": [{\"text\": \"The mayor said yes.\"}, {\"text\": \"\"}]}").post("/v1/analyses:batch"),
                "/paths/~1v1~1analyses:batch/post/responses/200" + json);
        assertValid(given().get("/v1/analyses/nothing"), "/paths/~1v1~1analyses~1{id}/get/responses/404/content/application~1problem+json/schema");
        assertValid(given().contentType(ContentType.JSON).body("{\"text\": 1}").post("/v1/analyses"),
                "/paths/~1v1~1analyses/post/responses/400/content/application~1problem+json/schema");
    }

    private static void assertValid(Response response, String pointer) {
        try {
            JsonNode body = JSON.readTree(response.asString());
            Set<ValidationMessage> errors = schema(pointer).validate(body);
            assertEquals(Set.of(), errors, "answer " + response.statusCode() + " against " + pointer);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonSchema schema(String pointer) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return schemas.getSchema(SchemaLocation.of(BASE + "#" + pointer), config);
    }

    /** Validates `example`, `examples` of schemas and the examples of media types, wherever they stand. */
    private static void walk(String pointer, JsonNode node, List<String> failures, int[] checked) {
        if (!node.isContainerNode()) {
            return;
        }
        if (node.isObject() && node.has("schema") && node.path("examples").isObject()) {
            node.path("examples").fields().forEachRemaining(e -> {
                JsonNode example = e.getValue().has("$ref")
                        ? contract.at(e.getValue().path("$ref").asText().substring(1)) : e.getValue();
                check(pointer + "/schema", example.path("value"), pointer + "/examples/" + e.getKey(), failures, checked);
            });
        }
        boolean isSchema = node.isObject() && (node.has("type") || node.has("$ref") || node.has("properties"));
        if (isSchema && node.has("example")) {
            check(pointer, node.path("example"), pointer + "/example", failures, checked);
        }
        if (isSchema && node.path("examples").isArray()) {
            for (int i = 0; i < node.path("examples").size(); i++) {
                check(pointer, node.path("examples").get(i), pointer + "/examples/" + i, failures, checked);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), failures, checked);
            }
        }
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            walk(pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), f.getValue(), failures, checked);
        }
    }

    private static void check(String schemaPointer, JsonNode example, String where, List<String> failures, int[] checked) {
        checked[0]++;
        Set<ValidationMessage> errors = schema(schemaPointer).validate(example);
        if (!errors.isEmpty()) {
            failures.add(where + ": " + errors);
        }
    }

    private static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String p = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    out.add(p + " is served but not in the contract");
                } else if (!actual.has(name)) {
                    out.add(p + " is in the contract but not served");
                } else {
                    diff(p, expected.get(name), actual.get(name), out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(pointer + ": contract " + expected + ", served " + actual);
        }
    }
}
