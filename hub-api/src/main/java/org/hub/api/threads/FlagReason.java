package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/** Why someone flagged a post for the group's moderators. */
public enum FlagReason {
    WRONG_OR_OUTDATED,
    OFF_TOPIC,
    PERSONAL_DATA,
    OFFENSIVE;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    @JsonCreator
    public static FlagReason fromWire(String value) {
        return WireEnum.parse(FlagReason.class, "reason", value);
    }
}
