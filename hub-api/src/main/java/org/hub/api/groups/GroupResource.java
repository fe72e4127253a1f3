package org.hub.api.groups;

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
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;

/** Groups: the directory, joining, and members. */
@Path("/api/v1")
// Rooted at /api/v1 like the other resources: JAX-RS picks one root resource by its longest
// literal path and never backtracks, so a root of /api/v1/groups would hide /groups/{slug}/threads.
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "groups")
public final class GroupResource {
    private final GroupService groups;

    public GroupResource(GroupService groups) {
        this.groups = groups;
    }

    public record CreateGroupRequest(String slug, String name, String description, Visibility visibility) {}

    public record UpdateGroupRequest(String name, String description, Visibility visibility) {}

    public record AddMemberRequest(String username, GroupRole role) {}

    public record DeclineRequest(String reason) {}

    @POST
    @Path("/groups")
    @Operation(summary = "Create a group; the creator becomes its owner")
    @ApiResponse(
            responseCode = "201",
            description = "The new group",
            content = @Content(schema = @Schema(implementation = Group.class)))
    public Response create(@Auth HubPrincipal principal, @NotNull CreateGroupRequest request) {
        Group group = groups.create(
                principal.user(),
                new GroupService.NewGroup(request.slug(), request.name(), request.description(), request.visibility()));
        return Response.status(201).entity(group).build();
    }

    @GET
    @Path("/groups")
    @Operation(summary = "The groups the viewer can see")
    public Page<Group> list(
            @Auth HubPrincipal principal, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return groups.list(principal.user(), Limits.of(limit), cursor);
    }

    @GET
    @Path("/groups/{slug}")
    @Operation(summary = "A group")
    public Group get(@Auth HubPrincipal principal, @PathParam("slug") String slug) {
        return groups.visible(slug, principal.user());
    }

    @PUT
    @Path("/groups/{slug}")
    @Operation(summary = "Change a group's name, description or visibility (owners, admins)")
    public Group update(
            @Auth HubPrincipal principal, @PathParam("slug") String slug, @NotNull UpdateGroupRequest request) {
        return groups.update(
                principal.user(),
                slug,
                new GroupService.GroupSettings(request.name(), request.description(), request.visibility()));
    }

    @POST
    @Path("/groups/{slug}/join")
    @Operation(summary = "Join an open group (200) or ask to join a restricted one (202)")
    @ApiResponse(
            responseCode = "200",
            description = "Joined: the group",
            content = @Content(schema = @Schema(implementation = Group.class)))
    @ApiResponse(
            responseCode = "202",
            description = "Asked to join: the group, joined once a moderator approves",
            content = @Content(schema = @Schema(implementation = Group.class)))
    public Response join(@Auth HubPrincipal principal, @PathParam("slug") String slug) {
        GroupService.JoinResult result = groups.join(principal.user(), slug);
        return Response.status(result.pending() ? 202 : 200)
                .entity(result.group())
                .build();
    }

    @POST
    @Path("/groups/{slug}/members")
    @Operation(summary = "Add a member, approve a request, or change a role (owners, moderators, admins)")
    @ApiResponse(
            responseCode = "201",
            description = "The membership",
            content = @Content(schema = @Schema(implementation = Membership.class)))
    public Response addMember(
            @Auth HubPrincipal principal, @PathParam("slug") String slug, @NotNull AddMemberRequest request) {
        return Response.status(201)
                .entity(groups.addMember(principal.user(), slug, request.username(), request.role()))
                .build();
    }

    @DELETE
    @Path("/groups/{slug}/members/{username}")
    @Operation(summary = "Remove a member, decline a request, or leave")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Response removeMember(
            @Auth HubPrincipal principal, @PathParam("slug") String slug, @PathParam("username") String username) {
        groups.removeMember(principal.user(), slug, username);
        return Response.noContent().build();
    }

    @POST
    @Path("/groups/{slug}/requests/{username}/decline")
    @Operation(summary = "Decline a request to join, with an optional reason the person can read (owners, moderators)")
    @ApiResponse(responseCode = "204", description = "Declined")
    public Response decline(
            @Auth HubPrincipal principal,
            @PathParam("slug") String slug,
            @PathParam("username") String username,
            DeclineRequest request) {
        groups.decline(principal.user(), slug, username, request == null ? null : request.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("/me/declined-requests")
    @Operation(summary = "Your requests to join that were declined, with the reasons")
    public Page<DeclinedRequest> declinedRequests(
            @Auth HubPrincipal principal, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return groups.declinedRequests(principal.user(), Limits.of(limit), cursor);
    }

    @GET
    @Path("/groups/{slug}/members")
    @Operation(summary = "A group's members")
    public Page<Membership> members(
            @Auth HubPrincipal principal,
            @PathParam("slug") String slug,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return groups.members(principal.user(), slug, Limits.of(limit), cursor);
    }
}
