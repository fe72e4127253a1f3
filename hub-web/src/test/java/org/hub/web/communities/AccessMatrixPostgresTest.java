package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** The access matrix again, on PostgreSQL. */
class AccessMatrixPostgresTest extends AccessMatrixTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
