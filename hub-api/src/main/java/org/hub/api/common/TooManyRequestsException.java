package org.hub.api.common;

import java.time.Duration;

/** Answers 429 with a {@code Retry-After} header. */
public final class TooManyRequestsException extends HubException {
    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(429, message);
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
