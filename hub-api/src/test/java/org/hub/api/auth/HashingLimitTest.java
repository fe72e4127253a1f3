package org.hub.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hub.api.common.ServerBusyException;
import org.junit.jupiter.api.Test;

/** The bound on concurrent password hashes: its size from heap and processors, waiting, refusing, releasing. */
class HashingLimitTest {
    private static final long MB = 1024L * 1024;

    @Test
    void sizeIsAQuarterOfTheHeapCappedByProcessorsAndAtLeastOne() {
        assertThat(HashingLimit.permitsFor(512 * MB, 19 * 1024, 2))
                .as("the attacked set-up")
                .isEqualTo(4);
        assertThat(HashingLimit.permitsFor(512 * MB, 19 * 1024, 16))
                .as("128 MB / 19 MiB")
                .isEqualTo(6);
        assertThat(HashingLimit.permitsFor(64 * MB, 19 * 1024, 8))
                .as("a tiny heap still hashes")
                .isEqualTo(1);
        assertThat(HashingLimit.permitsFor(8192 * MB, 1024, 4)).isEqualTo(8);
        assertThat(HashingLimit.permitsFor(8192 * MB, 1024, 0)).isEqualTo(2);
    }

    @Test
    void aJvmLimitFitsItsHeap() {
        HashingLimit limit = HashingLimit.forThisJvm(19 * 1024);
        long held = (long) limit.size() * 19 * MB;
        assertThat(limit.size()).isBetween(1, Runtime.getRuntime().availableProcessors() * 2);
        assertThat(held)
                .isLessThanOrEqualTo(Math.max(19 * MB, Runtime.getRuntime().maxMemory() / 4));
    }

    @Test
    void refusesWith503AfterTheWaitWhenEverySlotIsTaken() throws Exception {
        HashingLimit limit = new HashingLimit(2, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> limit.run(() -> {
                    holding.countDown();
                    await(release);
                    return null;
                }));
            }
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            assertThatThrownBy(() -> limit.run(() -> "never")).isInstanceOfSatisfying(ServerBusyException.class, e -> {
                assertThat(e.status()).isEqualTo(503);
                assertThat(e.retryAfterSeconds()).isEqualTo(1);
                assertThat(e.getMessage()).contains("try again");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(90));
            release.countDown();
        } finally {
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(limit.run(() -> "free again")).isEqualTo("free again");
    }

    @Test
    void aFailingHashGivesItsSlotBack() {
        HashingLimit limit = new HashingLimit(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> limit.run(() -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(limit.run(() -> 42)).isEqualTo(42);
    }

    @Test
    void neverRunsMoreThanItsSizeAtOnce() throws Exception {
        HashingLimit limit = new HashingLimit(3, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                done.add(pool.submit(() -> limit.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(2);
                    running.decrementAndGet();
                    return null;
                })));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void theHasherChecksPasswordsThroughItsLimit() {
        HashingLimit limit = new HashingLimit(1, Duration.ofMillis(50));
        PasswordHasher hasher = new PasswordHasher(1024, 1, 1, limit);
        String hash = hasher.hash("a password to check");
        assertThat(limit.run(() -> {
                    assertThatThrownBy(() -> hasher.verify("a password to check", hash))
                            .isInstanceOf(ServerBusyException.class);
                    assertThatThrownBy(() -> hasher.hash("another")).isInstanceOf(ServerBusyException.class);
                    return true;
                }))
                .isTrue();
        assertThat(hasher.verify("a password to check", hash)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
