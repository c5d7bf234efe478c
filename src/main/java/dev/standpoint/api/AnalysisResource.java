package dev.standpoint.api;

import dev.standpoint.store.AnalysisQuery;
import dev.standpoint.store.AnalysisPage;
import dev.standpoint.store.ActorNameKey;
import dev.standpoint.store.AnalysisStore;
import dev.standpoint.store.ListingCursor;
import dev.standpoint.store.StoredAnalysis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Analyse articles, and read, list and delete stored analyses. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analyses", description = "Analyse articles; read, list and delete stored analyses")
public class AnalysisResource {

    private final AnalysisService service;
    private final BatchAnalysisService batch;
    private final AnalysisRequestValidator validator;
    private final AnalysisStore store;
    private final AnalysisResponses responses;
    private final ObjectMapper mapper;
    private final StandpointConfig config;

    public AnalysisResource(AnalysisService service, BatchAnalysisService batch, AnalysisRequestValidator validator,
                            AnalysisStore store, AnalysisResponses responses, ObjectMapper mapper,
                            StandpointConfig config) {
        this.service = service;
        this.batch = batch;
        this.validator = validator;
        this.store = store;
        this.responses = responses;
        this.mapper = mapper;
        this.config = config;
    }

    static final String FIELDS = "summary: leave out mentions, evidence and quotes (each actor keeps its stance and counts); "
            + "debug: everything and the trace (which rule or model decided each attribution, speaker and stance)";

