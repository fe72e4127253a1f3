package org.hub.web.account;

import org.hub.api.testing.TestDatabase;

/** The my-account access matrix again, on PostgreSQL. */
class MyAccountAccessMatrixPostgresTest extends MyAccountAccessMatrixTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
