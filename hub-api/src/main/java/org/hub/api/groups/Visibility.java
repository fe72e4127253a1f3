package org.hub.api.groups;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/**
 * Who sees a group: {@code open} (everyone reads, anyone joins), {@code restricted} (everyone
 * reads, joining needs approval) or {@code private} (only members know it exists).
 */
public enum Visibility {
    OPEN,
    RESTRICTED,
    PRIVATE;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    @JsonCreator
    public static Visibility fromWire(String value) {
        return WireEnum.parse(Visibility.class, "visibility", value);
    }
}
