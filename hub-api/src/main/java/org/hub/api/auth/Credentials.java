package org.hub.api.auth;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * The credentials a person holds, as a whole: what deactivation revokes. The token and session
 * tables stay auth's own; people management asks here rather than reaching into them.
 */
public final class Credentials {
    private Credentials() {}

    /** Revokes every token and session of this user, in the caller's transaction. */
    public static void revokeAllOf(Handle handle, long userId, Instant at) {
        handle.attach(TokenDao.class).revokeAllOf(userId, at);
        handle.attach(SessionDao.class).revokeAllOf(userId, at);
    }
}
