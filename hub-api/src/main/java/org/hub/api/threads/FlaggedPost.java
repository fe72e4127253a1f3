package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;
import org.hub.api.users.User;

/**
 * A post in a group's moderation queue: the post, how many open flags it has and for which
 * reasons, and whether it is hidden already (by a moderator, or by personal-data flags until
 * someone decides). Who flagged is not shown: moderators judge the post, not the flaggers.
 */
@JsonPropertyOrder({
    "postId",
    "threadId",
    "threadTitle",
    "body",
    "bodyHtml",
    "author",
    "flagCount",
    "reasons",
    "hidden",
    "firstFlaggedAt"
})
public record FlaggedPost(
        long postId,
        long threadId,
        String threadTitle,
        String body,
        String bodyHtml,
        User author,
        long flagCount,
        Map<FlagReason, Long> reasons,
        boolean hidden,
        Instant firstFlaggedAt) {}
