package org.hub.api.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema migrations under {@code db/migration} with Flyway. The same scripts run on
 * H2 (PostgreSQL mode) and on PostgreSQL.
 */
public final class Migrations {
    private Migrations() {}

    /** Migrates through a connection of its own, before the application's pool is built. */
    public static MigrateResult migrate(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * The schema version after {@code result}: Flyway reports no target version when there was
     * nothing to migrate, and the schema is then at the version it started at.
     */
    public static String schemaVersion(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
