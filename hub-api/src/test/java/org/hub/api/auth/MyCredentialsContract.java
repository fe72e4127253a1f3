package org.hub.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.hub.api.common.HubException;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link MyCredentials}: a person's own password, sessions and tokens, with what a password change
 * revokes, what someone without a Hub password is told, and that another's ids are not found.
 */
abstract class MyCredentialsContract extends DatabaseTest {
    private static final String OLD = "copper meadow whistle ninety";
    private static final String NEW = "violet harbour lantern seventeen";
    private static final String CLIENT = "192.0.2.1";

    private TestHub hub;
    private PasswordHasher hasher;
    private AuthService auth;
    private MyCredentials mine;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            hasher = new PasswordHasher(8, 1, 1);
            LoginThrottle throttle = LoginThrottle.inMemory(
                    new LoginThrottle.Limits(
                            5,
                            Duration.ofMinutes(15),
                            Duration.ofSeconds(30),
                            Duration.ofMinutes(15),
                            20,
                            40,
                            Duration.ofDays(30)),
                    1_000,
                    java.time.Clock.systemUTC());
            auth = hub.services().auth(throttle, Duration.ofHours(8));
            mine = hub.services().myCredentials(auth, throttle);
        }
    }

    private User withPassword(String password) {
        User user = hub.member();
        jdbi().onDemand(UserDao.class).setPasswordHash(user.id(), hasher.hash(password), TestHub.NOW);
        return user;
    }

    private HubPrincipal session(User user) {
        return auth.authenticateSession(auth.openSession(user).sessionSecret()).orElseThrow();
    }

    @Test
    void aPasswordChangeKeepsThisSessionAndRevokesTheOthersAndEveryToken() {
        User user = withPassword(OLD);
        AuthService.IssuedSession here = auth.openSession(user);
        AuthService.IssuedSession there = auth.openSession(user);
        String token = auth.issueToken(user, "script").token();
        HubPrincipal me = auth.authenticateSession(here.sessionSecret()).orElseThrow();

        mine.changePassword(me, OLD, NEW, CLIENT);

        assertThat(auth.authenticateSession(here.sessionSecret())).isPresent();
        assertThat(auth.authenticateSession(there.sessionSecret())).isEmpty();
        assertThat(auth.authenticateToken(token)).isEmpty();
        assertThat(hasher.verify(
                        NEW,
                        jdbi().onDemand(UserDao.class)
                                .passwordHash(user.username())
                                .orElseThrow()))
                .isTrue();
        assertThat(mine.sessions(me)).singleElement().satisfies(s -> assertThat(s.current())
                .isTrue());
        assertThat(mine.tokens(me)).isEmpty();
    }

    @Test
    void someoneWithoutAHubPasswordIsToldToChangeItWithTheirOrganisation() {
        User user = hub.member();
        jdbi().onDemand(UserDao.class).setPasswordHash(user.id(), PasswordHasher.NO_PASSWORD, TestHub.NOW);
        AuthService.IssuedSession other = auth.openSession(user);
        HubPrincipal me = session(user);

        assertThatThrownBy(() -> mine.changePassword(me, "", NEW, CLIENT))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo(MyCredentials.NO_LOCAL_PASSWORD);
                });
        assertThat(jdbi().onDemand(UserDao.class).passwordHash(user.username())).contains(PasswordHasher.NO_PASSWORD);
        assertThat(auth.authenticateSession(other.sessionSecret())).isPresent();
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        User user = withPassword(OLD);
        AuthService.IssuedSession other = auth.openSession(user);
        HubPrincipal me = session(user);

        assertThatThrownBy(() -> mine.changePassword(me, "not the password", NEW, CLIENT))
                .isInstanceOfSatisfying(
                        HubException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThatThrownBy(() -> mine.changePassword(me, OLD, "password123", CLIENT))
                .isInstanceOfSatisfying(
                        HubException.class, e -> assertThat(e.status()).isEqualTo(422));

        assertThat(hasher.verify(
                        OLD,
                        jdbi().onDemand(UserDao.class)
                                .passwordHash(user.username())
                                .orElseThrow()))
                .isTrue();
        assertThat(auth.authenticateSession(other.sessionSecret())).isPresent();
    }

    @Test
    void anotherPersonsSessionOrTokenIsNotFoundAndKeepsWorking() {
        User victim = hub.member();
        AuthService.IssuedSession theirs = auth.openSession(victim);
        String theirToken = auth.issueToken(victim, "theirs").token();
        HubPrincipal them = auth.authenticateSession(theirs.sessionSecret()).orElseThrow();
        long tokenId = auth.authenticateToken(theirToken).orElseThrow().credentialId();

        for (User intruder : new User[] {hub.member(), hub.admin()}) {
            HubPrincipal me = session(intruder);
            assertThatThrownBy(() -> mine.revokeSession(me, them.credentialId()))
                    .isInstanceOfSatisfying(
                            HubException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThatThrownBy(() -> mine.revokeToken(me, tokenId))
                    .isInstanceOfSatisfying(
                            HubException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThat(mine.sessions(me)).noneMatch(s -> s.id() == them.credentialId());
            assertThat(mine.tokens(me)).noneMatch(t -> t.id() == tokenId);
        }
        assertThat(auth.authenticateSession(theirs.sessionSecret())).isPresent();
        assertThat(auth.authenticateToken(theirToken)).isPresent();
    }
}
