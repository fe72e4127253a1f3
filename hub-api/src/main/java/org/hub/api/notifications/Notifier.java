package org.hub.api.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The outbox's second consumer (the index is the first): turns the rows that carry an event into
 * inbox rows, exactly once and after commit.
 *
 * <p>It reads no cursor that a late commit could slip behind: an event row is written with
 * {@code notify_state = 'pending'} in the transaction of the change, so it is claimable only once
 * committed, and stays claimable until delivered. Each step claims the oldest pending row ({@code
 * FOR UPDATE SKIP LOCKED}, so that several nodes never take the same one), delivers one batch of its
 * recipients and records how far it got ({@code notify_after}), or that it is done, in the same
 * transaction as the inbox rows. A crash loses the step's whole transaction and nothing else; the
 * next step does it again. A fan-out to 10,000 members is 20 steps of 500, none holding a long
 * transaction, and the write that caused it never waits for any of them.
 */
public final class Notifier {
    static final int BATCH = 500;

    private final Jdbi jdbi;
    private final RecipientPlanner planner;
    private final Clock clock;
    private final int batchSize;
    private final LongConsumer afterBatchWritten;
    private final String claimSql;

    public Notifier(Jdbi jdbi, org.hub.api.common.markdown.MarkdownRenderer markdown, Clock clock) {
        this(jdbi, new RecipientPlanner(markdown), clock, BATCH, seq -> {});
    }

    /** With a batch size and a hook run inside each step's transaction, after its rows are written: for tests. */
    Notifier(Jdbi jdbi, RecipientPlanner planner, Clock clock, int batchSize, LongConsumer afterBatchWritten) {
        this.jdbi = jdbi;
        this.planner = planner;
        this.clock = clock;
        this.batchSize = batchSize;
        this.afterBatchWritten = afterBatchWritten;
        this.claimSql = """
                SELECT seq, item_type, item_id, event, actor_id, subject_id, notify_after FROM index_queue
                WHERE notify_state = 'pending' ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED""";
    }

    /** Delivers every pending event; answers how many steps (batches) it took. */
    public int drain() {
        int steps = 0;
        while (step()) {
            steps++;
        }
        return steps;
    }

