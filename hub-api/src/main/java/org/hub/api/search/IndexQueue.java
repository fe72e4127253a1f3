package org.hub.api.search;

import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * The outbox of DESIGN.md "Data flow": a content change appends (type, id) here in its own
 * transaction, and the indexer tails the table in sequence order.
 */
public final class IndexQueue {
    public static final String THREAD = "thread";
    public static final String POST = "post";
    public static final String DOCUMENT = "document";
    public static final String GUIDANCE = "guidance";

    private final Clock clock;

    public IndexQueue(Clock clock) {
        this.clock = clock;
    }

    public void enqueue(Handle handle, String itemType, long itemId) {
        handle.createUpdate("INSERT INTO index_queue (item_type, item_id, enqueued_at) VALUES (:type, :id, :now)")
                .bind("type", itemType)
                .bind("id", itemId)
                .bind("now", clock.instant())
                .execute();
    }
}
