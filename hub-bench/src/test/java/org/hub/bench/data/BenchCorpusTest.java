package org.hub.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hub.api.db.Migrations;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus: sizes as asked, private groups the viewer belongs to, and ids the app can continue. */
class BenchCorpusTest {
    @TempDir
    Path folder;

    @Test
    void writesThePostsAskedForFromEnglishSentencesOnly() throws Exception {
        String url = "jdbc:h2:" + folder.resolve("db/hub").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Migrations.migrate(url, "hub", "");
        Jdbi jdbi = Jdbi.create(url, "hub", "");
        BenchCorpus corpus = new BenchCorpus(jdbi, DiscussionText.read(europarlLike()));

        BenchCorpus.Summary summary = corpus.write(400, 3, "not-a-real-hash");

        assertThat(summary.threads() + summary.answers()).isEqualTo(400);
        long stored = jdbi.withHandle(
                h -> h.createQuery("SELECT (SELECT COUNT(*) FROM threads) + (SELECT COUNT(*) FROM posts)")
                        .mapTo(Long.class)
                        .one());
        assertThat(stored).isEqualTo(400);
        List<String> bodyList = jdbi.withHandle(
                h -> h.createQuery("SELECT body FROM posts").mapTo(String.class).list());
        String bodies = String.join(" ", bodyList);
        assertThat(bodies).contains("committee").doesNotContain("Kommission");
        long viewerPrivate =
                jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM memberships m JOIN hub_groups g ON g.id = m.group_id
                JOIN users u ON u.id = m.user_id WHERE u.username = 'bench-viewer' AND g.visibility = 'private'""").mapTo(Long.class).one());
        assertThat(viewerPrivate).isEqualTo(BenchCorpus.VIEWER_PRIVATE_GROUPS);
        assertThat(corpus.hubHasContent()).isTrue();
        // rows were written with explicit ids: the next ordinary insert must not collide
        long next = jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO posts (thread_id, body, body_html, author_id, created_at, updated_at, version)
                VALUES (1, 'after', '<p>after</p>', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""")
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        assertThat(next).isEqualTo(summary.answers() + 1L);
    }

    /** A few hundred lines shaped like Europarl's: title, date, text; English and German mixed. */
    private Path europarlLike() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            lines.add("Transport policy " + i + "\t2004-03-30\tcut start of a line. The committee of the "
                    + "Parliament has considered the report number " + i + " and the amendments that were tabled. "
                    + "It is clear that the proposal of the Commission is important for the citizens of the Union. "
                    + "We must ensure that the rules are applied in all of the Member States " + i
                    + " times. and a cut end");
            lines.add("Verkehrspolitik " + i + "\t2004-03-30\tDie Kommission hat den Bericht " + i
                    + " vorgelegt. Wir muessen sicherstellen, dass die Regeln in allen Mitgliedstaaten gelten.");
        }
        Path file = folder.resolve("europarl.lines.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
