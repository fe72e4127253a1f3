package org.hub.api.users;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.hub.api.common.HubException;

/** What a person may do across the hub: {@code member}, {@code curator} (comms: guidance) or {@code admin}. */
public enum Role {
    MEMBER,
    CURATOR,
    ADMIN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromWire(String value) {
        if (value != null) {
            for (Role role : values()) {
                if (role.wireName().equals(value)) {
                    return role;
                }
            }
        }
        throw HubException.invalid("role must be one of member, curator, admin.");
    }
}
