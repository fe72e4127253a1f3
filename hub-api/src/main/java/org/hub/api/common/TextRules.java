package org.hub.api.common;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The length and shape rules that several features share: titles, Markdown bodies and slugs.
 * Each check adds its message to the caller's list, so a form hears every mistake at once.
 */
public final class TextRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 50_000;
    /** Department and group slugs: lowercase letters, digits and inner hyphens, at most 60. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    private TextRules() {}

    /** The title without surrounding space; it must be 1 to {@link #MAX_TITLE} characters. */
    public static String title(String title, List<String> errors) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            errors.add("title must be 1 to " + MAX_TITLE + " characters.");
        }
        return t;
    }

    /** The Markdown body as written (null as empty); at most {@link #MAX_BODY}, and not blank when required. */
    public static String body(String body, boolean required, List<String> errors) {
        String b = body == null ? "" : body;
        if (b.length() > MAX_BODY) {
            errors.add("body must be at most " + MAX_BODY + " characters.");
        } else if (required && b.isBlank()) {
            errors.add("body must not be empty.");
        }
        return b;
    }
}
