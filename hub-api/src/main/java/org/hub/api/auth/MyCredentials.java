package org.hub.api.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Jdbi;

/**
 * A signed-in person's own credentials ("my account"): their password, live sessions and API
 * tokens. Every operation acts on the principal's own rows only; an id that is someone else's is
 * answered exactly like one that does not exist (404), so ids reveal nothing.
 */
public final class MyCredentials {
    public static final String NO_LOCAL_PASSWORD = "You sign in through your organisation's sign-in and have no Hub "
            + "password to change: change your password with your organisation instead.";
    static final String WRONG_CURRENT = "currentPassword is not correct.";

    private final Jdbi jdbi;
    private final AuthService auth;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    public MyCredentials(
            Jdbi jdbi, AuthService auth, PasswordHasher hasher, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.auth = auth;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** A live session as listed: when it began, when it ends, and whether it is the one asking. */
    public record MySession(long id, Instant createdAt, Instant expiresAt, boolean current) {}

    /** A live token as listed: its name and when it was made; the secret is never shown again. */
    public record MyToken(long id, String name, Instant createdAt, boolean current) {}

    public List<MySession> sessions(HubPrincipal me) {
        return jdbi.onDemand(SessionDao.class).listLive(me.user().id(), clock.instant()).stream()
                .map(s -> new MySession(
                        s.id(),
                        s.createdAt(),
                        s.expiresAt(),
                        isCurrent(me, HubPrincipal.CredentialKind.SESSION, s.id())))
                .toList();
    }

    public void revokeSession(HubPrincipal me, long id) {
        jdbi.useTransaction(handle -> {
            if (handle.attach(SessionDao.class).revokeOwn(id, me.user().id(), clock.instant()) == 0) {
                throw new NotFoundException("session", id);
            }
            audit.record(
                    handle, me.user(), "session.revoke", "user:" + me.user().username(), "session " + id);
        });
    }

    public List<MyToken> tokens(HubPrincipal me) {
        return jdbi.onDemand(TokenDao.class).listLive(me.user().id()).stream()
                .map(t -> new MyToken(
                        t.id(), t.name(), t.createdAt(), isCurrent(me, HubPrincipal.CredentialKind.TOKEN, t.id())))
                .toList();
    }

    public AuthService.IssuedToken createToken(HubPrincipal me, String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 100) {
            throw HubException.invalid("name must be 1 to 100 characters.");
        }
        return auth.issueToken(me.user(), cleaned);
    }

    public void revokeToken(HubPrincipal me, long id) {
        jdbi.useTransaction(handle -> {
            if (handle.attach(TokenDao.class).revokeOwn(id, me.user().id(), clock.instant()) == 0) {
                throw new NotFoundException("token", id);
            }
            audit.record(handle, me.user(), "token.revoke", "user:" + me.user().username(), "token " + id);
        });
    }

    /**
     * Changes the person's password after checking the current one (throttled as sign-in is, so it
     * is no oracle for guessing), then revokes every other session and every API token: whoever
     * knew the old password may have made them. The session asking stays signed in.
     */
    public void changePassword(HubPrincipal me, String currentPassword, String newPassword, String client) {
        User user = me.user();
        UserDao users = jdbi.onDemand(UserDao.class);
        String stored = users.passwordHash(user.username()).orElseThrow();
        if (stored.equals(PasswordHasher.NO_PASSWORD)) {
            throw HubException.conflict(NO_LOCAL_PASSWORD);
        }
        List<String> problems =
                PasswordPolicy.DEFAULT.problems(newPassword, user.username(), user.displayName(), user.email()).stream()
                        .map(problem -> "newPassword" + problem.substring("password".length()))
                        .toList();
        throttle.check(user.username(), client);
        if (!hasher.verify(currentPassword == null ? "" : currentPassword, stored)) {
            throttle.recordFailure(user.username(), client);
            throw HubException.invalid(WRONG_CURRENT);
        }
        throttle.recordSuccess(user.username(), client);
        if (!problems.isEmpty()) {
            throw HubException.invalid(problems.get(0), problems);
        }
        String hash = hasher.hash(newPassword);
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            handle.attach(UserDao.class).setPasswordHash(user.id(), hash, now);
            handle.attach(TokenDao.class).revokeAllOf(user.id(), now);
            SessionDao sessions = handle.attach(SessionDao.class);
            if (me.kind() == HubPrincipal.CredentialKind.SESSION) {
                sessions.revokeAllOfExcept(user.id(), me.credentialId(), now);
            } else {
                sessions.revokeAllOf(user.id(), now);
            }
            audit.record(handle, user, "user.password", "user:" + user.username(), "other sessions and tokens revoked");
        });
    }

    private static boolean isCurrent(HubPrincipal me, HubPrincipal.CredentialKind kind, long id) {
        return me.kind() == kind && me.credentialId() == id;
    }
}
