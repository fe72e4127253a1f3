package org.hub.api.common;

/** The list-size rule of the API: {@code ?limit=} defaults to 20 and may be at most 100. */
public final class Limits {
    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private Limits() {}

    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAX) {
            throw HubException.badRequest("limit must be between 1 and " + MAX + ".");
        }
        return requested;
    }
}
