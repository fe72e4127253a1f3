package org.hub.api.groups;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hub.api.common.WireEnum;

/** A person's standing in one group; {@code pending} is a join request awaiting approval. */
public enum GroupRole {
    OWNER,
    MODERATOR,
    MEMBER,
    PENDING;

    @JsonValue
    public String wireName() {
        return WireEnum.name(this);
    }

    @JsonCreator
    public static GroupRole fromWire(String value) {
        return WireEnum.parse(GroupRole.class, "role", value);
    }

    /** Owners, moderators and members take part; a pending request does not. */
    public boolean isMember() {
        return this != PENDING;
    }

    public boolean isModerator() {
        return this == OWNER || this == MODERATOR;
    }
}
