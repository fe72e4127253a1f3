package org.hub.web.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A piece of curated guidance ({@code guidance.yml}).
 *
 * @param status        {@code draft}, {@code published} or {@code archived}
 * @param reviewInDays  review date relative to "today"; negative means the review is overdue
 * @param ownerUsername a curator
 */
public record DemoGuidance(
        String title,
        @JsonProperty("body") String bodyMarkdown,
        List<String> tags,
        String status,
        int reviewInDays,
        @JsonProperty("owner") String ownerUsername) {

    public DemoGuidance {
        bodyMarkdown = bodyMarkdown.strip();
        tags = List.copyOf(tags);
    }
}
