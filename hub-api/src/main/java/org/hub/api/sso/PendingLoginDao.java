package org.hub.api.sso;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Sign-ins sent to the provider and not yet back, by the digest of their state. */
public interface PendingLoginDao {
    record PendingLogin(String nonce, String codeVerifier, String returnTo, Instant expiresAt) {}

    @SqlUpdate("""
            INSERT INTO oidc_pending_logins (state_hash, nonce, code_verifier, return_to, created_at, expires_at)
            VALUES (:stateHash, :nonce, :codeVerifier, :returnTo, :now, :expiresAt)
            """)
    void insert(String stateHash, String nonce, String codeVerifier, String returnTo, Instant now, Instant expiresAt);

    @SqlQuery("""
            SELECT nonce, code_verifier, return_to, expires_at FROM oidc_pending_logins
            WHERE state_hash = :stateHash
            """)
    @RegisterConstructorMapper(PendingLogin.class)
    Optional<PendingLogin> find(String stateHash);

    @SqlUpdate("DELETE FROM oidc_pending_logins WHERE state_hash = :stateHash")
    int delete(String stateHash);

    @SqlUpdate("DELETE FROM oidc_pending_logins WHERE expires_at < :now")
    int deleteExpired(Instant now);

    /**
     * The pending sign-in with this state, deleted as it is read: only the request whose delete
     * counted gets it, so a state (replayed, or raced from two tabs) is good exactly once.
     */
    @Transaction
    default Optional<PendingLogin> take(String stateHash) {
        Optional<PendingLogin> found = find(stateHash);
        return found.isPresent() && delete(stateHash) == 1 ? found : Optional.empty();
    }
}
