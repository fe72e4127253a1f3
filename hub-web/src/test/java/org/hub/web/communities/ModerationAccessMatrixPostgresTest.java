package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** The moderation access matrix again, on PostgreSQL. */
class ModerationAccessMatrixPostgresTest extends ModerationAccessMatrixTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
