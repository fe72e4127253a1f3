package org.hub.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The start-up log line reads the schema version from here; a restart must not say "null". */
class MigrationsTest {
    @Test
    void aRestartWithNothingToMigrateReportsTheVersionTheSchemaIsAt() {
        String url = "jdbc:h2:mem:migrations-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
        MigrateResult first = Migrations.migrate(url, "sa", "");
        MigrateResult again = Migrations.migrate(url, "sa", "");

        assertThat(first.migrationsExecuted).isPositive();
        assertThat(again.migrationsExecuted).isZero();
        assertThat(Migrations.schemaVersion(first)).isNotNull();
        assertThat(Migrations.schemaVersion(again)).isEqualTo(Migrations.schemaVersion(first));
    }
}
