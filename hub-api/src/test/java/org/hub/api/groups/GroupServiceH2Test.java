package org.hub.api.groups;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link GroupServiceContract} on H2 in PostgreSQL mode. */
class GroupServiceH2Test extends GroupServiceContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
