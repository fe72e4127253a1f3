package org.hub.api.testing;

import java.util.Optional;
import org.flywaydb.core.api.output.MigrateResult;
import org.hub.api.db.Migrations;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class with a freshly migrated database of its own, shared by its tests (they tell their
 * rows apart by unique names, not by cleaning up). A contract extends this once; its H2 and
 * PostgreSQL subclasses only say which database, so both run the same assertions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest {
    private TestDatabase database;
    private MigrateResult migration;
    private Jdbi jdbi;

    /** A fresh, empty database, or empty when this kind of database is not reachable here. */
    protected abstract Optional<TestDatabase> createDatabase() throws Exception;

    /** Why the tests are skipped when {@link #createDatabase()} answers empty. */
    protected String absentMessage() {
        return TestDatabase.POSTGRES_ABSENT;
    }

    @BeforeAll
    void migrateDatabase() throws Exception {
        database = createDatabase().orElse(null);
        if (database == null) {
            return;
        }
        migration = Migrations.migrate(database.url(), database.user(), database.password());
        jdbi = Jdbi.create(database.url(), database.user(), database.password()).installPlugin(new SqlObjectPlugin());
    }

    /** Per test rather than in {@code @BeforeAll}, so the report shows each skipped test with the reason. */
    @BeforeEach
    void requireDatabase() {
        Assumptions.assumeTrue(database != null, absentMessage());
    }

    protected TestDatabase database() {
        return database;
    }

    /** The result of migrating the empty database before the first test. */
    protected MigrateResult firstMigration() {
        return migration;
    }

    protected Jdbi jdbi() {
        return jdbi;
    }
}
