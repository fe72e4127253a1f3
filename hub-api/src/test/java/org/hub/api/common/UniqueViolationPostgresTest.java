package org.hub.api.common;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link UniqueViolationContract} on the local PostgreSQL. */
class UniqueViolationPostgresTest extends UniqueViolationContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
