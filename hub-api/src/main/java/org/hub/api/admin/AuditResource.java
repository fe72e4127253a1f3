package org.hub.api.admin;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hub.api.audit.AuditEntry;
import org.hub.api.audit.AuditReader;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.Limits;
import org.hub.api.common.Page;
import org.hub.api.users.Permissions;

/**
 * The audit log, for admins, newest first. Here rather than in {@code audit}: the resource needs
 * auth's principal, and auth records to the audit log, so the two packages would import each other.
 */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public final class AuditResource {
    private final AuditReader audit;

    public AuditResource(AuditReader audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The audit log of moderation and admin actions, newest first (admins)")
    public Page<AuditEntry> list(
            @Auth HubPrincipal principal, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        // Checked before the limit, so a non-admin hears 403 whatever the query says.
        Permissions.requireAdmin(principal.user());
        return audit.page(principal.user(), Limits.of(limit), cursor);
    }
}
