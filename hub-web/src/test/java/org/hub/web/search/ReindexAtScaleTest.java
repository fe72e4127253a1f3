package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.hub.web.HubApplication;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.HubTestApp;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/**
 * The jar's {@code reindex} command on a database of 10,000 posts: it reports its progress and
 * the index then holds exactly the items the database says are live, no more and no fewer.
 */
class ReindexAtScaleTest extends AppTestBase {
    private static final int THREADS = 100;
    private static final int POSTS_PER_THREAD = 100;

    @Test
    void reindexOfTenThousandPostsMatchesTheDatabaseItemForItem() throws Exception {
        String dept = api.department("Customer Services");
        Api author = api.user(dept, "member");
        String openGroup = Searching.group(author, "contact-centre", "open");
        String privateGroup = Searching.group(author, "complaints-panel", "private");
        String word = Searching.word("bulk");
        Searching.thread(author, openGroup, "Made through the API " + word, "Before the bulk load", List.of());
        Searching.awaitTotal(author, word, 1);
        Path folder = app.dataFolder();
        var db = app.configuration().getDatabase();
        app.close();
        app = null;

        Jdbi jdbi = Jdbi.create(db.getUrl(), db.getUser(), db.getPassword());
        long started = System.nanoTime();
        jdbi.useTransaction(handle -> insertThreadsAndPosts(handle, author.username(), openGroup, privateGroup, word));
        long insertMillis = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        String output = runReindex(folder, db.getUrl(), db.getUser(), db.getPassword());
        long reindexMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "ReindexAtScaleTest: inserted %d posts in %d ms; reindex took %d ms%n",
                THREADS * POSTS_PER_THREAD, insertMillis, reindexMillis);

        Set<String> expected = liveKeys(jdbi);
        long livePosts =
                expected.stream().filter(key -> key.startsWith("post:")).count();
        assertThat(livePosts).isGreaterThan(9_000);
        assertThat(output).contains("reindex: post " + livePosts + "/" + livePosts);
        Matcher done = Pattern.compile("reindex: done, (\\d+) items").matcher(output);
        assertThat(done.find()).as("progress output: %s", output).isTrue();
        assertThat(Long.parseLong(done.group(1))).isEqualTo(expected.size());

        // The Path overload owns the directory and closes it with the index.
        try (SearchIndex index = SearchIndex.open(folder.resolve("index"), SearchIndexOptions.defaults())) {
            assertThat(index.count()).isEqualTo(expected.size());
            assertThat(index.keys()).isEqualTo(expected);
        }

