package org.hub.web.communities;

import org.hub.api.testing.TestDatabase;

/** Concurrent edits again, on PostgreSQL. */
class ConcurrentEditPostgresTest extends ConcurrentEditTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
