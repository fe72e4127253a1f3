package org.hub.api.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One explicit follow level: {@code target} is group, thread or tag, and the matching field says
 * which one (a group by slug and name, a thread by id and title, a tag by its name).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(String target, GroupRef group, ThreadRef thread, String tag, SubscriptionLevel level) {
    public record GroupRef(String slug, String name) {}

    public record ThreadRef(long id, String title) {}
}
