package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The index survives restarts: it resumes from its last commit with nothing lost or duplicated
 * (also when that commit is older than the last write, as after a crash), and a missing or
 * corrupt index folder is rebuilt from the database at start-up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchRecoveryTest extends AppTestBase {
    private static final int THREADS = 12;
    private String marker;
    private String user;
    private String group;
    private final List<Long> threads = new ArrayList<>();
    private long edited;
    private long deleted;
    private String oldWord;
    private String newWord;

    /** Commits rarely, so that the index on disk can lag what the searcher already shows. */
    @Override
    protected ConfigOverride[] configOverrides() {
        return new ConfigOverride[] {ConfigOverride.config("search.commitInterval", "1h")};
    }

    @BeforeAll
    void threadsWrittenBeforeAnyRestart() throws Exception {
        Api author = api.user(api.department("Libraries"), "member");
        user = author.username();
        group = Searching.group(author, "library-services", "open");
        marker = Searching.word("resume");
        oldWord = Searching.word("oldword");
        newWord = Searching.word("newword");
        for (int i = 0; i < THREADS; i++) {
            threads.add(Searching.thread(
                    author,
                    group,
                    "Opening hours " + i + " " + marker,
                    "Branch " + i + (i == 0 ? " " + oldWord : ""),
                    List.of()));
        }
        edited = threads.get(0);
        deleted = threads.get(1);
        Searching.awaitTotal(author, marker, THREADS);
    }

    private Api author() {
        return api.signIn(user, "password-" + user);
    }

    @Test
    @Order(1)
    void aRestartResumesWithNothingLostOrDuplicated() throws Exception {
        restart();
        assertExactlyTheLiveThreads(author());
    }

    @Test
    @Order(2)
    void aRestartFromACommitOlderThanTheLastWritesReplaysTheOutbox() throws Exception {
        // A copy of the last commit stands in for the index a crash would leave behind.
        Path snapshot = Files.createTempDirectory("hub-index-snapshot-");
        copyCommittedIndex(app.dataFolder().resolve("index"), snapshot);

        Api author = author();
        expect(
                author.put(
                        "/api/v1/threads/" + edited,
                        Map.of("title", "Opening hours 0 " + marker, "body", "Branch 0 " + newWord, "version", 1)),
                200);
        expect(author.delete("/api/v1/threads/" + deleted), 204);
        threads.remove(Long.valueOf(deleted));
        threads.add(
                Searching.thread(author, group, "Opening hours late " + marker, "Written after the commit", List.of()));
        Searching.awaitTotal(author, newWord, 1);
        assertExactlyTheLiveThreads(author);

        app.close();
        Path index = app.dataFolder().resolve("index");
        deleteRecursively(index);
        Files.move(snapshot, index);
        start();
        assertExactlyTheLiveThreads(author());
    }

    @Test
    @Order(3)
    void aMissingIndexFolderIsRebuiltFromTheDatabase() throws Exception {
        app.close();
        deleteRecursively(app.dataFolder().resolve("index"));
        start();
        assertExactlyTheLiveThreads(author());
    }

    @Test
    @Order(4)
    void aCorruptIndexIsSetAsideAndRebuiltFromTheDatabase() throws Exception {
        app.close();
        Path index = app.dataFolder().resolve("index");
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
        start();
        assertExactlyTheLiveThreads(author());
        try (Stream<Path> siblings = Files.list(app.dataFolder())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("index.corrupt-"));
        }
    }

    @Test
    @Order(5)
    void theHealthCheckReportsIndexingLag() throws Exception {
        JsonNode index = healthOfTheIndex();
        assertThat(index.get("healthy").asBoolean()).as("%s", index).isTrue();
        assertThat(index.get("message").asText())
                .contains("applied up to sequence")
                .contains("0 waiting");

        // An outbox entry stuck behind a transaction that has not committed, written two minutes
        // ago: the index cannot move past the gap, and the health check must say so.
        var db = app.configuration().getDatabase();
        try (Connection connection = DriverManager.getConnection(db.getUrl(), db.getUser(), db.getPassword())) {
            long max;
            try (var query = connection.createStatement().executeQuery("SELECT MAX(seq) FROM index_queue")) {
                query.next();
                max = query.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO index_queue (seq, item_type, item_id, enqueued_at) VALUES (?, 'thread', ?, ?)")) {
                insert.setLong(1, max + 2);
                insert.setLong(2, threads.get(0));
                insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2));
                insert.executeUpdate();
            }
        }
        long deadline = System.currentTimeMillis() + Searching.INDEXED_WITHIN_MILLIS;
        while (healthOfTheIndex().get("healthy").asBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        index = healthOfTheIndex();
        assertThat(index.get("healthy").asBoolean()).as("%s", index).isFalse();
        assertThat(index.get("message").asText()).contains("index is behind").contains("oldest waiting 1");
    }

    /**
     * Issue 11 finding 12: the hole the previous test left (a sequence number whose transaction
     * never commits, below an entry written two minutes ago) is what a killed process leaves. After
     * a restart it no longer holds the health check at "behind" for the 60 s gap timeout: the hole
     * began before this process, so it is waited for a moment only.
     */
    @Test
    @Order(6)
    void aRestartDoesNotWaitOutTheGapTimeoutForHolesLeftBeforeIt() throws Exception {
        assertThat(healthOfTheIndex().get("healthy").asBoolean()).isFalse();
        restart();
        long started = System.currentTimeMillis();
        JsonNode index = healthOfTheIndex();
        while (!index.get("healthy").asBoolean() && System.currentTimeMillis() - started < 20_000) {
            Thread.sleep(100);
            index = healthOfTheIndex();
        }
        long healthyAfter = System.currentTimeMillis() - started;
        assertThat(index.get("healthy").asBoolean()).as("%s", index).isTrue();
        assertThat(healthyAfter)
                .as("healthy again well within the 60 s gap timeout")
                .isLessThan(20_000);
        assertThat(index.get("message").asText()).contains("0 waiting");
        assertExactlyTheLiveThreads(author());
    }

    private JsonNode healthOfTheIndex() throws IOException {
        var reply =
                app.client().target(app.adminUrl() + "/healthcheck").request().get();
        JsonNode health = new ObjectMapper().readTree(reply.readEntity(String.class));
        assertThat(health.get("search-index")).as("health: %s", health).isNotNull();
        return health.get("search-index");
    }

    private void assertExactlyTheLiveThreads(Api viewer) throws InterruptedException {
        List<String> expected = threads.stream().map(id -> "thread:" + id).toList();
        JsonNode found = Searching.awaitKeys(viewer, marker, "&limit=100", expected);
        List<String> keys = Searching.keys(found.get("hits"));
        assertThat(new HashSet<>(keys)).as("no duplicates in %s", keys).hasSize(keys.size());
        assertThat(found.get("total").asLong()).isEqualTo(expected.size());
        boolean editedYet = !threads.contains(deleted);
        assertThat(Searching.search(viewer, oldWord).get("total").asLong()).isEqualTo(editedYet ? 0 : 1);
        assertThat(Searching.search(viewer, newWord).get("total").asLong()).isEqualTo(editedYet ? 1 : 0);
    }

    private void restart() throws Exception {
        app.close();
        start();
    }

    private void start() throws Exception {
        app = HubTestApp.startIn(app.dataFolder(), null, configOverrides());
        api = app.api();
    }

    /** Copies the files of the index; files a flush or merge removes meanwhile are not part of the commit. */
    private static void copyCommittedIndex(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().equals("write.lock")) {
                    continue;
                }
                try {
                    Files.copy(file, to.resolve(file.getFileName()));
                } catch (NoSuchFileException gone) {
                    // not referenced by the last commit
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
