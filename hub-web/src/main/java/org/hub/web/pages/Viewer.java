package org.hub.web.pages;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.hub.api.auth.HubPrincipal;
import org.hub.api.users.User;

/**
 * Who is looking at a page: the signed-in user and their session's CSRF token. Resolved once per
 * request by {@link PageViewerFilter} from the {@code hub_session} cookie and kept as a request
 * property, so resources, the CSRF check and the error pages all see the same answer.
 */
public record Viewer(HubPrincipal principal) {
    static final String PROPERTY = Viewer.class.getName();

    public User user() {
        return principal.user();
    }

    public String csrfToken() {
        return principal.csrfToken();
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
