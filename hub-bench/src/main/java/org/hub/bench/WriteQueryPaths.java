package org.hub.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes the {@link QueryMix} as API paths, one a line, for the HTTP load generator (wrk), and
 * a thread id per line for the thread-read benchmark. Run with the server stopped (H2 allows one process).
 *
 * <pre>java -cp hub-bench/target/hub-bench.jar org.hub.bench.WriteQueryPaths DATA_FOLDER OUT_DIR</pre>
 */
public final class WriteQueryPaths {
    private WriteQueryPaths() {}

    public static void main(String[] args) throws Exception {
        Jdbi jdbi = BenchHub.database(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<String> searches = QueryMix.generate(jdbi, 1000, 11).stream()
                .map(QueryMix.Search::path)
                .toList();
        Files.write(out.resolve("search-paths.txt"), searches, StandardCharsets.UTF_8);
        // threads the viewer can read: open and restricted groups, and its own private ones
        List<String> threads = jdbi
                .withHandle(h -> h.createQuery("""
                SELECT t.id FROM threads t JOIN hub_groups g ON g.id = t.group_id
                WHERE g.visibility <> 'private' AND MOD(t.id, 23) = 0 ORDER BY t.id LIMIT 1000""").mapTo(Long.class).list())
                .stream()
                .map(id -> "/api/v1/threads/" + id)
                .toList();
        Files.write(out.resolve("thread-paths.txt"), threads, StandardCharsets.UTF_8);
        System.out.printf("wrote %d search paths and %d thread paths to %s%n", searches.size(), threads.size(), out);
    }
}
