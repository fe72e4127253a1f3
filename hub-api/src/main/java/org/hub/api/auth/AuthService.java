package org.hub.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.hub.api.audit.AuditLog;
import org.hub.api.common.HubException;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks passwords and issues, resolves and revokes the two kinds of credential: personal API
 * tokens and browser sessions. Every lookup goes to the database, so revocation and
 * deactivation take effect on the very next request.
 */
public final class AuthService {
    static final String BAD_CREDENTIALS = "The username or password is not correct.";
    private static final String TOKEN_PREFIX = "hub_";
    private static final String DECOY_PASSWORD = "decoy password that never matches";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration sessionLifetime;
    /**
     * Verified against when the username does not exist, so both failures take the same time.
     * Hashed on another thread: an Argon2 hash is a quarter of a second, and start-up need not wait.
     * Replaced if that failed (the hashing limit can refuse it under load).
     */
    private volatile CompletableFuture<String> decoyHash;

    public AuthService(
            Jdbi jdbi,
            PasswordHasher hasher,
            LoginThrottle throttle,
            AuditLog audit,
            Clock clock,
            Duration sessionLifetime) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
        this.decoyHash = CompletableFuture.supplyAsync(() -> hasher.hash(DECOY_PASSWORD));
    }

    public record IssuedToken(String token, String name, User user) {}

    public record IssuedSession(String sessionSecret, String csrfToken, User user, Duration lifetime) {}

    /**
     * The user with this username and password; 401 for either being wrong, 429 once the sign-in
     * throttle holds this username or this client back, 503 when too many hashes run already.
     *
     * @param client the address the attempt came from, for the throttle
     */
    public User checkPassword(String username, String password, String client) {
        throttle.check(username, client);
        UserDao users = jdbi.onDemand(UserDao.class);
        Optional<String> stored = users.passwordHash(username);
        boolean matches = hasher.verify(password == null ? "" : password, stored.orElseGet(this::decoyHash));
        Optional<User> user = matches ? users.findByUsername(username).filter(User::active) : Optional.empty();
        if (user.isEmpty()) {
            throttle.recordFailure(username, client);
            throw HubException.unauthorized(BAD_CREDENTIALS);
        }
        throttle.recordSuccess(username, client);
        return user.get();
    }

    private String decoyHash() {
        CompletableFuture<String> decoy = decoyHash;
        if (decoy.isCompletedExceptionally()) {
            decoy = CompletableFuture.completedFuture(hasher.hash(DECOY_PASSWORD));
            decoyHash = decoy;
        }
        return decoy.join();
    }

    public IssuedToken createToken(String username, String password, String name, String client) {
        User user = checkPassword(username, password, client);
        String secret = SecretTokens.newSecret(TOKEN_PREFIX);
        jdbi.useTransaction(handle -> {
            handle.attach(TokenDao.class).insert(user.id(), name, SecretTokens.digest(secret), clock.instant());
            audit.record(handle, user, "token.create", "user:" + user.username(), name);
        });
        return new IssuedToken(secret, name, user);
    }

    public IssuedSession createSession(String username, String password, String client) {
        User user = checkPassword(username, password, client);
        String secret = SecretTokens.newSecret("");
        String csrf = SecretTokens.newSecret("");
        Instant now = clock.instant();
        jdbi.onDemand(SessionDao.class)
                .insert(user.id(), SecretTokens.digest(secret), csrf, now, now.plus(sessionLifetime));
        return new IssuedSession(secret, csrf, user, sessionLifetime);
    }

    public Optional<HubPrincipal> authenticateToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return jdbi.onDemand(TokenDao.class)
                .findOwner(SecretTokens.digest(secret))
                .map(owner -> new HubPrincipal(owner.user(), HubPrincipal.CredentialKind.TOKEN, owner.tokenId(), null));
    }

    public Optional<HubPrincipal> authenticateSession(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return jdbi.onDemand(SessionDao.class)
                .findOwner(SecretTokens.digest(secret), clock.instant())
                .map(owner -> new HubPrincipal(
                        owner.user(), HubPrincipal.CredentialKind.SESSION, owner.sessionId(), owner.csrfToken()));
    }

    /** Revokes the credential the principal's request came with. */
    public void revoke(HubPrincipal principal) {
        Instant now = clock.instant();
        if (principal.kind() == HubPrincipal.CredentialKind.TOKEN) {
            jdbi.onDemand(TokenDao.class).revoke(principal.credentialId(), now);
        } else {
            jdbi.onDemand(SessionDao.class).revoke(principal.credentialId(), now);
        }
    }
}
