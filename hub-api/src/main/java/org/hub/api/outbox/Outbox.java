package org.hub.api.outbox;

import java.time.Clock;
import org.jdbi.v3.core.Handle;

/**
 * The outbox of DESIGN.md "Data flow": a content change appends (type, id) here in its own
 * transaction, and the indexer tails the table in sequence order. Features write here; only the
 * search package reads it ({@link OutboxDao}), and the notifier reads the rows that carry an
 * {@link OutboxEvent}.
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

    /**
     * Records, in the caller's transaction, that this item changed because of an event people may
     * be told about; the notifier delivers it once, after commit.
     */
    public void append(Handle handle, ItemType type, long itemId, OutboxEvent event, long actorId) {
        event(handle, type, itemId, event, actorId, null);
    }

    /** Records a membership event of a group: {@code userId}'s request was made, approved or declined. */
    public void membership(Handle handle, long groupId, long userId, OutboxEvent event, long actorId) {
        event(handle, ItemType.GROUP, groupId, event, actorId, userId);
    }

    /** A moderator decided on a post that {@code flaggerId} flagged; the item is the post. */
    public void flagDecided(Handle handle, long postId, long flaggerId, long actorId) {
        event(handle, ItemType.POST, postId, OutboxEvent.FLAG_DECIDED, actorId, flaggerId);
    }

    private void event(Handle handle, ItemType type, long itemId, OutboxEvent event, long actorId, Long subjectId) {
        handle.createUpdate("""
                        INSERT INTO index_queue (item_type, item_id, enqueued_at, event, actor_id, subject_id, notify_state)
                        VALUES (:type, :id, :now, :event, :actor, :subject, 'pending')""")
                .bind("type", type.wireName())
                .bind("id", itemId)
                .bind("now", clock.instant())
                .bind("event", event.wireName())
                .bind("actor", actorId)
                .bind("subject", subjectId)
                .execute();
    }
}
