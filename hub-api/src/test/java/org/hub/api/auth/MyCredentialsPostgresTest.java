package org.hub.api.auth;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link MyCredentialsContract} on the local PostgreSQL, in a schema of its own; skipped when no server answers. */
class MyCredentialsPostgresTest extends MyCredentialsContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
