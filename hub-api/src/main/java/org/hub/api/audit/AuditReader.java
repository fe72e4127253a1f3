package org.hub.api.audit;

import java.time.Instant;
import java.util.List;
import org.hub.api.common.Cursor;
import org.hub.api.common.HubException;
import org.hub.api.common.Page;
import org.hub.api.users.Permissions;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * Reading the audit log, newest first by when things happened (then by id, for entries of the same
 * instant): administrators only. Ids follow insertion, which is not always the order of events (an
 * import or the demo seeder records past events), so the time is the key; the cursor is the last
 * entry's id, whose time the next page looks up.
 */
public final class AuditReader {
    private final Jdbi jdbi;

    public AuditReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page<AuditEntry> page(User actor, int limit, String cursor) {
        Permissions.requireAdmin(actor);
        AuditDao dao = jdbi.onDemand(AuditDao.class);
        long beforeId = Cursor.decode(cursor);
        // The first page starts after the end of time; a cursor naming no entry is a bad cursor.
        Instant beforeAt = beforeId == Long.MAX_VALUE
                ? Instant.parse("9999-12-31T23:59:59Z")
                : dao.atOf(beforeId)
                        .orElseThrow(() -> HubException.badRequest(
                                "The cursor is not valid: use the nextCursor of a previous page."));
        List<AuditEntry> rows = dao.page(beforeAt, beforeId, limit + 1);
        return Page.of(rows, limit, AuditEntry::id);
    }
}
