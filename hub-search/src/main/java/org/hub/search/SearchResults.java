package org.hub.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total the viewer may see, facet counts and a did-you-mean correction, or
 * null. {@code facets} always holds every dimension of {@link SearchSchema#FACET_DIMENSIONS}
 * ("type", "group", "department", "tag"), in that order, an empty list where nothing was counted:
 * a query of only stop words, a search without facet counting and an empty index answer the same
 * shape as any other, so clients need no special case.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String didYouMean) {
    public SearchResults {
        hits = List.copyOf(hits);
        Map<String, List<FacetValue>> every = new LinkedHashMap<>();
        for (String dim : SearchSchema.FACET_DIMENSIONS) {
            every.put(dim, List.copyOf(facets.getOrDefault(dim, List.of())));
        }
        facets = Collections.unmodifiableMap(every);
    }

    static SearchResults empty() {
        return new SearchResults(0, List.of(), Map.of(), null);
    }
}
