package org.hub.web.pages.groups;

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
import java.net.URI;
import java.util.List;
import org.hub.api.common.Page;
import org.hub.api.documents.DocumentService;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupAccess;
import org.hub.api.groups.GroupRole;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Membership;
import org.hub.api.threads.ThreadService;
import org.hub.api.threads.ThreadSummary;
import org.hub.web.pages.common.DocumentItem;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.PageNotice;
import org.hub.web.pages.common.PagePaths;
import org.hub.web.pages.common.ThreadItem;
import org.hub.web.pages.common.Viewer;

/**
 * {@code /groups/{slug}}: a group's threads, documents and members, and joining, leaving and
 * approving requests. A private group answers 404 to non-members, as the service decides.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class GroupPageResource {
    static final int THREADS_SHOWN = 20;
    static final int MEMBERS_SHOWN = 100;
    static final int DOCUMENTS_SHOWN = 10;

    private final GroupService groups;
    private final ThreadService threads;
    private final DocumentService documents;

    public GroupPageResource(GroupService groups, ThreadService threads, DocumentService documents) {
        this.groups = groups;
        this.threads = threads;
        this.documents = documents;
    }

    @GET
    @Path("groups/{slug}")
    public GroupView group(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @QueryParam("after") String cursor,
            @QueryParam("done") String done) {
        Viewer viewer = Viewer.required(request);
        Group group = groups.visible(slug, viewer.user());
        Page<ThreadSummary> page = threads.listInGroup(viewer.user(), slug, null, false, THREADS_SHOWN, cursor);
        List<Membership> members =
                groups.members(viewer.user(), slug, MEMBERS_SHOWN, null).items();
        List<DocumentItem> docs = documents.list(viewer.user(), slug, DOCUMENTS_SHOWN, null).items().stream()
                .map(DocumentItem::of)
                .toList();
        return new GroupView(
                viewer,
                GroupItem.of(group),
                page.items().stream().map(ThreadItem::of).toList(),
                page.nextCursor(),
                members.stream().map(MemberItem::of).toList(),
                docs,
                GroupAccess.canPost(group, viewer.user()),
                GroupAccess.canModerate(group, viewer.user()),
                PageNotice.textOf(Notice.class, done));
    }

    @POST
    @Path("groups/{slug}/join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(
            @Context ContainerRequestContext request, @PathParam("slug") String slug, @FormParam("next") String next) {
        Viewer viewer = Viewer.required(request);
        GroupService.JoinResult result = groups.join(viewer.user(), slug);
        if (next != null && !next.isBlank() && !result.pending()) {
            // A Join button elsewhere (a thread, the ask page) returns the person to where they were;
            // only a local path, the same rule as after signing in.
            return Response.seeOther(URI.create(PagePaths.safeReturn(next))).build();
        }
        return backToGroup(slug, result.pending() ? "requested" : "joined");
    }

    @POST
    @Path("groups/{slug}/leave")
    public Response leave(@Context ContainerRequestContext request, @PathParam("slug") String slug) {
        Viewer viewer = Viewer.required(request);
        groups.removeMember(viewer.user(), slug, viewer.user().username());
        return backToGroup(slug, "left");
    }

    /** Approves a request to join (moderators); the service checks who may. */
    @POST
    @Path("groups/{slug}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(
            @Context ContainerRequestContext request,
            @PathParam("slug") String slug,
            @FormParam("username") String username) {
        Viewer viewer = Viewer.required(request);
        groups.addMember(viewer.user(), slug, username == null ? "" : username, GroupRole.MEMBER);
        return backToGroup(slug, "approved");
    }

    private static Response backToGroup(String slug, String done) {
        return Response.seeOther(UriBuilder.fromPath("/groups/{slug}")
                        .queryParam("done", done)
                        .build(slug))
                .build();
    }

    /** What the group page says after a join, leave, approval or decline. */
    enum Notice implements PageNotice {
        JOINED("You have joined this group."),
        REQUESTED("Your request to join has been sent to the group's moderators."),
        LEFT("You have left this group."),
        APPROVED("The request was approved."),
        DECLINED("The request was declined; the person can read your reason.");

        private final String text;

        Notice(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }
}
