package org.hub.api.threads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hub.api.users.UserDao;
import org.hub.api.users.UserRowMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Flags on posts: raising them, the per-group queue of open ones, decisions, and who is to be told. */
@RegisterRowMapper(FlagDao.FlagMapper.class)
@RegisterRowMapper(FlagDao.FlaggedPostMapper.class)
@RegisterRowMapper(FlagDao.NoticeMapper.class)
public interface FlagDao {
    String FLAG = """
            SELECT f.id, f.post_id, p.thread_id, f.reason, f.created_at, f.outcome, f.decided_at
            FROM flags f JOIN posts p ON p.id = f.post_id
            """;

    /** Open flags per reason, one column each, read by {@link FlaggedPostMapper}. */
    String REASON_COUNTS = " (SELECT COUNT(*) FROM flags f WHERE f.post_id = p.id AND f.outcome IS NULL"
            + " AND f.reason = 'wrong_or_outdated') AS reason_wrong_or_outdated,"
            + " (SELECT COUNT(*) FROM flags f WHERE f.post_id = p.id AND f.outcome IS NULL"
            + " AND f.reason = 'off_topic') AS reason_off_topic,"
            + " (SELECT COUNT(*) FROM flags f WHERE f.post_id = p.id AND f.outcome IS NULL"
            + " AND f.reason = 'personal_data') AS reason_personal_data,"
            + " (SELECT COUNT(*) FROM flags f WHERE f.post_id = p.id AND f.outcome IS NULL"
            + " AND f.reason = 'offensive') AS reason_offensive, ";

    /** Adds the flag unless this person flagged this post before; answers the rows inserted. */
    @SqlUpdate("""
            INSERT INTO flags (post_id, flagger_id, reason, created_at)
            SELECT :postId, :flaggerId, :reason, :now WHERE NOT EXISTS (
                SELECT 1 FROM flags WHERE post_id = :postId AND flagger_id = :flaggerId)
            """)
    int insert(long postId, long flaggerId, String reason, Instant now);

    @SqlQuery(FLAG + " WHERE f.post_id = :postId AND f.flagger_id = :flaggerId")
    Optional<Flag> find(long postId, long flaggerId);

    /** How many different people have an open flag with this reason on the post. */
    @SqlQuery("SELECT COUNT(*) FROM flags WHERE post_id = :postId AND reason = :reason AND outcome IS NULL")
    long openWithReason(long postId, String reason);

    @SqlQuery("SELECT COUNT(*) FROM flags WHERE post_id = :postId AND outcome IS NULL")
    long open(long postId);

    /** Settles every open flag of the post with one outcome. */
    /** Who flagged the post and has not had an answer yet. */
    @SqlQuery("SELECT flagger_id FROM flags WHERE post_id = :postId AND outcome IS NULL ORDER BY id")
    List<Long> openFlaggers(long postId);

    @SqlUpdate("""
            UPDATE flags SET outcome = :outcome, decided_by = :deciderId, decided_at = :now
            WHERE post_id = :postId AND outcome IS NULL
            """)
    int decideOpen(long postId, String outcome, long deciderId, Instant now);

    /** A person's own flags, newest first. */
    @SqlQuery(FLAG + " WHERE f.flagger_id = :flaggerId AND f.id < :before ORDER BY f.id DESC LIMIT :limit")
    List<Flag> byFlagger(long flaggerId, long before, int limit);

    /** Posts of one group with open flags, newest post first; deleted posts and threads leave the queue. */
    @SqlQuery("SELECT p.id AS post_id, p.thread_id, t.title AS thread_title, p.body, p.body_html,"
            + " p.hidden_at IS NOT NULL AS hidden,"
            + " (SELECT MIN(f.created_at) FROM flags f WHERE f.post_id = p.id AND f.outcome IS NULL) AS first_flagged_at,"
            + REASON_COUNTS + UserDao.USER_COLUMNS + """
             FROM posts p
             JOIN threads t ON t.id = p.thread_id
             JOIN users u ON u.id = p.author_id
             LEFT JOIN departments d ON d.id = u.department_id
            WHERE t.group_id = :groupId AND p.deleted_at IS NULL AND t.deleted_at IS NULL AND p.id < :before
              AND EXISTS (SELECT 1 FROM flags f WHERE f.post_id = p.id AND f.outcome IS NULL)
            ORDER BY p.id DESC
            LIMIT :limit
            """)
    List<FlaggedPost> queue(long groupId, long before, int limit);

    /** Decided flags whose flagger has not been told, oldest decision first. */
    @SqlQuery("""
            SELECT f.id, f.flagger_id, f.post_id, p.thread_id, f.outcome, f.decided_at
            FROM flags f JOIN posts p ON p.id = f.post_id
            WHERE f.outcome IS NOT NULL AND f.notified_at IS NULL
            ORDER BY f.decided_at, f.id
            LIMIT :limit
            """)
    List<FlagOutcomeNotice> undelivered(int limit);

    @SqlUpdate("UPDATE flags SET notified_at = :now WHERE id IN (<ids>) AND notified_at IS NULL")
    int markNotified(@BindList("ids") List<Long> ids, Instant now);

    final class FlagMapper implements RowMapper<Flag> {
        @Override
        public Flag map(ResultSet rs, StatementContext ctx) throws SQLException {
            String outcome = rs.getString("outcome");
            var decided = rs.getTimestamp("decided_at");
            return new Flag(
                    rs.getLong("id"),
                    rs.getLong("post_id"),
                    rs.getLong("thread_id"),
                    FlagReason.fromWire(rs.getString("reason")),
                    rs.getTimestamp("created_at").toInstant(),
                    outcome == null ? null : FlagOutcome.fromWire(outcome),
                    decided == null ? null : decided.toInstant());
        }
    }

    final class FlaggedPostMapper implements RowMapper<FlaggedPost> {
        @Override
        public FlaggedPost map(ResultSet rs, StatementContext ctx) throws SQLException {
            Map<FlagReason, Long> reasons = new EnumMap<>(FlagReason.class);
            long total = 0;
            for (FlagReason reason : FlagReason.values()) {
                long count = rs.getLong("reason_" + reason.wireName());
                total += count;
                if (count > 0) {
                    reasons.put(reason, count);
                }
            }
            return new FlaggedPost(
                    rs.getLong("post_id"),
                    rs.getLong("thread_id"),
                    rs.getString("thread_title"),
                    rs.getString("body"),
                    rs.getString("body_html"),
                    UserRowMapper.map(rs, "u_"),
                    total,
                    reasons,
                    rs.getBoolean("hidden"),
                    rs.getTimestamp("first_flagged_at").toInstant());
        }
    }

    final class NoticeMapper implements RowMapper<FlagOutcomeNotice> {
        @Override
        public FlagOutcomeNotice map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FlagOutcomeNotice(
                    rs.getLong("id"),
                    rs.getLong("flagger_id"),
                    rs.getLong("post_id"),
                    rs.getLong("thread_id"),
                    FlagOutcome.fromWire(rs.getString("outcome")),
                    rs.getTimestamp("decided_at").toInstant());
        }
    }
}
