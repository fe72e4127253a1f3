package org.hub.api.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** People and their password hashes. */
@RegisterRowMapper(UserRowMapper.class)
public interface UserDao {
    /**
     * The columns {@link UserRowMapper} reads, for a user aliased {@code u} joined to its department
     * aliased {@code d}. Other features' queries embed this to carry authors and actors.
     */
    String USER_COLUMNS = """
             u.id AS u_id, u.username AS u_username, u.display_name AS u_display_name,
             u.email AS u_email, u.role AS u_role, u.active AS u_active,
             d.id AS u_dept_id, d.slug AS u_dept_slug, d.name AS u_dept_name
            """;

    String SELECT_USER = "SELECT " + USER_COLUMNS + " FROM users u LEFT JOIN departments d ON d.id = u.department_id";

    @SqlQuery(SELECT_USER + " WHERE u.username = :username")
    Optional<User> findByUsername(String username);

    @SqlQuery(SELECT_USER + " WHERE u.username > :after ORDER BY u.username LIMIT :limit")
    List<User> listAfter(String after, int limit);

    @SqlQuery(SELECT_USER + " WHERE u.id = :id")
    Optional<User> findById(long id);

    @SqlQuery("SELECT password_hash FROM users WHERE username = :username")
    Optional<String> passwordHash(String username);

    @SqlQuery("SELECT COUNT(*) FROM users")
    long count();

    @SqlUpdate("""
            INSERT INTO users (username, display_name, email, department_id, role, active, password_hash, created_at, updated_at)
            VALUES (:username, :displayName, :email, :departmentId, :role, TRUE, :passwordHash, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(
            String username,
            String displayName,
            String email,
            Long departmentId,
            String role,
            String passwordHash,
            Instant now);

    @SqlUpdate("""
            UPDATE users SET display_name = :displayName, email = :email, department_id = :departmentId,
                   role = :role, updated_at = :now
            WHERE id = :id
            """)
    int update(long id, String displayName, String email, Long departmentId, String role, Instant now);

    @SqlUpdate("UPDATE users SET active = :active, updated_at = :now WHERE id = :id")
    int setActive(long id, boolean active, Instant now);

    @SqlUpdate("UPDATE users SET password_hash = :passwordHash, updated_at = :now WHERE id = :id")
    int setPasswordHash(long id, String passwordHash, Instant now);
}
