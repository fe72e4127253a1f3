package org.hub.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The Cranfield collection and its measures, as the collection's README defines them: nDCG@10 with gain 2^grade - 1 and a log2 discount, MAP with any grade relevant,
 * over the first 1,000 results. Shared by this module's tuning tools ({@link CranfieldEvaluation},
 * {@link CranfieldTuning}, {@link PlainLuceneBaseline}) and hub-bench (through this module's test
 * jar), so every figure is measured the same way. The collection is public test data kept in this
 * module's test resources ({@code src/test/resources/cranfield}, the documents gzipped), so it is on
 * the classpath of the tools, of the test jar and of hub-bench's jar: {@link #bundled()}.
 */
public record Cranfield(List<Doc> docs, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {
    public static final int DEPTH = 1000;

    public record Doc(long id, String title, String author, String body) {}

    public record Scores(double ndcgAt10, double map, int queries) {
        @Override
        public String toString() {
            return String.format("nDCG@10 %.3f  MAP %.3f  (%d queries)", ndcgAt10, map, queries);
        }
    }

    /** Where the collection lives on the classpath. */
    public static final String RESOURCE_FOLDER = "cranfield/";

    /** The collection bundled with the tools (this module's test resources). */
    public static Cranfield bundled() {
        return parse(readResource("docs.jsonl.gz"), readResource("queries.tsv"), readResource("qrels.tsv"));
    }

    /** The bundled collection, or the one in {@code dir} when given (a folder laid out the same way). */
    public static Cranfield bundledOr(Path dir) {
        return dir == null ? bundled() : read(dir);
    }

    /**
     * A copy of the collection in a folder: {@code docs.jsonl} (or {@code docs.jsonl.gz}), {@code queries.tsv}
     * and {@code qrels.tsv}.
     */
    public static Cranfield read(Path dir) {
        try {
            Path docs = dir.resolve("docs.jsonl");
            List<String> docLines = Files.isRegularFile(docs)
                    ? Files.readAllLines(docs, StandardCharsets.UTF_8)
                    : readLines(Files.newInputStream(dir.resolve("docs.jsonl.gz")), true);
            return parse(
                    docLines,
                    Files.readAllLines(dir.resolve("queries.tsv"), StandardCharsets.UTF_8),
                    Files.readAllLines(dir.resolve("qrels.tsv"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cranfield collection in " + dir, e);
        }
    }

    /** The bundled documents' text, one JSON object a line (the benchmarks draw their vocabulary from it). */
    public static List<String> bundledDocLines() {
        return readResource("docs.jsonl.gz");
    }

    private static List<String> readResource(String name) {
        String path = RESOURCE_FOLDER + name;
        InputStream in = Cranfield.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The Cranfield collection is not on the classpath: " + path);
        }
        try {
            return readLines(in, name.endsWith(".gz"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static List<String> readLines(InputStream raw, boolean gzipped) throws IOException {
        try (InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static Cranfield parse(List<String> docLines, List<String> queryLines, List<String> qrelLines) {
        try {
            ObjectMapper json = new ObjectMapper();
            List<Doc> docs = new ArrayList<>();
            for (String line : docLines) {
                if (!line.isBlank()) {
                    JsonNode d = json.readTree(line);
                    docs.add(new Doc(
                            d.get("id").asLong(),
                            d.path("title").asText(""),
                            d.path("author").asText(""),
                            d.path("body").asText("")));
                }
            }
            Map<String, String> queries = new LinkedHashMap<>();
            for (String line : queryLines) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    queries.put(line.substring(0, tab).trim(), line.substring(tab + 1));
                }
            }
            Map<String, Map<String, Integer>> qrels = new HashMap<>();
            for (String line : qrelLines) {
                String[] f = line.trim().split("\t");
                if (f.length >= 3) {
                    qrels.computeIfAbsent(f[0].trim(), k -> new HashMap<>())
                            .put(f[1].trim(), Integer.parseInt(f[2].trim()));
                }
            }
            return new Cranfield(docs, queries, qrels);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the Cranfield collection", e);
        }
    }

    /** Runs every judged query through {@code engine} (query text to ranked doc ids) and averages the measures. */
    public Scores evaluate(Function<String, List<String>> engine) {
        double ndcg = 0;
        double ap = 0;
        int n = 0;
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Map<String, Integer> judged = qrels.get(q.getKey());
            if (judged == null || judged.isEmpty()) {
                continue;
            }
            List<String> ranked = engine.apply(q.getValue());
            ranked = ranked.size() > DEPTH ? ranked.subList(0, DEPTH) : ranked;
            ndcg += ndcgAt10(ranked, judged);
            ap += averagePrecision(ranked, judged);
            n++;
        }
        return new Scores(ndcg / n, ap / n, n);
    }

    public static double ndcgAt10(List<String> ranked, Map<String, Integer> judged) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += (Math.pow(2, judged.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(judged.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double averagePrecision(List<String> ranked, Map<String, Integer> judged) {
        long relevant = judged.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        double sum = 0;
        int found = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (judged.getOrDefault(ranked.get(i), 0) > 0) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / relevant;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
