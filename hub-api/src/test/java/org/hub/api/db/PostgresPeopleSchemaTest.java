package org.hub.api.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The migrations and people DAOs on the local PostgreSQL, in a fresh schema dropped afterwards;
 * skipped when no server answers.
 */
class PostgresPeopleSchemaTest extends PeopleSchemaContract {
    private static final String BASE = System.getProperty("hub.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private String schema;

    @Override
    protected String absentMessage() {
        return "PostgreSQL is not reachable at " + BASE + " (user postgres): skipping the PostgreSQL run of the migrations and DAOs";
    }

    @Override
    protected Optional<Database> createDatabase() {
        schema = "hub_api_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection connection = DriverManager.getConnection(BASE, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.of(new Database(BASE + "?currentSchema=" + schema, "postgres", ""));
    }

    @Override
    protected void dropDatabase(Database database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(BASE, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
