package org.hub.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.hub.search.IndexedItem;
import org.hub.search.InvalidQueryException;
import org.hub.search.ItemType;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.hub.search.SearchRequest;
import org.hub.search.eval.Cranfield;

/**
 * Speed of the search library alone: full indexing throughput (items/s into an on-disk index,
 * as {@code reindex} does it) and single-client query latency (p50/p95/p99) for a mix of the
 * queries staff type, with access filtering, facets, highlighting and did-you-mean as the API
 * serves them. Text is drawn from the word frequencies of the Cranfield abstracts (real English,
 * Zipf-distributed), so postings and vocabularies look like real ones. A measuring tool, not a
 * test; compare runs on the same machine only. On a shared machine compare the CPU figures: wall
 * time there mostly measures the neighbours.
 *
 * <pre>mvn -q -pl hub-search test-compile exec:java -Dexec.mainClass=org.hub.search.bench.SearchSpeedBenchmark \
 *     [-Dhub.bench.items=100000] [-Dhub.bench.queries=3000] [-Dhub.bench.runs=3]</pre>
 */
public final class SearchSpeedBenchmark {
    private static final Pattern WORD = Pattern.compile("[a-z]{2,}");
    private static final int GROUPS = 60;
    /** Groups 1..PRIVATE_GROUPS are private: their items carry {@code g:<id>}, not {@code all}. */
    private static final int PRIVATE_GROUPS = 15;

    private static final int DEPARTMENTS = 12;
    private static final int TAGS = 300;

    private final Random random;
    private final String[] words;
    private final double[] cumulative;

