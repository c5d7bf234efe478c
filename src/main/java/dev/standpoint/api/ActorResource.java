package dev.standpoint.api;

import dev.standpoint.store.ActorAppearance;
import dev.standpoint.store.AnalysisStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Actors seen across stored analyses, merged by normalised name, and each one's stance over time. */
@Path("/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
@APIResponse(responseCode = "400", description = "Invalid request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Not found",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ActorResource {

    private final AnalysisStore store;
    private final StandpointConfig config;

    public ActorResource(AnalysisStore store, StandpointConfig config) {
        this.store = store;
        this.config = config;
    }

    @GET
    @Operation(summary = "Actors seen in stored analyses, merged by normalised name; q filters by name")
    @APIResponse(responseCode = "200", description = "Actors, most often seen first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorListResponse.class)))
    public ActorListResponse list(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        int max = ListParameters.limit(limit, config.listing());
        return new ActorListResponse(store.actors(q == null ? "" : q, max).stream()
                .map(s -> new ActorListResponse.ActorSummaryView(s.id(), s.name(), s.type(), s.analysisCount(),
                        s.mentionCount(), s.lastSeen()))
                .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One actor's stance in each stored article, oldest first")
    @APIResponse(responseCode = "200", description = "The actor and its appearances",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorTimelineResponse.class)))
    public ActorTimelineResponse get(@PathParam("id") String id) {
        List<ActorAppearance> appearances = store.appearances(id);
        if (appearances.isEmpty()) {
            throw new ResourceNotFoundException("no actor with id '" + id + "' in stored analyses");
        }
        return ActorTimelineResponse.of(id, appearances);
    }
}
