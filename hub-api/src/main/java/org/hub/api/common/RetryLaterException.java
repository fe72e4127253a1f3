package org.hub.api.common;

import java.time.Duration;

/** A refusal that passes with time: answered with a {@code Retry-After} header (in whole seconds). */
public class RetryLaterException extends HubException {
    private final Duration retryAfter;

    public RetryLaterException(int status, String message, Duration retryAfter) {
        super(status, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
