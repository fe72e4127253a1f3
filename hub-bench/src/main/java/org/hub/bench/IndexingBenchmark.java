package org.hub.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.search.Reindexer;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.hub.search.SearchSchema;
import org.jdbi.v3.core.Jdbi;

/**
 * Benchmark 1: full reindex throughput (the application's own {@link Reindexer}: database rows,
 * Markdown to text, the whole field schema with facets, suggestions and spelling) against the same
 * posts, already in memory, written by a bare Lucene IndexWriter with the same analyzer into
 * title and body only. The ratio is the cost of everything around Lucene.
 *
 * <pre>java -cp hub-bench/target/hub-bench.jar org.hub.bench.IndexingBenchmark DATA_FOLDER [runs]</pre>
 */
public final class IndexingBenchmark {
    private IndexingBenchmark() {}

    record Text(String key, String title, String body) {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Jdbi jdbi = BenchHub.database(data);
        List<Text> texts = loadTexts(jdbi);
        System.out.printf("indexing: %d posts (threads and answers) in %s%n", texts.size(), data);
        List<Rate> app = new ArrayList<>();
        List<Rate> bare = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Rate appRate = appReindex(jdbi);
            Rate bareRate = bareLucene(texts);
            app.add(appRate);
            bare.add(bareRate);
            System.out.printf(
                    "run %d: hub reindex %s; bare Lucene %s; load average %.1f%n",
                    run,
                    appRate,
                    bareRate,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        double aw = Medians.median(app.stream().map(Rate::wall).toList());
        double ac = Medians.median(app.stream().map(Rate::cpu).toList());
        double bw = Medians.median(bare.stream().map(Rate::wall).toList());
        double bc = Medians.median(bare.stream().map(Rate::cpu).toList());
        System.out.printf(
                "RESULT indexing posts=%d hub_reindex_posts_per_s=%.0f hub_reindex_posts_per_cpu_s=%.0f "
                        + "bare_lucene_posts_per_s=%.0f bare_lucene_posts_per_cpu_s=%.0f bare_over_hub_wall=%.2f "
                        + "bare_over_hub_cpu=%.2f (medians of %d runs)%n",
                texts.size(), aw, ac, bw, bc, bw / aw, bc / ac, runs);
    }

    /**
     * Posts per wall-clock second, and per second of this process's CPU (every thread: the
     * reindex's reader and indexing pool, Lucene's merges, the collector): the second does not
     * depend on how much of the machine the neighbours took, the first does.
     */
    record Rate(double wall, double cpu) {
        static Rate of(long items, long wallNanos, long cpuNanos) {
            return new Rate(items / (wallNanos / 1e9), items / (cpuNanos / 1e9));
        }

        @Override
        public String toString() {
            return String.format("%.0f posts/s (%.0f per CPU-s)", wall, cpu);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Rate appReindex(Jdbi jdbi) throws Exception {
        Path dir = Files.createTempDirectory("hub-reindex");
        try (SearchIndex index = SearchIndex.open(dir, SearchIndexOptions.defaults())) {
            long start = System.nanoTime();
            long cpu = cpu();
            long items = new HubServices(jdbi, PasswordHasher.DEFAULT, Clock.systemUTC())
                    .reindexer()
                    .rebuild(index, p -> {});
            return Rate.of(items, System.nanoTime() - start, cpu() - cpu);
        } finally {
            delete(dir);
        }
    }

    private static Rate bareLucene(List<Text> texts) throws Exception {
        Path dir = Files.createTempDirectory("bare-lucene");
        SearchSchema schema = new SearchSchema(SearchIndexOptions.defaults().stemmer());
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(
                        d, new IndexWriterConfig(schema.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            long start = System.nanoTime();
            long cpu = cpu();
            for (Text t : texts) {
                Document doc = new Document();
                doc.add(new StringField("key", t.key(), Field.Store.YES));
                doc.add(new TextField("title", t.title(), Field.Store.YES));
                doc.add(new TextField("body", t.body(), Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
            return Rate.of(texts.size(), System.nanoTime() - start, cpu() - cpu);
        } finally {
            delete(dir);
        }
    }

    private static List<Text> loadTexts(Jdbi jdbi) {
        List<Text> out = new ArrayList<>();
        jdbi.useHandle(h -> {
            h.createQuery("SELECT id, title, body FROM threads WHERE deleted_at IS NULL ORDER BY id")
                    .map((rs, ctx) -> new Text("thread:" + rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .forEach(out::add);
            h.createQuery("""
                    SELECT p.id, t.title, p.body FROM posts p JOIN threads t ON t.id = p.thread_id
                    WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY p.id""")
                    .map((rs, ctx) -> new Text("post:" + rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .forEach(out::add);
        });
        return out;
    }

    static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
