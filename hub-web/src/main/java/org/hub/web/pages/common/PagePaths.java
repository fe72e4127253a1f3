package org.hub.web.pages.common;

import java.net.URI;
import java.net.URISyntaxException;

/** Which request paths are pages (HTML, cookie sessions, CSRF) rather than the JSON API or static files. */
public final class PagePaths {
    private PagePaths() {}

    /** {@code path} as Jersey's UriInfo gives it: relative, without the leading slash. */
    public static boolean isPage(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return !(p.equals("api") || p.startsWith("api/") || p.startsWith("assets/"));
    }

    /**
     * A local path to return to after signing in: only same-site paths, so that a crafted link
     * cannot send someone to another site ("//evil.example" and "/\evil" are not local), and only
     * what parses as a URI reference, so that building the redirect cannot fail. The redirect
     * carries the path as it is (relative), never a host taken from the request.
     */
    public static String safeReturn(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.length() > 2000
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI parsed = new URI(next);
            return parsed.getScheme() == null && parsed.getRawAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
