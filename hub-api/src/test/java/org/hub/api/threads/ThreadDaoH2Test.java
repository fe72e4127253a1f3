package org.hub.api.threads;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link ThreadDaoContract} on H2 in PostgreSQL mode. */
class ThreadDaoH2Test extends ThreadDaoContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
