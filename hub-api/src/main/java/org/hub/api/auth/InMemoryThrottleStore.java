package org.hub.api.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Throttle counters in this server's memory: bounded in number (the least useful go first when a
 * spray of made-up usernames fills it) and forgotten a while after their last change. A restart
 * forgives everything, which is acceptable for one server.
 */
public final class InMemoryThrottleStore implements ThrottleStore {
    private final Cache<String, Attempts> entries;

    /**
     * @param maxEntries how many counters to keep at most
     * @param retention how long after its last change a counter is kept; longer than any rule looks back
     */
    public InMemoryThrottleStore(long maxEntries, Duration retention) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(retention)
                // Evict on the writing thread: the bound holds at once, not when a pool gets to it.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Optional<Attempts> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    @Override
    public Attempts update(String key, UnaryOperator<Attempts> change) {
        return entries.asMap().compute(key, (k, current) -> change.apply(current));
    }
}
