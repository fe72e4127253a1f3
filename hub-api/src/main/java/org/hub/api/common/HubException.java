package org.hub.api.common;

import java.util.List;

/**
 * An expected failure with an HTTP status and a message meant for a person. Services throw
 * these; {@link HubExceptionMapper} turns them into {@link ApiError} bodies.
 */
public class HubException extends RuntimeException {
    private final int status;
    private final List<String> errors;

    public HubException(int status, String message) {
        this(status, message, List.of());
    }

    public HubException(int status, String message, List<String> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<String> errors() {
        return errors;
    }

    public static HubException badRequest(String message) {
        return new HubException(400, message);
    }

    public static HubException invalid(String message, List<String> errors) {
        return new HubException(422, message, errors);
    }

    public static HubException invalid(String message) {
        return new HubException(422, message, List.of(message));
    }

    public static HubException forbidden(String message) {
        return new HubException(403, message);
    }

    public static HubException conflict(String message) {
        return new HubException(409, message);
    }

    public static HubException unauthorized(String message) {
        return new HubException(401, message);
    }
}
