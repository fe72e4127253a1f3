package org.hub.api.search;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import org.hub.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a damaged index while the server runs and rebuilds it in place from the database, as
 * start-up already does for a missing or unreadable index folder ({@link IndexFolder}). Opening
 * an index checks only its headers and footers, so bytes overwritten inside a data file pass
 * start-up unnoticed (issue 11 finding 3); two things find them:
 *
 * <ul>
 *   <li>a search that trips over them: {@link SearchIndex} marks itself corrupt and tells this
 *       class, and refuses every search until the rebuild is done ({@link SearchService} answers
 *       503 with {@code Retry-After}, never a 500 or results read from bad data);
 *   <li>a checksum of every file ({@link SearchIndex#checkIntegrity()}) once after start, on this
 *       class's own thread so that start-up does not wait for it (it reads the whole index).
 * </ul>
 *
 * <p>The rebuild (a fresh, empty index in the same folder, {@link SearchIndex#discardForRebuild()},
 * since a merge that met the damage closes the writer for good; then {@link Reindexer}: re-read
 * the database, commit at the outbox position noted first) runs while holding {@code indexerLock}, which the {@link Indexer} takes
 * for each poll and commit: a commit in the middle would make a half-filled index durable, and an
 * outbox entry applied in the middle could be overwritten by the older copy the rebuild read.
 * Entries written meanwhile are applied by the indexer afterwards, as after any rebuild.
 */
public final class IndexRepair implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRepair.class);

    private final SearchIndex index;
    private final Reindexer reindexer;
    private final Lock indexerLock;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "hub-index-repair");
        thread.setDaemon(true);
        return thread;
    });
    /** Whether a rebuild is queued and has not begun: one rebuild serves every report before it. */
    private final AtomicBoolean queued = new AtomicBoolean();

    private volatile Instant lastRebuilt;
    private volatile Throwable lastFailure;
    private volatile int rebuilds;

    public IndexRepair(SearchIndex index, Reindexer reindexer, Lock indexerLock, Clock clock) {
        this.index = index;
        this.reindexer = reindexer;
        this.indexerLock = indexerLock;
        this.clock = clock;
    }

    @Override
    public void start() {
        index.onCorruption(this::rebuildSoon);
        worker.execute(this::checkIntegrity);
    }

    private void checkIntegrity() {
        Instant start = clock.instant();
        try {
            if (index.checkIntegrity()) {
                LOG.info(
                        "Search index checksums verified in {} ms",
                        Duration.between(start, clock.instant()).toMillis());
            }
        } catch (RuntimeException e) {
            LOG.error("Could not check the search index's checksums", e);
        }
    }

    /** Queues a rebuild on this class's thread (the caller is a search: it must not wait for it). */
    private void rebuildSoon() {
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::rebuild);
            } catch (RejectedExecutionException stopping) {
                queued.set(false);
            }
        }
    }

    private void rebuild() {
        queued.set(false);
        if (index.corruption().isEmpty()) {
            return;
        }
        Instant start = clock.instant();
        LOG.error("Rebuilding the damaged search index from the database; searches answer 503 until it is done");
        indexerLock.lock();
        try {
            // A fresh writer: a merge that met the damage has closed the old one for good.
            index.discardForRebuild();
            long items = reindexer.rebuild(index, progress -> {});
            index.refreshNow();
            index.clearCorruption();
            rebuilds++;
            lastRebuilt = clock.instant();
            lastFailure = null;
            LOG.info(
                    "Rebuilt the search index from the database: {} items in {} ms",
                    items,
                    Duration.between(start, lastRebuilt).toMillis());
        } catch (RuntimeException e) {
            // the database unreachable, say: searches stay refused, and the health check says why
            lastFailure = e;
            LOG.error("Rebuilding the damaged search index failed; restart the server to rebuild it", e);
        } finally {
            indexerLock.unlock();
        }
    }

    /** Null while the index is sound; otherwise what is wrong with it, for the health check. */
    public String problem() {
        if (index.corruption().isEmpty()) {
            return null;
        }
        return lastFailure != null
                ? "the search index is damaged and rebuilding it failed (" + lastFailure.getMessage()
                        + "); restart the server"
                : "the search index is damaged; rebuilding it from the database";
    }

    /** How many damaged indexes this server rebuilt, and when last (null if never): for the health check. */
    public String history() {
        return rebuilds == 0 ? "" : "; rebuilt after damage " + rebuilds + " time(s), last at " + lastRebuilt;
    }

    @Override
    public void stop() throws InterruptedException {
        worker.shutdownNow(); // a rebuild in progress is not committed; the next start finds the damage again
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("The index repair thread did not stop within 30 s");
        }
    }
}
