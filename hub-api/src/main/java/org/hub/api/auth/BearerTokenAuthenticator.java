package org.hub.api.auth;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/** Resolves {@code Authorization: Bearer <token>} to its owner. */
public final class BearerTokenAuthenticator implements Authenticator<String, HubPrincipal> {
    private final AuthService auth;

    public BearerTokenAuthenticator(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public Optional<HubPrincipal> authenticate(String token) {
        return auth.authenticateToken(token);
    }
}
