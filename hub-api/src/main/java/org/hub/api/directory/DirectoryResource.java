package org.hub.api.directory;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.common.HubException;
import org.hub.api.users.Permissions;

/** The staff directory sync on demand (admins). */
@Path("/api/v1/admin/directory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public final class DirectoryResource {
    public static final String NOT_CONFIGURED = "Directory sync is not configured: set ldap.url (HUB_LDAP_URL).";

    private final Optional<DirectorySync> sync;

    public DirectoryResource(Optional<DirectorySync> sync) {
        this.sync = sync;
    }

    @POST
    @Path("/sync")
    @Operation(summary = "Sync people from the staff directory now: creates, updates and deactivates (admins)")
    public SyncReport sync(@Auth HubPrincipal principal) {
        Permissions.requireAdmin(principal.user());
        return sync.orElseThrow(() -> HubException.conflict(NOT_CONFIGURED)).syncAs(principal.user());
    }
}
