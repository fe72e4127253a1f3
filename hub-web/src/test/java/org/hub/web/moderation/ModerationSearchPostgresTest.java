package org.hub.web.moderation;

import org.hub.api.testing.TestDatabase;

/** {@link ModerationSearchTest} on PostgreSQL. */
class ModerationSearchPostgresTest extends ModerationSearchTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
