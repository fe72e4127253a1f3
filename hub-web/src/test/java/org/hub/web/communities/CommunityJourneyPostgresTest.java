package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** The community journeys again, on PostgreSQL. */
class CommunityJourneyPostgresTest extends CommunityJourneyTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
