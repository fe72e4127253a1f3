package org.hub.api.directory;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link DirectorySyncContract} on the local PostgreSQL. */
class DirectorySyncPostgresTest extends DirectorySyncContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return TestDatabase.postgres();
    }
}
