package org.hub.web.pages.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hub.api.threads.Tags;

/** Tags as people type them in one text box (separated by commas only), and as links to search. */
public final class TagText {
    /** One tag as a link to the search filtered by it; the tag is URL-encoded ("stage 1" has a space). */
    public record TagLink(String label, String url) {}

    private TagText() {}

    public static List<String> parse(String text) {
        return Tags.parse(text);
    }

    public static String format(List<String> tags) {
        return tags == null ? "" : String.join(", ", tags);
    }

    public static List<TagLink> links(List<String> tags) {
        return tags == null
                ? List.of()
                : tags.stream()
                        .map(t -> new TagLink(t, "/search?tag=" + URLEncoder.encode(t, StandardCharsets.UTF_8)))
                        .toList();
    }
}
