package org.hub.web.pages;

import org.hub.api.testing.TestDatabase;

/** The redirect rules again, with the application on PostgreSQL. */
class SignInRedirectPostgresTest extends SignInRedirectTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
