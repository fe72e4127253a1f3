package org.hub.api.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hub.api.auth.ThrottleStore.Attempts;
import org.hub.api.common.TooManyRequestsException;

/**
 * Slows down password guessing, after OWASP's authentication cheat sheet, with three rules over
 * failed sign-ins:
 * <ol>
 *   <li>per username and client address: {@code burst} free failures within the window, then
 *       lock-outs that double with each further failure up to a cap. A stranger's guesses slow
 *       the stranger, not the owner signing in from their own address;</li>
 *   <li>per username from anywhere: at most {@code perAccount} failures per window, a looser rule
 *       against guessing spread over many addresses. An address the owner signed in from lately
 *       is exempt, so even a distributed attack does not lock the owner out there;</li>
 *   <li>per client address across usernames: at most {@code perClient} failures per window,
 *       against trying one password on many accounts (spraying).</li>
 * </ol>
 * Usernames are counted whether or not such a user exists, so the answers reveal nothing about
 * which are real. IPv6 clients are counted by their /64 network, which one subscriber usually
 * holds whole. The counters live in a {@link ThrottleStore}.
 */
public final class LoginThrottle {
    /**
     * @param burst failures per username and address before lock-outs start
     * @param window how far back failures count
     * @param baseLockout the first lock-out, doubled by each further failure
     * @param maxLockout the longest lock-out
     * @param perAccount failures per username from all addresses within the window
     * @param perClient failures from one address over all usernames within the window
     * @param trustAfterSuccess how long an address stays exempt from the per-username rule after
     *                          a successful sign-in from it
     */
    public record Limits(
            int burst,
            Duration window,
            Duration baseLockout,
            Duration maxLockout,
            int perAccount,
            int perClient,
            Duration trustAfterSuccess) {
        public Limits {
            if (burst < 1 || perAccount < 1 || perClient < 1) {
                throw new IllegalArgumentException("every limit must allow at least one failure");
            }
        }

        /** How long a counter can still matter after its last change. */
        Duration retention() {
            Duration failures = window.plus(maxLockout).plus(window);
            return failures.compareTo(trustAfterSuccess) > 0 ? failures : trustAfterSuccess;
        }
    }

    private final Limits limits;
    private final ThrottleStore store;
    private final Clock clock;

    public LoginThrottle(Limits limits, ThrottleStore store, Clock clock) {
        this.limits = limits;
        this.store = store;
        this.clock = clock;
    }

    /** An in-memory throttle for one server, holding at most {@code maxEntries} counters. */
    public static LoginThrottle inMemory(Limits limits, long maxEntries, Clock clock) {
        return new LoginThrottle(limits, new InMemoryThrottleStore(maxEntries, limits.retention()), clock);
    }

    /** Refuses with 429, saying how long to wait, when any rule holds this attempt back. */
    public void check(String username, String client) {
        Instant now = clock.instant();
        Duration pair = pairWait(username, client, now);
        Duration account = accountWait(username, client, now);
        Duration fromClient = rateWait(clientKey(client), now);
        Duration wait = longest(pair, longest(account, fromClient));
        if (wait.isZero()) {
            return;
        }
        String who = fromClient.equals(wait) ? "from your network address" : "for this username";
        throw new TooManyRequestsException(
                "Too many failed sign-ins " + who + "; try again in " + inWords(wait) + ".", wait);
    }

    /** How long this client must still wait before trying this username again; zero if it may try now. */
    public Duration retryAfter(String username, String client) {
        try {
            check(username, client);
            return Duration.ZERO;
        } catch (TooManyRequestsException e) {
            return e.retryAfter();
        }
    }

    public void recordFailure(String username, String client) {
        Instant now = clock.instant();
        store.update(pairKey(username, client), a -> {
            Attempts fresh = a == null || pairForgotten(a, now) ? new Attempts(0, now, null, lastSuccess(a)) : a;
            int failures = fresh.failures() + 1;
            Instant blockedUntil = null;
            if (failures >= limits.burst()) {
                long doublings = Math.min(failures - limits.burst(), 20);
                Duration lockout = limits.baseLockout().multipliedBy(1L << doublings);
                blockedUntil = now.plus(lockout.compareTo(limits.maxLockout()) > 0 ? limits.maxLockout() : lockout);
            }
            return new Attempts(failures, fresh.windowStart(), blockedUntil, fresh.lastSuccess());
        });
        countTowardsRate(accountKey(username), limits.perAccount(), now);
        countTowardsRate(clientKey(client), limits.perClient(), now);
    }

    /**
     * Forgives this username's failures from this address and remembers the address as one the
     * owner uses. The per-username and per-address rates are left as they are: one right password
     * must not reset what a spray across many accounts has counted.
     */
    public void recordSuccess(String username, String client) {
        Instant now = clock.instant();
        store.update(pairKey(username, client), a -> new Attempts(0, now, null, now));
    }

    private Duration pairWait(String username, String client, Instant now) {
        return store.get(pairKey(username, client))
                .filter(a -> !pairForgotten(a, now))
                .map(a -> remaining(a.blockedUntil(), now))
                .orElse(Duration.ZERO);
    }

    private Duration accountWait(String username, String client, Instant now) {
        Optional<Attempts> pair = store.get(pairKey(username, client));
        boolean ownersAddress = pair.map(Attempts::lastSuccess)
                .filter(at -> !now.isAfter(at.plus(limits.trustAfterSuccess())))
                .isPresent();
        return ownersAddress ? Duration.ZERO : rateWait(accountKey(username), now);
    }

    private Duration rateWait(String key, Instant now) {
        return store.get(key)
                .filter(a -> !windowOver(a, now))
                .map(a -> remaining(a.blockedUntil(), now))
                .orElse(Duration.ZERO);
    }

    /** A fixed window from the first failure: at the limit, refused until the window ends. */
    private void countTowardsRate(String key, int limit, Instant now) {
        store.update(key, a -> {
            Attempts fresh = a == null || windowOver(a, now) ? new Attempts(0, now, null, null) : a;
            int failures = fresh.failures() + 1;
            Instant blockedUntil = failures >= limit ? fresh.windowStart().plus(limits.window()) : null;
            return new Attempts(failures, fresh.windowStart(), blockedUntil, null);
        });
    }

    private boolean windowOver(Attempts a, Instant now) {
        return now.isAfter(a.windowStart().plus(limits.window()));
    }

    /** Failures are forgotten one quiet window after the window, or after the last lock-out, ended. */
    private boolean pairForgotten(Attempts a, Instant now) {
        if (a.blockedUntil() == null) {
            return windowOver(a, now);
        }
        return now.isAfter(a.blockedUntil().plus(limits.window()));
    }

    private static Instant lastSuccess(Attempts a) {
        return a == null ? null : a.lastSuccess();
    }

    private static Duration remaining(Instant until, Instant now) {
        if (until == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** "45 seconds", "3 minutes": rounded up, so waiting that long is always enough. */
    static String inWords(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String pairKey(String username, String client) {
        return "pair\u0000" + username(username) + "\u0000" + client(client);
    }

    private static String accountKey(String username) {
        return "account\u0000" + username(username);
    }

    private static String clientKey(String client) {
        return "client\u0000" + client(client);
    }

    private static String username(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The address as counted: IPv4 as it is, IPv6 by its /64 network. */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (!a.contains(":")) {
            return a;
        }
        try {
            // A literal: parsed without a name lookup.
            byte[] bytes = InetAddress.getByName(a.startsWith("[") ? a.substring(1, a.length() - 1) : a)
                    .getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException | RuntimeException e) {
            return a.toLowerCase(Locale.ROOT);
        }
    }
}
