package org.hub.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.auth.SessionCookieAuthFilter;
import org.hub.api.notifications.NotificationService;
import org.hub.web.pages.common.PagePaths;
import org.hub.web.pages.common.Viewer;

/**
 * Resolves the {@code hub_session} cookie of a page request to a {@link Viewer}. Pre-matching, so
 * that even a 404 page for an unknown path knows who is signed in. API paths keep their own
 * authentication (bearer tokens or the cookie, through dropwizard-auth).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class PageViewerFilter implements ContainerRequestFilter {
    private final AuthService auth;
    private final NotificationService notifications;

    public PageViewerFilter(AuthService auth, NotificationService notifications) {
        this.auth = auth;
        this.notifications = notifications;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!PagePaths.isPage(request.getUriInfo().getPath())) {
            return;
        }
        Cookie cookie = request.getCookies().get(SessionCookieAuthFilter.COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return;
        }
        auth.authenticateSession(cookie.getValue())
                .filter(principal -> principal.kind() == HubPrincipal.CredentialKind.SESSION)
                .ifPresent(principal -> Viewer.attach(request, principal, notifications.unreadCount(principal.user())));
    }
}
