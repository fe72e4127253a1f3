package org.hub.api.threads;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link ModerationServiceContract} on H2 in PostgreSQL mode. */
class ModerationServiceH2Test extends ModerationServiceContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
