package org.hub.search.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * <pre>mvn -q -pl hub-search test-compile exec:java [-Dhub.eval.dir=/path/to/another/copy]</pre>
 *
 * <p>The collection is read from the classpath ({@code src/test/resources/cranfield}) unless a folder is given.
 */
public final class CranfieldEvaluation {
    private static final Set<String> ALL = Set.of("all");

    private CranfieldEvaluation() {}

    public static void main(String[] args) throws Exception {
        Path dir = dirFrom(args);
        SearchIndexOptions options = optionsFromProperties();
        Collection collection = Collection.load(dir);
        Scores scores = evaluate(collection, options);
        System.out.printf(
                "docs %d, queries %d (refused %d), %s, %s%n",
                collection.docs().size(), scores.queries(), scores.refused(), options.stemmer(), options.ranking());
        System.out.printf(
                "nDCG@10 %.3f  MAP %.3f  (%d ms for all queries)%n", scores.ndcg10(), scores.map(), scores.millis());
    }

    /** The documents as the items the application would index, the queries and the judgements. */
    record Collection(List<IndexedItem> docs, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {
        /** The bundled collection, or the copy in {@code dir} when not null. */
        static Collection load(Path dir) {
            Cranfield c = Cranfield.bundledOr(dir);
            List<IndexedItem> items = c.docs().stream()
                    .map(d -> IndexedItem.builder(ItemType.THREAD, d.id())
                            .title(d.title())
                            .body(d.body())
                            .group("cranfield", "Cranfield")
                            .author(null, d.author().isEmpty() ? null : d.author())
                            .createdAt(Instant.EPOCH.plusSeconds(d.id()))
                            .url("/threads/" + d.id())
                            .accessTokens(ALL)
                            .build())
                    .toList();
            return new Collection(items, c.queries(), c.qrels());
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
                    SearchRequest req = new SearchRequest(
                            q.getValue(),
                            Set.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            SearchRequest.Sort.RELEVANCE,
                            1000,
                            0,
                            ALL,
                            false); // ranking only: no facet counts
                    for (SearchHit hit : index.search(req).hits()) {
                        ranked.add(Long.toString(hit.id()));
                    }
                } catch (InvalidQueryException e) {
                    failed++;
                    System.err.println("query " + q.getKey() + " refused: " + e.getMessage());
                }
                ndcgSum += Cranfield.ndcgAt10(ranked, judged);
                apSum += Cranfield.averagePrecision(ranked, judged);
                evaluated++;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Scores(ndcgSum / evaluated, apSum / evaluated, evaluated, failed, millis);
        }
    }

    /** A copy of the collection given as the first argument or {@code -Dhub.eval.dir}; null for the bundled one. */
    static Path dirFrom(String[] args) {
        String dir = args.length > 0 ? args[0] : System.getProperty("hub.eval.dir");
        return dir == null ? null : Path.of(dir);
    }

    static SearchIndexOptions optionsFromProperties() {
        RankingOptions d = RankingOptions.defaults();
        RankingOptions r = new RankingOptions(
                f("k1", d.k1()),
                f("b", d.b()),
                f("titleBoost", d.titleBoost()),
                f("tagsBoost", d.tagsBoost()),
                f("tieBreaker", d.tieBreaker()),
                f("minShouldMatch", d.minShouldMatch()),
                (int) f("allRequiredUpTo", d.allRequiredUpTo()),
                f("proximityBoost", d.proximityBoost()),
                (int) f("proximitySlop", d.proximitySlop()),
                f("titlePhraseBoost", d.titlePhraseBoost()),
                f("answeredBoost", d.answeredBoost()),
                f("promotedBoost", d.promotedBoost()),
                (int) f("feedbackDocs", d.feedbackDocs()),
                (int) f("feedbackTerms", d.feedbackTerms()),
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
