package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Pseudo-relevance feedback in the manner of RM3: a long question is run once, the words that
 * dominate its best few hits are taken as what the asker meant, and they are added to the query
 * as optional, weighted clauses. Long questions say what they are about in their own words;
 * documents on that subject use the collection's words, and feedback bridges the two.
 *
 * <p>Only scoring changes: the expansion re-scores the original query's best hits, so the set
 * of hits (and every facet count) is exactly what the original query matches. The feedback hits
 * are the first pass's, which carries the viewer's filter, so the added words are drawn only
 * from items the viewer may see.
 */
final class RelevanceFeedback {
    /** Enough of a long item to know its subject; bounds the re-analysis cost per search. */
    private static final int MAX_CHARS_PER_ITEM = 20_000;

    private final SearchSchema schema;
    private final RankingOptions ranking;

    RelevanceFeedback(SearchSchema schema, RankingOptions ranking) {
        this.schema = schema;
        this.ranking = ranking;
    }

    /** Whether a query of {@code words} (analysed terms) gets feedback at all. */
    boolean appliesTo(List<String> queryTerms) {
        return ranking.feedbackDocs() > 0
                && ranking.feedbackTerms() > 0
                && ranking.feedbackWeight() > 0
                && queryTerms.size() > ranking.allRequiredUpTo();
    }

    /**
     * The feedback words learned from the best hits of a first pass ({@code ranked}, best first,
     * found under the viewer's filter) as one weighted query, or null when there was too little to
     * learn from.
     */
    Query feedbackQuery(IndexSearcher searcher, ScoreDoc[] ranked, List<String> queryTerms) throws IOException {
        ScoreDoc[] top = Arrays.copyOf(ranked, Math.min(ranked.length, ranking.feedbackDocs()));
        if (top.length == 0) {
            return null;
        }
        Map<String, Double> weights = termWeights(searcher, top);
        List<Map.Entry<String, Double>> best = new ArrayList<>(weights.entrySet());
        best.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        best = best.subList(0, Math.min(ranking.feedbackTerms(), best.size()));
        double total = best.stream().mapToDouble(Map.Entry::getValue).sum();
        if (total <= 0) {
            return null;
        }
        BooleanQuery.Builder expansion = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> e : best) {
            float w = (float) (e.getValue() / total);
            for (String field : List.of(SearchSchema.TITLE, SearchSchema.BODY)) {
                expansion.add(new BoostQuery(new TermQuery(new Term(field, e.getKey())), w), Occur.SHOULD);
            }
        }
        // an original clause scores roughly one term's worth per query word; scale the expansion
        // (whose weights sum to one) by the question's length so the weight means the same for all
        float boost = ranking.feedbackWeight() * queryTerms.size();
        return new BoostQuery(expansion.build(), boost);
    }

    /**
     * RM1 term weights: each feedback document votes for its words in proportion to how much of
     * the document they make up, and votes count in proportion to the document's score.
     */
    private Map<String, Double> termWeights(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        double scoreSum = 0;
        for (ScoreDoc d : docs) {
            scoreSum += d.score;
        }
        StoredFields stored = searcher.storedFields();
        Set<String> fields = Set.of(SearchSchema.TITLE, SearchSchema.BODY);
        Map<String, Double> weights = new HashMap<>();
        for (ScoreDoc d : docs) {
            Document doc = stored.document(d.doc, fields);
            List<String> terms = new ArrayList<>(
                    SearchSchema.terms(schema.analyzer(), SearchSchema.TITLE, leading(doc.get(SearchSchema.TITLE))));
            terms.addAll(SearchSchema.terms(schema.analyzer(), SearchSchema.BODY, leading(doc.get(SearchSchema.BODY))));
            if (terms.isEmpty()) {
                continue;
            }
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms) {
                if (useful(t)) {
                    tf.merge(t, 1, Integer::sum);
                }
            }
            double docWeight = scoreSum > 0 ? d.score / scoreSum : 1.0 / docs.length;
            double len = terms.size();
            tf.forEach((t, n) -> weights.merge(t, docWeight * n / len, Double::sum));
        }
        return weights;
    }

    /** Numbers and single letters say little about a subject. */
    private static boolean useful(String term) {
        return term.length() > 1 && term.chars().anyMatch(Character::isLetter);
    }

    private static String leading(String s) {
        return s == null ? "" : s.length() > MAX_CHARS_PER_ITEM ? s.substring(0, MAX_CHARS_PER_ITEM) : s;
    }
}
