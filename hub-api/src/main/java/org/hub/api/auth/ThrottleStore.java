package org.hub.api.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where {@link LoginThrottle} keeps its counters, by key. {@link InMemoryThrottleStore} serves one
 * server; servers in a cluster will share theirs through the database behind this same interface.
 */
public interface ThrottleStore {
    /** The counter under this key, if there is one. */
    Optional<Attempts> get(String key);

    /**
     * Atomically replaces the counter under this key with {@code change} applied to the current one
     * ({@code null} when there is none), and answers the new counter.
     */
    Attempts update(String key, UnaryOperator<Attempts> change);

    /**
     * Failed sign-ins counted since {@code windowStart}; {@code blockedUntil} when a rule refuses
     * further attempts (null while it does not); {@code lastSuccess} the latest sign-in that worked
     * (null if none), so a place the owner signs in from is recognised.
     */
    record Attempts(int failures, Instant windowStart, Instant blockedUntil, Instant lastSuccess) {}
}
