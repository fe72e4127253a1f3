package org.hub.web;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hub.api.common.HubException;
import org.hub.api.directory.DirectorySync;
import org.hub.api.directory.SyncReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs the staff directory every {@code ldap.syncEvery}, first one period after start-up. A failed
 * sync is logged (its message names the directory, never the bind password) and tried again at the
 * next period: it changed nothing.
 */
final class DirectorySchedule implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySchedule.class);

    private final DirectorySync sync;
    private final Duration every;
    private ScheduledExecutorService executor;

    DirectorySchedule(DirectorySync sync, Duration every) {
        this.sync = sync;
        this.every = every;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "directory-sync");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            SyncReport report = sync.sync();
            LOG.info("Directory sync: {}", report.describe());
        } catch (HubException e) {
            LOG.warn("Directory sync failed: {}", e.getMessage());
        } catch (RuntimeException e) {
            // Keep the schedule alive: an exception escaping would cancel every later run.
            LOG.error("Directory sync failed unexpectedly", e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
