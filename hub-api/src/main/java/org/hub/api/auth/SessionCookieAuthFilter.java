package org.hub.api.auth;

import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.Authenticator;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.hub.api.common.ApiError;

/**
 * Authenticates browser requests by the {@code hub_session} cookie.
 *
 * <p>A browser attaches the cookie to whatever a page on another site makes it send, and a plain
 * HTML form can post a multipart upload cross-site without any script. So the cookie alone is
 * enough only for reading (GET, HEAD, OPTIONS); a request that changes anything must also carry
 * the session's CSRF token in the {@value #CSRF_HEADER} header, which only our own pages and a
 * script that read the sign-in answer know. Other sites cannot set that header without a CORS
 * preflight, which this server never grants. Bearer tokens are not sent automatically by
 * browsers and need no such check.
 */
@Priority(Priorities.AUTHENTICATION)
public final class SessionCookieAuthFilter extends AuthFilter<String, HubPrincipal> {
    public static final String COOKIE = "hub_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        String secret = cookie == null ? null : cookie.getValue();
        if (!authenticate(request, secret, "SESSION")) {
            throw new WebApplicationException(unauthorizedHandler.buildResponse(prefix, realm));
        }
        if (!SAFE_METHODS.contains(request.getMethod())
                && !(request.getSecurityContext().getUserPrincipal() instanceof HubPrincipal principal
                        && matches(request.getHeaderString(CSRF_HEADER), principal.csrfToken()))) {
            // Aborted rather than thrown: a chained filter's failure would be replaced by the first
            // filter's generic 401, and this answer should say what is missing.
            request.abortWith(Response.status(403)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(
                            403,
                            "A request signed in by the session cookie must send the session's " + "CSRF token in the "
                                    + CSRF_HEADER + " header (or use a bearer token)."))
                    .build());
        }
    }

    private static boolean matches(String sent, String expected) {
        return sent != null
                && expected != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
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
