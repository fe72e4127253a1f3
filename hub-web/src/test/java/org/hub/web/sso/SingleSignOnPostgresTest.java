package org.hub.web.sso;

import org.hub.api.testing.TestDatabase;

/** {@link SingleSignOnTest} on PostgreSQL. */
class SingleSignOnPostgresTest extends SingleSignOnTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
