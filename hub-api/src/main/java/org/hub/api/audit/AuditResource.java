package org.hub.api.audit;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.auth.Permissions;
import org.hub.api.common.Cursor;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;
import org.jdbi.v3.core.Jdbi;

/** The audit log, for admins, newest first. */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public final class AuditResource {
    private final Jdbi jdbi;

    public AuditResource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @GET
    @Operation(summary = "The audit log of moderation and admin actions, newest first (admins)")
    public Page<AuditEntry> list(@Auth HubPrincipal principal, @QueryParam("limit") Integer limit,
                                 @QueryParam("cursor") String cursor) {
        Permissions.requireAdmin(principal.user());
        int size = Limits.of(limit);
        var rows = jdbi.onDemand(AuditDao.class).page(Cursor.decode(cursor), size + 1);
        return Page.of(rows, size, AuditEntry::id);
    }
}
