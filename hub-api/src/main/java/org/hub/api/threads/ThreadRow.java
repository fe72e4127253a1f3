package org.hub.api.threads;

import java.time.Instant;

/** The bare row of a thread, for access checks and edits before anything is shown. */
public record ThreadRow(
        long id,
        long groupId,
        String kind,
        String title,
        String body,
        String tags,
        long authorId,
        int version,
        Long acceptedPostId,
        Instant createdAt,
        boolean locked) {}
