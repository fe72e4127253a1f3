package org.hub.api.guidance;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link GuidanceServiceContract} on the local PostgreSQL, in a schema of its own; skipped when no server answers. */
class GuidanceServicePostgresTest extends GuidanceServiceContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
