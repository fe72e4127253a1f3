package org.hub.search.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.hub.search.RankingOptions;
import org.hub.search.SearchIndexOptions;

/**
 * Coordinate search over the ranking knobs on the Cranfield collection: for each knob in turn,
 * tries a few values and keeps the one with the best nDCG@10 + MAP, for a given number of rounds.
 * Prints every measurement so the choice can be checked. A tuning tool, not a test.
 *
 * <pre>mvn -q -pl hub-search test-compile exec:java -Dexec.mainClass=org.hub.search.eval.CranfieldTuning [-Dhub.eval.rounds=2]</pre>
 */
public final class CranfieldTuning {
    private CranfieldTuning() {}

    public static void main(String[] args) throws Exception {
        Path dir = CranfieldEvaluation.dirFrom(args);
        int rounds = Integer.getInteger("hub.eval.rounds", 2);
        CranfieldEvaluation.Collection collection = CranfieldEvaluation.Collection.load(dir);
        SearchIndexOptions best = CranfieldEvaluation.optionsFromProperties();
        CranfieldEvaluation.Scores bestScores = CranfieldEvaluation.evaluate(collection, best);
        print("start", best, bestScores);
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Knob> knob : knobs().entrySet()) {
                for (float value : knob.getValue().values()) {
                    SearchIndexOptions candidate;
                    try {
                        candidate = best.withRanking(knob.getValue().set().apply(best.ranking(), value));
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    if (candidate.equals(best)) {
                        continue;
                    }
                    CranfieldEvaluation.Scores s = CranfieldEvaluation.evaluate(collection, candidate);
                    System.out.printf(
                            "  %-16s %6.2f  nDCG@10 %.4f  MAP %.4f%n", knob.getKey(), value, s.ndcg10(), s.map());
                    if (objective(s) > objective(bestScores) + 1e-4) {
                        best = candidate;
                        bestScores = s;
                    }
                }
            }
            for (SearchIndexOptions.Stemmer stemmer : SearchIndexOptions.Stemmer.values()) {
                if (stemmer != best.stemmer()) {
                    SearchIndexOptions candidate = best.withStemmer(stemmer);
                    CranfieldEvaluation.Scores s = CranfieldEvaluation.evaluate(collection, candidate);
                    System.out.printf("  %-16s %s  nDCG@10 %.4f  MAP %.4f%n", "stemmer", stemmer, s.ndcg10(), s.map());
                    if (objective(s) > objective(bestScores) + 1e-4) {
                        best = candidate;
                        bestScores = s;
                    }
                }
            }
            print("after round " + round, best, bestScores);
        }
    }

    private static double objective(CranfieldEvaluation.Scores s) {
        return s.ndcg10() + s.map();
    }

    private static void print(String label, SearchIndexOptions o, CranfieldEvaluation.Scores s) {
        System.out.printf("%s: nDCG@10 %.4f  MAP %.4f  %s %s%n", label, s.ndcg10(), s.map(), o.stemmer(), o.ranking());
    }

    private record Knob(float[] values, BiFunction<RankingOptions, Float, RankingOptions> set) {}

    private static Map<String, Knob> knobs() {
        Map<String, Knob> k = new LinkedHashMap<>();
        k.put("k1", new Knob(new float[] {0.6f, 0.9f, 1.2f, 1.5f, 1.8f, 2.2f}, (r, v) -> copy(r, 0, v)));
        k.put("b", new Knob(new float[] {0.3f, 0.5f, 0.65f, 0.75f, 0.85f, 1f}, (r, v) -> copy(r, 1, v)));
        k.put("titleBoost", new Knob(new float[] {1f, 1.5f, 2f, 3f, 4f}, (r, v) -> copy(r, 2, v)));
        k.put("tieBreaker", new Knob(new float[] {0f, 0.1f, 0.3f, 0.5f, 0.7f, 1f}, (r, v) -> copy(r, 4, v)));
        k.put("minShouldMatch", new Knob(new float[] {0f, 0.1f, 0.2f, 0.3f, 0.4f}, (r, v) -> copy(r, 5, v)));
        k.put("proximityBoost", new Knob(new float[] {0f, 0.1f, 0.25f, 0.5f, 1f, 2f}, (r, v) -> copy(r, 7, v)));
        k.put("proximitySlop", new Knob(new float[] {0f, 1f, 2f, 3f, 5f, 8f}, (r, v) -> copy(r, 8, v)));
        k.put("feedbackDocs", new Knob(new float[] {0f, 5f, 10f, 15f, 20f}, (r, v) -> copy(r, 12, v)));
        k.put("feedbackTerms", new Knob(new float[] {5f, 10f, 20f, 30f, 50f}, (r, v) -> copy(r, 13, v)));
        k.put("feedbackWeight", new Knob(new float[] {0.1f, 0.25f, 0.5f, 0.75f, 1f, 1.5f}, (r, v) -> copy(r, 14, v)));
        k.put("titlePhraseBoost", new Knob(new float[] {0f, 0.5f, 1f, 2f, 4f}, (r, v) -> copy(r, 9, v)));
        return k;
    }

    /** RankingOptions with knob {@code i} (in record order) set to {@code v}. */
    private static RankingOptions copy(RankingOptions r, int i, float v) {
        float[] f = {
            r.k1(),
            r.b(),
            r.titleBoost(),
            r.tagsBoost(),
            r.tieBreaker(),
            r.minShouldMatch(),
            r.allRequiredUpTo(),
            r.proximityBoost(),
            r.proximitySlop(),
            r.titlePhraseBoost(),
            r.answeredBoost(),
            r.promotedBoost(),
            r.feedbackDocs(),
            r.feedbackTerms(),
            r.feedbackWeight()
        };
        f[i] = v;
        return new RankingOptions(
                f[0],
                f[1],
                f[2],
                f[3],
                f[4],
                f[5],
                (int) f[6],
                f[7],
                (int) f[8],
                f[9],
                f[10],
                f[11],
                (int) f[12],
                (int) f[13],
                f[14]);
    }
}
