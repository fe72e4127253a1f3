package org.hub.web.pages.admin;

import java.util.Arrays;
import java.util.List;

/** Synonym sets as the admin page's text area holds them: one set per line, terms separated by commas. */
final class SynonymText {
    private SynonymText() {}

    static List<List<String>> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> Arrays.stream(line.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList())
                .toList();
    }

    static String format(List<List<String>> sets) {
        StringBuilder out = new StringBuilder();
        sets.forEach(set -> out.append(String.join(", ", set)).append('\n'));
        return out.toString();
    }
}
