package org.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Facet counts of a search's matches, one list per dimension of {@link SearchSchema#FACET_DIMENSIONS}
 * (every dimension present, empty when nothing matched it), most common value first.
 */
final class FacetCounts {
    private static final int TOP = 20;

    private FacetCounts() {}

    /** The counts of the matches {@code fc} collected, read through {@code state} (null: no facets indexed yet). */
    static Map<String, List<FacetValue>> count(SortedSetDocValuesReaderState state, FacetsCollector fc)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : SearchSchema.FACET_DIMENSIONS) {
            out.put(dim, List.of());
        }
        if (state == null) {
            return out;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : SearchSchema.FACET_DIMENSIONS) {
            FacetResult r;
            try {
                r = counts.getAllChildren(dim);
            } catch (IllegalArgumentException e) {
                continue; // dimension not in this index yet
            }
            if (r != null) {
                out.put(dim, merged(r));
            }
        }
        return out;
    }

    /** Merged by value: a renamed group shows under its latest-seen most common label. */
    private static List<FacetValue> merged(FacetResult r) {
        Map<String, long[]> byValue = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, Long> labelCounts = new HashMap<>();
        for (LabelAndValue lv : r.labelValues) {
            int sep = lv.label.indexOf(SearchSchema.FACET_LABEL_SEP);
            String value = sep < 0 ? lv.label : lv.label.substring(0, sep);
            String label = sep < 0 ? lv.label : lv.label.substring(sep + 1);
            long c = lv.value.longValue();
            byValue.computeIfAbsent(value, k -> new long[1])[0] += c;
            if (c > labelCounts.getOrDefault(value, -1L)) {
                labelCounts.put(value, c);
                labels.put(value, label);
            }
        }
        List<FacetValue> values = new ArrayList<>();
        byValue.forEach((v, c) -> values.add(new FacetValue(v, labels.get(v), c[0])));
        values.sort((a, b) -> a.count() != b.count()
                ? Long.compare(b.count(), a.count())
                : a.label().compareToIgnoreCase(b.label()));
        return List.copyOf(values.subList(0, Math.min(TOP, values.size())));
    }
}
