package dev.standpoint.api;

import dev.standpoint.store.AnalysisQuery;
import dev.standpoint.store.AnalysisPage;
import dev.standpoint.store.ActorNameKey;
import dev.standpoint.store.AnalysisStore;
import dev.standpoint.store.ListingCursor;
import dev.standpoint.store.StoredAnalysis;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Analyse articles, and read, list and delete stored analyses. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analyses")
@APIResponse(responseCode = "400", description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not found",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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

    @POST
    @Path("analyses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse an article", description = "Finds the actors, their stances and evidence, and the quotes. "
            + "Stores the analysis unless persist=false.")
    @APIResponse(responseCode = "201", description = "Analysed and stored; Location names the new analysis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "200", description = "Analysed, not stored (persist=false)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "413", description = "Body or text too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(AnalysisRequest request, @QueryParam("persist") String persist,
                           @QueryParam("offsets") String offsets, @QueryParam("fields") String fields,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(request, persist, offsets, fields, idempotencyKey);
    }

    /** The whole body is the article, as `curl --data-binary @article.txt` sends it; the title is a query parameter. */
    @POST
    @Path("analyses")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Analyse an article", description = "Finds the actors, their stances and evidence, and the quotes. "
            + "Stores the analysis unless persist=false.")
    @APIResponse(responseCode = "201", description = "Analysed and stored; Location names the new analysis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "200", description = "Analysed, not stored (persist=false)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    @APIResponse(responseCode = "413", description = "Body or text too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createFromText(String text, @QueryParam("title") String title,
                                   @QueryParam("persist") String persist, @QueryParam("offsets") String offsets,
                                   @QueryParam("fields") String fields,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return created(AnalysisRequest.ofPlainText(text, title), persist, offsets, fields, idempotencyKey);
    }

    @POST
    @Path("analyses:batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse up to standpoint.batch.max-items articles; each item succeeds or fails alone")
    @APIResponse(responseCode = "200", description = "Per-item results in request order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "413", description = "Too many items", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createBatch(BatchRequest request, @QueryParam("persist") String persist,
                                @QueryParam("offsets") String offsets, @QueryParam("fields") String fields,
                                @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uriInfo) {
        BatchAnalysisService.Outcome outcome = batch.analyze(request, ListParameters.persist(persist),
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
    @Operation(summary = "A stored analysis")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisResponse.class)))
    public AnalysisResponse get(@PathParam("id") String id, @QueryParam("offsets") String offsets,
                                @QueryParam("fields") String fields) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return responses.of(service.find(id), unit, AnalysisView.parse(fields));
    }

    /** The exact text a stored analysis's offsets point into, so a client that did not submit it can show the spans. */
    @GET
    @Path("analyses/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The article text of a stored analysis, exactly as submitted (every offset points into it)")
    @APIResponse(responseCode = "200", description = "The article text",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    public String text(@PathParam("id") String id) {
        return service.find(id).text();
    }

    @GET
    @Path("analyses")
    @Operation(summary = "Stored analyses, newest first, with cursor pagination and filters")
    @APIResponse(responseCode = "200", description = "One page of analyses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisListResponse.class)))
    public AnalysisListResponse list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                                     @QueryParam("actor") String actor, @QueryParam("stance") String stance,
                                     @QueryParam("since") String since, @QueryParam("offsets") String offsets,
                                     @QueryParam("fields") String fields) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        AnalysisView view = AnalysisView.parse(fields);
        AnalysisQuery query = new AnalysisQuery(
                Optional.ofNullable(actor).filter(a -> !a.isBlank()).map(ActorNameKey::of),
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
                return new AnalysisListResponse(items,
                        new ListingCursor(last.createdAt(), last.id().orElseThrow()).encode(), true);
            }
            items.add(item);
            bytes += size;
        }
        return new AnalysisListResponse(items, page.nextCursor().orElse(null), page.nextCursor().isPresent());
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
    @Operation(summary = "Delete a stored analysis")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private Response created(AnalysisRequest request, String persistParam, String offsets, String fields,
                             String idempotencyKey) {
        boolean persist = ListParameters.persist(persistParam);
        OffsetUnit unit = OffsetUnit.parse(offsets);
        AnalysisView view = AnalysisView.parse(fields);
        Optional<String> key = ListParameters.idempotencyKey(idempotencyKey);
        AnalysisService.Outcome outcome = service.analyze(validator.validate(request), persist, key);
        AnalysisResponse body = responses.of(outcome.analysis(), unit, view);
        if (!persist) {
            return Response.ok(body).build();
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
