package org.hub.api.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.hub.api.HubServices;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.LocalPasswords;
import org.hub.api.auth.LoginThrottle;
import org.hub.api.auth.SecretTokens;
import org.hub.api.auth.TokenDao;
import org.hub.api.common.HubException;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestDirectory;
import org.hub.api.testing.TestHub;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff directory sync against a real LDAP server (UnboundID's in-memory directory, loaded from
 * {@code staff.ldif} of {@link TestDirectory}): what it creates, updates and deactivates, what it never touches,
 * and that a directory it cannot read changes nothing. Run on H2 and PostgreSQL by its subclasses.
 */
abstract class DirectorySyncContract extends DatabaseTest {
    private TestDirectory directory;
    private TestHub hub;
    private HubServices services;

    @BeforeAll
    void startDirectory() throws Exception {
        directory = TestDirectory.start();
        if (jdbi() != null) {
            hub = new TestHub(jdbi());
            services = hub.services();
        }
    }

    @AfterAll
    void stopDirectory() {
        directory.close();
    }

    @Test
    void createsUpdatesAndDeactivatesAndLeavesLocalAccountsAlone() throws Exception {
        UserDao users = jdbi().onDemand(UserDao.class);
        long breakGlass = users.insert(
                "admin", "Break Glass", "admin@example.gov.uk", null, Role.ADMIN.wireName(), "$x$", TestHub.NOW);
        User local = hub.member();
        DirectorySync sync = services.directorySync(directory.settings());

        SyncReport first = sync.sync();

        assertThat(first.createdUsernames()).containsExactlyInAnyOrder("ann.archer", "bob.baker", "cat.cole");
        assertThat(first.deactivated()).isZero();
        assertThat(first.skipped())
                .anySatisfy(s -> assertThat(s).startsWith("uid=nomail,").contains("email"))
                .anySatisfy(s -> assertThat(s).startsWith("uid=admin,").contains("break-glass"));
        User ann = users.findByUsername("ann.archer").orElseThrow();
        assertThat(ann.displayName()).isEqualTo("Ann Archer");
        assertThat(ann.email()).isEqualTo("ann.archer@example.gov.uk");
        assertThat(ann.department().name()).isEqualTo("Housing");
        assertThat(ann.role()).isEqualTo(Role.MEMBER);
        assertThat(users.findByUsername("bob.baker").orElseThrow().department().id())
                .isEqualTo(users.findByUsername("cat.cole")
                        .orElseThrow()
                        .department()
                        .id());
        assertThat(users.findById(breakGlass).orElseThrow().email()).isEqualTo("admin@example.gov.uk");

        // Unchanged directory: nothing to do.
        SyncReport again = sync.sync();
        assertThat(again.created() + again.updated() + again.deactivated()).isZero();

        // Cat signs in and has a script token; then Bob moves department and Cat leaves.
        AuthService auth = auth();
        User cat = users.findByUsername("cat.cole").orElseThrow();
        AuthService.IssuedSession session = auth.openSession(cat);
        String token = SecretTokens.newSecret("hub_");
        jdbi().onDemand(TokenDao.class).insert(cat.id(), "script", SecretTokens.digest(token), TestHub.NOW);
        assertThat(auth.authenticateSession(session.sessionSecret())).isPresent();
        assertThat(auth.authenticateToken(token)).isPresent();
        directory.replace("bob.baker", "departmentNumber", "Regeneration");
        directory.replace("bob.baker", "title", "Senior Planner");
        directory.delete("cat.cole");

        SyncReport third = sync.sync();

        assertThat(third.createdUsernames()).isEmpty();
        assertThat(third.updatedUsernames()).containsExactly("bob.baker");
        assertThat(third.deactivatedUsernames()).containsExactly("cat.cole");
        assertThat(users.findByUsername("bob.baker").orElseThrow().department().name())
                .isEqualTo("Regeneration");
        assertThat(jdbi().onDemand(DirectoryPersonDao.class)
                        .title(users.findByUsername("bob.baker").orElseThrow().id()))
                .contains("Senior Planner");
        assertThat(users.findByUsername("cat.cole").orElseThrow().active()).isFalse();
        assertThat(auth.authenticateSession(session.sessionSecret())).isEmpty();
        assertThat(auth.authenticateToken(token)).isEmpty();
        long liveTokens = jdbi().withHandle(h -> h.select(
                        "SELECT COUNT(*) FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL", cat.id())
                .mapTo(Long.class)
                .one());
        assertThat(liveTokens).isZero();
        // Never in the directory, or the break-glass administrator: still active.
        assertThat(users.findById(local.id()).orElseThrow().active()).isTrue();
        assertThat(users.findById(breakGlass).orElseThrow().active()).isTrue();
    }

