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
    return new IndexedItem(ItemType.THREAD, id, title, body, List.of(), "hr", "Human Resources", "dept-a", "Department A",
        "alice", "Alice A", T0.plusSeconds(id), "/threads/" + id, access, false, false, false, 0);
  }

  static IndexedItem item(ItemType type, long id, String title, String body, List<String> tags, String group, String groupName,
      Set<String> access, boolean answered, boolean promoted) {
    return new IndexedItem(type, id, title, body, tags, group, groupName, "dept-a", "Department A", "alice", "Alice A",
        T0.plusSeconds(id), "/" + type.wireName() + "/" + id, access, answered, promoted, false, type == ItemType.POST ? 1 : 0);
  }

  static IndexedItem post(long id, long threadId, String threadTitle, String body, Set<String> access) {
    return new IndexedItem(ItemType.POST, id, threadTitle, body, List.of(), "hr", "Human Resources", "dept-a", "Department A",
        "bob", "Bob B", T0.plusSeconds(id), "/threads/" + threadId + "#post-" + id, access, false, false, false, threadId);
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
