package org.hub.search;

/**
 * The one unchecked exception at the library boundary: every {@link java.io.IOException} from
 * Lucene is wrapped in it. {@link #isCorruption()} tells the application to rebuild the index.
 */
public class SearchIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean corruption;

    public SearchIndexException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public SearchIndexException(String message, Throwable cause, boolean corruption) {
        super(message, cause);
        this.corruption = corruption;
    }

    /** True when the index on disk is unreadable and should be rebuilt from the database. */
    public boolean isCorruption() {
        return corruption;
    }
}
