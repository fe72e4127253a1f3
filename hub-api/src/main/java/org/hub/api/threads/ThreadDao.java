package org.hub.api.threads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupAccess;
import org.hub.api.users.UserDao;
import org.hub.api.users.UserRowMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Threads, posts, revisions and thanks. Deleted rows are never read back. */
@RegisterConstructorMapper(ThreadRow.class)
@RegisterConstructorMapper(PostRow.class)
@RegisterRowMapper(ThreadDao.SummaryMapper.class)
@RegisterRowMapper(ThreadDao.PostMapper.class)
@RegisterRowMapper(ThreadDao.RevisionMapper.class)
public interface ThreadDao {
    String SUMMARY = "SELECT t.id, t.kind, t.title, t.tags, t.created_at, t.updated_at, t.version, t.accepted_post_id,"
            + " g.slug AS group_slug, g.name AS group_name,"
            // Hidden posts are not counted: a count must not tell members of posts they cannot read.
            + " (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL)"
            + " AS post_count, "
            + UserDao.USER_COLUMNS + """
             FROM threads t
             JOIN hub_groups g ON g.id = t.group_id
             JOIN users u ON u.id = t.author_id
             LEFT JOIN departments d ON d.id = u.department_id
            WHERE t.deleted_at IS NULL
            """;

    String FILTERS = """
             AND (:kind IS NULL OR t.kind = :kind)
             AND (:unanswered = FALSE OR (t.kind = 'question' AND t.accepted_post_id IS NULL))
             AND t.id < :before
            ORDER BY t.id DESC
            LIMIT :limit
            """;

    @SqlUpdate("""
            INSERT INTO threads (group_id, kind, title, body, body_html, tags, author_id, created_at, updated_at, version)
            VALUES (:groupId, :kind, :title, :body, :bodyHtml, :tags, :authorId, :now, :now, 1)
            """)
    @GetGeneratedKeys("id")
    long insertThread(
            long groupId,
            String kind,
            String title,
            String body,
            String bodyHtml,
            String tags,
            long authorId,
            Instant now);

    @SqlQuery("""
            SELECT id, group_id, kind, title, body, tags, author_id, version, accepted_post_id, created_at,
                   locked_at IS NOT NULL AS locked
            FROM threads WHERE id = :id AND deleted_at IS NULL
            """)
    Optional<ThreadRow> findRow(long id);

    @SqlQuery(SUMMARY + " AND t.id = :id")
    Optional<ThreadSummary> findSummary(long id);

    @SqlQuery("SELECT body, body_html FROM threads WHERE id = :id")
    @RegisterConstructorMapper(Bodies.class)
    Bodies bodies(long id);

    record Bodies(String body, String bodyHtml) {}

    /** Guidance promoted from this thread's answers (drafts only when asked for). */
    @SqlQuery("""
            SELECT gd.slug, gd.title FROM guidance gd JOIN posts p ON p.id = gd.source_post_id
            WHERE p.thread_id = :threadId AND (:includeDrafts OR gd.status <> 'draft')
            ORDER BY gd.id
            """)
    @RegisterConstructorMapper(HubThread.GuidanceRef.class)
    List<HubThread.GuidanceRef> promotedGuidance(long threadId, boolean includeDrafts);

    @SqlQuery(SUMMARY + " AND t.group_id = :groupId" + FILTERS)
    List<ThreadSummary> listInGroup(long groupId, String kind, boolean unanswered, long before, int limit);

    /** Questions in every group the viewer may see, optionally only those asked from one department. */
    @SqlQuery(SUMMARY + " AND " + GroupAccess.VISIBLE_SQL + """
             AND (:department IS NULL OR d.slug = :department)
            """ + FILTERS)
    List<ThreadSummary> listVisible(
            long viewerId, boolean admin, String department, String kind, boolean unanswered, long before, int limit);

    @SqlUpdate("""
            UPDATE threads SET title = :title, body = :body, body_html = :bodyHtml, tags = :tags,
                   version = version + 1, updated_at = :now
            WHERE id = :id AND version = :version AND deleted_at IS NULL
            """)
    int updateThread(long id, int version, String title, String body, String bodyHtml, String tags, Instant now);

    @SqlUpdate("UPDATE threads SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")
    int deleteThread(long id, Instant now);

    @SqlUpdate("UPDATE threads SET accepted_post_id = :postId, updated_at = :now WHERE id = :id")
    int setAccepted(long id, Long postId, Instant now);

    @SqlUpdate("""
            INSERT INTO posts (thread_id, body, body_html, author_id, created_at, updated_at, version)
            VALUES (:threadId, :body, :bodyHtml, :authorId, :now, :now, 1)
            """)
    @GetGeneratedKeys("id")
    long insertPost(long threadId, String body, String bodyHtml, long authorId, Instant now);

    @SqlQuery("""
            SELECT id, thread_id, author_id, version, hidden_at IS NOT NULL AS hidden, hidden_reason
            FROM posts WHERE id = :id AND deleted_at IS NULL
            """)
    Optional<PostRow> findPostRow(long id);

    /** Every live post of the thread, hidden ones included: what a change of the thread reindexes. */
    @SqlQuery("SELECT id FROM posts WHERE thread_id = :threadId AND deleted_at IS NULL ORDER BY id")
    List<Long> postIds(long threadId);

