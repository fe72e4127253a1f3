package org.hub.api.search;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link OutboxTailerContract} on H2 in PostgreSQL mode. */
class OutboxTailerH2Test extends OutboxTailerContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
