package org.hub.web.pages.common;

import java.util.Arrays;
import java.util.List;

/** Tags as people type them in one text box: separated by commas or spaces. */
public final class TagText {
    private TagText() {}

    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
    }

    public static String format(List<String> tags) {
        return tags == null ? "" : String.join(", ", tags);
    }
}
