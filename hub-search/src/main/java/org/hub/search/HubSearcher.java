package org.hub.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The searcher of one point-in-time view of the index: it carries the facet ordinals of its
 * reader (built once per refresh, not once per search), Hub's similarity and the shared access
 * filter cache.
 */
final class HubSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  private HubSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.facetState = facetState;
  }

  /** The facet ordinals of this reader; null while no facet value has been indexed. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Builds a {@link HubSearcher} for every reader the searcher manager opens. */
  static final class Factory extends SearcherFactory {
    private final SearchSchema schema;
    private final Similarity similarity;
    private final AccessFilterCache accessFilters;

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
      HubSearcher s = new HubSearcher(reader, state);
      s.setSimilarity(similarity);
      accessFilters.applyTo(s);
      return s;
    }
  }
}
