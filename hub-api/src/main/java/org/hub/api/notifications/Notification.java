package org.hub.api.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One inbox item as the API shows it: {@code thread} for what happened in a thread, {@code group}
 * for join requests and decisions; {@code count} is how many repeats it stands for ("3 new answers").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(
        long id,
        NotificationKind kind,
        Actor actor,
        Ref thread,
        Ref group,
        String excerpt,
        int count,
        Instant created,
        boolean read) {

    /** Who caused it. */
    public record Actor(String username, String displayName) {}

    /** What it is about: a thread by id, or a group by id and slug; with its title (a group's name). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ref(long id, String slug, String title) {}
}
