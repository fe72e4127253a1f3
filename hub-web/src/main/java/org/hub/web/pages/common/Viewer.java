package org.hub.web.pages.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.users.User;

/**
 * Who is looking at a page: the signed-in user and their session's CSRF token. Resolved once per
 * request by {@link org.hub.web.security.PageViewerFilter} from the {@code hub_session} cookie and kept as a request
 * property, so resources, the CSRF check and the error pages all see the same answer.
 */
public record Viewer(HubPrincipal principal, int unreadNotifications) {
    private static final String PROPERTY = Viewer.class.getName();

    public User user() {
        return principal.user();
    }

    public String csrfToken() {
        return principal.csrfToken();
    }

    /**
     * Records who is looking at this request, with their unread count for the header's bell; the
     * session filter calls it once per page request.
     */
    public static void attach(ContainerRequestContext request, HubPrincipal principal, int unreadNotifications) {
        request.setProperty(PROPERTY, new Viewer(principal, unreadNotifications));
    }

    /** The viewer, if the request carries a valid session. */
    public static Optional<Viewer> optional(ContainerRequestContext request) {
        return Optional.ofNullable((Viewer) request.getProperty(PROPERTY));
    }

    /** The viewer, or a redirect to the sign-in page that comes back here afterwards. */
    public static Viewer required(ContainerRequestContext request) {
        return optional(request).orElseThrow(() -> new SignInRequired(returnPath(request)));
    }

    private static String returnPath(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        // After a form post, come back to the page the form was on rather than re-posting.
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
