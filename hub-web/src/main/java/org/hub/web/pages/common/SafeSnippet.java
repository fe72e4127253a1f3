package org.hub.web.pages.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hub.search.Html;

/**
 * Makes sure a highlighted snippet is escaped text plus balanced {@code <mark>} tags and nothing
 * else, whatever the index returned: the text between the highlighter's tags is decoded and
 * escaped again, so a user who wrote "&lt;mark&gt;" or "&lt;script&gt;" sees it as text. Defence in
 * depth for the one raw value the pages print.
 */
final class SafeSnippet {
    private static final Pattern TAG = Pattern.compile("</?mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);");

    private SafeSnippet() {}

    static String clean(String snippetHtml) {
        if (snippetHtml == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippetHtml.length() + 16);
        Matcher tags = TAG.matcher(snippetHtml);
        int at = 0;
        boolean open = false;
        while (tags.find()) {
            out.append(Html.escape(decode(snippetHtml.substring(at, tags.start()))));
            boolean closing = tags.group().startsWith("</");
            if (closing == open) {
                out.append(closing ? "</mark>" : "<mark>");
                open = !closing;
            }
            at = tags.end();
        }
        out.append(Html.escape(decode(snippetHtml.substring(at))));
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    private static String decode(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement =
                    switch (name) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default -> codePoint(name);
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String numeric) {
        try {
            int cp = numeric.startsWith("#x")
                    ? Integer.parseInt(numeric.substring(2), 16)
                    : Integer.parseInt(numeric.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
