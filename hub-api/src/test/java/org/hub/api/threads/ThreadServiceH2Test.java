package org.hub.api.threads;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link ThreadServiceContract} on H2 in PostgreSQL mode. */
class ThreadServiceH2Test extends ThreadServiceContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
