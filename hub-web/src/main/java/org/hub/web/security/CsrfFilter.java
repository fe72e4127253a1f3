package org.hub.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.server.ContainerRequest;
import org.hub.web.pages.common.ErrorView;
import org.hub.web.pages.common.PagePaths;
import org.hub.web.pages.common.Viewer;

/**
 * Rejects state-changing page requests that did not come from one of our own forms.
 *
 * <p>Two checks, both needed: a cross-site {@code Origin} is refused outright (this also covers the
 * sign-in form, which has no session yet), and a signed-in viewer's request must carry their
 * session's CSRF token: the {@code csrf} field of a url-encoded or multipart form (for an upload,
 * among the first parts: see {@link MultipartCsrfField}), or the {@code X-CSRF-Token} header.
 * Never a query parameter, which would leave the token in the address bar and the access log.
 * The session cookie is SameSite=Lax as well; the token keeps pages safe where a browser ignores
 * that.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public final class CsrfFilter implements ContainerRequestFilter {
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || !PagePaths.isPage(request.getUriInfo().getPath())) {
            return;
        }
        if (!sameOrigin(request)) {
            reject(request, "This form was sent from another site, so it was not accepted.");
            return;
        }
        Optional<Viewer> viewer = Viewer.optional(request);
        if (viewer.isEmpty()) {
            return; // nothing to forge: the page itself asks the visitor to sign in
        }
        String sent = sentToken(request);
        if (sent == null || !constantTimeEquals(sent, viewer.get().csrfToken())) {
            reject(
                    request,
                    "This form has expired or did not come from this site. Go back, reload the page and "
                            + "try again.");
        }
    }

    private static String sentToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HEADER);
        if (header != null) {
            return header;
        }
        MediaType type = request.getMediaType();
        if (type != null
                && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                && request instanceof ContainerRequest jersey) {
            // Buffered, so the resource's @FormParam fields still read the same body.
            jersey.bufferEntity();
            Form form = jersey.readEntity(Form.class);
            return form == null ? null : form.asMap().getFirst(FIELD);
        }
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return MultipartCsrfField.read(request, type.getParameters().get("boundary"));
        }
        return null; // never from the URL: it would show in the address bar and the access log
    }

    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isEmpty()) {
            return true; // older browsers and non-browser clients send none; the token still applies
        }
        URI base = request.getUriInfo().getBaseUri();
        try {
            URI sent = URI.create(origin);
            String host = request.getHeaderString("Host");
            String expected = host != null ? host : base.getAuthority();
            return expected != null && expected.equalsIgnoreCase(sent.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static void reject(ContainerRequestContext request, String message) {
        // The refused form's body is never read, so the connection cannot carry another request:
        // say so, or a client reusing it sends its next request into a socket the server closes.
        request.abortWith(Response.status(403)
                .header("Connection", "close")
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(new ErrorView(Viewer.optional(request).orElse(null), 403, message))
                .build());
    }
}
