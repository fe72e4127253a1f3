package org.hub.api.common;

import java.util.Locale;

/** Lower-case wire names for enums, and a clear 422 for a value that is not one of them. */
public final class WireEnum {
    private WireEnum() {}

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (name(constant).equals(value)) {
                    return constant;
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(name(constant));
        }
        throw HubException.invalid(field + " must be one of " + allowed + ".");
    }
}
