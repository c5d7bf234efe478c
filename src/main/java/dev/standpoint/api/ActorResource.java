package dev.standpoint.api;

import dev.standpoint.store.ActorSummary;
import dev.standpoint.store.AnalysisStore;
import dev.standpoint.store.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actors seen across stored analyses, merged by normalised name, and each one's stance over time. */
@Path("/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Actors merged across stored analyses by normalised name, and their stance over time")
public class ActorResource {

    private final AnalysisStore store;
    private final StandpointConfig config;

    public ActorResource(AnalysisStore store, StandpointConfig config) {
        this.store = store;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listActors", summary = "Actors seen in stored analyses, merged by normalised name; q filters by name")
    @APIResponse(responseCode = "200", description = "Actors, most often seen first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorListResponse.class)))
    public ActorListResponse list(@Parameter(description = "Part of a name; matched against normalised names") @QueryParam("q") String q,
                                  @Parameter(description = "Page size, 1 to standpoint.listing.max-limit (100 by default)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
                                  @Parameter(description = "nextCursor of the previous page, as given") @QueryParam("cursor") String cursor) {
        Page<ActorSummary> page = store.actors(q == null ? "" : q, ListParameters.limit(limit, config.listing()),
                ListParameters.present(cursor));
        return new ActorListResponse(page.items().stream()
                .map(s -> new ActorListResponse.ActorSummaryView(s.id(), s.name(), s.type(), s.analysisCount(),
                        s.mentionCount(), s.lastSeen()))
                .toList(), page.nextCursor().orElse(null), page.hasMore());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getActorTimeline", summary = "One actor's stance in each stored article, oldest first")
    @APIResponse(responseCode = "200", description = "The actor and one page of its appearances",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorTimelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No stored analysis has this actor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ActorTimelineResponse get(@Parameter(description = "The actor's id from /v1/actors, e.g. alexander-lukashenko") @PathParam("id") String id,
                                     @Parameter(description = "Page size, 1 to standpoint.listing.max-limit (100 by default)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
                                     @Parameter(description = "nextCursor of the previous page, as given") @QueryParam("cursor") String cursor) {
        int max = ListParameters.limit(limit, config.listing());
        ActorSummary actor = store.actor(id)
                .orElseThrow(() -> new ResourceNotFoundException("no actor with id '" + id + "' in stored analyses"));
        return ActorTimelineResponse.of(actor, store.appearances(id, max, ListParameters.present(cursor)));
    }
}
