package org.hub.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer of the application port. The policy allows scripts and styles
 * from this site only (no inline code, so an injected {@code <script>} does nothing), no framing,
 * and no caching of anything but the static assets, since pages and API answers hold what only
 * this viewer may see. Set before the request runs, so a resource may still override them.
 */
public final class SecurityHeadersFilter implements Filter {
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
            http.setHeader("Content-Security-Policy", contentSecurityPolicy);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            http.setHeader("X-Frame-Options", "DENY");
            if (!req.getRequestURI().startsWith("/assets/")) {
                http.setHeader("Cache-Control", "private, no-store");
            }
        }
        chain.doFilter(request, response);
    }
}
