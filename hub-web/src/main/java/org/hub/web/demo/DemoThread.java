package org.hub.web.demo;

import java.util.List;

/**
 * A question or discussion in a group, with its posts in order.
 *
 * @param kind              {@code question} or {@code discussion}
 * @param title             at most 200 characters
 * @param tags              lowercase {@code [a-z0-9-]{1,40}}, at most 10, distinct
 * @param acceptedPostIndex index into {@code posts} of the accepted answer; only ever set on questions,
 *                          never on a post by the thread's author; null when none is accepted
 * @param daysAgo           how long ago the thread was started (posts follow it in order)
 */
public record DemoThread(
        String groupSlug,
        String authorUsername,
        String kind,
        String title,
        String bodyMarkdown,
        List<String> tags,
        List<DemoPost> posts,
        Integer acceptedPostIndex,
        int daysAgo) {

    public DemoThread {
        tags = List.copyOf(tags);
        posts = List.copyOf(posts);
    }

    public boolean isQuestion() {
        return "question".equals(kind);
    }
}
