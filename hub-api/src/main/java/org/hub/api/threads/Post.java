package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.hub.api.users.User;

/**
 * An answer or reply in a thread. {@code thankedByMe} tells the viewer whether they already thanked
 * it; {@code hidden} is true only in what the group's moderators see (nobody else sees a hidden post).
 */
@JsonPropertyOrder({
    "id",
    "threadId",
    "body",
    "bodyHtml",
    "author",
    "createdAt",
    "updatedAt",
    "version",
    "thanks",
    "accepted",
    "thankedByMe",
    "hidden"
})
public record Post(
        long id,
        long threadId,
        String body,
        String bodyHtml,
        User author,
        Instant createdAt,
        Instant updatedAt,
        int version,
        long thanks,
        boolean accepted,
        boolean thankedByMe,
        boolean hidden) {}
