package org.hub.api.directory;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link DirectorySyncContract} on H2 in PostgreSQL mode. */
class DirectorySyncH2Test extends DirectorySyncContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
