package org.hub.web.notifications;

import org.hub.api.testing.TestDatabase;

/** The notification journeys again, on PostgreSQL. */
class NotificationJourneyPostgresTest extends NotificationJourneyTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
