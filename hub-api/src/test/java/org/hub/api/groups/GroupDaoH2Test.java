package org.hub.api.groups;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link GroupDaoContract} on H2 in PostgreSQL mode. */
class GroupDaoH2Test extends GroupDaoContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
