package org.hub.web.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL through its own {@code pg_dump} in custom format, the tool PostgreSQL operators
 * already trust and restore with {@code pg_restore}; writing our own dump would be worse.
 */
final class PostgresDump implements Backup.DatabaseDump {
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final String schema;

    private PostgresDump(String host, int port, String database, String user, String password, String schema) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** Reads host, port, database and an optional {@code currentSchema} from a JDBC URL. */
    static PostgresDump fromJdbcUrl(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String schema = null;
        if (uri.getQuery() != null) {
            for (String parameter : uri.getQuery().split("&")) {
                if (parameter.startsWith("currentSchema=")) {
                    schema = parameter.substring("currentSchema=".length());
                }
            }
        }
        return new PostgresDump(
                uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                uri.getPath().substring(1),
                user,
                password,
                schema);
    }

    @Override
    public Path dumpInto(Path folder) throws IOException {
        Path dump = folder.resolve("database.pgdump");
        List<String> command = new ArrayList<>(List.of(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--host=" + host,
                "--port=" + port,
                "--username=" + user,
                "--file=" + dump.toAbsolutePath()));
        if (schema != null) {
            command.add("--schema=" + schema);
        }
        command.add(database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("pg_dump is needed to back up PostgreSQL and was not found on the PATH", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
                Files.deleteIfExists(dump);
                throw new IOException("pg_dump failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pg_dump was running", e);
        }
        return dump;
    }

    @Override
    public List<String> restoreSteps(String fileName) {
        return List.of(
                "- Restore the database with: pg_restore --clean --if-exists --no-owner -d <database> " + fileName);
    }
}
