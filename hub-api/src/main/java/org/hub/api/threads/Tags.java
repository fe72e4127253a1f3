package org.hub.api.threads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags: up to 10 lowercase words of {@code [a-z0-9-]{1,40}}, stored as one space-separated string.
 * Shared by threads, documents and guidance.
 */
public final class Tags {
    public static final int MAX = 10;
    private static final Pattern TAG = Pattern.compile("[a-z0-9-]{1,40}");

    private Tags() {}

    /** Trims, lower-cases and de-duplicates; adds a message to {@code errors} for anything invalid. */
    public static List<String> clean(List<String> tags, List<String> errors) {
        if (tags == null) {
            return List.of();
        }
        Set<String> cleaned = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(t).matches()) {
                errors.add("tags must be lowercase words of letters, digits and hyphens (1 to 40 characters).");
                return List.of();
            }
            cleaned.add(t);
        }
        if (cleaned.size() > MAX) {
            errors.add("at most " + MAX + " tags are allowed.");
        }
        return new ArrayList<>(cleaned);
    }

    public static String join(List<String> tags) {
        return String.join(" ", tags);
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(" "));
    }
}
