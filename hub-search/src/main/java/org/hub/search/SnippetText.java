package org.hub.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet as plain text with where its matches are, for clients that do not render HTML: the
 * same passage as {@link SearchHit#snippetHtml()}, entities decoded and the {@code <mark>} tags
 * replaced by offsets. Offsets count UTF-16 code units (Java and JavaScript string indices),
 * {@code start} inclusive and {@code end} exclusive.
 */
public record SnippetText(String text, List<Highlight> highlights) {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    /** One match: {@code text.substring(start, end)} is the matched text. */
    public record Highlight(int start, int end) {}

    public SnippetText {
        highlights = List.copyOf(highlights);
    }

    /**
     * Reads a snippet in the one form {@link Snippets} writes: text escaped by {@link Html} or by
     * Lucene's passage formatter (which also writes {@code &#x2F;}), matches in {@code <mark>}.
     */
    public static SnippetText fromHtml(String html) {
        if (html == null) {
            return new SnippetText("", List.of());
        }
        StringBuilder text = new StringBuilder(html.length());
        List<Highlight> highlights = new ArrayList<>();
        int markStart = -1;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (html.startsWith(OPEN, i)) {
                markStart = text.length();
                i += OPEN.length();
            } else if (html.startsWith(CLOSE, i)) {
                if (markStart >= 0 && text.length() > markStart) {
                    highlights.add(new Highlight(markStart, text.length()));
                }
                markStart = -1;
                i += CLOSE.length();
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi < 0 ? null : entity(html.substring(i + 1, semi));
                if (decoded == null) {
                    text.append(c);
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        return new SnippetText(text.toString(), highlights);
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        if (name.length() < 2 || name.length() > 8 || name.charAt(0) != '#') {
            return null;
        }
        try {
            int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                    ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
