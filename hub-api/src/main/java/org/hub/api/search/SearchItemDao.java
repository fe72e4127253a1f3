package org.hub.api.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The rows behind index items, loaded in batches: by id for the outbox tailer, by id range for a
 * full rebuild. Deleted items (or posts of deleted threads) and hidden posts are simply not
 * returned, so the index drops them.
 */
@RegisterConstructorMapper(SearchItemDao.ThreadItemRow.class)
@RegisterConstructorMapper(SearchItemDao.PostItemRow.class)
public interface SearchItemDao {
    String THREAD = """
            SELECT t.id, t.title, t.body, t.tags, t.created_at, t.accepted_post_id,
                   g.id AS group_id, g.slug AS group_slug, g.name AS group_name, g.visibility,
                   u.username, u.display_name, d.slug AS dept_slug, d.name AS dept_name
            FROM threads t
            JOIN hub_groups g ON g.id = t.group_id
            JOIN users u ON u.id = t.author_id
            LEFT JOIN departments d ON d.id = u.department_id
            WHERE t.deleted_at IS NULL
            """;

    String POST = """
            SELECT p.id, p.thread_id, p.body, p.created_at, t.title, t.tags, t.accepted_post_id,
                   (SELECT COUNT(*) FROM guidance gd WHERE gd.source_post_id = p.id AND gd.status = 'published') AS promotions,
                   g.id AS group_id, g.slug AS group_slug, g.name AS group_name, g.visibility,
                   u.username, u.display_name, d.slug AS dept_slug, d.name AS dept_name
            FROM posts p
            JOIN threads t ON t.id = p.thread_id
            JOIN hub_groups g ON g.id = t.group_id
            JOIN users u ON u.id = p.author_id
            LEFT JOIN departments d ON d.id = u.department_id
            WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL AND p.hidden_at IS NULL
            """;

    record ThreadItemRow(
            long id,
            String title,
            String body,
            String tags,
            Instant createdAt,
            Long acceptedPostId,
            long groupId,
            String groupSlug,
            String groupName,
            String visibility,
            String username,
            String displayName,
            String deptSlug,
            String deptName) {}

    record PostItemRow(
            long id,
            long threadId,
            String body,
            Instant createdAt,
            String title,
            String tags,
            Long acceptedPostId,
            long promotions,
            long groupId,
            String groupSlug,
            String groupName,
            String visibility,
            String username,
            String displayName,
            String deptSlug,
            String deptName) {}

    @SqlQuery(THREAD + " AND t.id IN (<ids>)")
    List<ThreadItemRow> threads(@BindList("ids") Collection<Long> ids);

    @SqlQuery(THREAD + " AND t.id > :after ORDER BY t.id LIMIT :limit")
    List<ThreadItemRow> threadsAfter(long after, int limit);

    @SqlQuery(POST + " AND p.id IN (<ids>)")
    List<PostItemRow> posts(@BindList("ids") Collection<Long> ids);

    @SqlQuery(POST + " AND p.id > :after ORDER BY p.id LIMIT :limit")
    List<PostItemRow> postsAfter(long after, int limit);

    @SqlQuery("SELECT COUNT(*) FROM threads WHERE deleted_at IS NULL")
    long countThreads();

    @SqlQuery("SELECT COUNT(*) FROM posts p JOIN threads t ON t.id = p.thread_id"
            + " WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL AND p.hidden_at IS NULL")
    long countPosts();
}
