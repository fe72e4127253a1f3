package org.hub.api.search;

import java.util.List;
import java.util.function.Consumer;
import org.hub.search.IndexedItem;
import org.hub.search.ItemType;
import org.hub.search.SearchIndex;
import org.jdbi.v3.core.Jdbi;

/**
 * Rebuilds the whole index from the database. It notes the outbox position first, so that
 * changes made while it runs are applied afterwards by the tailer, then commits at that position.
 */
public final class Reindexer {
    private static final int BATCH = 1000;

    private final Jdbi jdbi;
    private final ItemLoader loader;

    public Reindexer(Jdbi jdbi, ItemLoader loader) {
        this.jdbi = jdbi;
        this.loader = loader;
    }

    public record Progress(ItemType type, long done, long total) {
    }

    /** Answers the number of items indexed. */
    public long rebuild(SearchIndex index, Consumer<Progress> progress) {
        long position = jdbi.onDemand(IndexQueueDao.class).maxSeq();
        index.deleteAll();
        long indexed = 0;
        for (ItemType type : ItemType.values()) {
            long total = loader.countLive(type);
            long done = 0;
            long after = 0;
            while (true) {
                List<IndexedItem> batch = loader.batchAfter(type, after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                for (IndexedItem item : batch) {
                    index.upsert(item);
                }
                done += batch.size();
                after = batch.get(batch.size() - 1).id();
                progress.accept(new Progress(type, done, total));
            }
            indexed += done;
        }
        index.commit(position);
        return indexed;
    }
}
