package org.hub.web.pages.notifications;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.hub.api.common.Page;
import org.hub.api.notifications.Notification;
import org.hub.api.notifications.NotificationService;
import org.hub.api.notifications.SubscriptionService;
import org.hub.web.pages.common.Viewer;

/** The notifications page, marking read, and the follow forms of group and thread pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class NotificationsPageResource {
    static final int SHOWN = 50;

    private final NotificationService inbox;
    private final SubscriptionService subscriptions;

    public NotificationsPageResource(NotificationService inbox, SubscriptionService subscriptions) {
        this.inbox = inbox;
        this.subscriptions = subscriptions;
    }

    @GET
    @Path("notifications")
    public NotificationsView notifications(
            @Context ContainerRequestContext request, @QueryParam("after") String cursor) {
        Viewer viewer = Viewer.required(request);
        Page<Notification> page = inbox.list(viewer.user(), false, SHOWN, cursor);
        return new NotificationsView(
                viewer, page.items().stream().map(NotificationItem::of).toList(), page.nextCursor());
    }

    /** Marks one notification read ({@code id}) or all of them ({@code all=true}). */
    @POST
    @Path("notifications/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(
            @Context ContainerRequestContext request, @FormParam("id") Long id, @FormParam("all") String all) {
        Viewer viewer = Viewer.required(request);
        boolean everything = "true".equals(all);
        inbox.markRead(viewer.user(), everything || id == null ? null : List.of(id), everything);
        return Response.seeOther(UriBuilder.fromPath("/notifications").build()).build();
    }

    @POST
    @Path("groups/{slug}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followGroup(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @FormParam("level") String level) {
        Viewer viewer = Viewer.required(request);
        subscriptions.followGroup(viewer.user(), slug, level);
        return Response.seeOther(UriBuilder.fromPath("/groups/{slug}").build(slug))
                .build();
    }

    @POST
    @Path("threads/{id}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followThread(
            @Context ContainerRequestContext request, @PathParam("id") long id, @FormParam("level") String level) {
        Viewer viewer = Viewer.required(request);
        subscriptions.followThread(viewer.user(), id, level);
        return Response.seeOther(UriBuilder.fromPath("/threads/{id}").build(id)).build();
    }
}
