package org.hub.api.notifications;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link NotificationContract} on H2 in PostgreSQL mode. */
class NotificationH2Test extends NotificationContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
