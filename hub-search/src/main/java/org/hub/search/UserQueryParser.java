package org.hub.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The user query language: words, {@code "exact phrases"}, {@code -excluded}, {@code OR}, and
 * the filters {@code tag: group: dept: author: type: is:answered is:unanswered}. Lucene's own
 * syntax means nothing here: {@code title:[a TO z]} is just words. Every input either parses or
 * raises {@link InvalidQueryException} with a message fit for the user.
 */
public final class UserQueryParser {
    /** Longer input is refused rather than truncated, so the user knows what was searched. */
    public static final int MAX_CHARS = 1000;
    /** Bounds the query's clause count (each word expands to several fields and pairs). */
    public static final int MAX_TERMS = 64;

    private UserQueryParser() {}

    public static ParsedQuery parse(String input) throws InvalidQueryException {
        String text = input == null ? "" : input;
        if (text.length() > MAX_CHARS) {
            throw new InvalidQueryException("The query is too long (at most " + MAX_CHARS + " characters).");
        }
        text = withoutSymbols(SearchSchema.clean(text)).replace('\u201c', '"').replace('\u201d', '"');

        List<String> words = new ArrayList<>();
        List<List<ParsedQuery.Alternative>> positives = new ArrayList<>();
        List<ParsedQuery.Alternative> excluded = new ArrayList<>();
        Set<ItemType> types = EnumSet.noneOf(ItemType.class);
        Set<ItemType> excludedTypes = EnumSet.noneOf(ItemType.class);
        List<ParsedQuery.FieldFilter> filters = new ArrayList<>();
        Boolean answered = null;

        int count = 0;
        boolean pendingOr = false;
        boolean pendingNot = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = pendingNot;
            pendingNot = false;
            while (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                negated |= text.charAt(i) == '-';
                i++;
            }
            if (i >= n || Character.isWhitespace(text.charAt(i))) {
                continue; // a lone operator
            }
            String token;
            boolean phrase = false;
            if (text.charAt(i) == '"') {
                int end = text.indexOf('"', i + 1);
                end = end < 0 ? n : end; // an unbalanced quote runs to the end
                token = text.substring(i + 1, end);
                i = Math.min(n, end + 1);
                phrase = true;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                token = text.substring(i, end);
                i = end;
                int colon = token.indexOf(':');
                if (colon > 0 && isFilterName(token.substring(0, colon))) {
                    String value = token.substring(colon + 1);
                    if (value.startsWith("\"")) { // tag:"two words"
                        int close = text.indexOf('"', i);
                        if (!value.endsWith("\"") || value.length() == 1) {
                            close = close < 0 ? n : close;
                            value = value.substring(1) + text.substring(i, close);
                            i = Math.min(n, close + 1);
                        } else {
                            value = value.substring(1, value.length() - 1);
                        }
                        value = value.replace("\"", "");
                    }
                    if (++count > MAX_TERMS) {
                        throw tooMany();
                    }
                    String name = token.substring(0, colon).toLowerCase(Locale.ROOT);
                    value = value.strip();
                    if (value.isEmpty()) {
                        continue; // "tag:" with nothing after it filters nothing
                    }
                    switch (name) {
                        case "type" -> {
                            for (String v : value.split(",")) {
                                if (v.isBlank()) {
                                    continue;
                                }
                                ItemType t;
                                try {
                                    t = ItemType.fromWire(v);
                                } catch (IllegalArgumentException e) {
                                    throw new InvalidQueryException("Unknown type \"" + shorten(v)
                                            + "\": use thread, post, document or guidance.");
                                }
                                (negated ? excludedTypes : types).add(t);
                            }
                        }
                        case "is" -> {
                            boolean value1 =
                                    switch (value.toLowerCase(Locale.ROOT)) {
                                        case "answered" -> true;
                                        case "unanswered" -> false;
                                        default ->
                                            throw new InvalidQueryException("Unknown is:" + shorten(value)
                                                    + " - use is:answered or is:unanswered.");
                                    };
                            if (negated) {
                                value1 = !value1;
                            }
                            if (answered != null && answered != value1) {
                                throw new InvalidQueryException("is:answered and is:unanswered cannot both apply.");
                            }
                            answered = value1;
                        }
                        default ->
                            filters.add(new ParsedQuery.FieldFilter(
                                    filterField(name), SearchSchema.normalize(value), negated));
                    }
                    pendingOr = false;
                    continue;
                }
                if (!negated && token.equals("OR")) {
                    pendingOr = !positives.isEmpty();
                    continue;
                }
                if (!negated && token.equals("AND")) {
                    continue;
                }
                if (!negated && token.equals("NOT")) {
                    pendingNot = true;
                    pendingOr = false;
                    continue;
                }
            }
            if (token.isBlank()) {
                continue;
            }
            if (++count > MAX_TERMS) {
                throw tooMany();
            }
            ParsedQuery.Alternative alt = new ParsedQuery.Alternative(token.strip(), phrase);
            if (negated) {
                excluded.add(alt);
                pendingOr = false;
            } else if (pendingOr) {
                positives.get(positives.size() - 1).add(alt);
                pendingOr = false;
            } else {
                List<ParsedQuery.Alternative> group = new ArrayList<>();
                group.add(alt);
                positives.add(group);
            }
        }

        List<ParsedQuery.Alternative> phrases = new ArrayList<>();
        List<List<ParsedQuery.Alternative>> orGroups = new ArrayList<>();
        for (List<ParsedQuery.Alternative> group : positives) {
            if (group.size() > 1) {
                orGroups.add(group);
            } else if (group.get(0).phrase()) {
                phrases.add(group.get(0));
            } else {
                words.add(group.get(0).text());
            }
        }
        return new ParsedQuery(
                String.join(" ", words), phrases, orGroups, excluded, types, excludedTypes, filters, answered);
    }

    /**
     * Emoji and other symbols become spaces: the tokenizer keeps an emoji as a term of its own, and
     * since the words of a short query are all required, "\uD83D\uDE00 budget" would find nothing.
     */
    private static String withoutSymbols(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            // ASCII is left alone ("^" is a modifier symbol too); joiner and selectors are parts of emoji
            boolean symbol = c > 0x7F
                    && (type == Character.OTHER_SYMBOL
                            || type == Character.MODIFIER_SYMBOL
                            || c == 0x200D
                            || c == 0xFE0E
                            || c == 0xFE0F);
            if (symbol && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (symbol) {
                    sb.append(' ');
                } else {
                    sb.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
        return sb == null ? text : sb.toString();
    }

    private static InvalidQueryException tooMany() {
        return new InvalidQueryException("The query has too many words (at most " + MAX_TERMS + ").");
    }

    private static boolean isFilterName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tag", "group", "dept", "department", "author", "type", "is" -> true;
            default -> false;
        };
    }

    private static String filterField(String name) {
        return switch (name) {
            case "tag" -> SearchSchema.TAG;
            case "group" -> SearchSchema.GROUP;
            case "dept", "department" -> SearchSchema.DEPARTMENT;
            case "author" -> SearchSchema.AUTHOR;
            default -> throw new IllegalStateException(name);
        };
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
