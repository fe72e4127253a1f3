package org.hub.api.notifications;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link NotificationContract} on the local PostgreSQL, in a schema of its own; skipped when no server answers. */
class NotificationPostgresTest extends NotificationContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
