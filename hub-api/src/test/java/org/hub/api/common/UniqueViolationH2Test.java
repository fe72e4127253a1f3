package org.hub.api.common;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link UniqueViolationContract} on H2 in PostgreSQL mode. */
class UniqueViolationH2Test extends UniqueViolationContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
