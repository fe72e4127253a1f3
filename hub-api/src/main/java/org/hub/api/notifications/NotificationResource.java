package org.hub.api.notifications;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;

/** Following groups, threads and tags, and the inbox. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public final class NotificationResource {
    private final NotificationService inbox;
    private final SubscriptionService subscriptions;

    public NotificationResource(NotificationService inbox, SubscriptionService subscriptions) {
        this.inbox = inbox;
        this.subscriptions = subscriptions;
    }

    public record LevelRequest(String level) {}

    public record ReadRequest(List<Long> ids, Boolean all) {}

    /** {@code {"unread": n}}: a record rather than a map, so that the OpenAPI document names its field. */
    public record UnreadCount(int unread) {}

    /** {@code {"items": [...]}}: the levels I have set. */
    public record MySubscriptions(List<Subscription> items) {}

    @PUT
    @Path("/groups/{slug}/subscription")
    @Operation(summary = "Set how closely I follow a group: watching, tracking, normal or muted")
    public Subscription followGroup(
            @Auth HubPrincipal principal, @PathParam("slug") String slug, @NotNull LevelRequest request) {
        return subscriptions.followGroup(principal.user(), slug, request.level());
    }

    @PUT
    @Path("/threads/{id}/subscription")
    @Operation(summary = "Set how closely I follow a thread")
    public Subscription followThread(
            @Auth HubPrincipal principal, @PathParam("id") long id, @NotNull LevelRequest request) {
        return subscriptions.followThread(principal.user(), id, request.level());
    }

    @PUT
    @Path("/tags/{tag}/subscription")
    @Operation(summary = "Set how closely I follow a tag")
    public Subscription followTag(
            @Auth HubPrincipal principal, @PathParam("tag") String tag, @NotNull LevelRequest request) {
        return subscriptions.followTag(principal.user(), tag, request.level());
    }

    @GET
    @Path("/me/subscriptions")
    @Operation(summary = "The levels I have set (groups, threads, tags); everything else follows the defaults")
    public MySubscriptions mySubscriptions(@Auth HubPrincipal principal) {
        return new MySubscriptions(subscriptions.mine(principal.user()));
    }

    @GET
    @Path("/notifications")
    @Operation(summary = "My notifications, newest first")
    public Page<Notification> list(
            @Auth HubPrincipal principal,
            @QueryParam("unread") boolean unread,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return inbox.list(principal.user(), unread, Limits.of(limit), cursor);
    }

    @GET
    @Path("/notifications/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    public UnreadCount unreadCount(@Auth HubPrincipal principal) {
        return new UnreadCount(inbox.unreadCount(principal.user()));
    }

    @POST
    @Path("/notifications/read")
    @Operation(summary = "Mark notifications read: {\"ids\": [...]} or {\"all\": true}")
    public UnreadCount markRead(@Auth HubPrincipal principal, @NotNull ReadRequest request) {
        return new UnreadCount(inbox.markRead(principal.user(), request.ids(), Boolean.TRUE.equals(request.all())));
    }
}
