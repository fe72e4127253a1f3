package org.hub.api.common;

import java.util.List;

/** One page of a list: {@code {"items": [...], "nextCursor": "..." | null}}. */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from {@code limit + 1} rows fetched in keyset order: the extra row only proves
     * that another page exists, and the cursor points after the last row shown.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, java.util.function.ToLongFunction<T> keyOf) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> shown = rowsPlusOne.subList(0, limit);
        return new Page<>(shown, Cursor.encode(keyOf.applyAsLong(shown.get(limit - 1))));
    }
}
