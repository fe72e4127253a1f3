package org.hub.web.pages.groups;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.hub.api.common.Page;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupService;
import org.hub.web.pages.common.GroupItem;
import org.hub.web.pages.common.Viewer;

/** {@code /groups}: every group the viewer can see, a page at a time. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class GroupsPageResource {
    static final int PAGE_SIZE = 50;

    private final GroupService groups;

    public GroupsPageResource(GroupService groups) {
        this.groups = groups;
    }

    @GET
    @Path("groups")
    public GroupsView directory(@Context ContainerRequestContext request, @QueryParam("after") String cursor) {
        Viewer viewer = Viewer.required(request);
        Page<Group> page = groups.list(viewer.user(), PAGE_SIZE, cursor);
        return new GroupsView(viewer, page.items().stream().map(GroupItem::of).toList(), page.nextCursor());
    }
}
