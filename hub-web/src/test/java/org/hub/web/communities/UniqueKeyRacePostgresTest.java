package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** The unique-key races again, on PostgreSQL, where a second insert waits for the first to commit. */
class UniqueKeyRacePostgresTest extends UniqueKeyRaceTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
