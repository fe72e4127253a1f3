package org.hub.api.search;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.hub.api.outbox.OutboxDao;
import org.hub.search.SearchIndex;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managed background indexer: tails the outbox every {@code pollInterval} and commits the
 * index with its low-water mark every {@code commitInterval}. Start after the index is open; stop
 * before it is closed (Dropwizard stops managed objects in reverse order of registration).
 *
 * <p>Commits run on their own thread. A commit fsyncs every file written since the last one,
 * which after a large merge takes a second or more on a big index; on the tailing thread that
 * held back every new post, and "searchable within a second of the write" with it.
 */
public final class Indexer implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final Jdbi jdbi;
    private final SearchIndex index;
    private final ItemLoader loader;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration commitInterval;
    private ScheduledExecutorService tailing;
    private ScheduledExecutorService committing;
    private OutboxTailer tailer;
    private volatile long lowWater;
    private volatile long committed;
    private volatile Throwable lastFailure;
    private volatile Throwable lastCommitFailure;
    /** Polls begun and polls finished (applied and made searchable); see {@link #awaitSearchable}. */
    private final AtomicLong pollsStarted = new AtomicLong();

    private long pollsFinished; // guarded by pollDone
    private final Object pollDone = new Object();
    /** Whether a poll asked for by {@link #awaitSearchable} is queued and has not begun yet. */
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    /** Held for each poll and commit, and by {@link IndexRepair} for a whole rebuild. */
    private final ReentrantLock working = new ReentrantLock();

    public Indexer(
            Jdbi jdbi,
            SearchIndex index,
            ItemLoader loader,
            Clock clock,
            Duration pollInterval,
            Duration commitInterval) {
        this.jdbi = jdbi;
        this.index = index;
        this.loader = loader;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.commitInterval = commitInterval;
    }

    @Override
    public void start() {
        committed = index.committedSequence();
        lowWater = committed;
        // Read before the server takes requests: a number below it that never committed began
        // before this process, most likely in the one that was killed (see OutboxTailer).
        long settled = jdbi.onDemand(OutboxDao.class).maxSeq();
        tailer = new OutboxTailer(jdbi, index, loader, clock, Duration.ofSeconds(60), committed, settled);
        LOG.info("Indexer resuming after outbox sequence {} (outbox at {})", committed, settled);
        tailing = singleThread("hub-indexer");
        tailing.scheduleWithFixedDelay(this::step, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        committing = singleThread("hub-index-commit");
        committing.scheduleWithFixedDelay(
                this::commitIfBehind, commitInterval.toMillis(), commitInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ScheduledExecutorService singleThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private void step() {
        pollsStarted.incrementAndGet();
        working.lock();
        try {
            if (tailer.poll() > 0) {
                // Make the change searchable now rather than at the next scheduled reopen: a write
                // waits for it before answering (awaitSearchable).
                index.refreshNow();
            }
            lowWater = tailer.lowWater();
            lastFailure = null;
        } catch (RuntimeException e) {
            // A failure (database down, say) is retried on the next tick; the health check reports it.
            if (lastFailure == null) {
                LOG.error("Indexing failed; retrying", e);
            }
            lastFailure = e;
        } finally {
            working.unlock();
            synchronized (pollDone) {
                pollsFinished++; // counted even when it failed, so polls started and finished pair up
                pollDone.notifyAll();
            }
        }
    }

    private void commitIfBehind() {
        try {
            if (lowWater != committed) {
                commit();
            }
            lastCommitFailure = null;
        } catch (RuntimeException e) {
            if (lastCommitFailure == null) {
                LOG.error("Committing the search index failed; retrying", e);
            }
            lastCommitFailure = e;
        }
    }

    private void commit() {
        working.lock();
        try {
            commitHeld();
        } finally {
            working.unlock();
        }
    }

    private void commitHeld() {
        if (index.corruption().isPresent()) {
            // Never make a damaged index, or one half rebuilt, durable: the last good commit stands,
            // and a start from it finds the damage again and rebuilds.
            return;
        }
        long upTo = lowWater; // read once: the tailer moves it on while the commit runs
        Instant start = clock.instant();
        index.commit(upTo);
        committed = upTo;
        Duration took = Duration.between(start, clock.instant());
        if (took.compareTo(Duration.ofSeconds(1)) > 0) {
            LOG.info("Search index commit up to outbox sequence {} took {} ms", upTo, took.toMillis());
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (tailing == null) {
            return;
        }
        tailing.shutdown();
        committing.shutdown();
        boolean stopped = tailing.awaitTermination(10, TimeUnit.SECONDS);
        stopped &= committing.awaitTermination(10, TimeUnit.SECONDS);
        if (!stopped) {
            LOG.warn("Indexer did not stop within 10 s");
            tailing.shutdownNow();
            committing.shutdownNow();
        }
        try {
            tailer.poll();
            lowWater = tailer.lowWater();
            commit();
        } catch (RuntimeException e) {
            LOG.error("Final index commit failed; the next start resumes from sequence {}", committed, e);
        }
    }

    /**
     * Blocks until every outbox entry committed before this call is in the index and searchable,
     * or {@code limit} has passed; answers whether it got there. A write calls it after its
     * transaction commits and before it answers, so a search made after the answer never finds
     * deleted items or old text (issue 11 finding 8).
     *
     * <p>Cheap when nothing is waiting: one {@code MAX(seq)} query. Otherwise it asks for a poll
     * at once, rather than at the next tick, and waits for a poll that began after this call: that
     * poll sees every entry committed before it (a hole below it is re-read on every poll).
     * Concurrent writers share one poll. Answers false at once, without waiting, when the indexer
     * is not running or is failing (the health check reports that).
     */
    public boolean awaitSearchable(Duration limit) throws InterruptedException {
        if (tailing == null || tailing.isShutdown() || lastFailure != null) {
            return false;
        }
        if (lowWater >= jdbi.onDemand(OutboxDao.class).maxSeq()) {
            return true; // everything committed is applied, and lowWater moves only after the refresh
        }
        long target = pollsStarted.get() + 1;
        if (pollQueued.compareAndSet(false, true)) {
            try {
                tailing.execute(() -> {
                    pollQueued.set(false);
                    step();
                });
            } catch (RejectedExecutionException stopping) {
                pollQueued.set(false);
                return false;
            }
        }
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (pollDone) {
            while (pollsFinished < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || lastFailure != null) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(pollDone, left);
            }
        }
        return lastFailure == null;
    }

    /** Held for each poll and commit: whoever holds it (a rebuild) has the index to itself. */
    public Lock workLock() {
        return working;
    }

    /** The outbox sequence up to which the index is current. */
    public long lowWater() {
        return lowWater;
    }

    public long committedSequence() {
        return committed;
    }

    /** The last tailing or commit failure, or null once both work again. */
    public Throwable lastFailure() {
        Throwable tailing = lastFailure;
        return tailing != null ? tailing : lastCommitFailure;
    }
}
