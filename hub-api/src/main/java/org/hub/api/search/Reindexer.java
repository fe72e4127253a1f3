package org.hub.api.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.hub.api.outbox.OutboxDao;
import org.hub.search.IndexedItem;
import org.hub.search.ItemType;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexException;
import org.jdbi.v3.core.Jdbi;

/**
 * Rebuilds the whole index from the database. It notes the outbox position first, so that
 * changes made while it runs are applied afterwards by the tailer, then commits at that position.
 *
 * <p>The calling thread reads batches from the database while a small pool analyses and indexes
 * the batches already read: reading (SQL, Markdown to text) and Lucene's analysis each take a
 * good share of the time, and {@code IndexWriter} accepts documents from several threads at once.
 * At most two batches per indexing thread are held in memory.
 */
public final class Reindexer {
    private static final int BATCH = 1000;

    /** Where a rebuild reads from: the live items of each type, in id order. */
    interface Source {
        long countLive(ItemType type);

        List<IndexedItem> batchAfter(ItemType type, long afterId, int limit);
    }

    private final LongSupplier outboxPosition;
    private final Source source;
    private final int indexingThreads;

    public Reindexer(Jdbi jdbi, ItemLoader loader) {
        this(
                () -> jdbi.onDemand(OutboxDao.class).maxSeq(),
                new Source() {
                    @Override
                    public long countLive(ItemType type) {
                        return loader.countLive(type);
                    }

                    @Override
                    public List<IndexedItem> batchAfter(ItemType type, long afterId, int limit) {
                        return loader.batchAfter(type, afterId, limit);
                    }
                },
                Runtime.getRuntime().availableProcessors());
    }

    Reindexer(LongSupplier outboxPosition, Source source, int indexingThreads) {
        if (indexingThreads < 1) {
            throw new IllegalArgumentException("indexingThreads must be at least 1");
        }
        this.outboxPosition = outboxPosition;
        this.source = source;
        this.indexingThreads = indexingThreads;
    }

    /** How far the rebuild has read: {@code done} of {@code total} items of {@code type} handed to the indexers. */
    public record Progress(ItemType type, long done, long total) {}

    /** Answers the number of items indexed; throws, without committing, if any item could not be indexed. */
    public long rebuild(SearchIndex index, Consumer<Progress> progress) {
        long position = outboxPosition.getAsLong();
        index.deleteAll();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService indexers = Executors.newFixedThreadPool(indexingThreads, task -> {
            Thread thread = new Thread(task, "hub-reindex-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Semaphore batchesHeld = new Semaphore(2 * indexingThreads);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long indexed = 0;
        try {
            for (ItemType type : ItemType.values()) {
                long total = source.countLive(type);
                long done = 0;
                long after = 0;
                while (failure.get() == null) {
                    List<IndexedItem> batch = source.batchAfter(type, after, BATCH);
                    if (batch.isEmpty()) {
                        break;
                    }
                    batchesHeld.acquire();
                    indexers.execute(() -> indexAll(index, batch, failure, batchesHeld));
                    done += batch.size();
                    after = batch.get(batch.size() - 1).id();
                    progress.accept(new Progress(type, done, total));
                }
                indexed += done;
            }
            indexers.shutdown();
            while (!indexers.awaitTermination(1, TimeUnit.MINUTES)) {
                // a big batch on a slow disk; keep waiting, the pool has been told to finish
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchIndexException("the rebuild was interrupted", e);
        } finally {
            indexers.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        index.commit(position);
        return indexed;
    }

    private static void indexAll(
            SearchIndex index,
            List<IndexedItem> batch,
            AtomicReference<RuntimeException> failure,
            Semaphore batchesHeld) {
        try {
            if (failure.get() == null) {
                for (IndexedItem item : batch) {
                    index.upsert(item);
                }
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } catch (Error e) {
            // recorded, so the rebuild fails instead of committing an index with a batch missing
            failure.compareAndSet(null, new SearchIndexException("indexing failed: " + e, e));
            throw e;
        } finally {
            batchesHeld.release();
        }
    }
}
