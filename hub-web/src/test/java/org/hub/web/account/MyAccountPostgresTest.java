package org.hub.web.account;

import org.hub.api.testing.TestDatabase;

/** My account again, on PostgreSQL. */
class MyAccountPostgresTest extends MyAccountTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
