package org.hub.api.auth;

import java.time.Instant;
import java.util.Optional;
import org.hub.api.users.UserDao;
import org.hub.api.users.UserRowMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Server-side browser sessions, stored by digest. */
public interface SessionDao {
    @SqlUpdate("""
            INSERT INTO sessions (user_id, session_hash, csrf_token, created_at, expires_at)
            VALUES (:userId, :sessionHash, :csrfToken, :now, :expiresAt)
            """)
    @GetGeneratedKeys("id")
    long insert(long userId, String sessionHash, String csrfToken, Instant now, Instant expiresAt);

    /** The active user of a live, unexpired session. */
    @SqlQuery("SELECT s.id AS session_id, s.csrf_token AS csrf_token, " + UserDao.USER_COLUMNS + """
            FROM sessions s
            JOIN users u ON u.id = s.user_id
            LEFT JOIN departments d ON d.id = u.department_id
            WHERE s.session_hash = :sessionHash AND s.revoked_at IS NULL AND s.expires_at > :now AND u.active = TRUE
            """)
    @RegisterRowMapper(SessionOwnerMapper.class)
    Optional<SessionOwner> findOwner(String sessionHash, Instant now);

    @SqlUpdate("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int revoke(long id, Instant now);

    @SqlUpdate("UPDATE sessions SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(long userId, Instant now);

    /** A person's live sessions, newest first: what "my sessions" lists. */
    @SqlQuery("""
            SELECT id, created_at, expires_at FROM sessions
            WHERE user_id = :userId AND revoked_at IS NULL AND expires_at > :now
            ORDER BY created_at DESC, id DESC
            """)
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(LiveSession.class)
    java.util.List<LiveSession> listLive(long userId, Instant now);

    /** Revokes one of this person's sessions; 0 when it is not theirs or not live, so the caller answers 404. */
    @SqlUpdate("UPDATE sessions SET revoked_at = :now WHERE id = :id AND user_id = :userId AND revoked_at IS NULL")
    int revokeOwn(long id, long userId, Instant now);

    @SqlUpdate("""
            UPDATE sessions SET revoked_at = :now
            WHERE user_id = :userId AND id <> :keepId AND revoked_at IS NULL
            """)
    int revokeAllOfExcept(long userId, long keepId, Instant now);

    record LiveSession(long id, Instant createdAt, Instant expiresAt) {}

    record SessionOwner(long sessionId, String csrfToken, org.hub.api.users.User user) {}

    final class SessionOwnerMapper implements org.jdbi.v3.core.mapper.RowMapper<SessionOwner> {
        @Override
        public SessionOwner map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            return new SessionOwner(rs.getLong("session_id"), rs.getString("csrf_token"), UserRowMapper.map(rs, "u_"));
        }
    }
}
