package org.hub.api.notifications;

import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/**
 * How closely a person follows a group, thread or tag, as Discourse users know it: watching (every
 * new post), tracking (new threads, and replies where I am mentioned or took part), normal (only
 * what involves me) and muted (nothing at all).
 */
public enum SubscriptionLevel {
    WATCHING,
    TRACKING,
    NORMAL,
    MUTED;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    /** Parses a request's level; a clear 422 for anything else. */
    public static SubscriptionLevel fromWire(String value) {
        return WireEnum.parse(SubscriptionLevel.class, "level", value);
    }
}
