package org.hub.api.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors. Lists are ordered by a strictly monotonic key (an id), and a cursor holds
 * the last key shown: rows inserted meanwhile never shift a page, unlike offsets.
 */
public final class Cursor {
    private static final String PREFIX = "k1:";

    private Cursor() {}

    public static String encode(long key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * For lists in ascending key order: the key after which the next page starts; 0 for the first
     * page, which an absent or empty {@code cursor=} asks for.
     */
    public static long decodeAscending(String cursor) {
        return cursor == null || cursor.isBlank() ? 0 : decode(cursor);
    }

    /** For lists in descending key order: the key before which the next page starts; {@link Long#MAX_VALUE} for the first page. */
    public static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            long key = Long.parseLong(text.substring(PREFIX.length()));
            if (key < 0) {
                throw new IllegalArgumentException();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw HubException.badRequest("The cursor is not valid: use the nextCursor of a previous page.");
        }
    }
}
