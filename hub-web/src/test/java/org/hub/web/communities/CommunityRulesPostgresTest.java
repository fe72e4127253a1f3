package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** The community rules again, on PostgreSQL. */
class CommunityRulesPostgresTest extends CommunityRulesTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
