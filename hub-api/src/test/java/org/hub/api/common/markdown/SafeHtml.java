package org.hub.api.common.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rendered HTML against Hub's allow-list without trusting the sanitizer that produced it:
 * it finds every tag and attribute with its own parser and decodes URLs the way a browser would
 * (and then some), so a bug in the sanitizer's policy shows up as a violation here.
 */
final class SafeHtml {

    static final Set<String> ALLOWED_TAGS = Set.of(
            "p",
            "br",
            "hr",
            "em",
            "strong",
            "del",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "a");

    private static final Map<String, Set<String>> ALLOWED_ATTRIBUTES = Map.of(
            "a", Set.of("href", "title", "rel"),
            "ol", Set.of("start"),
            "code", Set.of("class"),
            "th", Set.of("align"),
            "td", Set.of("align"));

    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "xlink:href",
            "background",
            "lowsrc",
            "dynsrc",
            "poster",
            "data",
            "srcset");

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private static final List<String> FORBIDDEN_TAG_STARTS = List.of(
            "<script", "<iframe", "<object", "<embed", "<svg", "<style", "<form", "<math", "<img", "<frame", "<base",
            "<link", "<meta", "<input", "<button");

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)"
            + "((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)"
            + "\\s*/?>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);?");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("colon", ":"),
            Map.entry("tab", "\t"),
            Map.entry("newline", "\n"),
            Map.entry("sol", "/"),
            Map.entry("nbsp", "\u00a0"),
            Map.entry("lpar", "("),
            Map.entry("rpar", ")"));
    /** Characters browsers skip or that hide a scheme: whitespace, controls, format characters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cc}\\p{Cf}\\p{Z}]+");

    private static final Pattern SCHEME = Pattern.compile("^([^/?#]*?):");
    private static final Pattern EVENT_HANDLER = Pattern.compile("on[a-z]+", Pattern.CASE_INSENSITIVE);

    private SafeHtml() {}

    /** Every way {@code html} breaks the allow-list; empty when it is safe. */
    static List<String> violations(String html) {
        List<String> violations = new ArrayList<>();
        String compact = INVISIBLE.matcher(html.toLowerCase(Locale.ROOT)).replaceAll("");
        for (String start : FORBIDDEN_TAG_STARTS) {
            if (compact.contains(start)) {
                violations.add("forbidden tag " + start + ">");
            }
        }

        Matcher tag = TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            checkText(html.substring(textStart, tag.start()), violations);
            textStart = tag.end();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!ALLOWED_TAGS.contains(name)) {
                violations.add("tag not allowed: " + tag.group());
            }
            if (tag.group(1).isEmpty()) {
                checkAttributes(name, tag.group(3), tag.group(), violations);
            }
        }
        checkText(html.substring(textStart), violations);
        return violations;
    }

    /** A '<' outside a tag this parser understood could be one a browser understands differently. */
    private static void checkText(String text, List<String> violations) {
        if (text.indexOf('<') >= 0) {
            violations.add("raw '<' outside a well-formed tag: " + text);
        }
    }

    private static void checkAttributes(String tagName, String attributes, String tag, List<String> violations) {
        Set<String> allowed = ALLOWED_ATTRIBUTES.getOrDefault(tagName, Set.of());
        String rel = null;
        String href = null;
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(attribute.group(2));
            if (EVENT_HANDLER.matcher(name).matches()) {
                violations.add("event handler " + name + " in " + tag);
            }
            if (!allowed.contains(name)) {
                violations.add("attribute not allowed: " + name + " in " + tag);
            }
            if (URL_ATTRIBUTES.contains(name)) {
                checkUrl(value, tag, violations);
            }
            if (name.equals("rel")) {
                rel = value;
            } else if (name.equals("href")) {
                href = value;
            }
        }
        if (href != null) {
            Set<String> rels = Set.of(
                    decode(rel == null ? "" : rel).toLowerCase(Locale.ROOT).split("\\s+"));
            if (!rels.containsAll(Set.of("nofollow", "noopener"))) {
                violations.add("link without rel=\"nofollow noopener\": " + tag);
            }
        }
    }

    private static void checkUrl(String url, String tag, List<String> violations) {
        String compact = INVISIBLE.matcher(decode(url).toLowerCase(Locale.ROOT)).replaceAll("");
        for (String bad : List.of("javascript:", "vbscript:", "data:", "livescript:")) {
            if (compact.contains(bad)) {
                violations.add(bad + " URL in " + tag);
            }
        }
        Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find() && !SAFE_SCHEMES.contains(scheme.group(1))) {
            violations.add("URL scheme not allowed: " + scheme.group(1) + " in " + tag);
        }
    }

    private static String unquote(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * Decodes character references until nothing changes. A browser decodes an attribute once;
     * decoding to a fixed point is stricter, so double-encoded tricks are caught too.
     */
    static String decode(String value) {
        String previous;
        String current = value;
        int rounds = 0;
        do {
            previous = current;
            current = ENTITY.matcher(previous)
                    .replaceAll(match -> Matcher.quoteReplacement(decodeOne(match.group(1), match.group())));
        } while (!current.equals(previous) && ++rounds < 10);
        return current;
    }

    private static String decodeOne(String reference, String original) {
        try {
            if (reference.startsWith("#x") || reference.startsWith("#X")) {
                return Character.toString(Integer.parseInt(reference.substring(2), 16));
            }
            if (reference.startsWith("#")) {
                return Character.toString(Integer.parseInt(reference.substring(1)));
            }
        } catch (IllegalArgumentException outOfRange) {
            return "\uFFFD";
        }
        return NAMED_ENTITIES.getOrDefault(reference.toLowerCase(Locale.ROOT), original);
    }
}
