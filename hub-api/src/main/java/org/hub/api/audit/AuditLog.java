package org.hub.api.audit;

import java.time.Clock;
import org.hub.api.users.User;
import org.jdbi.v3.core.Handle;

/**
 * Records who did what. Callers pass the handle of their own transaction so that the action and
 * its audit row commit or roll back together.
 */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(Handle handle, User actor, String action, String target, String detail) {
        handle.attach(AuditDao.class)
                .append(
                        clock.instant(),
                        actor == null ? null : actor.id(),
                        action,
                        target,
                        detail == null ? null : truncate(detail));
    }

    private static String truncate(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
