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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.HubException;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;

/** Threads and posts: asking, answering, editing, accepting and thanking. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "threads")
public final class ThreadResource {
    private final ThreadService threads;

    public ThreadResource(ThreadService threads) {
        this.threads = threads;
    }

    public record CreateThreadRequest(String title, String body, ThreadKind kind, List<String> tags) {}

    public record UpdateThreadRequest(String title, String body, List<String> tags, Integer version) {}

    public record PostRequest(String body) {}

    public record UpdatePostRequest(String body, Integer version) {}

    public record AcceptRequest(Long postId) {}

    @POST
    @Path("/groups/{slug}/threads")
    @Operation(summary = "Start a thread (question or discussion) in a group (members)")
    @ApiResponse(
            responseCode = "201",
            description = "The new thread",
            content = @Content(schema = @Schema(implementation = HubThread.class)))
    public Response create(
            @Auth HubPrincipal principal, @PathParam("slug") String slug, @NotNull CreateThreadRequest request) {
        HubThread thread = threads.create(
                principal.user(),
                slug,
                new ThreadService.NewThread(request.title(), request.body(), request.kind(), request.tags()));
        return Response.status(201).entity(thread).build();
    }

    @GET
    @Path("/groups/{slug}/threads")
    @Operation(summary = "A group's threads, newest first")
    public Page<ThreadSummary> list(
            @Auth HubPrincipal principal,
            @PathParam("slug") String slug,
            @QueryParam("kind") String kind,
            @QueryParam("unanswered") String unanswered,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return threads.listInGroup(
                principal.user(),
                slug,
                kind == null || kind.isEmpty() ? null : ThreadKind.fromWire(kind),
                flag("unanswered", unanswered),
                Limits.of(limit),
                cursor);
    }

    @GET
    @Path("/questions")
    @Operation(
            summary =
                    "Questions across every group the viewer can see; filter by unanswered and the asker's department")
    public Page<ThreadSummary> questions(
            @Auth HubPrincipal principal,
            @QueryParam("unanswered") String unanswered,
            @QueryParam("department") String department,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return threads.questions(
                principal.user(), flag("unanswered", unanswered), department, Limits.of(limit), cursor);
    }

    @GET
    @Path("/threads/{id}")
    @Operation(summary = "A thread with its posts")
    public HubThread get(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return threads.get(principal.user(), id);
    }

    @PUT
    @Path("/threads/{id}")
    @Operation(summary = "Edit a thread; send the version you read (409 if it changed since)")
    public HubThread update(
            @Auth HubPrincipal principal, @PathParam("id") long id, @NotNull UpdateThreadRequest request) {
        return threads.update(
                principal.user(),
                id,
                new ThreadService.ThreadEdit(request.title(), request.body(), request.tags(), request.version()));
    }

    @DELETE
    @Path("/threads/{id}")
    @Operation(summary = "Delete a thread (author, group moderators, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Auth HubPrincipal principal, @PathParam("id") long id) {
        threads.delete(principal.user(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/threads/{id}/posts")
    @Operation(summary = "Answer or reply in a thread (members of its group)")
    @ApiResponse(
            responseCode = "201",
            description = "The new post",
            content = @Content(schema = @Schema(implementation = Post.class)))
    public Response reply(@Auth HubPrincipal principal, @PathParam("id") long id, @NotNull PostRequest request) {
        return Response.status(201)
                .entity(threads.reply(principal.user(), id, request.body()))
                .build();
    }

    @PUT
    @Path("/posts/{id}")
    @Operation(summary = "Edit a post; send the version you read (409 if it changed since)")
    public Post updatePost(@Auth HubPrincipal principal, @PathParam("id") long id, @NotNull UpdatePostRequest request) {
        return threads.updatePost(principal.user(), id, request.body(), request.version());
    }

    @DELETE
    @Path("/posts/{id}")
    @Operation(summary = "Delete a post (author, group moderators, admins)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response deletePost(@Auth HubPrincipal principal, @PathParam("id") long id) {
        threads.deletePost(principal.user(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/threads/{id}/accept")
    @Operation(summary = "Accept an answer (the asker, group moderators)")
    public HubThread accept(@Auth HubPrincipal principal, @PathParam("id") long id, @NotNull AcceptRequest request) {
        return threads.accept(principal.user(), id, request.postId());
    }

    @POST
    @Path("/posts/{id}/thanks")
    @Operation(summary = "Thank the author of a post (once; not your own)")
    public Post thank(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return threads.thank(principal.user(), id);
    }

    @DELETE
    @Path("/threads/{id}/accept")
    @Operation(summary = "Withdraw the accepted answer (the asker, group moderators)")
    public HubThread unaccept(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return threads.unaccept(principal.user(), id);
    }

    @DELETE
    @Path("/posts/{id}/thanks")
    @Operation(summary = "Take back your thanks for a post (idempotent)")
    public Post unthank(@Auth HubPrincipal principal, @PathParam("id") long id) {
        return threads.unthank(principal.user(), id);
    }

    @GET
    @Path("/threads/{id}/revisions")
    @Operation(summary = "Every version of the thread and its posts, oldest first")
    public Page<Revision> revisions(
            @Auth HubPrincipal principal,
            @PathParam("id") long id,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return threads.revisions(principal.user(), id, Limits.of(limit), cursor);
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw HubException.badRequest(name + " must be true or false.");
    }
}
