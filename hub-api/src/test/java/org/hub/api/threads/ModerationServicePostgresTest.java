package org.hub.api.threads;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link ModerationServiceContract} on the local PostgreSQL, in a schema of its own; skipped when no server answers. */
class ModerationServicePostgresTest extends ModerationServiceContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
