package org.hub.web.communities;

import org.hub.web.support.TestDatabase;

/** The access matrix again, on PostgreSQL. */
class AccessMatrixPostgresTest extends AccessMatrixTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
