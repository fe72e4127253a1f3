package org.hub.api.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hub.api.users.UserDao;
import org.hub.api.users.UserRowMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The append-only audit log. */
@RegisterRowMapper(AuditDao.AuditRowMapper.class)
public interface AuditDao {
    @SqlUpdate("""
            INSERT INTO audit_log (at, actor_id, action, target, detail)
            VALUES (:at, :actorId, :action, :target, :detail)
            """)
    void append(Instant at, Long actorId, String action, String target, String detail);

    @SqlQuery("SELECT a.id, a.at, a.action, a.target, a.detail, " + UserDao.USER_COLUMNS + """
            FROM audit_log a
            LEFT JOIN users u ON u.id = a.actor_id
            LEFT JOIN departments d ON d.id = u.department_id
            WHERE a.at < :beforeAt OR (a.at = :beforeAt AND a.id < :beforeId)
            ORDER BY a.at DESC, a.id DESC
            LIMIT :limit
            """)
    List<AuditEntry> page(Instant beforeAt, long beforeId, int limit);

    /** When the entry {@code id} happened, or empty when there is no such entry. */
    @SqlQuery("SELECT at FROM audit_log WHERE id = :id")
    java.util.Optional<Instant> atOf(long id);

    final class AuditRowMapper implements RowMapper<AuditEntry> {
        @Override
        public AuditEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
            rs.getLong("u_id");
            var actor = rs.wasNull() ? null : UserRowMapper.map(rs, "u_");
            return new AuditEntry(
                    rs.getLong("id"),
                    rs.getTimestamp("at").toInstant(),
                    actor,
                    rs.getString("action"),
                    rs.getString("target"),
                    rs.getString("detail"));
        }
    }
}
