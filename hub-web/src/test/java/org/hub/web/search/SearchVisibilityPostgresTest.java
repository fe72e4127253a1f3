package org.hub.web.search;

import org.hub.api.testing.TestDatabase;

/** Search visibility again on PostgreSQL, where the viewer's group tokens come from the same SQL. */
class SearchVisibilityPostgresTest extends SearchVisibilityTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
