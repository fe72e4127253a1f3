package org.hub.api.guidance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/** {@code draft} (curators only), {@code published} (everyone), {@code archived} (readable, out of default search). */
public enum GuidanceStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    @JsonCreator
    public static GuidanceStatus fromWire(String value) {
        return WireEnum.parse(GuidanceStatus.class, "status", value);
    }
}
