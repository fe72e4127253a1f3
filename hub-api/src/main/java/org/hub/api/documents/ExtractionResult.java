package org.hub.api.documents;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TextExtractor} got out of a file: the text (possibly empty), whether it stopped at
 * the character cap, and why extraction failed if it did. A failure may still carry the text read
 * before it.
 */
public record ExtractionResult(String text, boolean truncated, Optional<String> failure) {
    public ExtractionResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(failure, "failure");
    }

    public static ExtractionResult complete(String text) {
        return new ExtractionResult(text, false, Optional.empty());
    }

    public static ExtractionResult truncated(String text) {
        return new ExtractionResult(text, true, Optional.empty());
    }

    public static ExtractionResult failed(String reason) {
        return new ExtractionResult("", false, Optional.of(reason));
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
