package dev.standpoint.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the annotations cannot say once for every operation (mp.openapi.filter): the security schemes and
 * which operations need a key, the problem answers every operation can give, an example of every problem type
 * the service sends (built by {@link Problems} itself, so the examples are the real answers), the headers of
 * created and replayed answers, and responses in status order (generated clients take the first media type
 * they see for Accept). OpenApiContractTest keeps the result equal to openapi/openapi.yaml, field by field.
 */
public class OpenApiContract implements OASFilter {

    static final String API_KEY = "ApiKey";
    static final String BEARER = "Bearer";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PATH = "/v1/analyses";

    /** One example per problem type, by name (the type URI's last segment), each the service's own problem. */
    static Map<String, Problem> problemExamples() {
        Map<String, Problem> examples = new LinkedHashMap<>();
        for (Problem p : List.of(
                Problems.validation(new InvalidRequestException("text", "must not be empty or only whitespace"), PATH),
                Problems.malformedJson(new com.fasterxml.jackson.core.JsonParseException(null, "Duplicate field 'text'"), PATH),
                Problems.invalidEncoding("body is not valid UTF-8: byte offset 13 starts an invalid sequence (0xE9 0x20)", PATH),
                Problems.httpError(400, "HTTP 400 Bad Request", PATH),
                Problems.invalidHeader("Content-Type", "'a/b/c' is not a media type; send type/subtype, such as "
                        + "application/json or text/plain; charset=UTF-8", PATH),
                Problems.unauthorized(PATH),
                Problems.forbidden(PATH),
                Problems.notFound("no analysis with id '3f2c1b9e-5a7d-4c1e-9b8a-2d6f0e4a7c11'", PATH + "/3f2c1b9e-5a7d-4c1e-9b8a-2d6f0e4a7c11"),
                Problems.methodNotAllowed(PATH),
                Problems.notAcceptable(PATH),
                Problems.payloadTooLarge("batch has 101 items; the limit is 100 (standpoint.batch.max-items)", PATH + ":batch"),
                Problems.uriTooLong(PATH),
                Problems.unsupportedMediaType("Content-Type 'application/xml' is not accepted here; send application/json or text/plain", PATH),
                Problems.idempotencyKeyReused(new IdempotencyKeyReusedException("retry-7").getMessage(), PATH),
                Problems.unsupportedLanguage("fr", PATH),
                Problems.tooManyRequests(2, PATH),
                Problems.headersTooLarge(PATH),
                Problems.internal(PATH),
                Problems.databaseUnavailable(PATH),
                Problems.analysisUnavailable("the analysis did not finish within 30 s (standpoint.analysis.timeout)", PATH),
                Problems.corsRejected("https://elsewhere.example", PATH))) {
            examples.put(p.type().substring(Problems.BASE.length()), p);
        }
        return examples;
    }

    /** The problem answers every operation can give, with the problem types each status carries. */
    private static final Map<String, String> COMMON = Map.of(
            "400", "The request is invalid: a field, parameter or header is named in errors",
            "401", "An API key is required (when standpoint.security.api-keys is set; for reads only with "
                    + "standpoint.security.protect-reads)",
            "403", "The API key is not one of the configured keys, or a browser origin CORS does not allow",
            "406", "Accept names nothing this operation answers (application/problem+json alone gets JSON)",
            "414", "The request target is longer than standpoint.http.max-uri-length",
            "429", "Too many requests from this key or address (when standpoint.rate-limit.enabled)",
            "431", "The headers are larger than standpoint.http.max-header-size",
            "500", "An unforeseen failure; it was logged",
            "503", "The database is unavailable, or the analysis could not finish within standpoint.analysis.timeout");

    private static final Map<String, List<String>> TYPES_BY_STATUS = Map.ofEntries(
            Map.entry("400", List.of("validation", "malformed-json", "invalid-encoding", "invalid-header", "http-error")),
            Map.entry("401", List.of("unauthorized")),
            Map.entry("403", List.of("forbidden", "cors-rejected")),
            Map.entry("404", List.of("not-found")),
            Map.entry("406", List.of("not-acceptable")),
            Map.entry("413", List.of("payload-too-large")),
            Map.entry("414", List.of("uri-too-long")),
            Map.entry("415", List.of("unsupported-media-type")),
            Map.entry("422", List.of("idempotency-key-reused", "unsupported-language")),
            Map.entry("429", List.of("too-many-requests")),
            Map.entry("431", List.of("headers-too-large")),
            Map.entry("500", List.of("internal-error")),
            Map.entry("503", List.of("database-unavailable", "analysis-unavailable")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("One of standpoint.security.api-keys; checked only when keys are configured"));
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("The same key as Authorization: Bearer KEY"));
        ObjectMapper json = new ObjectMapper();
        problemExamples().forEach((name, problem) -> components.addExample(name, OASFactory.createExample()
                .summary(problem.title()).value(json.convertValue(problem, new TypeReference<Map<String, Object>>() { }))));
        // Not a status an operation answers, but a type the service sends: listed with the others.
        components.getSchemas().get("Problem").setExamples(List.of(
                json.convertValue(problemExamples().get("validation"), new TypeReference<Map<String, Object>>() { })));

        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().forEach((method, operation) -> {
                boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE;
                operation.setSecurity(write
                        ? List.of(requirement(API_KEY), requirement(BEARER))
                        : List.of(requirement(API_KEY), requirement(BEARER), OASFactory.createSecurityRequirement()));
                completeResponses(operation);
                jsonBodyFirst(operation);
            });
        }
    }

    /** application/json before text/plain: generators type the body after the first media type. */
    private static void jsonBodyFirst(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Map<String, MediaType> types = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) ? -1
                : b.equals(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) ? 1 : a.compareTo(b));
        types.putAll(operation.getRequestBody().getContent().getMediaTypes());
        Content content = OASFactory.createContent();
        types.forEach(content::addMediaType);
        operation.getRequestBody().setContent(content);
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    private static void completeResponses(Operation operation) {
        APIResponses responses = operation.getResponses();
        Map<String, APIResponse> all = new TreeMap<>(responses.getAPIResponses());
        COMMON.forEach((status, description) -> all.computeIfAbsent(status, s -> OASFactory.createAPIResponse())
                .setDescription(description));
        for (Map.Entry<String, APIResponse> e : all.entrySet()) {
            String status = e.getKey();
            APIResponse response = e.getValue();
            if (TYPES_BY_STATUS.containsKey(status)) {
                MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
                TYPES_BY_STATUS.get(status).forEach(type -> problem.addExample(type,
                        OASFactory.createExample().ref("#/components/examples/" + type)));
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
                if (status.equals("429") || status.equals("503")) {
                    response.addHeader("Retry-After", header("Seconds to wait before trying again", "integer"));
                }
                if (status.equals("401")) {
                    response.addHeader("WWW-Authenticate", header("Bearer realm=\"standpoint\"", "string"));
                }
            }
            if (status.equals("201")) {
                response.addHeader("Location", header("/v1/analyses/{id} of the new analysis", "string"));
            }
            if (status.equals("201") || (status.equals("200") && operation.getOperationId().equals("createAnalysisBatch"))) {
                response.addHeader("Idempotent-Replayed", header("true when this answers an earlier request with the same "
                        + "Idempotency-Key", "string"));
            }
        }
        responses.setAPIResponses(new LinkedHashMap<>(all));
    }

    private static Header header(String description, String type) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(type.equals("integer") ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING));
    }
}
