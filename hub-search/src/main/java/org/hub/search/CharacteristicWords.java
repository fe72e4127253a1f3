package org.hub.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * The characteristic words of a text as a query, as Lucene's {@code MoreLikeThis.like(Map)} picks
 * them (the words with the highest tf·idf, each boosted by its share) with one difference: the
 * document frequencies come from {@link VisibleStatistics}, the documents the viewer may see.
 * {@code MoreLikeThis} reads them from the whole index and cannot be given others (it is final
 * and asks its reader), so which words "characterise" a text, and so which items are related,
 * would have depended on private groups' words. Where the viewer sees the whole index the query
 * is exactly {@code MoreLikeThis}'s (see the test).
 */
final class CharacteristicWords {
    /** MoreLikeThis's defaults, as SimilarItems used them. */
    private static final int MAX_TOKENS_PARSED = 5000;

    private static final int MIN_WORD_LENGTH = 2;

    private final Analyzer analyzer;
    private final List<String> fields;
    private final int maxQueryTerms;
    private final ClassicSimilarity similarity = new ClassicSimilarity();

    CharacteristicWords(Analyzer analyzer, List<String> fields, int maxQueryTerms) {
        this.analyzer = analyzer;
        this.fields = fields;
        this.maxQueryTerms = maxQueryTerms;
    }

    /** The words of {@code texts} (field name to text) that characterise them for this viewer, or null when none does. */
    Query like(VisibleStatistics visible, Map<String, String> texts) throws IOException {
        Map<String, Map<String, int[]>> perField = new HashMap<>();
        for (String field : fields) {
            String text = texts.get(field);
            if (text != null) {
                addTermFrequencies(text, perField, field);
            }
        }
        return createQuery(createQueue(visible, perField));
    }

    private void addTermFrequencies(String text, Map<String, Map<String, int[]>> perField, String field)
            throws IOException {
        Map<String, int[]> counts = perField.computeIfAbsent(field, k -> new HashMap<>());
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            int tokens = 0;
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                if (++tokens > MAX_TOKENS_PARSED) {
                    break;
                }
                if (word.length() < MIN_WORD_LENGTH) {
                    continue;
                }
                counts.computeIfAbsent(word, k -> new int[1])[0]++;
            }
            ts.end();
        }
    }

    private PriorityQueue<ScoreTerm> createQueue(VisibleStatistics visible, Map<String, Map<String, int[]>> perField)
            throws IOException {
        int total = 0;
        for (Map<String, int[]> words : perField.values()) {
            total += words.size();
        }
        int limit = Math.min(maxQueryTerms, total);
        PriorityQueue<ScoreTerm> queue = new PriorityQueue<>(limit) {
            @Override
            protected boolean lessThan(ScoreTerm a, ScoreTerm b) {
                return a.score < b.score;
            }
        };
        for (Map.Entry<String, Map<String, int[]>> entry : perField.entrySet()) {
            String field = entry.getKey();
            long numDocs = visible.docCount(field);
            for (Map.Entry<String, int[]> word : entry.getValue().entrySet()) {
                long docFreq = visible.docFreq(new Term(field, word.getKey()));
                if (docFreq == 0) {
                    continue; // in no document the viewer may see
                }
                float score = word.getValue()[0] * similarity.idf(docFreq, numDocs);
                if (queue.size() < limit) {
                    queue.add(new ScoreTerm(word.getKey(), field, score));
                } else {
                    ScoreTerm top = queue.top();
                    if (top.score < score) {
                        top.update(word.getKey(), field, score);
                        queue.updateTop();
                    }
                }
            }
        }
        return queue;
    }

    private static Query createQuery(PriorityQueue<ScoreTerm> queue) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        float bestScore = -1;
        ScoreTerm scoreTerm;
        int clauses = 0;
        while ((scoreTerm = queue.pop()) != null) {
            if (bestScore == -1) {
                bestScore = scoreTerm.score;
            }
            if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
                break;
            }
            query.add(
                    new BoostQuery(
                            new TermQuery(new Term(scoreTerm.field, scoreTerm.word)), scoreTerm.score / bestScore),
                    BooleanClause.Occur.SHOULD);
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private static final class ScoreTerm {
        String word;
        String field;
        float score;

        ScoreTerm(String word, String field, float score) {
            update(word, field, score);
        }

        void update(String word, String field, float score) {
            this.word = word;
            this.field = field;
            this.score = score;
        }
    }
}
