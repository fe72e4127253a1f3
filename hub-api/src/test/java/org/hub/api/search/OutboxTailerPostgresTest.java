package org.hub.api.search;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link OutboxTailerContract} on the local PostgreSQL, in a schema of its own; skipped when no server answers. */
class OutboxTailerPostgresTest extends OutboxTailerContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
