package org.hub.api.threads;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;

/** Moderation of threads and posts: hiding, locking, moving, and flags with their queue. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "moderation")
public final class ModerationResource {
    private final ModerationService moderation;
    private final FlagService flags;

    public ModerationResource(ModerationService moderation, FlagService flags) {
        this.moderation = moderation;
        this.flags = flags;
    }

    public record MoveRequest(String group) {}

    public record FlagRequest(FlagReason reason) {}

    public record DecisionRequest(FlagOutcome outcome) {}

    @POST
    @Path("/posts/{id}/hide")
    @Operation(summary = "Hide a post from all but the group's moderators, and from search (group moderators)")
    public Post hide(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return moderation.hide(principal.user(), id);
    }

    @DELETE
    @Path("/posts/{id}/hide")
    @Operation(summary = "Show a hidden post again (group moderators)")
    public Post unhide(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return moderation.unhide(principal.user(), id);
    }

    @POST
    @Path("/threads/{id}/lock")
    @Operation(summary = "Lock a thread: no new answers (group moderators)")
    public HubThread lock(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return moderation.lock(principal.user(), id, true);
    }

    @DELETE
    @Path("/threads/{id}/lock")
    @Operation(summary = "Unlock a thread (group moderators)")
    public HubThread unlock(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return moderation.lock(principal.user(), id, false);
    }

    @POST
    @Path("/threads/{id}/move")
    @Operation(summary = "Move a thread to another group you belong to (moderators of its group)")
    public HubThread move(@Auth HubPrincipal principal, @PathParam("id") long id, @NotNull MoveRequest request) {
        return moderation.move(principal.user(), id, request.group());
    }

    @POST
    @Path("/posts/{id}/flags")
    @Operation(summary = "Flag a post for the group's moderators (anyone who can see it; once per person)")
    @ApiResponse(
            responseCode = "201",
            description = "Flagged",
            content = @Content(schema = @Schema(implementation = Flag.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Already flagged by you: the existing flag",
            content = @Content(schema = @Schema(implementation = Flag.class)))
    public Response flag(@Auth HubPrincipal principal, @PathParam("id") long id, @NotNull FlagRequest request) {
        FlagService.Flagged flagged = flags.flag(principal.user(), id, request.reason());
        return Response.status(flagged.created() ? 201 : 200)
                .entity(flagged.flag())
                .build();
    }

    @POST
    @Path("/posts/{id}/flags/decision")
    @Operation(summary = "Decide a flagged post: hidden or dismissed (group moderators)")
    public Post decide(@Auth HubPrincipal principal, @PathParam("id") long id, @NotNull DecisionRequest request) {
        return flags.decide(principal.user(), id, request.outcome());
    }

    @GET
    @Path("/groups/{slug}/flags")
    @Operation(summary = "The group's moderation queue: posts with open flags (group moderators)")
    public Page<FlaggedPost> queue(
            @Auth HubPrincipal principal,
            @PathParam("slug") String slug,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return flags.queue(principal.user(), slug, Limits.of(limit), cursor);
    }

    @GET
    @Path("/me/flags")
    @Operation(summary = "Your flags, newest first, with their outcome once decided")
    public Page<Flag> mine(
            @Auth HubPrincipal principal, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return flags.mine(principal.user(), Limits.of(limit), cursor);
    }
}
