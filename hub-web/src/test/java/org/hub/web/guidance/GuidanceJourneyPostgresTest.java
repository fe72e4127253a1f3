package org.hub.web.guidance;

import org.hub.api.testing.TestDatabase;

/** The guidance journeys again, on PostgreSQL. */
class GuidanceJourneyPostgresTest extends GuidanceJourneyTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
