package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/** What a moderator decided about a flagged post: it is hidden, or the flags are dismissed and it stands. */
public enum FlagOutcome {
    HIDDEN,
    DISMISSED;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    @JsonCreator
    public static FlagOutcome fromWire(String value) {
        return WireEnum.parse(FlagOutcome.class, "outcome", value);
    }
}
