package org.hub.api.documents;

import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the text of uploaded versions one at a time, off the request threads, and stores it
 * with an outbox event so the indexer picks it up. Versions still pending at start-up (the server
 * stopped mid-way) are taken up again, so no upload is left unsearchable.
 */
public final class ExtractionWorker implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionWorker.class);

    private final Jdbi jdbi;
    private final BlobStore blobs;
    private final TextExtractor extractor;
    private final Outbox outbox;
    private ExecutorService executor;

    public ExtractionWorker(Jdbi jdbi, BlobStore blobs, TextExtractor extractor, Outbox outbox) {
        this.jdbi = jdbi;
        this.blobs = blobs;
        this.extractor = extractor;
        this.outbox = outbox;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hub-extraction");
            thread.setDaemon(true);
            return thread;
        });
        jdbi.onDemand(DocumentDao.class).pending().forEach(version -> submit(version.id()));
    }

    public void submit(long versionId) {
        if (executor == null) {
            return;
        }
        executor.execute(() -> extract(versionId));
    }

    private void extract(long versionId) {
        try {
            DocumentDao.PendingVersion version =
                    jdbi.onDemand(DocumentDao.class).version(versionId).orElse(null);
            if (version == null) {
                return;
            }
            ExtractionResult result = extractor.extract(blobs.pathOf(version.sha256()), version.filename());
            String status = result.failure().isPresent() ? "failed" : "done";
            if (result.failure().isPresent()) {
                LOG.info(
                        "No text from document {} ({}): {}",
                        version.documentId(),
                        version.filename(),
                        result.failure().get());
            }
            String text = result.text() == null ? "" : result.text().replace('\u0000', ' ');
            jdbi.useTransaction(handle -> {
                handle.attach(DocumentDao.class).setExtracted(versionId, status, text);
                outbox.append(handle, ItemType.DOCUMENT, version.documentId());
            });
        } catch (RuntimeException e) {
            LOG.error("Text extraction of document version {} failed", versionId, e);
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
        extractor.close();
    }
}
