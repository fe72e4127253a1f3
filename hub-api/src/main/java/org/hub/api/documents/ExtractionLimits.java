package org.hub.api.documents;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on text extraction, so one hostile or huge upload cannot stall or exhaust the server.
 *
 * @param timeout longest one file may take before extraction is abandoned
 * @param maxChars most characters kept from one file; the rest is dropped and the result marked truncated
 * @param threads how many files are parsed at once
 * @param queueCapacity how many more may wait; beyond that extraction is refused at once
 */
public record ExtractionLimits(Duration timeout, int maxChars, int threads, int queueCapacity) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queueCapacity must not be negative");
        }
    }

    /** 30 seconds, a million characters, two threads, sixteen waiting. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_CHARS, 2, 16);
    }

    public ExtractionLimits withTimeout(Duration newTimeout) {
        return new ExtractionLimits(newTimeout, maxChars, threads, queueCapacity);
    }

    public ExtractionLimits withMaxChars(int newMaxChars) {
        return new ExtractionLimits(timeout, newMaxChars, threads, queueCapacity);
    }
}
