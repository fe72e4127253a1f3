package org.hub.search;

import java.util.Locale;

/** The kinds of item the index holds; the wire name is what the API and URLs use. */
public enum ItemType {
    THREAD,
    POST,
    DOCUMENT,
    GUIDANCE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, case-insensitively; throws {@link IllegalArgumentException} when unknown. */
    public static ItemType fromWire(String wire) {
        if (wire != null) {
            String w = wire.trim().toLowerCase(Locale.ROOT);
            for (ItemType t : values()) {
                if (t.wireName().equals(w)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown item type: " + wire);
    }
}
