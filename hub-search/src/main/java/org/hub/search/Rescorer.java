package org.hub.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The second pass of a relevance search: adds to the best first-pass hits what only reorders
 * them, the proximity of the query's words and, for long questions, the words learned from the
 * best of those hits (relevance feedback). The added score is multiplied by the same rank boost
 * as the first pass, so a hit's final score is the rank boost times the sum of all its parts, as
 * if it had been one query; hits outside the first pass's best {@link #WINDOW} keep their
 * first-pass order after them.
 */
final class Rescorer {
    /** How many of the best first-pass hits proximity and feedback re-score. */
    static final int WINDOW = 200;

    private final QueryFactory queries;
    private final RelevanceFeedback feedback;

    Rescorer(QueryFactory queries, RelevanceFeedback feedback) {
        this.queries = queries;
        this.feedback = feedback;
    }

    /** {@code firstPass} re-scored by the query's analysed words {@code terms}, cut to {@code window} hits. */
    TopDocs rescore(IndexSearcher s, List<String> terms, TopDocs firstPass, int window) throws IOException {
        // Always exactly the best WINDOW, whatever page is asked for: re-scoring a deeper window for
        // a deeper page would reorder hits that earlier pages already showed.
        ScoreDoc[] all = firstPass.scoreDocs;
        int head = Math.min(all.length, WINDOW);
        TopDocs ranked = new TopDocs(firstPass.totalHits, Arrays.copyOf(all, head));
        Query proximity = queries.proximityQuery(terms);
        if (proximity != null) {
            ranked = QueryRescorer.rescore(s, ranked, queries.withRankBoost(proximity), 1, head);
        }
        // feedback learns from the best hits as proximity has ordered them, then re-scores them all
        if (feedback.appliesTo(terms)) {
            Query learned = feedback.feedbackQuery(s, ranked.scoreDocs, terms);
            if (learned != null) {
                ranked = QueryRescorer.rescore(s, ranked, queries.withRankBoost(learned), 1, head);
            }
        }
        if (window <= head) {
            return ranked;
        }
        ScoreDoc[] merged = Arrays.copyOf(ranked.scoreDocs, Math.min(all.length, window));
        System.arraycopy(all, head, merged, head, merged.length - head);
        return new TopDocs(firstPass.totalHits, merged);
    }
}
