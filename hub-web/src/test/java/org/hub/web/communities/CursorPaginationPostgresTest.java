package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** Cursor pagination again, on PostgreSQL. */
class CursorPaginationPostgresTest extends CursorPaginationTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
