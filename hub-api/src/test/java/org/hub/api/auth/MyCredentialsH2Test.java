package org.hub.api.auth;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** {@link MyCredentialsContract} on H2 in PostgreSQL mode. */
class MyCredentialsH2Test extends MyCredentialsContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
