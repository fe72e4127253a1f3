package org.hub.api.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.api.output.MigrateResult;
import org.hub.api.audit.AuditDao;
import org.hub.api.audit.AuditEntry;
import org.hub.api.auth.SessionDao;
import org.hub.api.auth.TokenDao;
import org.hub.api.people.DepartmentDao;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.users.Department;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations and the people DAOs, run by each database's subclass against a freshly migrated
 * database: the same assertions on H2 (PostgreSQL mode) and on PostgreSQL.
 */
abstract class PeopleSchemaContract extends DatabaseTest {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    private Handle handle;

    @BeforeAll
    void openHandle() {
        if (database() != null) {
            handle = jdbi().open();
        }
    }

    @AfterAll
    void closeHandle() {
        if (handle != null) {
            handle.close();
        }
    }

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    @Test
    void migratesAnEmptyDatabaseAndASecondRunDoesNothing() {
        MigrateResult first = firstMigration();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(first.targetSchemaVersion).isNotBlank();

        MigrateResult again = Migrations.migrate(
                database().url(), database().user(), database().password());
        assertThat(again.success).isTrue();
        assertThat(again.migrationsExecuted).isZero();
    }

    @Test
    void createsEveryTable() {
        for (String table : List.of("departments", "users", "api_tokens", "sessions", "audit_log", "index_queue")) {
            assertThat(handle.createQuery("SELECT COUNT(*) FROM " + table)
                            .mapTo(Long.class)
                            .one())
                    .as(table)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void departmentsInsertFindAndListByName() {
        DepartmentDao departments = handle.attach(DepartmentDao.class);
        String zSlug = unique("dept");
        String aSlug = unique("dept");
        long zId = departments.insert(zSlug, "Zzz Planning " + zSlug, NOW);
        long aId = departments.insert(aSlug, "Aaa Housing " + aSlug, NOW);

        assertThat(departments.findBySlug(aSlug)).contains(new Department(aId, aSlug, "Aaa Housing " + aSlug));
        assertThat(departments.findBySlug("no-such-" + aSlug)).isEmpty();
        List<String> slugs = departments.list().stream().map(Department::slug).toList();
        assertThat(slugs).containsSubsequence(aSlug, zSlug);
        assertThat(zId).isNotEqualTo(aId);
    }

    @Test
    void departmentSlugIsUnique() {
        DepartmentDao departments = handle.attach(DepartmentDao.class);
        String slug = unique("dept");
        departments.insert(slug, "Once", NOW);
        assertThatThrownBy(() -> departments.insert(slug, "Twice", NOW)).isInstanceOf(RuntimeException.class);
        assertThat(departments.findBySlug(slug)).map(Department::name).contains("Once");
    }

    @Test
    void usersInsertFindUpdateAndDeactivate() {
        UserDao users = handle.attach(UserDao.class);
        String slug = unique("dept");
        long deptId = handle.attach(DepartmentDao.class).insert(slug, "Finance", NOW);
        String username = unique("user");
        long countBefore = users.count();

        long id = users.insert(username, "Ada Lovelace", username + "@example.org", deptId, "curator", "$hash$", NOW);

        User found = users.findByUsername(username).orElseThrow();
        assertThat(found)
                .isEqualTo(new User(
                        id,
                        username,
                        "Ada Lovelace",
                        username + "@example.org",
                        new Department(deptId, slug, "Finance"),
                        Role.CURATOR,
                        true));
        assertThat(users.findById(id)).contains(found);
        assertThat(users.passwordHash(username)).contains("$hash$");
        assertThat(users.passwordHash("no-such-" + username)).isEmpty();
        assertThat(users.findByUsername("no-such-" + username)).isEmpty();
        assertThat(users.count()).isEqualTo(countBefore + 1);

        assertThat(users.update(id, "Ada King", "ada@example.org", null, "admin", NOW.plusSeconds(1)))
                .isEqualTo(1);
        User updated = users.findById(id).orElseThrow();
        assertThat(updated.displayName()).isEqualTo("Ada King");
        assertThat(updated.email()).isEqualTo("ada@example.org");
        assertThat(updated.department()).isNull();
        assertThat(updated.role()).isEqualTo(Role.ADMIN);

        assertThat(users.setActive(id, false, NOW.plusSeconds(2))).isEqualTo(1);
        assertThat(users.findById(id).orElseThrow().active()).isFalse();
        assertThat(users.setPasswordHash(id, "$other$", NOW.plusSeconds(3))).isEqualTo(1);
        assertThat(users.passwordHash(username)).contains("$other$");
    }

    @Test
    void usernameIsUniqueAndRoleIsChecked() {
        UserDao users = handle.attach(UserDao.class);
        String username = unique("user");
        users.insert(username, "First", "a@example.org", null, "member", "$h$", NOW);
        assertThatThrownBy(() -> users.insert(username, "Second", "b@example.org", null, "member", "$h$", NOW))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> users.insert(unique("user"), "Boss", "c@example.org", null, "boss", "$h$", NOW))
                .isInstanceOf(RuntimeException.class);
        assertThat(users.findByUsername(username).orElseThrow().displayName()).isEqualTo("First");
    }

    @Test
    void tokensResolveToTheirOwnerUntilRevokedOrDeactivated() {
        UserDao users = handle.attach(UserDao.class);
        TokenDao tokens = handle.attach(TokenDao.class);
        String username = unique("user");
        long userId = users.insert(username, "Token Owner", "t@example.org", null, "member", "$h$", NOW);
        String hashA = digest("a");
        String hashB = digest("b");
        long tokenA = tokens.insert(userId, "laptop", hashA, NOW);
        tokens.insert(userId, "phone", hashB, NOW);

        TokenDao.TokenOwner owner = tokens.findOwner(hashA).orElseThrow();
        assertThat(owner.tokenId()).isEqualTo(tokenA);
        assertThat(owner.user().username()).isEqualTo(username);
        assertThat(tokens.findOwner(digest("never issued"))).isEmpty();

        assertThat(tokens.revoke(tokenA, NOW)).isEqualTo(1);
        assertThat(tokens.revoke(tokenA, NOW))
                .as("revoking twice changes nothing")
                .isZero();
        assertThat(tokens.findOwner(hashA)).isEmpty();
        assertThat(tokens.findOwner(hashB)).isPresent();

        users.setActive(userId, false, NOW);
        assertThat(tokens.findOwner(hashB)).as("a deactivated user's token").isEmpty();
        assertThat(tokens.revokeAllOf(userId, NOW)).isEqualTo(1);
    }

    @Test
    void sessionsResolveUntilExpiredOrRevoked() {
        UserDao users = handle.attach(UserDao.class);
        SessionDao sessions = handle.attach(SessionDao.class);
        long userId = users.insert(unique("user"), "Session Owner", "s@example.org", null, "member", "$h$", NOW);
        String hash = digest("session");
        Instant expires = NOW.plus(12, ChronoUnit.HOURS);
        long id = sessions.insert(userId, hash, "csrf-value", NOW, expires);

        SessionDao.SessionOwner owner =
                sessions.findOwner(hash, NOW.plusSeconds(60)).orElseThrow();
        assertThat(owner.sessionId()).isEqualTo(id);
        assertThat(owner.csrfToken()).isEqualTo("csrf-value");
        assertThat(sessions.findOwner(hash, expires)).as("at expiry").isEmpty();

        String other = digest("other session");
        sessions.insert(userId, other, "csrf-2", NOW, expires);
        assertThat(sessions.revokeAllOf(userId, NOW)).isEqualTo(2);
        assertThat(sessions.findOwner(hash, NOW)).isEmpty();
        assertThat(sessions.findOwner(other, NOW)).isEmpty();
    }

    @Test
    void auditPagesNewestFirstWithActors() {
        UserDao users = handle.attach(UserDao.class);
        AuditDao audit = handle.attach(AuditDao.class);
        String username = unique("user");
        long actorId = users.insert(username, "Auditor", "au@example.org", null, "admin", "$h$", NOW);
        String target = unique("target");
        audit.append(NOW, actorId, "test.first", target, "one");
        audit.append(NOW.plusSeconds(1), null, "test.second", target, null);

        List<AuditEntry> page = audit.page(END_OF_TIME, Long.MAX_VALUE, 1_000).stream()
                .filter(entry -> entry.target().equals(target))
                .toList();
        assertThat(page).extracting(AuditEntry::action).containsExactly("test.second", "test.first");
        assertThat(page.get(0).actor()).isNull();
        assertThat(page.get(0).detail()).isNull();
        assertThat(page.get(1).actor().username()).isEqualTo(username);
        assertThat(page.get(1).at()).isEqualTo(NOW);
        assertThat(page.get(1).target()).isEqualTo(target);

        AuditEntry newest = page.get(0);
        assertThat(audit.page(newest.at(), newest.id(), 1))
                .extracting(AuditEntry::action)
                .containsExactly("test.first");
    }

    @Test
    void auditPagesFollowWhenThingsHappenedNotTheOrderTheyWereRecorded() {
        AuditDao audit = handle.attach(AuditDao.class);
        String target = unique("target");
        // Far in the future, so that these are the newest entries whatever else the class recorded.
        Instant later = Instant.parse("9000-01-01T00:00:00Z");
        audit.append(later.plusSeconds(20), null, "test.latest", target, null);
        audit.append(later, null, "test.earliest", target, null);
        audit.append(later.plusSeconds(10), null, "test.middle", target, null);

        List<AuditEntry> first = audit.page(END_OF_TIME, Long.MAX_VALUE, 2);
        assertThat(first).extracting(AuditEntry::action).containsExactly("test.latest", "test.middle");
        AuditEntry last = first.get(1);
        assertThat(audit.page(last.at(), last.id(), 2))
                .extracting(AuditEntry::action)
                .startsWith("test.earliest");
        assertThat(audit.atOf(last.id())).contains(last.at());
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000 + "-" + COUNTER.incrementAndGet();
    }

    private static String digest(String text) {
        return org.hub.api.auth.SecretTokens.digest(text + COUNTER.incrementAndGet());
    }
}