    String POST = "SELECT p.id, p.thread_id, p.body, p.body_html, p.created_at, p.updated_at, p.version,"
            + " (SELECT COUNT(*) FROM thanks th WHERE th.post_id = p.id) AS thanks,"
            + " (SELECT COUNT(*) FROM thanks mine WHERE mine.post_id = p.id AND mine.user_id = :viewerId) AS thanked_by_me,"
            + " p.hidden_at IS NOT NULL AS hidden, "
            + UserDao.USER_COLUMNS + """
             FROM posts p
             JOIN users u ON u.id = p.author_id
             LEFT JOIN departments d ON d.id = u.department_id
            WHERE p.deleted_at IS NULL AND (:withHidden OR p.hidden_at IS NULL)
            """;

    /** The thread's posts; hidden ones only {@code withHidden}, for its moderators. */
    @SqlQuery(POST + " AND p.thread_id = :threadId ORDER BY p.id")
    List<Post> posts(long threadId, long viewerId, boolean withHidden);

    @SqlQuery(POST + " AND p.id = :id")
    Optional<Post> findPost(long id, long viewerId, boolean withHidden);

    @SqlUpdate("""
            UPDATE posts SET body = :body, body_html = :bodyHtml, version = version + 1, updated_at = :now
            WHERE id = :id AND version = :version AND deleted_at IS NULL
            """)
    int updatePost(long id, int version, String body, String bodyHtml, Instant now);

    /** Thanks on a person's answers that still stand: a count only, so no hidden content shows through. */
    @SqlQuery("""
            SELECT COUNT(*) FROM thanks th JOIN posts p ON p.id = th.post_id
            WHERE p.author_id = :authorId AND p.deleted_at IS NULL AND p.hidden_at IS NULL
            """)
    long thanksReceived(long authorId);

    @SqlUpdate("UPDATE posts SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")
    int deletePost(long id, Instant now);

    @SqlUpdate("""
            INSERT INTO thanks (post_id, user_id, created_at)
            SELECT :postId, :userId, :now WHERE NOT EXISTS (
                SELECT 1 FROM thanks WHERE post_id = :postId AND user_id = :userId)
            """)
    int thank(long postId, long userId, Instant now);

    @SqlUpdate("DELETE FROM thanks WHERE post_id = :postId AND user_id = :userId")
    int unthank(long postId, long userId);

    @SqlUpdate("UPDATE threads SET locked_at = :lockedAt WHERE id = :id AND deleted_at IS NULL")
    int setLocked(long id, Instant lockedAt);

    @SqlUpdate("UPDATE threads SET group_id = :groupId, updated_at = :now WHERE id = :id AND deleted_at IS NULL")
    int moveThread(long id, long groupId, Instant now);

    /** Hides a post; {@code reason} is {@code moderator} or {@code personal_data} (the flag threshold). */
    @SqlUpdate("""
            UPDATE posts SET hidden_at = :now, hidden_reason = :reason
            WHERE id = :id AND deleted_at IS NULL AND hidden_at IS NULL
            """)
    int hidePost(long id, String reason, Instant now);

    @SqlUpdate("UPDATE posts SET hidden_at = NULL, hidden_reason = NULL WHERE id = :id AND hidden_at IS NOT NULL")
    int unhidePost(long id);

    @SqlUpdate("""
            INSERT INTO revisions (thread_id, post_id, version, editor_id, edited_at, title, body)
            VALUES (:threadId, :postId, :version, :editorId, :now, :title, :body)
            """)
    void insertRevision(long threadId, Long postId, int version, long editorId, Instant now, String title, String body);

    @SqlQuery("SELECT r.id, r.post_id, r.version, r.edited_at, r.title, r.body, " + UserDao.USER_COLUMNS + """
             FROM revisions r
             JOIN users u ON u.id = r.editor_id
             LEFT JOIN departments d ON d.id = u.department_id
             LEFT JOIN posts p ON p.id = r.post_id
            WHERE r.thread_id = :threadId AND (r.post_id IS NULL OR (p.deleted_at IS NULL
                   AND (:withHidden OR p.hidden_at IS NULL))) AND r.id > :after
            ORDER BY r.id
            LIMIT :limit
            """)
    List<Revision> revisions(long threadId, long after, int limit, boolean withHidden);

    final class SummaryMapper implements RowMapper<ThreadSummary> {
        @Override
        public ThreadSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
            long accepted = rs.getLong("accepted_post_id");
            Long acceptedPostId = rs.wasNull() ? null : accepted;
            return new ThreadSummary(
                    rs.getLong("id"),
                    new Group.GroupRef(rs.getString("group_slug"), rs.getString("group_name")),
                    ThreadKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                    rs.getString("title"),
                    Tags.split(rs.getString("tags")),
                    UserRowMapper.map(rs, "u_"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("updated_at").toInstant(),
                    rs.getInt("version"),
                    acceptedPostId,
                    rs.getLong("post_count"));
        }
    }

    final class PostMapper implements RowMapper<Post> {
        @Override
        public Post map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Post(
                    rs.getLong("id"),
                    rs.getLong("thread_id"),
                    rs.getString("body"),
                    rs.getString("body_html"),
                    UserRowMapper.map(rs, "u_"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("updated_at").toInstant(),
                    rs.getInt("version"),
                    rs.getLong("thanks"),
                    false,
                    rs.getLong("thanked_by_me") > 0,
                    rs.getBoolean("hidden"));
        }
    }

    final class RevisionMapper implements RowMapper<Revision> {
        @Override
        public Revision map(ResultSet rs, StatementContext ctx) throws SQLException {
            // wasNull() speaks of the last column read, so post_id is settled before any other.
            long post = rs.getLong("post_id");
            Long postId = rs.wasNull() ? null : post;
            return new Revision(
                    rs.getLong("id"),
                    postId,
                    rs.getInt("version"),
                    UserRowMapper.map(rs, "u_"),
                    rs.getTimestamp("edited_at").toInstant(),
                    rs.getString("title"),
                    rs.getString("body"));
        }
    }
}
