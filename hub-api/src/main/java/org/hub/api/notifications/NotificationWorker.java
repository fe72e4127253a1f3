package org.hub.api.notifications;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Notifier} every {@code pollInterval} on a thread of its own, so a write's
 * response never waits for its fan-out. Stopping lets the step in progress finish; whatever is left
 * is still pending in the database and the next start delivers it.
 */
public final class NotificationWorker implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationWorker.class);

    private final Notifier notifier;
    private final Duration pollInterval;
    private ScheduledExecutorService executor;
    private volatile Throwable lastFailure;

    public NotificationWorker(Notifier notifier, Duration pollInterval) {
        this.notifier = notifier;
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hub-notifier");
            thread.setDaemon(true);
            // Below the indexer's threads: "searchable within a second" matters more than a
            // notification arriving a moment later.
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::run, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted() && notifier.step()) {
                // one batch per transaction, until nothing is pending
            }
            lastFailure = null;
        } catch (RuntimeException e) {
            // The step's transaction rolled back; the event is still pending and is retried next tick.
            if (lastFailure == null) {
                LOG.error("Delivering notifications failed; retrying", e);
            }
            lastFailure = e;
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Notification delivery did not stop within 10 s");
            executor.shutdownNow();
        }
    }

    /** The last delivery failure, or null once delivery works again. */
    public Throwable lastFailure() {
        return lastFailure;
    }
}
