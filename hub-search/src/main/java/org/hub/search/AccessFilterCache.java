package org.hub.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * Keeps each viewer's access filter as a ready set of documents per segment, so a search does
 * not rebuild it.
 *
 * <p>The filter is a {@link TermInSetQuery} over the tokens of every group the viewer may read:
 * hundreds of groups in a large organisation, whose postings together cover most of the index.
 * Rebuilding that set costs about as much as the rest of a search at a million items, and it is
 * the same for every search the viewer makes. Lucene's default cache would not keep it: it skips
 * filters far denser than the query's own matches, which is exactly this one. So access filters
 * are always cached, whatever their density; other clauses follow Lucene's usual policy.
 *
 * <p>Correctness does not depend on the cache: entries are keyed by the exact token set (so a
 * change of membership is a different query) and by segment (so new and merged segments are
 * computed afresh), and deletions are applied by the searcher, not stored in the entry.
 */
final class AccessFilterCache {
    /** Entries are per segment and token set; a viewer's set over a 1M-item index is 10–130 KB. */
    private static final int MAX_ENTRIES = 4096;

    private static final long MAX_BYTES = 64L << 20;
    /** Small segments are cheap to filter directly and come and go with every refresh. */
    private static final int MIN_SEGMENT_DOCS = 10_000;

    private final LRUQueryCache cache =
            new LRUQueryCache(MAX_ENTRIES, MAX_BYTES, AccessFilterCache::worthCaching, Float.POSITIVE_INFINITY);
    private final QueryCachingPolicy policy = new Policy();

    void applyTo(IndexSearcher searcher) {
        searcher.setQueryCache(cache);
        searcher.setQueryCachingPolicy(policy);
    }

    long hits() {
        return cache.getHitCount();
    }

    private static boolean worthCaching(LeafReaderContext leaf) {
        return leaf.reader().maxDoc() >= MIN_SEGMENT_DOCS;
    }

    /**
     * Whether {@code query} reads the access field and nothing else. Asked of the query as Lucene
     * has rewritten it: a {@link TermInSetQuery} becomes a wrapper, or for a few tokens a boolean
     * query of term queries, so the test is on the fields it reads, not on its class.
     */
    static boolean isAccessFilter(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields.equals(Set.of(SearchSchema.ACCESS));
    }

    private static final class Policy implements QueryCachingPolicy {
        private final QueryCachingPolicy others = new UsageTrackingQueryCachingPolicy();

        @Override
        public void onUse(Query query) {
            others.onUse(query);
        }

        @Override
        public boolean shouldCache(Query query) throws IOException {
            return isAccessFilter(query) || others.shouldCache(query);
        }
    }
}
