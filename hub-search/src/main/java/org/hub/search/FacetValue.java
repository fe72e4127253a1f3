package org.hub.search;

import java.util.Objects;

/** One facet bucket: the filter value (slug, wire name, tag), its display label and the count. */
public record FacetValue(String value, String label, long count) {
    public FacetValue {
        Objects.requireNonNull(value, "value");
        label = label == null ? value : label;
    }
}
