package org.hub.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total the viewer may see, facet counts (keys "type", "group",
 * "department", "tag") and a did-you-mean correction, or null.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String didYouMean) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    static SearchResults empty() {
        return new SearchResults(0, List.of(), Map.of(), null);
    }
}
