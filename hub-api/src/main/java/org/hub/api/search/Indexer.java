package org.hub.api.search;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hub.search.SearchIndex;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managed background indexer: tails the outbox every {@code pollInterval} and commits the
 * index with its low-water mark every {@code commitInterval}. Start after the index is open; stop
 * before it is closed (Dropwizard stops managed objects in reverse order of registration).
 */
public final class Indexer implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final Jdbi jdbi;
    private final SearchIndex index;
    private final ItemLoader loader;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration commitInterval;
    private ScheduledExecutorService executor;
    private OutboxTailer tailer;
    private volatile long lowWater;
    private volatile long committed;
    private volatile Instant lastCommit = Instant.EPOCH;
    private volatile Throwable lastFailure;

    public Indexer(Jdbi jdbi, SearchIndex index, ItemLoader loader, Clock clock, Duration pollInterval,
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
        tailer = new OutboxTailer(jdbi, index, loader, clock, Duration.ofSeconds(60), committed);
        LOG.info("Indexer resuming after outbox sequence {}", committed);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hub-indexer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::step, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void step() {
        try {
            if (tailer.poll() > 0) {
                // Make the change searchable now rather than at the next scheduled reopen: the
                // promise is "searchable within a second of the write", even on a busy machine.
                index.refreshNow();
            }
            lowWater = tailer.lowWater();
            lastFailure = null;
            Instant now = clock.instant();
            if (lowWater != committed && Duration.between(lastCommit, now).compareTo(commitInterval) >= 0) {
                commit();
            }
        } catch (RuntimeException e) {
            // A failure (database down, say) is retried on the next tick; the health check reports it.
            if (lastFailure == null) {
                LOG.error("Indexing failed; retrying", e);
            }
            lastFailure = e;
        }
    }

    private void commit() {
        index.commit(lowWater);
        committed = lowWater;
        lastCommit = clock.instant();
    }

    @Override
    public void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Indexer did not stop within 10 s");
            executor.shutdownNow();
        }
        try {
            tailer.poll();
            lowWater = tailer.lowWater();
            commit();
        } catch (RuntimeException e) {
            LOG.error("Final index commit failed; the next start resumes from sequence {}", committed, e);
        }
    }

    /** The outbox sequence up to which the index is current. */
    public long lowWater() {
        return lowWater;
    }

    public long committedSequence() {
        return committed;
    }

    public Throwable lastFailure() {
        return lastFailure;
    }
}
