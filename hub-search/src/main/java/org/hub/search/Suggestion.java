package org.hub.search;

import java.util.Objects;

/** An as-you-type title suggestion. */
public record Suggestion(ItemType type, long id, String title, String url) {
    public Suggestion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
    }
}
