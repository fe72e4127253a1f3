package org.hub.api.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.documents.DocumentDao;
import org.hub.api.guidance.Guidance;
import org.hub.api.guidance.GuidanceDao;
import org.hub.api.guidance.GuidanceStatus;
import org.hub.api.outbox.AccessTokens;
import org.hub.api.threads.Tags;
import org.hub.api.users.User;
import org.hub.search.IndexedItem;
import org.hub.search.ItemType;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns database rows into {@link IndexedItem}s: plain text of the Markdown, the group's access
 * token, the answered flags, and the item's page URL. The one place that knows both schemas.
 */
public final class ItemLoader {
    private final Jdbi jdbi;
    private final MarkdownRenderer markdown;

    public ItemLoader(Jdbi jdbi, MarkdownRenderer markdown) {
        this.jdbi = jdbi;
        this.markdown = markdown;
    }

    /** The live items among these ids of one type; deleted or missing ids are left out. */
    public List<IndexedItem> load(ItemType type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SearchItemDao dao = jdbi.onDemand(SearchItemDao.class);
        return switch (type) {
            case THREAD -> dao.threads(ids).stream().map(this::thread).toList();
            case POST -> dao.posts(ids).stream().map(this::post).toList();
            case DOCUMENT -> documents(jdbi.onDemand(DocumentDao.class).findAll(ids));
            case GUIDANCE ->
                jdbi.onDemand(GuidanceDao.class).findAll(ids).stream()
                        .map(this::guidance)
                        .toList();
        };
    }

    /** A batch of live items of one type with ids above {@code afterId}, in id order, for a rebuild. */
    public List<IndexedItem> batchAfter(ItemType type, long afterId, int limit) {
        SearchItemDao dao = jdbi.onDemand(SearchItemDao.class);
        return switch (type) {
            case THREAD ->
                dao.threadsAfter(afterId, limit).stream().map(this::thread).toList();
            case POST -> dao.postsAfter(afterId, limit).stream().map(this::post).toList();
            case DOCUMENT -> documents(jdbi.onDemand(DocumentDao.class).after(afterId, limit));
            case GUIDANCE ->
                jdbi.onDemand(GuidanceDao.class).after(afterId, limit).stream()
                        .map(this::guidance)
                        .toList();
        };
    }

    public long countLive(ItemType type) {
        SearchItemDao dao = jdbi.onDemand(SearchItemDao.class);
        return switch (type) {
            case THREAD -> dao.countThreads();
            case POST -> dao.countPosts();
            case DOCUMENT -> jdbi.onDemand(DocumentDao.class).countLive();
            case GUIDANCE -> jdbi.onDemand(GuidanceDao.class).count();
        };
    }

    IndexedItem thread(SearchItemDao.ThreadItemRow row) {
        return IndexedItem.builder(ItemType.THREAD, row.id())
                .title(row.title())
                .body(markdown.toPlainText(row.body()))
                .tags(Tags.split(row.tags()))
                .group(row.groupSlug(), row.groupName())
                .department(row.deptSlug(), row.deptName())
                .author(row.username(), row.displayName())
                .createdAt(row.createdAt())
                .url("/threads/" + row.id())
                .accessTokens(accessTokens(row.groupId()))
                .answered(row.acceptedPostId() != null)
                .build();
    }

    IndexedItem post(SearchItemDao.PostItemRow row) {
        boolean accepted = row.acceptedPostId() != null && row.acceptedPostId() == row.id();
        return IndexedItem.builder(ItemType.POST, row.id())
                .title(row.title())
                .body(markdown.toPlainText(row.body()))
                .tags(Tags.split(row.tags()))
                .group(row.groupSlug(), row.groupName())
                .department(row.deptSlug(), row.deptName())
                .author(row.username(), row.displayName())
                .createdAt(row.createdAt())
                .url("/threads/" + row.threadId() + "#post-" + row.id())
                .accessTokens(accessTokens(row.groupId()))
                .answered(accepted)
                .promoted(row.promotions() > 0)
                .threadId(row.threadId())
                .build();
    }

    /** Documents with the extracted text of their current version appended to the description. */
    private List<IndexedItem> documents(List<DocumentDao.Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, String> texts = new HashMap<>();
        jdbi.onDemand(DocumentDao.class)
                .currentTexts(heads.stream().map(DocumentDao.Head::id).toList())
                .forEach(t -> texts.put(t.documentId(), t.extractedText() == null ? "" : t.extractedText()));
        return heads.stream()
                .map(head -> {
                    String extracted = texts.getOrDefault(head.id(), "").strip();
                    String text = head.description().isBlank() ? extracted : head.description() + "\n\n" + extracted;
                    User uploader = head.uploadedBy();
                    return IndexedItem.builder(ItemType.DOCUMENT, head.id())
                            .title(head.title())
                            .body(text)
                            .tags(Tags.split(head.tags()))
                            .group(head.groupSlug(), head.groupName())
                            .department(deptSlug(uploader), deptName(uploader))
                            .author(uploader.username(), uploader.displayName())
                            .createdAt(head.createdAt())
                            .url("/documents/" + head.id())
                            .accessTokens(accessTokens(head.groupId()))
                            .build();
                })
                .toList();
    }

    /**
     * Guidance: published and archived items are for everyone; drafts carry the curators' token so
     * that only curators find them. Archived items are flagged to leave default searches.
     */
    IndexedItem guidance(Guidance g) {
        Set<String> tokens =
                g.status() == GuidanceStatus.DRAFT ? Set.of(AccessTokens.CURATORS) : Set.of(AccessTokens.EVERYONE);
        User owner = g.owner();
        return IndexedItem.builder(ItemType.GUIDANCE, g.id())
                .title(g.title())
                .body(markdown.toPlainText(g.body()))
                .tags(g.tags())
                .department(deptSlug(owner), deptName(owner))
                .author(owner.username(), owner.displayName())
                .createdAt(g.createdAt())
                .url("/guidance/" + g.slug())
                .accessTokens(tokens)
                .promoted(g.status() == GuidanceStatus.PUBLISHED)
                .archived(g.status() == GuidanceStatus.ARCHIVED)
                .build();
    }

    private static String deptSlug(User user) {
        return user.department() == null ? null : user.department().slug();
    }

    private static String deptName(User user) {
        return user.department() == null ? null : user.department().name();
    }

    private static Set<String> accessTokens(long groupId) {
        return Set.of(AccessTokens.group(groupId));
    }
}
