package org.hub.web.backup;

import io.dropwizard.db.DataSourceFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hub.web.HubConfiguration;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes one consistent backup of a hub into a new folder {@code hub-backup-<timestamp>}: the
 * database (H2: its own online {@code BACKUP TO} zip; PostgreSQL: a {@code pg_dump} archive), then
 * the document files, then a {@code README.txt} saying how to restore.
 *
 * <p>The database goes first on purpose. A document's file is stored before the row that
 * references it commits, so every file the database snapshot can name already exists when the
 * files are copied; a file uploaded meanwhile is merely extra. The search index is not copied: it
 * is rebuilt from the database on the first start without one.
 */
public final class Backup {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DatabaseDump database;
    private final Path documents;
    private final Clock clock;

    public Backup(DatabaseDump database, Path documents, Clock clock) {
        this.database = database;
        this.documents = documents;
        this.clock = clock;
    }

    /** The backup of the hub this configuration describes, through this Jdbi. */
    public static Backup of(HubConfiguration config, Jdbi jdbi, Clock clock) {
        DataSourceFactory db = config.getDatabase();
        return new Backup(
                DatabaseDump.forUrl(db.getUrl(), db.getUser(), db.getPassword(), jdbi),
                Path.of(config.getDocuments().getStoragePath()),
                clock);
    }

    /** What was written, for the operator's log line. */
    public record Result(Path folder, Path databaseFile, long documentFiles, long documentBytes) {
        @Override
        public String toString() {
            return "backup written to " + folder + ": database " + databaseFile.getFileName() + ", " + documentFiles
                    + " document files (" + documentBytes + " bytes)";
        }
    }

    /** Writes a new backup under {@code into}, which is created if needed. */
    public Result writeInto(Path into) {
        try {
            Path folder = into.resolve("hub-backup-" + STAMP.format(clock.instant()));
            Files.createDirectories(into);
            Files.createDirectory(folder);
            Path databaseFile = database.dumpInto(folder);
            long[] copied = copyDocuments(folder.resolve("documents"));
            Files.writeString(folder.resolve("README.txt"), restoreInstructions(databaseFile));
            return new Result(folder, databaseFile, copied[0], copied[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        }
    }

    /** Copies the stored files, leaving out uploads still in flight (the tmp folder). */
    private long[] copyDocuments(Path target) throws IOException {
        long[] counts = new long[2];
        Files.createDirectories(target);
        if (!Files.isDirectory(documents)) {
            return counts;
        }
        Path inFlight = documents.resolve("tmp");
        Files.walkFileTree(documents, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(inFlight)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(documents.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(
                        file,
                        target.resolve(documents.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
                counts[0]++;
                counts[1] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return counts;
    }

    private String restoreInstructions(Path databaseFile) {
        List<String> lines = new ArrayList<>(
                List.of("Hub backup taken " + clock.instant() + ".", "", "To restore, with the server stopped:"));
        lines.addAll(database.restoreSteps(databaseFile.getFileName().toString()));
        lines.addAll(List.of(
                "- Copy the documents folder over the configured documents folder (HUB_DOCUMENTS_PATH, default ./data/documents).",
                "- Delete the search index folder (HUB_INDEX_PATH, default ./data/index): the server rebuilds it from the database when it starts.",
                ""));
        return String.join(System.lineSeparator(), lines);
    }

    /** The database part of a backup. */
    public interface DatabaseDump {
        /** Writes the dump into the folder and returns the file written. */
        Path dumpInto(Path folder) throws IOException;

        /** How to put this dump back, as lines of the restore note. */
        List<String> restoreSteps(String fileName);

        /** The dump for the database at this URL; the Jdbi reaches the same database. */
        static DatabaseDump forUrl(String url, String user, String password, Jdbi jdbi) {
            if (url.startsWith("jdbc:h2:")) {
                return new H2Dump(jdbi);
            }
            if (url.startsWith("jdbc:postgresql:")) {
                return PostgresDump.fromJdbcUrl(url, user, password);
            }
            throw new IllegalArgumentException("Backups support H2 and PostgreSQL, not " + url.split(":")[1]);
        }
    }
}
