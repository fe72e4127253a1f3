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
    tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
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
