package org.hub.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the application hands the index for one item. For a post, {@code title} is its thread's
 * title (context for matching) and {@code threadId} its thread; for other types threadId is 0.
 * {@code answered}: a thread with an accepted answer, or the accepted post. {@code promoted}:
 * published guidance or a promoted post. {@code archived}: archived guidance, only returned when
 * a search asks for guidance alone. An item with no access tokens is visible to nobody.
 *
 * <p>Build one with {@link #builder(ItemType, long)}: eighteen positional arguments, several of
 * them strings or booleans side by side, are too easy to swap.
 */
public record IndexedItem(
        ItemType type,
        long id,
        String title,
        String body,
        List<String> tags,
        String groupSlug,
        String groupName,
        String departmentSlug,
        String departmentName,
        String authorUsername,
        String authorName,
        Instant createdAt,
        String url,
        Set<String> accessTokens,
        boolean answered,
        boolean promoted,
        boolean archived,
        long threadId) {

    public IndexedItem {
        Objects.requireNonNull(type, "type");
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive: " + id);
        }
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        tags = tags == null
                ? List.of()
                : tags.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        groupSlug = blankToNull(groupSlug);
        groupName = groupSlug == null ? null : (isBlank(groupName) ? groupSlug : groupName);
        departmentSlug = blankToNull(departmentSlug);
        departmentName = departmentSlug == null ? null : (isBlank(departmentName) ? departmentSlug : departmentName);
        if (type != ItemType.GUIDANCE && groupSlug == null) {
            throw new IllegalArgumentException(type.wireName() + " " + id + " needs a group");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(url, "url");
        accessTokens = accessTokens == null ? Set.of() : Set.copyOf(accessTokens);
        if (type == ItemType.POST && threadId <= 0) {
            throw new IllegalArgumentException("post " + id + " needs its thread id");
        }
        if (type != ItemType.POST && threadId != 0) {
            throw new IllegalArgumentException(type.wireName() + " " + id + " cannot have a thread id");
        }
        if (archived && type != ItemType.GUIDANCE) {
            throw new IllegalArgumentException("only guidance can be archived");
        }
    }

    /** A builder for the item {@code type}:{@code id}; title, creation time and url are required. */
    public static Builder builder(ItemType type, long id) {
        return new Builder(type, id);
    }

    /** Names every field of an item; {@link #build()} validates them as the constructor does. */
    public static final class Builder {
        private final ItemType type;
        private final long id;
        private String title;
        private String body;
        private List<String> tags;
        private String groupSlug;
        private String groupName;
        private String departmentSlug;
        private String departmentName;
        private String authorUsername;
        private String authorName;
        private Instant createdAt;
        private String url;
        private Set<String> accessTokens;
        private boolean answered;
        private boolean promoted;
        private boolean archived;
        private long threadId;

        private Builder(ItemType type, long id) {
            this.type = type;
            this.id = id;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /** The group the item belongs to (none for guidance); a blank name shows the slug. */
        public Builder group(String slug, String name) {
            this.groupSlug = slug;
            this.groupName = name;
            return this;
        }

        /** The department the item is filed under, if any; a blank name shows the slug. */
        public Builder department(String slug, String name) {
            this.departmentSlug = slug;
            this.departmentName = name;
            return this;
        }

        public Builder author(String username, String name) {
            this.authorUsername = username;
            this.authorName = name;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Who may see the item; none means nobody. */
        public Builder accessTokens(Set<String> accessTokens) {
            this.accessTokens = accessTokens;
            return this;
        }

        public Builder answered(boolean answered) {
            this.answered = answered;
            return this;
        }

        public Builder promoted(boolean promoted) {
            this.promoted = promoted;
            return this;
        }

        /** Only guidance can be archived. */
        public Builder archived(boolean archived) {
            this.archived = archived;
            return this;
        }

        /** A post's thread; required for posts, refused for other types. */
        public Builder threadId(long threadId) {
            this.threadId = threadId;
            return this;
        }

        public IndexedItem build() {
            return new IndexedItem(
                    type,
                    id,
                    title,
                    body,
                    tags,
                    groupSlug,
                    groupName,
                    departmentSlug,
                    departmentName,
                    authorUsername,
                    authorName,
                    createdAt,
                    url,
                    accessTokens,
                    answered,
                    promoted,
                    archived,
                    threadId);
        }
    }

    /** The index's unique key for this item, e.g. {@code thread:42}. */
    public String key() {
        return key(type, id);
    }

    public static String key(ItemType type, long id) {
        return type.wireName() + ":" + id;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
