package org.hub.api.threads;

import java.time.Instant;

/** A decided flag whose flagger has not been told the outcome yet: what a notifier sends. */
public record FlagOutcomeNotice(
        long flagId, long flaggerId, long postId, long threadId, FlagOutcome outcome, Instant decidedAt) {}
