package org.hub.api.guidance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hub.api.groups.GroupAccess;
import org.hub.api.threads.Tags;
import org.hub.api.users.UserDao;
import org.hub.api.users.UserRowMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Guidance items and the synonym list. */
@RegisterRowMapper(GuidanceDao.GuidanceMapper.class)
public interface GuidanceDao {
    String SELECT = "SELECT gd.id, gd.slug, gd.title, gd.body, gd.body_html, gd.tags, gd.status, gd.review_by,"
            + " gd.source_post_id, p.thread_id AS source_thread_id, gd.created_at, gd.updated_at, gd.version, "
            + UserDao.USER_COLUMNS + """
             FROM guidance gd
             JOIN users u ON u.id = gd.owner_id
             LEFT JOIN departments d ON d.id = u.department_id
             LEFT JOIN posts p ON p.id = gd.source_post_id
            """;

    @SqlUpdate("""
            INSERT INTO guidance (slug, title, body, body_html, tags, status, review_by, owner_id, source_post_id,
                                  created_at, updated_at, version)
            VALUES (:slug, :title, :body, :bodyHtml, :tags, :status, :reviewBy, :ownerId, :sourcePostId, :now, :now, 1)
            """)
    @GetGeneratedKeys("id")
    long insert(
            String slug,
            String title,
            String body,
            String bodyHtml,
            String tags,
            String status,
            LocalDate reviewBy,
            long ownerId,
            Long sourcePostId,
            Instant now);

    @SqlUpdate("""
            UPDATE guidance SET title = :title, body = :body, body_html = :bodyHtml, tags = :tags, status = :status,
                   review_by = :reviewBy, version = version + 1, updated_at = :now
            WHERE id = :id AND version = :version
            """)
    int update(
            long id,
            int version,
            String title,
            String body,
            String bodyHtml,
            String tags,
            String status,
            LocalDate reviewBy,
            Instant now);

    @SqlQuery(SELECT + " WHERE gd.slug = :slug")
    Optional<Guidance> findBySlug(String slug);

    @SqlQuery(SELECT + " WHERE gd.id IN (<ids>)")
    List<Guidance> findAll(@BindList("ids") Collection<Long> ids);

    @SqlQuery(SELECT + " WHERE gd.id > :after ORDER BY gd.id LIMIT :limit")
    List<Guidance> after(long after, int limit);

    @SqlQuery("SELECT COUNT(*) FROM guidance")
    long count();

    /**
     * Of these answers, the ones the viewer may read: not deleted, in a thread that is not deleted,
     * in a group they may see. Guidance names its source only to them.
     */
    @SqlQuery("""
            SELECT p.id FROM posts p
              JOIN threads t ON t.id = p.thread_id
              JOIN hub_groups g ON g.id = t.group_id
             WHERE p.id IN (<postIds>) AND p.deleted_at IS NULL AND t.deleted_at IS NULL AND
            """ + GroupAccess.VISIBLE_SQL)
    List<Long> readableSources(@BindList("postIds") Collection<Long> postIds, long viewerId, boolean admin);

    @SqlQuery("SELECT COUNT(*) FROM guidance WHERE slug = :slug")
    int countSlug(String slug);

    /**
     * {@code overdueBefore} keeps published items due for review before that day, as {@code overdue}
     * means. It is cast because PostgreSQL's driver sends a date untyped, and {@code ? IS NULL}
     * alone gives the server nothing to infer its type from.
     */
    @SqlQuery(SELECT + """
             WHERE (:includeDrafts OR gd.status <> 'draft')
               AND (:status IS NULL OR gd.status = :status)
               AND (:tag IS NULL OR (' ' || gd.tags || ' ') LIKE ('% ' || :tag || ' %'))
               AND (CAST(:overdueBefore AS DATE) IS NULL
                    OR (gd.status = 'published' AND gd.review_by < CAST(:overdueBefore AS DATE)))
               AND gd.id < :before
             ORDER BY gd.id DESC
             LIMIT :limit
            """)
    List<Guidance> list(
            boolean includeDrafts, String status, String tag, LocalDate overdueBefore, long before, int limit);

    @SqlQuery("SELECT terms FROM synonyms ORDER BY position")
    List<String> synonyms();

    @SqlUpdate("DELETE FROM synonyms")
    void clearSynonyms();

    @SqlUpdate("INSERT INTO synonyms (position, terms) VALUES (:position, :terms)")
    void insertSynonym(int position, String terms);

    /** Leaves {@code overdue} false: the service decides it against its own clock. */
    final class GuidanceMapper implements RowMapper<Guidance> {
        @Override
        public Guidance map(ResultSet rs, StatementContext ctx) throws SQLException {
            long sourcePost = rs.getLong("source_post_id");
            Long sourcePostId = rs.wasNull() ? null : sourcePost;
            long sourceThread = rs.getLong("source_thread_id");
            Long sourceThreadId = rs.wasNull() ? null : sourceThread;
            LocalDate reviewBy = rs.getObject("review_by", LocalDate.class);
            return new Guidance(
                    rs.getLong("id"),
                    rs.getString("slug"),
                    rs.getString("title"),
                    rs.getString("body"),
                    rs.getString("body_html"),
                    Tags.split(rs.getString("tags")),
                    GuidanceStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                    reviewBy,
                    UserRowMapper.map(rs, "u_"),
                    sourcePostId,
                    sourceThreadId,
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("updated_at").toInstant(),
                    rs.getInt("version"),
                    false);
        }
    }
}
