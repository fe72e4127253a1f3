package org.hub.api.search;

import org.hub.api.common.HubException;

/**
 * A whole-number query parameter read as text, so that {@code ?limit=abc} answers 400 with a
 * message rather than the 404 JAX-RS gives a parameter it cannot convert.
 */
final class WholeNumber {
    private WholeNumber() {}

    /** The value, or null when absent or blank. */
    static Integer parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw HubException.badRequest(name + " must be a whole number.");
        }
    }
}
