package org.hub.api.auth;

import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.Authenticator;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.util.Optional;

/** Authenticates browser requests by the {@code hub_session} cookie. */
@Priority(Priorities.AUTHENTICATION)
public final class SessionCookieAuthFilter extends AuthFilter<String, HubPrincipal> {
    public static final String COOKIE = "hub_session";

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        String secret = cookie == null ? null : cookie.getValue();
        if (!authenticate(request, secret, "SESSION")) {
            throw new WebApplicationException(unauthorizedHandler.buildResponse(prefix, realm));
        }
    }

    public static final class Builder extends AuthFilterBuilder<String, HubPrincipal, SessionCookieAuthFilter> {
        @Override
        protected SessionCookieAuthFilter newInstance() {
            return new SessionCookieAuthFilter();
        }
    }

    /** Resolves a session cookie's secret to its owner. */
    public static final class SessionAuthenticator implements Authenticator<String, HubPrincipal> {
        private final AuthService auth;

        public SessionAuthenticator(AuthService auth) {
            this.auth = auth;
        }

        @Override
        public Optional<HubPrincipal> authenticate(String secret) {
            return auth.authenticateSession(secret);
        }
    }
}
