package org.hub.api.notifications;

import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/** What a notification tells its recipient; the wire name is the API's {@code kind}. */
public enum NotificationKind {
    /** An answer to my question. */
    ANSWER,
    /** A reply in a thread I watch. */
    REPLY,
    /** Someone mentioned me. */
    MENTION,
    /** My answer was accepted. */
    ACCEPTED,
    /** My answer was thanked. */
    THANKS,
    /** A new thread in a group or tag I watch or track. */
    NEW_THREAD,
    /** Someone asked to join a group I moderate. */
    JOIN_REQUEST,
    /** My request to join was approved or declined. */
    JOIN_DECIDED,
    /** A moderator decided on a post I flagged. */
    FLAG_DECIDED;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    public static NotificationKind fromWire(String value) {
        return WireEnum.parse(NotificationKind.class, "kind", value);
    }
}
