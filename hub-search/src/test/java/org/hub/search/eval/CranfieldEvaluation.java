package org.hub.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hub.search.IndexedItem;
import org.hub.search.InvalidQueryException;
import org.hub.search.ItemType;
import org.hub.search.RankingOptions;
import org.hub.search.SearchHit;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.hub.search.SearchRequest;

/**
 * Relevance benchmark on the Cranfield collection: indexes the documents as threads, runs every
 * query through {@link SearchIndex#search} exactly as the application does, and prints nDCG@10
 * and MAP. A tuning tool, not a test. Ranking knobs can be overridden with system properties
 * ({@code -Dhub.eval.k1=1.0}, {@code -Dhub.eval.stemmer=PORTER}, ...) to compare settings.
 *
 * <pre>mvn -q -pl hub-search test-compile exec:java [-Dhub.eval.dir=/path/to/cranfield]</pre>
 */
public final class CranfieldEvaluation {
  private static final Set<String> ALL = Set.of("all");

  private CranfieldEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("hub.eval.dir", defaultDir()));
    SearchIndexOptions options = optionsFromProperties();
    Collection collection = Collection.load(dir);
    Scores scores = evaluate(collection, options);
    System.out.printf("docs %d, queries %d (refused %d), %s, %s%n", collection.docs().size(), scores.queries(),
        scores.refused(), options.stemmer(), options.ranking());
    System.out.printf("nDCG@10 %.3f  MAP %.3f  (%d ms for all queries)%n", scores.ndcg10(), scores.map(), scores.millis());
  }

  /** The documents as the items the application would index, the queries and the judgements. */
  record Collection(List<IndexedItem> docs, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {
    static Collection load(Path dir) throws Exception {
      return new Collection(readDocs(dir.resolve("docs.jsonl")), readQueries(dir.resolve("queries.tsv")),
          readQrels(dir.resolve("qrels.tsv")));
    }
  }

  /** Mean nDCG@10 and MAP over the judged queries. */
  record Scores(double ndcg10, double map, int queries, int refused, long millis) {}

  /** Indexes the collection with {@code options} and runs every judged query through {@link SearchIndex#search}. */
  static Scores evaluate(Collection c, SearchIndexOptions options) throws Exception {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        SearchIndex index = SearchIndex.open(directory, options)) {
      for (IndexedItem item : c.docs()) {
        index.upsert(item);
      }
      index.commit(c.docs().size());
      index.refreshNow();

      double ndcgSum = 0;
      double apSum = 0;
      int evaluated = 0;
      int failed = 0;
      long start = System.nanoTime();
      for (Map.Entry<String, String> q : c.queries().entrySet()) {
        Map<String, Integer> judged = c.qrels().get(q.getKey());
        if (judged == null || judged.isEmpty()) {
          continue;
        }
        List<String> ranked = new ArrayList<>();
        try {
          SearchRequest req = new SearchRequest(q.getValue(), Set.of(), null, null, null, null, null, null,
              SearchRequest.Sort.RELEVANCE, 1000, 0, ALL, false); // ranking only: no facet counts
          for (SearchHit hit : index.search(req).hits()) {
            ranked.add(Long.toString(hit.id()));
          }
        } catch (InvalidQueryException e) {
          failed++;
          System.err.println("query " + q.getKey() + " refused: " + e.getMessage());
        }
        ndcgSum += ndcgAt10(ranked, judged);
        apSum += averagePrecision(ranked, judged);
        evaluated++;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Scores(ndcgSum / evaluated, apSum / evaluated, evaluated, failed, millis);
    }
  }

  static double ndcgAt10(List<String> ranked, Map<String, Integer> judged) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      int grade = judged.getOrDefault(ranked.get(i), 0);
      dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(judged.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  static double averagePrecision(List<String> ranked, Map<String, Integer> judged) {
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

  private static List<IndexedItem> readDocs(Path docs) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<IndexedItem> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        long id = d.get("id").asLong();
        out.add(new IndexedItem(ItemType.THREAD, id, d.path("title").asText(""), d.path("body").asText(""),
            List.of(), "cranfield", "Cranfield", null, null, null, d.path("author").asText(null),
            Instant.EPOCH.plusSeconds(id), "/threads/" + id, ALL, false, false, false, 0));
      }
    }
    return out;
  }

  private static Map<String, String> readQueries(Path file) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        out.put(line.substring(0, tab).trim(), line.substring(tab + 1));
      }
    }
    return out;
  }

  private static Map<String, Map<String, Integer>> readQrels(Path file) throws Exception {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\t");
      if (f.length >= 3) {
        out.computeIfAbsent(f[0].trim(), k -> new HashMap<>()).put(f[1].trim(), Integer.parseInt(f[2].trim()));
      }
    }
    return out;
  }

  static String defaultDir() {
    // exec:java runs in the module directory; the collection sits beside the repository root
    Path fromModule = Path.of("../../shared/eval/cranfield");
    return Files.isDirectory(fromModule) ? fromModule.toString() : "../shared/eval/cranfield";
  }

  static SearchIndexOptions optionsFromProperties() {
    RankingOptions d = RankingOptions.defaults();
    RankingOptions r = new RankingOptions(
        f("k1", d.k1()), f("b", d.b()), f("titleBoost", d.titleBoost()), f("tagsBoost", d.tagsBoost()),
        f("tieBreaker", d.tieBreaker()), f("minShouldMatch", d.minShouldMatch()),
        (int) f("allRequiredUpTo", d.allRequiredUpTo()), f("proximityBoost", d.proximityBoost()),
        (int) f("proximitySlop", d.proximitySlop()), f("titlePhraseBoost", d.titlePhraseBoost()),
        f("answeredBoost", d.answeredBoost()), f("promotedBoost", d.promotedBoost()),
        (int) f("feedbackDocs", d.feedbackDocs()), (int) f("feedbackTerms", d.feedbackTerms()),
        f("feedbackWeight", d.feedbackWeight()));
    String stemmer = System.getProperty("hub.eval.stemmer");
    SearchIndexOptions o = SearchIndexOptions.defaults().withRanking(r);
    o = new SearchIndexOptions(Duration.ofMillis(200), o.stemmer(), o.ranking());
    return stemmer == null ? o : o.withStemmer(SearchIndexOptions.Stemmer.valueOf(stemmer));
  }

  private static float f(String name, float def) {
    String v = System.getProperty("hub.eval." + name);
    return v == null ? def : Float.parseFloat(v);
  }
}
