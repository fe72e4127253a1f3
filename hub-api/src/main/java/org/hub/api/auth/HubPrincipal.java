package org.hub.api.auth;

import java.security.Principal;
import org.hub.api.users.User;

/**
 * The signed-in person and the credential this request came with, so that "sign out" and
 * "revoke this token" know what to revoke and pages know the session's CSRF token.
 */
public record HubPrincipal(User user, CredentialKind kind, long credentialId, String csrfToken) implements Principal {
    public enum CredentialKind {
        TOKEN,
        SESSION
    }

    @Override
    public String getName() {
        return user.username();
    }
}
