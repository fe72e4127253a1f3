package org.hub.api.auth;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hub.api.common.ServerBusyException;

/**
 * Bounds how many password hashes run at once. Each Argon2id hash holds its whole memory cost
 * (19 MiB by default) on the heap while it runs, and anyone may ask for one by signing in, so
 * without a bound a few hundred parallel sign-ins exhaust the heap. Beyond the bound a caller
 * waits briefly and is then refused with 503 and {@code Retry-After}: refusing a sign-in is
 * better than failing every request on the server.
 */
public final class HashingLimit {
    /** The share of the heap that concurrent hashes may hold between them. */
    static final int HEAP_SHARE_DIVISOR = 4;
    /** Hashing is CPU-bound: more at once than a few per core only makes each one slower. */
    static final int PER_CPU = 2;

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    static final String BUSY = "Too many people are signing in right now; please try again in a moment.";

    private final Semaphore permits;
    private final int size;
    private final Duration maxWait;

    public HashingLimit(int size, Duration maxWait) {
        if (size < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed at a time");
        }
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.maxWait = maxWait;
    }

    /** A limit sized for this JVM's heap and processors. */
    public static HashingLimit forThisJvm(int memoryKiB) {
        Runtime runtime = Runtime.getRuntime();
        return new HashingLimit(
                permitsFor(runtime.maxMemory(), memoryKiB, runtime.availableProcessors()), DEFAULT_WAIT);
    }

    /**
     * At most a quarter of the heap in hashes, at most {@value #PER_CPU} per processor, at least one.
     * E.g. a 512 MB heap, 19 MiB hashes and 2 cores: min(128 MB / 19 MiB = 6, 4) = 4.
     */
    static int permitsFor(long maxHeapBytes, int memoryKiB, int cpus) {
        long perHash = Math.max(1, (long) memoryKiB * 1024);
        long byHeap = maxHeapBytes / HEAP_SHARE_DIVISOR / perHash;
        long byCpu = (long) Math.max(1, cpus) * PER_CPU;
        return (int) Math.max(1, Math.min(byHeap, byCpu));
    }

    public int size() {
        return size;
    }

    /** Runs the hash once a slot is free; {@link ServerBusyException} if none frees up within the wait. */
    public <T> T run(Supplier<T> hash) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException(BUSY, maxWait);
        }
        if (!acquired) {
            throw new ServerBusyException(BUSY, maxWait);
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
