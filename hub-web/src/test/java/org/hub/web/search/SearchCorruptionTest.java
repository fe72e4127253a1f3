package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 finding 3 through the whole server: bytes overwritten inside the index's terms
 * ({@code .tim}) and stored fields ({@code .fdt}) while the server is stopped pass start-up; the
 * background integrity check then finds them, the health check says so, the index is rebuilt
 * from the database, and searches answer 503 with {@code Retry-After} meanwhile, never a 500,
 * and every thread afterwards.
 */
class SearchCorruptionTest extends AppTestBase {
    private static final int THREADS = 60;
    private String user;
    private String marker;
    private final List<String> keys = new ArrayList<>();

    @BeforeAll
    void threadsInTheIndex() throws Exception {
        Api author = api.user(api.department("Estates"), "member");
        user = author.username();
        String group = Searching.group(author, "estates", "open");
        marker = Searching.word("roof");
        for (int i = 0; i < THREADS; i++) {
            long id = Searching.thread(
                    author,
                    group,
                    "Roof repairs at depot " + i + " " + marker,
                    "Slates missing after the storm on the north side of building " + i,
                    List.of("estates"));
            keys.add("thread:" + id);
        }
        Searching.awaitKeys(author, marker, "&limit=100", keys);
    }

    @Test
    void damageInsideIndexFilesIsFoundAfterStartAndRebuiltFromTheDatabase() throws Exception {
        app.close();
        Path index = app.dataFolder().resolve("index");
        List<Path> damaged = damage(index);
        assertThat(damaged).isNotEmpty();

        app = HubTestApp.startIn(app.dataFolder(), null, configOverrides());
        api = app.api();
        Api author = api.signIn(user, "password-" + user);
        List<String> seen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 120_000;
        JsonNode health = healthOfTheIndex();
        while (!health.path("message").asText().contains("rebuilt after damage")
                && System.currentTimeMillis() < deadline) {
            if (!health.path("healthy").asBoolean()) {
                seen.add("unhealthy: " + health.path("message").asText());
            }
            Api.Reply reply = author.get(Searching.searchPath(marker, "&limit=100"));
            if (reply.status() == 503) {
                seen.add("503");
                if (reply.raw().getHeaderString("Retry-After") == null || reply.field("message") == null) {
                    problems.add("503 without Retry-After or message: " + reply.text());
                }
            } else if (reply.status() != 200) {
                problems.add(reply.status() + " " + reply.text());
            }
            Thread.sleep(20);
            health = healthOfTheIndex();
        }
        System.out.println("While the damage was found and repaired: "
                + seen.stream().distinct().toList());
        assertThat(problems)
                .as("answers other than 200 or 503 with Retry-After")
                .isEmpty();
        assertThat(health.path("healthy").asBoolean()).as("%s", health).isTrue();
        assertThat(health.path("message").asText()).contains("rebuilt after damage 1 time");

        JsonNode found = Searching.search(author, marker, "&limit=100");
        assertThat(Searching.keys(found.get("hits"))).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(found.get("total").asLong()).isEqualTo(THREADS);
        for (Path file : damaged) {
            assertThat(file)
                    .as("the damaged file went with the rebuild's commit")
                    .doesNotExist();
        }
    }

    /**
     * Overwrites the middle half of the index's {@code .tim} and {@code .fdt} files, keeping their
     * headers and footers; a small index may keep them inside one compound file instead, then
     * that is damaged.
     */
    private static List<Path> damage(Path index) throws IOException {
        List<Path> damaged = new ArrayList<>();
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tim") || name.endsWith(".fdt")) {
                    damaged.add(file);
                }
            }
        }
        if (damaged.isEmpty()) {
            try (Stream<Path> files = Files.list(index)) {
                files.filter(p -> p.getFileName().toString().endsWith(".cfs"))
                        .max((a, b) ->
                                Long.compare(a.toFile().length(), b.toFile().length()))
                        .ifPresent(damaged::add);
            }
        }
        Random random = new Random(3);
        for (Path file : damaged) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                byte[] noise = new byte[(int) (raf.length() / 2)];
                random.nextBytes(noise);
                raf.seek(raf.length() / 4);
                raf.write(noise);
            }
        }
        return damaged;
    }

    private JsonNode healthOfTheIndex() throws IOException {
        var reply =
                app.client().target(app.adminUrl() + "/healthcheck").request().get();
        JsonNode health = new ObjectMapper().readTree(reply.readEntity(String.class));
        return health.get("search-index");
    }
}
