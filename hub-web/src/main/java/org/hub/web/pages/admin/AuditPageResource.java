package org.hub.web.pages.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.hub.api.audit.AuditReader;
import org.hub.web.pages.common.Viewer;

/** {@code /admin/audit}: the audit log, newest first, a page at a time, in words rather than codes. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class AuditPageResource {
    static final int PAGE_SIZE = 50;

    private final AuditReader audit;

    public AuditPageResource(AuditReader audit) {
        this.audit = audit;
    }

    @GET
    @Path("admin/audit")
    public AuditView audit(@Context ContainerRequestContext request, @QueryParam("cursor") String cursor) {
        Viewer viewer = Viewer.required(request);
        var page = audit.page(viewer.user(), PAGE_SIZE, cursor);
        var entries = page.items().stream().map(AuditView.Entry::of).toList();
        return new AuditView(viewer, entries, page.nextCursor(), cursor != null && !cursor.isBlank());
    }
}
