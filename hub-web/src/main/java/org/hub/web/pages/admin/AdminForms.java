package org.hub.web.pages.admin;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What the admin sections' forms share: typed text kept as typed, and the redirect after a change. */
final class AdminForms {
    private AdminForms() {}

    /** After a change, back to the section's page with the notice {@code done} names. */
    static Response done(String page, String what) {
        return Response.seeOther(URI.create(page + "?done=" + what)).build();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