    private SearchSpeedBenchmark(long seed, Map<String, Integer> frequencies) {
        this.random = new Random(seed);
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(frequencies.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        this.words = new String[sorted.size()];
        this.cumulative = new double[sorted.size()];
        double sum = 0;
        for (int i = 0; i < sorted.size(); i++) {
            words[i] = sorted.get(i).getKey();
            sum += sorted.get(i).getValue();
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /**
     * What a server start pays to check this (closed) index: the open check of
     * {@link SearchIndex#isHealthy} next to the full checksum of every segment it used to run.
     */
    private static void reportStartupCheck(int run, Path dir) throws IOException {
        long start = System.nanoTime();
        boolean healthy = SearchIndex.isHealthy(dir);
        double openMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        try (FSDirectory fs = FSDirectory.open(dir);
                org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(fs)) {
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
        double checksumMillis = (System.nanoTime() - start) / 1e6;
        System.out.printf(
                "run %d: start-up index check (healthy=%s) %.1f ms; full checksum of every segment %.1f ms%n",
                run + 1, healthy, openMillis, checksumMillis);
    }

    public static void main(String[] args) throws Exception {
        int items = Integer.getInteger("hub.bench.items", 100_000);
        int queries = Integer.getInteger("hub.bench.queries", 3_000);
        int runs = Integer.getInteger("hub.bench.runs", 3);
        String text = System.getProperty("hub.bench.text");
        String source = text == null ? "the bundled Cranfield abstracts" : text;
        SearchSpeedBenchmark bench = new SearchSpeedBenchmark(
                42,
                wordFrequencies(
                        text == null
                                ? String.join("\n", Cranfield.bundledDocLines())
                                : Files.readString(Path.of(text), StandardCharsets.UTF_8)));
        System.out.printf(
                "vocabulary %d words from %s; %d items, %d queries per run, %d runs; %d cpus, max heap %d MB%n",
                bench.words.length,
                source,
                items,
                queries,
                runs,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        List<IndexedItem> corpus = bench.items(items);
        List<SearchRequest> mix = bench.queryMix(queries);

        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        double[][] latencies = new double[runs][];
        double[][] cpuLatencies = new double[runs][];
        for (int run = 0; run < runs; run++) {
            Path dir = Files.createTempDirectory("hub-bench-");
            try (FSDirectory fs = FSDirectory.open(dir);
                    SearchIndex index = SearchIndex.open(fs, SearchIndexOptions.defaults())) {
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                for (IndexedItem item : corpus) {
                    index.upsert(item);
                }
                index.commit(1);
                double secs = (System.nanoTime() - start) / 1e9;
                double cpuSecs = (processCpuNanos() - cpuStart) / 1e9;
                rates[run] = items / secs;
                cpuRates[run] = items / cpuSecs;
                index.refreshNow();
                System.out.printf(
                        "run %d: indexed %d items in %.1f s = %.0f items/s; %.1f CPU s = %.0f items per CPU s (index %d MB)%n",
                        run + 1, items, secs, rates[run], cpuSecs, cpuRates[run], size(dir) >> 20);
                runQueries(index, mix.subList(0, Math.min(500, mix.size())), new double[mix.size()]); // warm-up
                cpuLatencies[run] = new double[mix.size()];
                latencies[run] = runQueries(index, mix, cpuLatencies[run]);
                System.out.printf(
                        "run %d: search wall p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; CPU p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                        run + 1,
                        percentile(latencies[run], 50),
                        percentile(latencies[run], 95),
                        percentile(latencies[run], 99),
                        percentile(cpuLatencies[run], 50),
                        percentile(cpuLatencies[run], 95),
                        percentile(cpuLatencies[run], 99));
            }
            try {
                reportStartupCheck(run, dir);
            } finally {
                delete(dir);
            }
        }
        System.out.printf(
                "median of %d runs: indexing %.0f items/s (%.0f items per CPU s); search wall p50 %.2f ms, p99 %.2f ms;"
                        + " CPU p50 %.2f ms, p99 %.2f ms%n",
                runs,
                median(rates),
                median(cpuRates),
                medianOf(latencies, 50),
                medianOf(latencies, 99),
                medianOf(cpuLatencies, 50),
                medianOf(cpuLatencies, 99));
    }

    /** The median over runs of each run's percentile {@code p}. */
    private static double medianOf(double[][] runs, double p) {
        return median(Arrays.stream(runs).mapToDouble(l -> percentile(l, p)).toArray());
    }

    /**
     * CPU time of the whole process (indexing thread, merges, refreshes): on a shared machine this,
     * unlike wall time, does not depend on what the neighbours run.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Runs the queries one after another; answers wall milliseconds each, and fills {@code cpuMillis}. */
    private static double[] runQueries(SearchIndex index, List<SearchRequest> mix, double[] cpuMillis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[mix.size()];
        long sink = 0;
        for (int i = 0; i < mix.size(); i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            try {
                sink += index.search(mix.get(i)).total();
            } catch (InvalidQueryException e) {
                throw new IllegalStateException(
                        "benchmark query refused: " + mix.get(i).text(), e);
            }
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the results alive for the JIT
        }
        return millis;
    }

    // ---- corpus ----

    private List<IndexedItem> items(int n) {
        List<IndexedItem> out = new ArrayList<>(n);
        Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
        long thread = 0;
        String threadTitle = "";
        int threadGroup = 1;
        for (int id = 1; id <= n; id++) {
            double kind = random.nextDouble();
            ItemType type;
            if (thread == 0 || kind < 0.2) {
                type = ItemType.THREAD;
            } else if (kind < 0.9) {
                type = ItemType.POST;
            } else if (kind < 0.95) {
                type = ItemType.DOCUMENT;
            } else {
                type = ItemType.GUIDANCE;
            }
            int group = type == ItemType.POST ? threadGroup : 1 + random.nextInt(GROUPS);
            String title = type == ItemType.POST ? threadTitle : capitalise(text(4 + random.nextInt(7)));
            String body = paragraphs();
            List<String> tags = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                tags.add("tag-" + random.nextInt(TAGS));
            }
            Set<String> access =
                    type == ItemType.GUIDANCE || group > PRIVATE_GROUPS ? Set.of("all") : Set.of("g:" + group);
            String groupSlug = type == ItemType.GUIDANCE ? null : "group-" + group;
            int dept = 1 + group % DEPARTMENTS;
            out.add(IndexedItem.builder(type, id)
                    .title(title)
                    .body(body)
                    .tags(tags)
                    .group(groupSlug, groupSlug == null ? null : "Group " + group)
                    .department("dept-" + dept, "Department " + dept)
                    .author("user" + random.nextInt(2000), "User " + random.nextInt(2000))
                    .createdAt(t0.plusSeconds(id * 600L))
                    .url("/" + type.wireName() + "s/" + id)
                    .accessTokens(access)
                    .answered((type == ItemType.THREAD || type == ItemType.POST) && random.nextDouble() < 0.3)
                    .promoted(type == ItemType.GUIDANCE)
                    .threadId(type == ItemType.POST ? thread : 0)
                    .build());
            if (type == ItemType.THREAD) {
                thread = id;
                threadTitle = title;
                threadGroup = group;
            }
        }
        return out;
    }

    /** One to four paragraphs, 20 to 400 words in all, skewed short as forum posts are. */
    private String paragraphs() {
        int total = (int) Math.min(400, Math.max(20, Math.exp(3.5 + random.nextGaussian() * 0.8)));
        StringBuilder sb = new StringBuilder();
        while (total > 0) {
            int sentence = Math.min(total, 6 + random.nextInt(18));
            sb.append(capitalise(text(sentence))).append(random.nextInt(8) == 0 ? ".\n\n" : ". ");
            total -= sentence;
        }
        return sb.toString().strip();
    }

    private String text(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(word());
        }
        return sb.toString();
    }

    private String word() {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** A word of middling frequency: what people search for (not "the", not a hapax). */
    private String searchWord() {
        return words[50 + random.nextInt(Math.min(3000, words.length - 50))];
    }

    // ---- queries ----

    private List<SearchRequest> queryMix(int n) {
        List<SearchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double kind = random.nextDouble();
            String text;
            if (kind < 0.35) {
                text = searchWord();
            } else if (kind < 0.65) {
                text = searchWord() + " " + searchWord() + (random.nextBoolean() ? " " + searchWord() : "");
            } else if (kind < 0.75) {
                text = "\"" + searchWord() + " " + searchWord() + "\"";
            } else if (kind < 0.85) {
                text = searchWord() + " "
                        + (random.nextBoolean()
                                ? "tag:tag-" + random.nextInt(TAGS)
                                : "group:group-" + (1 + random.nextInt(GROUPS)));
            } else if (kind < 0.92) {
                text = typo(searchWord()) + " " + searchWord();
            } else {
                text = String.join(" ", text(8 + random.nextInt(8)), searchWord()); // a pasted question
            }
            Set<String> viewer = new LinkedHashSet<>();
            viewer.add("all");
            for (int k = 0; k < 3; k++) {
                viewer.add("g:" + (1 + random.nextInt(PRIVATE_GROUPS)));
            }
            out.add(new SearchRequest(
                    text, Set.of(), null, null, null, null, null, null, SearchRequest.Sort.RELEVANCE, 20, 0, viewer));
        }
        return out;
    }

    private String typo(String w) {
        if (w.length() < 5) {
            return w + "x";
        }
        int i = 1 + random.nextInt(w.length() - 2);
        return w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
    }

    // ---- plumbing ----

    private static Map<String, Integer> wordFrequencies(String text) {
        Map<String, Integer> freq = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase());
        while (m.find()) {
            freq.merge(m.group(), 1, Integer::sum);
        }
        freq.keySet().removeIf(w -> w.equals("id") || w.equals("title") || w.equals("author") || w.equals("body"));
        return freq;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
