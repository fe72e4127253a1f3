package org.hub.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hub.api.testing.TestDatabase;
import org.hub.web.support.Api;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An admin backs up a running hub through the admin task, then restores it on an empty machine
 * following the backup's own README: threads, documents and search all come back.
 */
class BackupAndRestoreTest {

    @Test
    void aBackupOfARunningHubRestoresEverything() throws Exception {
        Path backups = Files.createTempDirectory("hub-backups-");
        String title = "Winter gritting routes for " + Api.unique("ward");
        String fileText = "Gritting starts at 4am on priority routes " + Api.unique("x");
        long threadId;
        long documentId;
        Path backupFolder;
        try (HubTestApp original = HubTestApp.start(
                null, io.dropwizard.testing.ConfigOverride.config("backup.path", backups.toString()))) {
            Api admin = original.api().admin();
            String group = Api.unique("highways");
            expect(
                    admin.post(
                            "/api/v1/groups",
                            Map.of(
                                    "slug",
                                    group,
                                    "name",
                                    "Highways",
                                    "description",
                                    "Roads and winter maintenance",
                                    "visibility",
                                    "open")),
                    201);
            threadId = expect(
                            admin.post(
                                    "/api/v1/groups/" + group + "/threads",
                                    Map.of(
                                            "title",
                                            title,
                                            "body",
                                            "Which roads are gritted first?",
                                            "kind",
                                            "question",
                                            "tags",
                                            List.of("winter"))),
                            201)
                    .json()
                    .get("id")
                    .asLong();
            documentId = expect(upload(admin, group, "routes.txt", fileText), 201)
                    .json()
                    .get("id")
                    .asLong();

            Response task = original.client()
                    .target(original.adminUrl() + "/tasks/backup")
                    .request()
                    .post(Entity.text(""));
            String output = task.readEntity(String.class);
            assertThat(task.getStatus()).as(output).isEqualTo(200);
            assertThat(output).contains("backup written to").contains("1 document files");
            try (Stream<Path> written = Files.list(backups)) {
                backupFolder = written.findFirst().orElseThrow();
            }
        }
        assertThat(Files.readString(backupFolder.resolve("README.txt"))).contains("Unzip database.zip");

        // Restore on a fresh folder exactly as README.txt says: unzip the database, copy the documents.
        Path restored = Files.createTempDirectory("hub-restored-");
        unzip(backupFolder.resolve("database.zip"), restored.resolve("db"));
        copyTree(backupFolder.resolve("documents"), restored.resolve("documents"));
        try (HubTestApp again = HubTestApp.startIn(restored, TestDatabase.h2(restored))) {
            Api admin = again.api().admin();
            assertThat(expect(admin.get("/api/v1/threads/" + threadId), 200)
                            .json()
                            .get("title")
                            .asText())
                    .isEqualTo(title);
            Api.Reply download = expect(admin.get("/api/v1/documents/" + documentId + "/content"), 200);
            assertThat(download.text()).isEqualTo(fileText);
            // The index was not in the backup: it is rebuilt from the database on start.
            assertThat(expect(admin.get("/api/v1/search?q=gritting"), 200)
                            .json()
                            .get("hits")
                            .toString())
                    .contains(title);
        }
    }

    @Test
    void aPostgresHubIsBackedUpWithPgDump() throws Exception {
        var postgres = TestDatabase.postgres();
        Assumptions.assumeTrue(postgres.isPresent(), TestDatabase.POSTGRES_ABSENT);
        Path backups = Files.createTempDirectory("hub-backups-");
        String title = "Pothole reporting for " + Api.unique("ward");
        try (HubTestApp hub = HubTestApp.start(
                postgres.get(), io.dropwizard.testing.ConfigOverride.config("backup.path", backups.toString()))) {
            Api admin = hub.api().admin();
            String group = Api.unique("roads");
            expect(
                    admin.post(
                            "/api/v1/groups",
                            Map.of(
                                    "slug",
                                    group,
                                    "name",
                                    "Roads",
                                    "description",
                                    "Road maintenance",
                                    "visibility",
                                    "open")),
                    201);
            expect(
                    admin.post(
                            "/api/v1/groups/" + group + "/threads",
                            Map.of(
                                    "title",
                                    title,
                                    "body",
                                    "How do residents report potholes?",
                                    "kind",
                                    "question",
                                    "tags",
                                    List.of())),
                    201);
            Response task = hub.client()
                    .target(hub.adminUrl() + "/tasks/backup")
                    .request()
                    .post(Entity.text(""));
            String output = task.readEntity(String.class);
            assertThat(task.getStatus()).as(output).isEqualTo(200);
        }
        Path dump;
        try (Stream<Path> written = Files.list(backups)) {
            dump = written.findFirst().orElseThrow().resolve("database.pgdump");
        }
        // pg_restore reads the archive back: the threads table and its data are in it.
        Process list = new ProcessBuilder("pg_restore", "--list", dump.toString())
                .redirectErrorStream(true)
                .start();
        String contents = new String(list.getInputStream().readAllBytes());
        assertThat(list.waitFor()).as(contents).isZero();
        assertThat(contents).contains("TABLE DATA").contains("threads");
    }

    private static Api.Reply upload(Api api, String group, String fileName, String content) {
        String boundary = "hubboundary" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\nGritting routes\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return api.postRaw("/api/v1/groups/" + group + "/documents", body, "multipart/form-data; boundary=" + boundary);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into))
                        .as("zip entry stays inside the folder")
                        .isTrue();
                Files.copy(in, target);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(path)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}
