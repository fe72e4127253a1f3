package org.hub.api.auth;

import java.time.Instant;
import java.util.Optional;
import org.hub.api.users.UserDao;
import org.hub.api.users.UserRowMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Personal API tokens, stored by digest. */
public interface TokenDao {
    @SqlUpdate(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (:userId, :name, :tokenHash, :now)")
    @GetGeneratedKeys("id")
    long insert(long userId, String name, String tokenHash, Instant now);

    /** The active user owning a live token: revoked tokens and deactivated users find nothing. */
    @SqlQuery("SELECT t.id AS token_id, " + UserDao.USER_COLUMNS + """
            FROM api_tokens t
            JOIN users u ON u.id = t.user_id
            LEFT JOIN departments d ON d.id = u.department_id
            WHERE t.token_hash = :tokenHash AND t.revoked_at IS NULL AND u.active = TRUE
            """)
    @RegisterRowMapper(TokenOwnerMapper.class)
    Optional<TokenOwner> findOwner(String tokenHash);

    @SqlUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int revoke(long id, Instant now);

    @SqlUpdate("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(long userId, Instant now);

    /** A person's live tokens, newest first: names and dates only, never the digest. */
    @SqlQuery("""
            SELECT id, name, created_at FROM api_tokens
            WHERE user_id = :userId AND revoked_at IS NULL
            ORDER BY created_at DESC, id DESC
            """)
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(LiveToken.class)
    java.util.List<LiveToken> listLive(long userId);

    /** Revokes one of this person's tokens; 0 when it is not theirs or not live, so the caller answers 404. */
    @SqlUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND user_id = :userId AND revoked_at IS NULL")
    int revokeOwn(long id, long userId, Instant now);

    record LiveToken(long id, String name, Instant createdAt) {}

    record TokenOwner(long tokenId, org.hub.api.users.User user) {}

    final class TokenOwnerMapper implements org.jdbi.v3.core.mapper.RowMapper<TokenOwner> {
        @Override
        public TokenOwner map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            return new TokenOwner(rs.getLong("token_id"), UserRowMapper.map(rs, "u_"));
        }
    }
}
