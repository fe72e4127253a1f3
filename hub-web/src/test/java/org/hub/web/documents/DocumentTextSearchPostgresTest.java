package org.hub.web.documents;

import org.hub.api.testing.TestDatabase;

/** Text search inside uploaded files again, on PostgreSQL. */
class DocumentTextSearchPostgresTest extends DocumentTextSearchTest {
    @Override
    protected TestDatabase database() {
        return postgres();
    }
}
