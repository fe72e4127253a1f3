package org.hub.api.common;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Recognises a unique-key violation (SQLState 23505 on PostgreSQL and H2 alike), for writes that
 * check first and insert after: two concurrent requests can both pass the check, and the key is
 * what keeps the second from counting twice. What is left unretried becomes a 409 in
 * {@link UniqueViolationExceptionMapper}.
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
        return retry(2, write);
    }

    /**
     * Runs a write up to {@code attempts} times while it loses races for a unique key, for writes
     * whose next run picks another key (the next free slug suffix, the next number): of n requests
     * racing for one key, each round lets at least one through, so n attempts always suffice. A
     * short random pause between runs keeps the losers from meeting again in lockstep. The last
     * failure is thrown as it is.
     */
    public static <T> T retry(int attempts, Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isCauseOf(e)) {
                    throw e;
                }
                pause(attempt);
            }
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

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 3L));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt(); // the caller decides what an interrupt means; retry at once
        }
    }
}
