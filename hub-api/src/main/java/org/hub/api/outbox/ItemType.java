package org.hub.api.outbox;

import java.util.Locale;

/**
 * The kinds of item a change is recorded for. The wire name is what the outbox table stores, and
 * the same name the search index uses for its own item types ({@link #GROUP} is not indexed).
 */
public enum ItemType {
    THREAD,
    POST,
    DOCUMENT,
    GUIDANCE,
    /** A group's membership changed; nothing to index, but people may be told. */
    GROUP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored name, case-insensitively; throws {@link IllegalArgumentException} when unknown. */
    public static ItemType fromWire(String wire) {
        if (wire != null) {
            String w = wire.trim().toLowerCase(Locale.ROOT);
            for (ItemType type : values()) {
                if (type.wireName().equals(w)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown item type: " + wire);
    }
}
