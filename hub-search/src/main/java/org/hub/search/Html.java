package org.hub.search;

/**
 * The one HTML-escaping rule of Hub: search snippets, Markdown shown as source and page snippets
 * all escape text with it. The apostrophe is written {@code &#x27;}, as Lucene's highlighter
 * writes it inside the passages it marks, so a snippet is escaped the same way whether it was
 * highlighted or taken from the start of a body.
 */
public final class Html {
    private Html() {}

    /** {@code text} with {@code < > & " '} escaped; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#x27;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
