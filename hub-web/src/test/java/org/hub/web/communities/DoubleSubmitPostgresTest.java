package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** Double submits again, on PostgreSQL, whose locking differs from H2's. */
class DoubleSubmitPostgresTest extends DoubleSubmitTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
