package org.hub.api.common;

import java.time.Duration;

/** Answers 429 with a {@code Retry-After} header: this caller has asked too often. */
public final class TooManyRequestsException extends RetryLaterException {
    public TooManyRequestsException(String message, Duration retryAfter) {
        super(429, message, retryAfter);
    }
}
