package org.hub.api.threads;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/** A thread is a {@code question} (may get an accepted answer) or a {@code discussion}. */
public enum ThreadKind {
    QUESTION,
    DISCUSSION;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    @JsonCreator
    public static ThreadKind fromWire(String value) {
        return WireEnum.parse(ThreadKind.class, "kind", value);
    }
}
