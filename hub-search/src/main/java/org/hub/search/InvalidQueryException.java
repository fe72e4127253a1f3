package org.hub.search;

/** A user's query the library refuses; the message is safe to show to that user (HTTP 400). */
public class InvalidQueryException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
