package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A QueryBuilder that turns each analysed term (or phrase) into a max over the weighted text
 * fields. Matching is then term-centric: "minimum should match" counts query terms, whichever
 * field each is found in, and synonym graphs from the analyzer are handled by QueryBuilder.
 */
final class FieldExpandingQueryBuilder extends QueryBuilder {
    /**
     * Slop for the phrases QueryBuilder makes from a synonym graph in an unquoted query. Stop words
     * leave gaps in the index, but a synonym map cannot carry gaps and each path of the graph comes
     * out with consecutive positions, so "ehcp" expanding to "education health and care plan", or
     * those very words typed in full, would need an exact "educ health care plan" that no document
     * holds. Two positions cover a phrase that lost up to two stop words.
     */
    static final int SYNONYM_PHRASE_SLOP = 2;

    /** True while QueryBuilder expands a synonym graph; a builder serves one query at a time. */
    private boolean inSynonymGraph;

    private final Map<String, Float> fields;
    private final float tieBreaker;

    FieldExpandingQueryBuilder(Analyzer analyzer, Map<String, Float> fields, float tieBreaker) {
        super(analyzer);
        this.fields = fields;
        this.tieBreaker = tieBreaker;
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    protected Query newTermQuery(Term term, float boost) {
        List<Query> perField = new ArrayList<>(fields.size());
        fields.forEach((f, w) -> perField.add(boost(new TermQuery(new Term(f, term.bytes())), w)));
        return boost(new DisjunctionMaxQuery(perField, tieBreaker), boost);
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        List<Query> perField = new ArrayList<>(fields.size());
        fields.forEach((f, w) -> {
            SynonymQuery.Builder b = new SynonymQuery.Builder(f);
            for (TermAndBoost t : terms) {
                b.addTerm(new Term(f, t.term), t.boost);
            }
            perField.add(boost(b.build(), w));
        });
        return new DisjunctionMaxQuery(perField, tieBreaker);
    }

    @Override
    protected Query analyzeGraphBoolean(String field, TokenStream source, BooleanClause.Occur operator)
            throws IOException {
        inSynonymGraph = true;
        try {
            return super.analyzeGraphBoolean(field, source, operator);
        } finally {
            inSynonymGraph = false;
        }
    }

    private int slopFor(int slop) {
        return inSynonymGraph ? Math.max(slop, SYNONYM_PHRASE_SLOP) : slop;
    }

    @Override
    protected Query analyzePhrase(String field, TokenStream stream, int requestedSlop) throws IOException {
        int slop = slopFor(requestedSlop);
        List<List<BytesRef>> positions = readPositions(stream);
        List<Query> perField = new ArrayList<>(fields.size());
        fields.forEach((f, w) -> {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
            for (int p = 0; p < positions.size(); p++) {
                for (BytesRef t : positions.get(p)) {
                    b.add(new Term(f, t), p);
                }
            }
            perField.add(boost(b.build(), w));
        });
        return new DisjunctionMaxQuery(perField, tieBreaker);
    }

    @Override
    protected Query analyzeMultiPhrase(String field, TokenStream stream, int requestedSlop) throws IOException {
        int slop = slopFor(requestedSlop);
        List<List<BytesRef>> positions = readPositions(stream);
        List<Query> perField = new ArrayList<>(fields.size());
        fields.forEach((f, w) -> {
            MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(slop);
            for (int p = 0; p < positions.size(); p++) {
                List<BytesRef> at = positions.get(p);
                if (!at.isEmpty()) {
                    b.add(at.stream().map(t -> new Term(f, t)).toArray(Term[]::new), p);
                }
            }
            perField.add(boost(b.build(), w));
        });
        return new DisjunctionMaxQuery(perField, tieBreaker);
    }

    /** Terms by position (stop-word gaps kept as empty positions, so slop stays honest). */
    private static List<List<BytesRef>> readPositions(TokenStream stream) throws IOException {
        TermToBytesRefAttribute termAtt = stream.getAttribute(TermToBytesRefAttribute.class);
        PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
        List<List<BytesRef>> positions = new ArrayList<>();
        stream.reset();
        int pos = -1;
        while (stream.incrementToken()) {
            int inc = posInc.getPositionIncrement();
            for (int k = 0; k < inc; k++) {
                positions.add(new ArrayList<>());
            }
            pos += inc;
            if (pos < 0) {
                pos = 0;
                positions.add(new ArrayList<>());
            }
            positions.get(pos).add(BytesRef.deepCopyOf(termAtt.getBytesRef()));
        }
        // trim a leading gap so the phrase starts at position 0
        while (!positions.isEmpty() && positions.get(0).isEmpty()) {
            positions.remove(0);
        }
        return positions;
    }

    private static Query boost(Query q, float w) {
        return w == 1f ? q : new BoostQuery(q, w);
    }
}
