package org.hub.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * Security headers on every answer of the application port. The policy allows scripts and styles
 * from this site only (no inline code, so an injected {@code <script>} does nothing), no framing,
 * and no caching of anything but the static assets, since pages and API answers hold what only
 * this viewer may see. Set before the request runs, so a resource may still override them.
 */
public final class SecurityHeadersFilter implements Filter {
    /** The policy without single sign-on's extra form target: Jetty's own error answers use it. */
    static final String CONTENT_SECURITY_POLICY = policy("");

    private final String contentSecurityPolicy;

    public SecurityHeadersFilter() {
        this(java.util.Optional.empty());
    }

    /**
     * @param signOutOrigin the identity provider's origin, when signing out continues there: the
     *     sign-out form's redirect to it is a form submission to another site, which
     *     {@code form-action} would otherwise block
     */
    public SecurityHeadersFilter(java.util.Optional<String> signOutOrigin) {
        this.contentSecurityPolicy =
                policy(signOutOrigin.map(origin -> " " + origin).orElse(""));
    }

    private static String policy(String extraFormTargets) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'none'",
                "form-action 'self'" + extraFormTargets,
                "frame-ancestors 'none'");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http && request instanceof HttpServletRequest req) {
            apply(req.getRequestURI(), http::setHeader, contentSecurityPolicy);
        }
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers for an answer to {@code path}; shared with {@link HubErrorHandler}, which
     * answers the requests Jetty refuses before this filter runs.
     */
    static void apply(String path, BiConsumer<String, String> header) {
        apply(path, header, CONTENT_SECURITY_POLICY);
    }

    private static void apply(String path, BiConsumer<String, String> header, String contentSecurityPolicy) {
        header.accept("Content-Security-Policy", contentSecurityPolicy);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "same-origin");
        header.accept("X-Frame-Options", "DENY");
        if (path == null || !path.startsWith("/assets/")) {
            header.accept("Cache-Control", "private, no-store");
        }
    }
}
