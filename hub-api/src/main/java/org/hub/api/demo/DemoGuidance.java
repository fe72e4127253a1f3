package org.hub.api.demo;

import java.util.List;

/**
 * A piece of curated guidance.
 *
 * @param status        {@code draft}, {@code published} or {@code archived}
 * @param reviewInDays  review date relative to "today"; negative means the review is overdue
 * @param ownerUsername a curator
 */
public record DemoGuidance(String title, String bodyMarkdown, List<String> tags, String status, int reviewInDays,
                           String ownerUsername) {

    public DemoGuidance {
        tags = List.copyOf(tags);
    }
}
