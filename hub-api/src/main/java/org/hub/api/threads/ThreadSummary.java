package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.hub.api.groups.Group;
import org.hub.api.users.User;

/** A thread in a list: no bodies or posts, but how many posts it has. */
@JsonPropertyOrder({
    "id",
    "group",
    "kind",
    "title",
    "tags",
    "author",
    "createdAt",
    "updatedAt",
    "version",
    "acceptedPostId",
    "postCount"
})
public record ThreadSummary(
        long id,
        Group.GroupRef group,
        ThreadKind kind,
        String title,
        List<String> tags,
        User author,
        Instant createdAt,
        Instant updatedAt,
        int version,
        Long acceptedPostId,
        long postCount) {}
