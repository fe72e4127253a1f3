package org.hub.web.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * H2's own {@code BACKUP TO}: a zip of the database file, consistent even while the server is
 * writing (H2 copies a snapshot of its store under its own lock).
 */
final class H2Dump implements Backup.DatabaseDump {
    private final Jdbi jdbi;

    H2Dump(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Path dumpInto(Path folder) throws IOException {
        Path zip = folder.resolve("database.zip");
        try {
            jdbi.useHandle(
                    handle -> handle.execute("BACKUP TO ?", zip.toAbsolutePath().toString()));
        } catch (JdbiException e) {
            throw new IOException("H2 could not back up the database: " + e.getMessage(), e);
        }
        return zip;
    }

    @Override
    public List<String> restoreSteps(String fileName) {
        return List.of("- Unzip " + fileName + " into the database folder (default ./data/db), replacing hub.mv.db.");
    }
}