        // The application serves the rebuilt index as it is: bulk posts are found, deleted ones are not.
        app = HubTestApp.startIn(folder, null);
        Api reader = app.api().signIn(author.username(), "password-" + author.username());
        long visibleBulkPosts = jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM posts p JOIN threads t ON t.id = p.thread_id JOIN hub_groups g ON g.id = t.group_id
                WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL AND p.body LIKE :like
                """)
                .bind("like", "%" + word + "%")
                .mapTo(Long.class)
                .one());
        assertThat(Searching.search(reader, word, "&type=post&limit=1")
                        .get("total")
                        .asLong())
                .isEqualTo(visibleBulkPosts);
        Api stranger = app.api().user(dept, "member");
        long openBulkPosts = jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM posts p JOIN threads t ON t.id = p.thread_id JOIN hub_groups g ON g.id = t.group_id
                WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL AND g.visibility <> 'private' AND p.body LIKE :like
                """)
                .bind("like", "%" + word + "%")
                .mapTo(Long.class)
                .one());
        assertThat(openBulkPosts).isLessThan(visibleBulkPosts);
        assertThat(Searching.search(stranger, word, "&type=post&limit=1")
                        .get("total")
                        .asLong())
                .isEqualTo(openBulkPosts);
        api = app.api();
    }

    /** 100 threads of 100 posts each; a tenth of the threads private, one deleted, every 50th post deleted. */
    private static void insertThreadsAndPosts(
            Handle handle, String username, String openGroup, String privateGroup, String word) {
        long authorId = handle.createQuery("SELECT id FROM users WHERE username = :u")
                .bind("u", username)
                .mapTo(Long.class)
                .one();
        Map<String, Long> groups = Map.of(
                openGroup,
                        handle.createQuery("SELECT id FROM hub_groups WHERE slug = :s")
                                .bind("s", openGroup)
                                .mapTo(Long.class)
                                .one(),
                privateGroup,
                        handle.createQuery("SELECT id FROM hub_groups WHERE slug = :s")
                                .bind("s", privateGroup)
                                .mapTo(Long.class)
                                .one());
        Instant now = Instant.now();
        PreparedBatch threads = handle.prepareBatch("""
                INSERT INTO threads (group_id, kind, title, body, body_html, tags, author_id, created_at, updated_at,
                                     version, deleted_at)
                VALUES (:group, 'question', :title, :body, :body, 'bulk', :author, :now, :now, 1, :deleted)
                """);
        for (int t = 0; t < THREADS; t++) {
            threads.bind("group", groups.get(t % 10 == 0 ? privateGroup : openGroup))
                    .bind("title", "Bulk question " + t + " about refunds")
                    .bind("body", "Question " + t + " asked in bulk " + word)
                    .bind("author", authorId)
                    .bind("now", now)
                    .bind("deleted", t == 7 ? now : null)
                    .add();
        }
        List<Long> threadIds =
                threads.executePreparedBatch("id").mapTo(Long.class).list();
        PreparedBatch posts = handle.prepareBatch("""
                INSERT INTO posts (thread_id, body, body_html, author_id, created_at, updated_at, version, deleted_at)
                VALUES (:thread, :body, :body, :author, :now, :now, 1, :deleted)
                """);
        int n = 0;
        for (long threadId : threadIds) {
            for (int p = 0; p < POSTS_PER_THREAD; p++, n++) {
                posts.bind("thread", threadId)
                        .bind("body", "Answer " + n + " in bulk about refund number " + n + " " + word)
                        .bind("author", authorId)
                        .bind("now", now)
                        .bind("deleted", n % 50 == 0 ? now : null)
                        .add();
            }
        }
        posts.execute();
    }

    /** What the database says the index must hold: every live item, by key. */
    private static Set<String> liveKeys(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            Set<String> keys = new HashSet<>();
            h.createQuery("SELECT id FROM threads WHERE deleted_at IS NULL")
                    .mapTo(Long.class)
                    .forEach(id -> keys.add("thread:" + id));
            h.createQuery("""
                    SELECT p.id FROM posts p JOIN threads t ON t.id = p.thread_id
                    WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL
                    """).mapTo(Long.class).forEach(id -> keys.add("post:" + id));
            h.createQuery("SELECT id FROM documents WHERE deleted_at IS NULL")
                    .mapTo(Long.class)
                    .forEach(id -> keys.add("document:" + id));
            h.createQuery("SELECT id FROM guidance").mapTo(Long.class).forEach(id -> keys.add("guidance:" + id));
            return keys;
        });
    }

    /** Runs {@code java -jar hub.jar reindex config.yml} in this JVM, on the test's data, and answers its output. */
    private static String runReindex(Path folder, String url, String user, String password) throws Exception {
        Map<String, String> overrides = Map.of(
                "dw.database.url",
                url,
                "dw.database.user",
                user,
                "dw.database.password",
                password == null ? "" : password,
                "dw.search.indexPath",
                folder.resolve("index").toString(),
                "dw.documents.storagePath",
                folder.resolve("documents").toString(),
                "dw.logging.level",
                "WARN");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        overrides.forEach(System::setProperty);
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try {
            new HubApplication() {
                @Override
                protected void onFatalError(Throwable t) {
                    throw new AssertionError("reindex failed", t);
                }
            }.run("reindex", Path.of("..", "config.yml").toAbsolutePath().toString());
        } finally {
            System.setOut(original);
            overrides.keySet().forEach(System::clearProperty);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Writes to the console and to a buffer, so the progress stays visible in the build log. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