    @POST
    @Path("analyses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAnalysis", summary = "Analyse an article", description = "Finds the actors, their "
            + "stances and evidence, and the quotes. Stores the analysis unless persist=false. The body is JSON, or the "
            + "article itself as text/plain (title as a query parameter).")
    @APIResponse(responseCode = "201", description = "Analysed and stored; Location names the new analysis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "200", description = "Analysed, not stored (persist=false); or already stored by this engine (dedupe), Location names that analysis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "413", description = "Body or text too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request, or a language the engine does not read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = AnalysisRequest.class))) AnalysisRequest request,
                           @Parameter(description = "false: analyse without storing (200, id null)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("persist") String persist,
                           @Parameter(description = "false: store the text again even when this engine already stored it (same content hash, title and target); by default such a request answers the stored analysis with 200 and its Location", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("dedupe") String dedupe,
                           @Parameter(description = "Unit of every offset: UTF-16 code units (Java, JavaScript) or code points (Python)", schema = @Schema(type = SchemaType.STRING, enumeration = {"utf16", "codepoints"}, defaultValue = "utf16")) @QueryParam("offsets") String offsets,
                           @Parameter(description = FIELDS, schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "summary", "debug"}, defaultValue = "full")) @QueryParam("fields") String fields,
                           @Parameter(description = "Makes a retry safe: the same key with the same request answers the first result (Idempotent-Replayed: true); with any other field, 422", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255)) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(request, persist, dedupe, offsets, fields, idempotencyKey);
    }

    /** The whole body is the article, as `curl --data-binary @article.txt` sends it; the title is a query parameter. */
    @POST
    @Path("analyses")
    @Consumes(MediaType.TEXT_PLAIN)
    // Merged with create() into one operation (same path and method), which carries the operationId.
    @Operation(summary = "Analyse an article", description = "Finds the actors, their "
            + "stances and evidence, and the quotes. Stores the analysis unless persist=false. The body is JSON, or the "
            + "article itself as text/plain (title as a query parameter).")
    @APIResponse(responseCode = "201", description = "Analysed and stored; Location names the new analysis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "200", description = "Analysed, not stored (persist=false); or already stored by this engine (dedupe), Location names that analysis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "413", description = "Body or text too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request, or a language the engine does not read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createFromText(@RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
                                           schema = @Schema(type = SchemaType.STRING, minLength = 1))) String text,
                                   @Parameter(description = "The article's title, for a text/plain body",
                                           schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
                                   @QueryParam("title") String title,
                                   @Parameter(description = "false: analyse without storing (200, id null)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("persist") String persist,
                                   @Parameter(description = "false: store the text again even when this engine already stored it (same content hash, title and target); by default such a request answers the stored analysis with 200 and its Location", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("dedupe") String dedupe,
                                   @Parameter(description = "Unit of every offset: UTF-16 code units (Java, JavaScript) or code points (Python)", schema = @Schema(type = SchemaType.STRING, enumeration = {"utf16", "codepoints"}, defaultValue = "utf16")) @QueryParam("offsets") String offsets,
                                   @Parameter(description = FIELDS, schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "summary", "debug"}, defaultValue = "full")) @QueryParam("fields") String fields,
                                   @Parameter(description = "Makes a retry safe: the same key with the same request answers the first result (Idempotent-Replayed: true); with any other field, 422", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255)) @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(AnalysisRequest.ofPlainText(text, title), persist, dedupe, offsets, fields, idempotencyKey);
    }

    @POST
    @Path("analyses:batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAnalysisBatch", summary = "Analyse up to standpoint.batch.max-items articles; each item "
            + "succeeds or fails alone", description = "Without Idempotency-Key each item is stored on its own; with one, "
            + "all stored items and the key commit together.")
    @APIResponse(responseCode = "200", description = "Per-item results in request order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "413", description = "Too many items, or a body over standpoint.http.max-body-size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json, or a charset this service cannot decode", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with other items", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createBatch(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = BatchRequest.class))) BatchRequest request,
                                @Parameter(description = "false: analyse without storing (200, id null)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("persist") String persist,
                                @Parameter(description = "false: store each text again even when this engine already stored it (same content hash, title and target); by default such an item answers the stored analysis with status 200 and its location", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("dedupe") String dedupe,
                                @Parameter(description = "Unit of every offset: UTF-16 code units (Java, JavaScript) or code points (Python)", schema = @Schema(type = SchemaType.STRING, enumeration = {"utf16", "codepoints"}, defaultValue = "utf16")) @QueryParam("offsets") String offsets,
                                @Parameter(description = FIELDS, schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "summary", "debug"}, defaultValue = "full")) @QueryParam("fields") String fields,
                                @Parameter(description = "Makes a retry of the whole batch safe: the same key with the same items answers the first outcome (Idempotent-Replayed: true) and stores nothing more; with other items, 422", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255)) @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @Context UriInfo uriInfo) {
        BatchAnalysisService.Outcome outcome = batch.analyze(request, ListParameters.persist(persist),
                ListParameters.dedupe(dedupe),
                OffsetUnit.parse(offsets), AnalysisView.parse(fields), ListParameters.idempotencyKey(idempotencyKey),
                uriInfo.getRequestUri().getRawPath());
        Response.ResponseBuilder response = Response.ok(outcome.response());
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("analyses/{id}")
    @Operation(operationId = "getAnalysis", summary = "A stored analysis")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "404", description = "No analysis with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnalysisResponse get(@PathParam("id") String id,
                                @Parameter(description = "Unit of every offset: UTF-16 code units (Java, JavaScript) or code points (Python)", schema = @Schema(type = SchemaType.STRING, enumeration = {"utf16", "codepoints"}, defaultValue = "utf16")) @QueryParam("offsets") String offsets,
                                @Parameter(description = FIELDS, schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "summary", "debug"}, defaultValue = "full")) @QueryParam("fields") String fields) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return responses.of(service.find(id), unit, AnalysisView.parse(fields));
    }

    /** The exact text a stored analysis's offsets point into, so a client that did not submit it can show the spans. */
    @GET
    @Path("analyses/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(operationId = "getAnalysisText", summary = "The article text of a stored analysis, exactly as submitted (every offset points into it)")
    @APIResponse(responseCode = "200", description = "The article text",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No analysis with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String text(@PathParam("id") String id) {
        return service.find(id).text();
    }

    @GET
    @Path("analyses")
    @Operation(operationId = "listAnalyses", summary = "Stored analyses, newest first, with cursor pagination and filters",
            description = "A page ends before limit when the next analysis would take it past "
                    + "standpoint.listing.max-page-bytes (2 MB by default); hasMore says whether another follows.")
    @Produces({MediaType.APPLICATION_JSON, ActorRows.NDJSON, ActorRows.CSV})
    @APIResponse(responseCode = "200", description = "One page of analyses (JSON); with Accept: application/x-ndjson "
            + "or text/csv, every matching analysis from cursor on (at most limit when given), one row per actor and "
            + "article, streamed", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisListResponse.class)),
            @Content(mediaType = ActorRows.NDJSON, schema = @Schema(type = SchemaType.STRING, description = "One JSON "
                    + "object a line: analysisId, title, url, publishedAt, actor, actorKey, type, role, stance, "
                    + "confidence, approval, concern, skepticism, neutral, sentiment, sentimentMagnitude, evidenceCount")),
            @Content(mediaType = ActorRows.CSV, schema = @Schema(type = SchemaType.STRING, description = "RFC 4180 with "
                    + "a header line; the same columns as application/x-ndjson"))})
    public Response list(@Parameter(description = "Page size, 1 to standpoint.listing.max-limit (100 by default)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
                                     @Parameter(description = "nextCursor of the previous page, as given") @QueryParam("cursor") String cursor,
                                     @Parameter(description = "Only analyses with this actor (a name, normalised as actor ids are)") @QueryParam("actor") String actor,
                                     @Parameter(description = "Only analyses with an actor of this stance (with actor: that actor)", schema = @Schema(type = SchemaType.STRING, enumeration = {"approval", "concern", "skepticism", "neutral"})) @QueryParam("stance") String stance,
                                     @Parameter(description = "Only articles published at or after this ISO-8601 date (its start in UTC) or date-time with offset", schema = @Schema(type = SchemaType.STRING, examples = {"2025-12-01", "2025-12-01T00:00:00Z"})) @QueryParam("since") String since,
                                     @Parameter(description = "Unit of every offset: UTF-16 code units (Java, JavaScript) or code points (Python)", schema = @Schema(type = SchemaType.STRING, enumeration = {"utf16", "codepoints"}, defaultValue = "utf16")) @QueryParam("offsets") String offsets,
                                     @Parameter(description = FIELDS, schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "summary", "debug"}, defaultValue = "full")) @QueryParam("fields") String fields,
                                     @Context HttpHeaders headers) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        AnalysisView view = AnalysisView.parse(fields);
        Optional<String> actorKey = Optional.ofNullable(actor).filter(a -> !a.isBlank()).map(ActorNameKey::of);
        Optional<String> rows = exportFormat(headers);
        if (rows.isPresent()) {
            Optional<Integer> most = ListParameters.present(limit).map(l -> ListParameters.limit(l, config.listing()));
            AnalysisQuery query = new AnalysisQuery(actorKey, ListParameters.stance(stance), ListParameters.since(since),
                    config.listing().maxLimit(), ListParameters.cursor(cursor));
            return Response.ok(export(query, most, unit, rows.get()), rows.get() + ";charset=UTF-8").build();
        }
        AnalysisQuery query = new AnalysisQuery(actorKey,
                ListParameters.stance(stance), ListParameters.since(since),
                ListParameters.limit(limit, config.listing()), ListParameters.cursor(cursor));
        AnalysisPage page = store.list(query);
        // The page ends early, at least one item in, when the next item would take it past max-page-bytes.
        List<AnalysisResponse> items = new ArrayList<>();
        long bytes = 0;
        for (StoredAnalysis stored : page.items()) {
            AnalysisResponse item = responses.of(stored, unit, view);
            long size = sizeOf(item);
            if (!items.isEmpty() && bytes + size > config.listing().maxPageBytes()) {
                StoredAnalysis last = page.items().get(items.size() - 1);
                return Response.ok(new AnalysisListResponse(items,
                        new ListingCursor(last.createdAt(), last.id().orElseThrow()).encode(), true),
                        MediaType.APPLICATION_JSON_TYPE).build();
            }
            items.add(item);
            bytes += size;
        }
        return Response.ok(new AnalysisListResponse(items, page.nextCursor().orElse(null),
                page.nextCursor().isPresent()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** NDJSON or CSV rows when the client prefers one of them to JSON (Accept, in the client's order). */
    private static Optional<String> exportFormat(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Optional.empty();
            }
            if (!type.isWildcardType() && type.isCompatible(MediaType.valueOf(ActorRows.NDJSON))) {
                return Optional.of(ActorRows.NDJSON);
            }
            if (!type.isWildcardType() && type.isCompatible(MediaType.valueOf(ActorRows.CSV))) {
                return Optional.of(ActorRows.CSV);
            }
        }
        return Optional.empty();
    }

    /** Every matching analysis as rows, a page of the store at a time, written as they are read. */
    private StreamingOutput export(AnalysisQuery first, Optional<Integer> most, OffsetUnit unit, String format) {
        return output -> {
            var writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(output, java.nio.charset.StandardCharsets.UTF_8));
            if (format.equals(ActorRows.CSV)) {
                writer.write(ActorRows.csvHeader(ActorRows.COLUMNS));
            }
            AnalysisQuery query = first;
            int left = most.orElse(Integer.MAX_VALUE);
            while (left > 0) {
                AnalysisPage page = store.list(query);
                for (StoredAnalysis stored : page.items()) {
                    if (left-- == 0) {
                        break;
                    }
                    JsonNode analysis = mapper.valueToTree(responses.of(stored, unit, AnalysisView.SUMMARY));
                    for (var row : ActorRows.of(mapper, analysis)) {
                        writer.write(format.equals(ActorRows.CSV) ? ActorRows.csvLine(row, ActorRows.COLUMNS)
                                : mapper.writeValueAsString(row) + "\n");
                    }
                }
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                query = new AnalysisQuery(query.actorKey(), query.stance(), query.since(), query.limit(),
                        page.nextCursor());
            }
            writer.flush();
        };
    }

    private long sizeOf(AnalysisResponse item) {
        try {
            return mapper.writeValueAsBytes(item).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @DELETE
    @Path("analyses/{id}")
    @Operation(operationId = "deleteAnalysis", summary = "Delete a stored analysis")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No analysis with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private Response created(AnalysisRequest request, String persistParam, String dedupeParam, String offsets,
                             String fields, String idempotencyKey) {
        boolean persist = ListParameters.persist(persistParam);
        boolean dedupe = ListParameters.dedupe(dedupeParam);
        OffsetUnit unit = OffsetUnit.parse(offsets);
        AnalysisView view = AnalysisView.parse(fields);
        Optional<String> key = ListParameters.idempotencyKey(idempotencyKey);
        AnalysisService.Outcome outcome = service.analyze(validator.validate(request), persist, dedupe, key);
        AnalysisResponse body = responses.of(outcome.analysis(), unit, view);
        if (!persist) {
            return Response.ok(body).build();
        }
        if (outcome.deduplicated()) {
            // The same text was stored by this engine before: its analysis, not a second copy.
            return Response.ok(body).header(HttpHeaders.LOCATION, "/v1/analyses/" + body.id()).build();
        }
        // A relative Location, as the contract shows it; Response.created() would make it absolute.
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/v1/analyses/" + body.id()).entity(body);
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
