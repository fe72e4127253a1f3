package org.hub.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One result. {@code snippetHtml} is safe HTML: matches wrapped in {@code <mark>}, all else
 * escaped. Group and department fields are null when the item has none.
 */
public record SearchHit(
        ItemType type,
        long id,
        String title,
        String snippetHtml,
        String url,
        String groupSlug,
        String groupName,
        String departmentSlug,
        String departmentName,
        List<String> tags,
        String authorUsername,
        String authorName,
        Instant createdAt,
        float score,
        long threadId) {
    public SearchHit {
        Objects.requireNonNull(type, "type");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The thread this hit is or belongs to: its own id for a thread, its thread's for a post, else 0. */
    public long threadOf() {
        return switch (type) {
            case THREAD -> id;
            case POST -> threadId;
            default -> 0;
        };
    }

    public String key() {
        return type.wireName() + ":" + id;
    }
}
