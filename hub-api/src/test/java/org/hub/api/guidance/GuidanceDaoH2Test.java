package org.hub.api.guidance;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link GuidanceDaoContract} on H2 in PostgreSQL mode. */
class GuidanceDaoH2Test extends GuidanceDaoContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
