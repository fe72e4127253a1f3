package org.hub.api.common;

import java.time.Duration;

/** Answers 503 with a {@code Retry-After} header: the server as a whole is at a limit, not this caller. */
public final class ServerBusyException extends RetryLaterException {
    public ServerBusyException(String message, Duration retryAfter) {
        super(503, message, retryAfter);
    }
}
