package org.hub.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Small builders for test items and indexes. */
final class Items {
    static final Set<String> ALL = Set.of("all");
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private Items() {}

    static SearchIndex newIndex() {
        return SearchIndex.open(new ByteBuffersDirectory(), SearchIndexOptions.defaults());
    }

    static IndexedItem thread(long id, String title, String body) {
        return thread(id, title, body, ALL);
    }

    static IndexedItem thread(long id, String title, String body, Set<String> access) {
        return IndexedItem.builder(ItemType.THREAD, id)
                .title(title)
                .body(body)
                .group("hr", "Human Resources")
                .department("dept-a", "Department A")
                .author("alice", "Alice A")
                .createdAt(T0.plusSeconds(id))
                .url("/threads/" + id)
                .accessTokens(access)
                .build();
    }

    static IndexedItem item(
            ItemType type,
            long id,
            String title,
            String body,
            List<String> tags,
            String group,
            String groupName,
            Set<String> access,
            boolean answered,
            boolean promoted) {
        return IndexedItem.builder(type, id)
                .title(title)
                .body(body)
                .tags(tags)
                .group(group, groupName)
                .department("dept-a", "Department A")
                .author("alice", "Alice A")
                .createdAt(T0.plusSeconds(id))
                .url("/" + type.wireName() + "/" + id)
                .accessTokens(access)
                .answered(answered)
                .promoted(promoted)
                .threadId(type == ItemType.POST ? 1 : 0)
                .build();
    }

    static IndexedItem post(long id, long threadId, String threadTitle, String body, Set<String> access) {
        return IndexedItem.builder(ItemType.POST, id)
                .title(threadTitle)
                .body(body)
                .group("hr", "Human Resources")
                .department("dept-a", "Department A")
                .author("bob", "Bob B")
                .createdAt(T0.plusSeconds(id))
                .url("/threads/" + threadId + "#post-" + id)
                .accessTokens(access)
                .threadId(threadId)
                .build();
    }

    static SearchRequest request(String text, Set<String> tokens) {
        return SearchRequest.of(text, tokens);
    }

    static List<String> keys(SearchResults r) {
        return r.hits().stream().map(SearchHit::key).toList();
    }

    static void addAll(SearchIndex index, IndexedItem... items) {
        for (IndexedItem i : items) {
            index.upsert(i);
        }
        index.refreshNow();
    }
}
