package org.hub.api.groups;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link GroupDaoContract} on the local PostgreSQL, in a schema of its own; skipped when no server answers. */
class GroupDaoPostgresTest extends GroupDaoContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
