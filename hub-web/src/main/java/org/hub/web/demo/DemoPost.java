package org.hub.web.demo;

import java.util.List;

/**
 * An answer or reply in a thread.
 *
 * @param authorUsername a member (owner, moderator or member) of the thread's group
 * @param thankedBy      distinct usernames, never the post's author
 */
public record DemoPost(String authorUsername, String bodyMarkdown, List<String> thankedBy) {

    public DemoPost {
        thankedBy = List.copyOf(thankedBy);
    }
}
