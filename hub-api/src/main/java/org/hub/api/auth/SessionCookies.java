package org.hub.api.auth;

import jakarta.ws.rs.core.NewCookie;

/**
 * The {@code hub_session} cookie: HttpOnly so scripts cannot read it, SameSite=Lax so other sites
 * cannot post with it, Secure whenever the request itself came over HTTPS.
 */
public final class SessionCookies {
    public NewCookie issue(AuthService.IssuedSession session, boolean secure) {
        return base(session.sessionSecret(), secure)
                .maxAge((int) session.lifetime().toSeconds())
                .build();
    }

    public NewCookie expire(boolean secure) {
        return base("", secure).maxAge(0).build();
    }

    private static NewCookie.Builder base(String value, boolean secure) {
        return new NewCookie.Builder(SessionCookieAuthFilter.COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
