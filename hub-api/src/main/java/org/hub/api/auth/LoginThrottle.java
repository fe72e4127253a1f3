package org.hub.api.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing against one username: after {@code burst} failures within the
 * window, further attempts are refused (429) until a lock-out that doubles with each further
 * failure, up to a cap. Keyed by the name typed, whether or not such a user exists, so the
 * answers reveal nothing about which usernames are real. Kept in memory: a restart forgives.
 */
public final class LoginThrottle {
    private final int burst;
    private final Duration window;
    private final Duration baseLockout;
    private final Duration maxLockout;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    public LoginThrottle(int burst, Duration window, Duration baseLockout, Duration maxLockout, Clock clock) {
        this.burst = burst;
        this.window = window;
        this.baseLockout = baseLockout;
        this.maxLockout = maxLockout;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(window.plus(maxLockout))
                .build();
    }

    /** How long the caller must still wait before trying this username again; zero if it may try now. */
    public Duration retryAfter(String username) {
        Failures f = failures.getIfPresent(key(username));
        if (f == null || f.lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.asMap().compute(key(username), (k, f) -> {
            if (f == null || Duration.between(f.firstAt, now).compareTo(window) > 0 && f.lockedUntil == null) {
                f = new Failures(now);
            }
            f.count++;
            if (f.count >= burst) {
                long doublings = Math.min(f.count - burst, 20);
                Duration lockout = baseLockout.multipliedBy(1L << doublings);
                f.lockedUntil = now.plus(lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout);
            }
            return f;
        });
    }

    public void recordSuccess(String username) {
        failures.invalidate(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Failures {
        final Instant firstAt;
        int count;
        Instant lockedUntil;

        Failures(Instant firstAt) {
            this.firstAt = firstAt;
        }
    }
}
