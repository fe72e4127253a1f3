package org.hub.api.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hub.api.users.Department;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Groups and memberships. Every group read is made for one viewer, to fill in their role. */
@RegisterRowMapper(GroupDao.GroupMapper.class)
@RegisterRowMapper(GroupDao.MembershipMapper.class)
public interface GroupDao {
    String GROUP_COLUMNS = """
            g.id, g.slug, g.name, g.description, g.visibility,
            (SELECT COUNT(*) FROM memberships c WHERE c.group_id = g.id AND c.role <> 'pending') AS member_count,
            (SELECT m.role FROM memberships m WHERE m.group_id = g.id AND m.user_id = :viewerId) AS my_role
            """;

    @SqlUpdate("""
            INSERT INTO hub_groups (slug, name, description, visibility, created_by, created_at, updated_at)
            VALUES (:slug, :name, :description, :visibility, :createdBy, :now, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(String slug, String name, String description, String visibility, long createdBy, Instant now);

    @SqlQuery("SELECT " + GROUP_COLUMNS + " FROM hub_groups g WHERE g.slug = :slug")
    Optional<Group> findBySlug(String slug, long viewerId);

    @SqlQuery("SELECT " + GROUP_COLUMNS + " FROM hub_groups g WHERE g.id = :id")
    Optional<Group> findById(long id, long viewerId);

    @SqlUpdate("""
            UPDATE hub_groups SET name = :name, description = :description, visibility = :visibility, updated_at = :now
            WHERE id = :id
            """)
    int update(long id, String name, String description, String visibility, Instant now);

    /** The group's live items, which the search index must relearn when its name or visibility changes. */
    @SqlQuery("SELECT id FROM threads WHERE group_id = :groupId AND deleted_at IS NULL ORDER BY id")
    List<Long> threadIds(long groupId);

    @SqlQuery("""
            SELECT p.id FROM posts p JOIN threads t ON t.id = p.thread_id
            WHERE t.group_id = :groupId AND p.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY p.id
            """)
    List<Long> postIds(long groupId);

    @SqlQuery("SELECT id FROM documents WHERE group_id = :groupId AND deleted_at IS NULL ORDER BY id")
    List<Long> documentIds(long groupId);

    @SqlQuery("SELECT COUNT(*) FROM hub_groups WHERE slug = :slug")
    int countSlug(String slug);

    @SqlQuery("SELECT " + GROUP_COLUMNS + " FROM hub_groups g WHERE " + GroupAccess.VISIBLE_SQL
            + " AND g.id < :before ORDER BY g.id DESC LIMIT :limit")
    List<Group> listVisible(long viewerId, boolean admin, long before, int limit);

    @SqlQuery("SELECT " + GROUP_COLUMNS + """
             FROM hub_groups g JOIN memberships mine ON mine.group_id = g.id
            WHERE mine.user_id = :viewerId AND mine.role <> 'pending' ORDER BY g.name
            """)
    List<Group> listMine(long viewerId);

    @SqlQuery("SELECT role FROM memberships WHERE group_id = :groupId AND user_id = :userId")
    Optional<String> roleOf(long groupId, long userId);

    @SqlUpdate("INSERT INTO memberships (group_id, user_id, role, created_at) VALUES (:groupId, :userId, :role, :now)")
    void insertMembership(long groupId, long userId, String role, Instant now);

    @SqlUpdate("UPDATE memberships SET role = :role WHERE group_id = :groupId AND user_id = :userId")
    int updateMembership(long groupId, long userId, String role);

    @SqlUpdate("DELETE FROM memberships WHERE group_id = :groupId AND user_id = :userId")
    int deleteMembership(long groupId, long userId);

    /** Forgets an earlier decline: deleted before a new one is written, or when the person is let in. */
    @SqlUpdate("DELETE FROM join_declines WHERE group_id = :groupId AND user_id = :userId")
    int deleteDecline(long groupId, long userId);

    @SqlUpdate("""
            INSERT INTO join_declines (group_id, user_id, reason, declined_by, declined_at)
            VALUES (:groupId, :userId, :reason, :declinedBy, :now)
            """)
    void insertDecline(long groupId, long userId, String reason, long declinedBy, Instant now);

    /** A person's declined requests in groups they may still see, most recently declined group first. */
    @SqlQuery("""
            SELECT g.id AS group_id, g.slug, g.name, j.reason, j.declined_at
            FROM join_declines j JOIN hub_groups g ON g.id = j.group_id
            WHERE j.user_id = :viewerId AND g.id < :before AND
            """ + GroupAccess.VISIBLE_SQL + """
            ORDER BY g.id DESC
            LIMIT :limit
            """)
    @RegisterRowMapper(DeclineMapper.class)
    List<DeclinedRequest> declines(long viewerId, boolean admin, long before, int limit);

    @SqlQuery("""
            SELECT j.group_id, j.user_id, g.slug AS group_slug, j.reason, j.declined_at
            FROM join_declines j JOIN hub_groups g ON g.id = j.group_id
            WHERE j.notified_at IS NULL
            ORDER BY j.declined_at
            LIMIT :limit
            """)
    @RegisterConstructorMapper(DeclineNotice.class)
    List<DeclineNotice> undeliveredDeclines(int limit);

    @SqlUpdate("UPDATE join_declines SET notified_at = :now WHERE group_id = :groupId AND user_id = :userId")
    int markDeclineNotified(long groupId, long userId, Instant now);

    final class DeclineMapper implements RowMapper<DeclinedRequest> {
        @Override
        public DeclinedRequest map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new DeclinedRequest(
                    rs.getLong("group_id"),
                    new Group.GroupRef(rs.getString("slug"), rs.getString("name")),
                    rs.getString("reason"),
                    rs.getTimestamp("declined_at").toInstant());
        }
    }

    /**
     * Locks the group row until the transaction ends, so that checks of its owners and the change
     * that depends on them happen one transaction at a time: two owners leaving at once must not
     * both see the other still there.
     */
    @SqlQuery("SELECT id FROM hub_groups WHERE id = :groupId FOR UPDATE")
    long lockForMembershipChange(long groupId);

    @SqlQuery("SELECT COUNT(*) FROM memberships WHERE group_id = :groupId AND role = 'owner'")
    int ownerCount(long groupId);

    @SqlQuery("""
            SELECT u.id AS user_id, u.username, u.display_name, m.role, d.id AS dept_id, d.slug AS dept_slug, d.name AS dept_name
            FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN departments d ON d.id = u.department_id
            WHERE m.group_id = :groupId AND (:includePending OR m.role <> 'pending') AND u.id > :after
            ORDER BY u.id LIMIT :limit
            """)
    List<MemberRow> members(long groupId, boolean includePending, long after, int limit);

    record MemberRow(long userId, Membership membership) {}

    final class GroupMapper implements RowMapper<Group> {
        @Override
        public Group map(ResultSet rs, StatementContext ctx) throws SQLException {
            String myRole = rs.getString("my_role");
            return new Group(
                    rs.getLong("id"),
                    rs.getString("slug"),
                    rs.getString("name"),
                    rs.getString("description"),
                    Visibility.valueOf(rs.getString("visibility").toUpperCase(Locale.ROOT)),
                    rs.getLong("member_count"),
                    myRole == null ? null : GroupRole.valueOf(myRole.toUpperCase(Locale.ROOT)));
        }
    }

    final class MembershipMapper implements RowMapper<MemberRow> {
        @Override
        public MemberRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            long deptId = rs.getLong("dept_id");
            Department department =
                    rs.wasNull() ? null : new Department(deptId, rs.getString("dept_slug"), rs.getString("dept_name"));
            return new MemberRow(
                    rs.getLong("user_id"),
                    new Membership(
                            rs.getString("username"),
                            rs.getString("display_name"),
                            department,
                            GroupRole.valueOf(rs.getString("role").toUpperCase(Locale.ROOT))));
        }
    }
}
