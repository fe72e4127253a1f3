package org.hub.api.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a test's database lives: a fresh H2 file in a temp folder, or a fresh schema in the local
 * PostgreSQL ({@code 127.0.0.1:5432}, user postgres, database test) when it is reachable.
 */
public record TestDatabase(String url, String user, String password) {
    public static final String POSTGRES_BASE =
            System.getProperty("hub.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    public static TestDatabase h2(Path folder) {
        return new TestDatabase(
                "jdbc:h2:" + folder.resolve("db/hub").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "hub",
                "");
    }

    /** A fresh H2 database in a new temp folder. */
    public static TestDatabase h2() throws IOException {
        return h2(Files.createTempDirectory("hub-db-"));
    }

    /** Schemas this JVM created, dropped when it exits so the shared database does not fill up. */
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreatedSchemas, "drop-test-schemas"));
    }

    /** A new, empty schema in the local PostgreSQL, or empty when no server answers. */
    public static Optional<TestDatabase> postgres() {
        String schema =
                "hub_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection connection = DriverManager.getConnection(POSTGRES_BASE, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            CREATED.add(schema);
        } catch (SQLException e) {
            return Optional.empty();
        }
        return Optional.of(new TestDatabase(POSTGRES_BASE + "?currentSchema=" + schema, "postgres", ""));
    }

    private static void dropCreatedSchemas() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_BASE, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String schema : CREATED) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test schemas " + CREATED + ": " + e.getMessage());
        }
    }

    public static final String POSTGRES_ABSENT =
            "PostgreSQL is not reachable at " + POSTGRES_BASE + " (user postgres): skipping the PostgreSQL run";
}
