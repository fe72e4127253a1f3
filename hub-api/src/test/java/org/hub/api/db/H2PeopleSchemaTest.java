package org.hub.api.db;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/** The migrations and people DAOs on H2 in PostgreSQL mode, with the flags config.yml uses. */
class H2PeopleSchemaTest extends PeopleSchemaContract {
    @Override
    protected Optional<TestDatabase> createDatabase() throws Exception {
        return Optional.of(TestDatabase.h2());
    }
}