    @Test
    void aRefusedBindFailsClearlyAndChangesNothing() {
        List<User> before = everyone();

        assertThatThrownBy(() ->
                        services.directorySync(directory.settings("wrong")).sync())
                .isInstanceOf(DirectoryUnavailable.class)
                .hasMessageContaining("refused the bind as '" + TestDirectory.BIND_DN + "'")
                .hasMessageContaining("nothing was changed")
                .hasMessageNotContaining("wrong")
                .satisfies(e -> assertThat(((HubException) e).status()).isEqualTo(502));
        assertThat(everyone()).isEqualTo(before);
    }

    @Test
    void anUnreachableDirectoryFailsClearlyAndChangesNothing() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LdapSettings good = directory.settings();
        LdapSettings unreachable = new LdapSettings(
                URI.create("ldap://127.0.0.1:" + closedPort),
                false,
                good.bindDn(),
                good.bindPassword(),
                good.baseDn(),
                good.filter(),
                good.attributes(),
                good.pageSize(),
                Duration.ofSeconds(2),
                good.breakGlassAdmin());
        List<User> before = everyone();

        assertThatThrownBy(() -> services.directorySync(unreachable).sync())
                .isInstanceOf(DirectoryUnavailable.class)
                .hasMessageContaining("ldap://127.0.0.1:" + closedPort + " could not be reached")
                .hasMessageNotContaining(TestDirectory.BIND_PASSWORD);
        assertThat(everyone()).isEqualTo(before);
    }

    @Test
    void aFilterMatchingNobodyDeactivatesNobody() {
        LdapSettings good = directory.settings();
        LdapSettings nobody = new LdapSettings(
                good.url(),
                false,
                good.bindDn(),
                good.bindPassword(),
                good.baseDn(),
                "(uid=no-such-person)",
                good.attributes(),
                good.pageSize(),
                good.timeout(),
                good.breakGlassAdmin());
        List<User> before = everyone();

        assertThatThrownBy(() -> services.directorySync(nobody).sync())
                .isInstanceOf(HubException.class)
                .hasMessageContaining("returned nobody")
                .hasMessageContaining("nothing was changed");
        assertThat(everyone()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsMaySync() {
        DirectorySync sync = services.directorySync(directory.settings());
        for (User notAdmin : List.of(hub.member(), hub.curator())) {
            assertThatThrownBy(() -> sync.syncAs(notAdmin))
                    .isInstanceOf(HubException.class)
                    .satisfies(e -> assertThat(((HubException) e).status()).isEqualTo(403));
        }
    }

    @Test
    void theBindPasswordIsNotInTheSettingsText() {
        assertThat(directory.settings().toString()).doesNotContain(TestDirectory.BIND_PASSWORD);
    }

    private List<User> everyone() {
        return jdbi().onDemand(UserDao.class).listAfter("", 10_000);
    }

    private AuthService auth() {
        LoginThrottle throttle = LoginThrottle.inMemory(
                new LoginThrottle.Limits(
                        5,
                        Duration.ofMinutes(15),
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(15),
                        20,
                        40,
                        Duration.ofDays(30)),
                1000,
                java.time.Clock.systemUTC());
        return services.auth(throttle, Duration.ofHours(1), LocalPasswords.ON);
    }
}
