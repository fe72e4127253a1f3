package org.hub.api.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps the columns of {@link UserDao#USER_COLUMNS}. Queries that carry two users alias the second
 * set with another prefix and call {@link #map(ResultSet, String)}.
 */
public final class UserRowMapper implements RowMapper<User> {
    @Override
    public User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return map(rs, "u_");
    }

    public static User map(ResultSet rs, String prefix) throws SQLException {
        long departmentId = rs.getLong(prefix + "dept_id");
        Department department = rs.wasNull()
                ? null
                : new Department(departmentId, rs.getString(prefix + "dept_slug"), rs.getString(prefix + "dept_name"));
        return new User(
                rs.getLong(prefix + "id"),
                rs.getString(prefix + "username"),
                rs.getString(prefix + "display_name"),
                rs.getString(prefix + "email"),
                department,
                Role.valueOf(rs.getString(prefix + "role").toUpperCase(java.util.Locale.ROOT)),
                rs.getBoolean(prefix + "active"));
    }
}
