package org.hub.api.db;

import java.util.Optional;
import org.hub.api.testing.TestDatabase;

/**
 * The migrations and people DAOs on the local PostgreSQL, in a fresh schema dropped afterwards;
 * skipped when no server answers.
 */
class PostgresPeopleSchemaTest extends PeopleSchemaContract {
    @Override
    protected Optional<TestDatabase> createDatabase() {
        return TestDatabase.postgres();
    }
}
