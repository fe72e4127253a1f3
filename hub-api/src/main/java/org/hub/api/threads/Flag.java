package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * One person's flag on a post, as its flagger sees it: {@code outcome} and {@code decidedAt} stay
 * null while the flag waits in the group's queue.
 */
@JsonPropertyOrder({"id", "postId", "threadId", "reason", "createdAt", "outcome", "decidedAt"})
public record Flag(
        long id,
        long postId,
        long threadId,
        FlagReason reason,
        Instant createdAt,
        FlagOutcome outcome,
        Instant decidedAt) {}
