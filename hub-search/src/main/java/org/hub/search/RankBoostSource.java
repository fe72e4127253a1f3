package org.hub.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Maps the indexed answered/promoted code to a score multiplier, so the weights are query-time
 * settings: retuning them needs no reindex.
 */
final class RankBoostSource extends DoubleValuesSource {
    private final DoubleValuesSource code = DoubleValuesSource.fromDoubleField(SearchSchema.RANK_BOOST);
    private final double answered;
    private final double promoted;

    RankBoostSource(double answered, double promoted) {
        this.answered = answered;
        this.promoted = promoted;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        DoubleValues codes = code.getValues(ctx, scores);
        return new DoubleValues() {
            double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = 1;
                if (codes.advanceExact(doc)) {
                    int c = (int) codes.doubleValue() - 1; // bit 0 answered, bit 1 promoted
                    value = ((c & 1) != 0 ? answered : 1) * ((c & 2) != 0 ? promoted : 1);
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return code.isCacheable(ctx);
    }

    @Override
    public int hashCode() {
        return Objects.hash(answered, promoted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankBoostSource r && r.answered == answered && r.promoted == promoted;
    }

    @Override
    public String toString() {
        return "rankBoost(answered=" + answered + ",promoted=" + promoted + ")";
    }
}
