package org.hub.api.outbox;

import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * The outbox of DESIGN.md "Data flow": a content change appends (type, id) here in its own
 * transaction, and the indexer tails the table in sequence order. Features write here; only the
 * search package reads it ({@link OutboxDao}).
 *
 * <p>The table keeps its first name, {@code index_queue}: renaming it would cost a migration and
 * buy nothing.
 */
public final class Outbox {
    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /** Records, in the caller's transaction, that this item changed. */
    public void append(Handle handle, ItemType type, long itemId) {
        handle.createUpdate("INSERT INTO index_queue (item_type, item_id, enqueued_at) VALUES (:type, :id, :now)")
                .bind("type", type.wireName())
                .bind("id", itemId)
                .bind("now", clock.instant())
                .execute();
    }
}
