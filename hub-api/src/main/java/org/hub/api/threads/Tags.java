package org.hub.api.threads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags: up to 10 short phrases such as {@code stage 1} or {@code council-tax}, shared by threads,
 * documents and guidance. People type them in one box separated by commas, so a comma is the only
 * separator: "complaints, stage 1, repairs" is three tags, not four. Each tag is normalised
 * (lower case, no surrounding spaces, inner whitespace collapsed to one space) the same way for
 * writing, filtering and searching, and stored as one comma-separated string (V6 moved the old
 * space-separated rows over: a tag could not hold a space before).
 */
public final class Tags {
    public static final int MAX = 10;
    public static final int MAX_LENGTH = 40;
    /** Letters, digits, spaces and a little punctuation; no comma (the separator) and no quote (the query syntax's). */
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} '&./+-]+");

    private static final Pattern WORD_CHAR = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String SEPARATOR = ",";

    private Tags() {}

    /** Tags as typed in one box: split on commas only, empty pieces (",," or a trailing comma) dropped. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(SEPARATOR)).filter(t -> !t.isBlank()).toList();
    }

    /** Lower case, surrounding whitespace removed, inner whitespace collapsed to one space. */
    public static String normalise(String tag) {
        return tag == null
                ? ""
                : WHITESPACE.matcher(tag.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Normalises and de-duplicates; adds a message naming the tag to {@code errors} for anything invalid. */
    public static List<String> clean(List<String> tags, List<String> errors) {
        if (tags == null) {
            return List.of();
        }
        Set<String> cleaned = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = normalise(tag);
            String problem = problem(t);
            if (problem != null) {
                errors.add(problem);
                return List.of();
            }
            cleaned.add(t);
        }
        if (cleaned.size() > MAX) {
            errors.add("tags: at most " + MAX + " are allowed, separated by commas (" + cleaned.size() + " given).");
        }
        return new ArrayList<>(cleaned);
    }

    /**
     * What is wrong with the normalised tag {@code t}, as a message that starts with "tags" so the
     * pages show it beside the tags box; null when it is fine.
     */
    static String problem(String t) {
        if (t.isEmpty()) {
            return "tags must not be empty: leave out the extra comma.";
        }
        if (t.length() > MAX_LENGTH) {
            return "tags must be at most " + MAX_LENGTH + " characters each: \"" + t.substring(0, 20) + "…\" has "
                    + t.length() + ". Separate tags with commas.";
        }
        if (!TAG.matcher(t).matches() || !WORD_CHAR.matcher(t).find()) {
            return "tags may only use letters, digits, spaces and - ' & . / +: \"" + t + "\" does not.";
        }
        return null;
    }

    /** A normalised filter value ({@code ?tag=}); throws with the reason if no tag could look like it. */
    public static String filter(String value) {
        String t = normalise(value);
        String problem = t.isEmpty() ? null : problem(t);
        if (problem != null) {
            throw new IllegalArgumentException("tag " + problem.substring("tags ".length()));
        }
        return t.isEmpty() ? null : t;
    }

    public static String join(List<String> tags) {
        return String.join(SEPARATOR, tags);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(SEPARATOR));
    }
}