    /**
     * Marks every pending event as delivered without telling anyone: for history written in bulk
     * (the demo seeder's year of backdated threads), which nobody should find as hundreds of
     * "new" notifications at the first start. Answers how many events it settled.
     */
    public int settleWithoutTelling() {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE index_queue SET notify_state = 'done' WHERE notify_state = 'pending'")
                .execute());
    }

    /** Claims the oldest pending event and delivers its next batch; false when none is pending. */
    public boolean step() {
        return jdbi.inTransaction(handle -> {
            Optional<OutboxEventRow> claimed = handle.createQuery(claimSql)
                    .map((rs, ctx) -> new OutboxEventRow(
                            rs.getLong("seq"),
                            rs.getString("item_type"),
                            rs.getLong("item_id"),
                            rs.getString("event"),
                            rs.getObject("actor_id", Long.class),
                            rs.getObject("subject_id", Long.class),
                            rs.getLong("notify_after")))
                    .findOne();
            if (claimed.isEmpty()) {
                return false;
            }
            OutboxEventRow row = claimed.get();
            Optional<DeliveryPlan> plan = planner.plan(handle, row);
            if (plan.isEmpty()) {
                finish(handle, row.seq());
                return true;
            }
            Map<Long, NotificationKind> batch = new java.util.LinkedHashMap<>();
            for (var entry :
                    plan.get().recipients().tailMap(row.notifyAfter(), false).entrySet()) {
                if (batch.size() == batchSize) {
                    break;
                }
                batch.put(entry.getKey(), entry.getValue());
            }
            Set<Long> allowed = mayBeTold(handle, plan.get().groupId(), batch.keySet());
            batch.keySet().retainAll(allowed);
            write(handle, row, plan.get(), batch);
            afterBatchWritten.accept(row.seq());
            long last = plan.get().recipients().tailMap(row.notifyAfter(), false).keySet().stream()
                    .limit(batchSize)
                    .reduce((a, b) -> b)
                    .orElse(row.notifyAfter());
            boolean more = plan.get().recipients().higherKey(last) != null;
            if (more) {
                handle.createUpdate("UPDATE index_queue SET notify_after = :last WHERE seq = :seq")
                        .bind("last", last)
                        .bind("seq", row.seq())
                        .execute();
            } else {
                finish(handle, row.seq());
            }
            return true;
        });
    }

    private static void finish(Handle handle, long seq) {
        handle.createUpdate("UPDATE index_queue SET notify_state = 'done' WHERE seq = :seq")
                .bind("seq", seq)
                .execute();
    }

    /**
     * Those of {@code candidates} who may see the group's content now: active, and an admin, or
     * the group is not private, or they are a member (GroupAccess.canSee, for many people at once).
     */
    private static Set<Long> mayBeTold(Handle handle, long groupId, Set<Long> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return handle.createQuery("""
                        SELECT u.id FROM users u JOIN hub_groups g ON g.id = :groupId
                        WHERE u.id IN (<ids>) AND u.active
                          AND (u.role = 'admin' OR g.visibility <> 'private' OR EXISTS (
                              SELECT 1 FROM memberships v
                              WHERE v.group_id = g.id AND v.user_id = u.id AND v.role <> 'pending'))""")
                .bind("groupId", groupId)
                .bindList("ids", new ArrayList<>(candidates))
                .mapTo(Long.class)
                .collect(Collectors.toSet());
    }

    /**
     * Writes the batch's rows. An unread row of the same kind about the same thread (or group) is
     * replaced by one that counts it: "3 new answers on …" is one row, at the top of the inbox.
     */
    private void write(Handle handle, OutboxEventRow row, DeliveryPlan plan, Map<Long, NotificationKind> batch) {
        Map<NotificationKind, List<Long>> byKind = new EnumMap<>(NotificationKind.class);
        batch.forEach((user, kind) ->
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(user));
        Instant now = clock.instant();
        byKind.forEach((kind, users) -> {
            String key = collapseKey(kind, plan);
            Map<Long, Integer> earlier = new HashMap<>();
            handle.createQuery("""
                            SELECT recipient_id, repeats FROM notifications
                            WHERE collapse_key = :key AND read_at IS NULL AND recipient_id IN (<ids>)""")
                    .bind("key", key)
                    .bindList("ids", users)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .forEach(e -> earlier.merge(e.getKey(), e.getValue(), Integer::sum));
            if (!earlier.isEmpty()) {
                handle.createUpdate("""
                                DELETE FROM notifications
                                WHERE collapse_key = :key AND read_at IS NULL AND recipient_id IN (<ids>)""")
                        .bind("key", key)
                        .bindList("ids", new ArrayList<>(earlier.keySet()))
                        .execute();
            }
            PreparedBatch insert = handle.prepareBatch("""
                    INSERT INTO notifications (recipient_id, kind, collapse_key, actor_id, group_id, thread_id,
                        post_id, excerpt, repeats, source_seq, created_at)
                    VALUES (:recipient, :kind, :key, :actor, :group, :thread, :post, :excerpt, :repeats, :seq, :now)""");
            for (long user : users) {
                insert.bind("recipient", user)
                        .bind("kind", kind.wireName())
                        .bind("key", key)
                        .bind("actor", row.actorId())
                        .bind("group", plan.groupId())
                        .bind("thread", plan.threadId())
                        .bind("post", plan.postId())
                        .bind("excerpt", plan.excerpt())
                        .bind("repeats", earlier.getOrDefault(user, 0) + 1)
                        .bind("seq", row.seq())
                        .bind("now", now)
                        .add();
            }
            insert.execute();
        });
    }

    private static String collapseKey(NotificationKind kind, DeliveryPlan plan) {
        return kind.wireName() + ":" + (plan.threadId() != null ? "t" + plan.threadId() : "g" + plan.groupId());
    }
}
