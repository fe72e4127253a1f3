package org.hub.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The searcher of one point-in-time view of the index: it carries the facet ordinals of its
 * reader (built once per refresh, not once per search), Hub's similarity and the shared access
 * filter cache.
 *
 * <p>The searcher the manager hands out is shared and ranks with Lucene's index-wide statistics;
 * nothing that scores runs on it. Every read runs on {@link #forViewer}'s searcher over the same
 * reader, whose term and collection statistics count only what that viewer may see (see
 * {@link VisibleStatistics}).
 */
final class HubSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;
    private final VisibleStatistics.Cache statisticsCache;
    /** Null for the shared searcher. */
    private final VisibleStatistics statistics;

    private HubSearcher(
            IndexReader reader,
            SortedSetDocValuesReaderState facetState,
            VisibleStatistics.Cache statisticsCache,
            Set<String> viewerTokens,
            IndexSearcher shared) {
        super(reader);
        this.facetState = facetState;
        this.statisticsCache = statisticsCache;
        this.statistics = viewerTokens == null ? null : new VisibleStatistics(statisticsCache, shared, viewerTokens);
    }

    /** A searcher over the same reader for one viewer: its statistics count only what {@code viewerTokens} may see. */
    HubSearcher forViewer(Set<String> viewerTokens) {
        HubSearcher s = new HubSearcher(getIndexReader(), facetState, statisticsCache, viewerTokens, this);
        s.setSimilarity(getSimilarity());
        s.setQueryCache(getQueryCache());
        s.setQueryCachingPolicy(getQueryCachingPolicy());
        return s;
    }

    /** The facet ordinals of this reader; null while no facet value has been indexed. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** The viewer's statistics; only on a {@link #forViewer} searcher. */
    VisibleStatistics statistics() {
        if (statistics == null) {
            throw new IllegalStateException("the shared searcher has no viewer");
        }
        return statistics;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        return statistics == null
                ? super.termStatistics(term, docFreq, totalTermFreq)
                : statistics.termStatistics(term);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        return statistics == null ? super.collectionStatistics(field) : statistics.collectionStatistics(field);
    }

    /** Builds a {@link HubSearcher} for every reader the searcher manager opens. */
    static final class Factory extends SearcherFactory {
        private final SearchSchema schema;
        private final Similarity similarity;
        private final AccessFilterCache accessFilters;
        private final VisibleStatistics.Cache statisticsCache = new VisibleStatistics.Cache();

        Factory(SearchSchema schema, Similarity similarity, AccessFilterCache accessFilters) {
            this.schema = schema;
            this.similarity = similarity;
            this.accessFilters = accessFilters;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
            } catch (IllegalArgumentException e) {
                state = null; // no facet values indexed yet
            }
            HubSearcher s = new HubSearcher(reader, state, statisticsCache, null, null);
            s.setSimilarity(similarity);
            accessFilters.applyTo(s);
            return s;
        }
    }
}
