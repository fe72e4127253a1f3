package org.hub.api.audit;

import java.util.List;
import org.hub.api.common.Cursor;
import org.hub.api.common.Page;
import org.hub.api.users.Permissions;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/** Reading the audit log, newest first: administrators only. */
public final class AuditReader {
    private final Jdbi jdbi;

    public AuditReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<AuditEntry> page(User actor, int limit, String cursor) {
        Permissions.requireAdmin(actor);
        List<AuditEntry> rows = jdbi.onDemand(AuditDao.class).page(Cursor.decode(cursor), limit + 1);
        return Page.of(rows, limit, AuditEntry::id);
    }
}
