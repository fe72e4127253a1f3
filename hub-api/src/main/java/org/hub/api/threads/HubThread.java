package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.hub.api.groups.Group;
import org.hub.api.users.User;

/** A whole thread: the question or opening post, its answers, and the guidance promoted from them. */
@JsonPropertyOrder({
    "id",
    "group",
    "kind",
    "title",
    "body",
    "bodyHtml",
    "tags",
    "author",
    "createdAt",
    "updatedAt",
    "version",
    "acceptedPostId",
    "locked",
    "posts",
    "guidance"
})
public record HubThread(
        long id,
        Group.GroupRef group,
        ThreadKind kind,
        String title,
        String body,
        String bodyHtml,
        List<String> tags,
        User author,
        Instant createdAt,
        Instant updatedAt,
        int version,
        Long acceptedPostId,
        boolean locked,
        List<Post> posts,
        List<GuidanceRef> guidance) {

    /** Guidance promoted from one of this thread's answers: {@code {slug, title}}. */
    public record GuidanceRef(String slug, String title) {}
}
