package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.hub.api.users.User;

/** An answer or reply in a thread. {@code thankedByMe} tells the viewer whether they already thanked it. */
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
    "thankedByMe"
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
        boolean thankedByMe) {}
