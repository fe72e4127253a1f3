package org.hub.web.support;

import io.dropwizard.testing.ConfigOverride;
import org.hub.api.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One running application per test class, on H2 by default. A subclass that overrides
 * {@link #database()} with {@link #postgres()} runs the same tests against PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppTestBase {
    protected HubTestApp app;
    protected Api api;

    /** The database to run on; null means a fresh H2 file in the app's temp folder. */
    protected TestDatabase database() {
        return null;
    }

    /** A fresh PostgreSQL schema, or the class is skipped with a clear message. */
    protected static TestDatabase postgres() {
        var db = TestDatabase.postgres();
        Assumptions.assumeTrue(db.isPresent(), TestDatabase.POSTGRES_ABSENT);
        return db.get();
    }

    /** Configuration changes for this class's application, e.g. a smaller upload limit. */
    protected ConfigOverride[] configOverrides() {
        return new ConfigOverride[0];
    }

    @BeforeAll
    void startApp() throws Exception {
        app = HubTestApp.start(database(), configOverrides());
        api = app.api();
    }

    @AfterAll
    void stopApp() {
        if (app != null) {
            app.close();
        }
    }
}
