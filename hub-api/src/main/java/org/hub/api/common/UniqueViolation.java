package org.hub.api.common;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Recognises a unique-key violation (SQLState 23505 on PostgreSQL and H2 alike), for writes that
 * check first and insert after: two concurrent requests can both pass the check, and the key is
 * what keeps the second from counting twice.
 */
public final class UniqueViolation {
    private static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    /**
     * Runs a write that checks before it inserts, and runs it once more if a concurrent twin of
     * the same request reached the unique key first: the second run sees the committed row and
     * takes its "already there" path (the same answer, or a 409), instead of a 500.
     */
    public static <T> T retryOnce(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (!isCauseOf(e)) {
                throw e;
            }
            return write.get();
        }
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
