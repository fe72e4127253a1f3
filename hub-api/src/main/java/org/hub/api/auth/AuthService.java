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
    public static final String DEACTIVATED =
            "Your Hub account is deactivated: ask an administrator if you need it back.";
    private static final String TOKEN_PREFIX = "hub_";
    private static final String DECOY_PASSWORD = "decoy password that never matches";

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration sessionLifetime;
    private final LocalPasswords localPasswords;
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
        this(jdbi, hasher, throttle, audit, clock, sessionLifetime, LocalPasswords.ON);
    }

    public AuthService(
            Jdbi jdbi,
            PasswordHasher hasher,
            LoginThrottle throttle,
            AuditLog audit,
            Clock clock,
            Duration sessionLifetime,
            LocalPasswords localPasswords) {
        this.localPasswords = localPasswords;
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
     * When local passwords are switched off, 401 for everyone but the break-glass administrator,
     * before anything is looked up, so the answer says nothing about who exists.
     *
     * @param client the address the attempt came from, for the throttle
     */
    public User checkPassword(String username, String password, String client) {
        if (!localPasswords.allow(username)) {
            throw HubException.unauthorized(LocalPasswords.SWITCHED_OFF);
        }
        throttle.check(username, client);
        UserDao users = jdbi.onDemand(UserDao.class);
        Optional<String> stored = users.passwordHash(username);
        // Someone with no password (signed up through the identity provider) is checked against the
        // decoy too, so the time taken does not tell them apart; the decoy never matches.
        boolean matches = hasher.verify(
                password == null ? "" : password,
                stored.filter(hash -> !hash.equals(PasswordHasher.NO_PASSWORD)).orElseGet(this::decoyHash));
        matches = matches && stored.isPresent() && !stored.get().equals(PasswordHasher.NO_PASSWORD);
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
        return issueToken(checkPassword(username, password, client), name);
    }

    /** A new token for someone already signed in (from "my account"): shown once, kept by digest. */
    public IssuedToken issueToken(User user, String name) {
        String secret = SecretTokens.newSecret(TOKEN_PREFIX);
        jdbi.useTransaction(handle -> {
            handle.attach(TokenDao.class).insert(user.id(), name, SecretTokens.digest(secret), clock.instant());
            audit.record(handle, user, "token.create", "user:" + user.username(), name);
        });
        return new IssuedToken(secret, name, user);
    }

    public IssuedSession createSession(String username, String password, String client) {
        return openSession(checkPassword(username, password, client));
    }

    /**
     * A browser session for someone already proven to be this user by other means (the identity
     * provider's ID token): the same session and cookie as a password sign-in. An inactive user is
     * refused, whatever vouched for them.
     */
    public IssuedSession openSession(User user) {
        if (!user.active()) {
            throw HubException.forbidden(DEACTIVATED);
        }
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
