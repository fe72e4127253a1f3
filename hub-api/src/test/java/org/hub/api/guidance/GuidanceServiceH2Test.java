package org.hub.api.guidance;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link GuidanceServiceContract} on H2 in PostgreSQL mode. */
class GuidanceServiceH2Test extends GuidanceServiceContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
