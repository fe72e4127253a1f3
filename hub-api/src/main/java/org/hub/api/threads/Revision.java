package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.hub.api.users.User;

/**
 * One version of a thread ({@code postId} null) or of one of its posts, as its editor wrote it.
 * The first version of each is the original; every edit adds the next.
 */
@JsonPropertyOrder({"postId", "version", "editor", "editedAt", "title", "body"})
public record Revision(
        @JsonIgnore long id,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long postId,
        int version,
        User editor,
        Instant editedAt,
        String title,
        String body) {}
