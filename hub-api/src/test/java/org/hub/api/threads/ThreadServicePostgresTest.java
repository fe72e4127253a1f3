package org.hub.api.threads;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link ThreadServiceContract} on the local PostgreSQL, in a schema of its own; skipped when no server answers. */
class ThreadServicePostgresTest extends ThreadServiceContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
