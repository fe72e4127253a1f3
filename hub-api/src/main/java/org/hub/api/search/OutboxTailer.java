package org.hub.api.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hub.api.outbox.OutboxDao;
import org.hub.api.outbox.OutboxEntry;
import org.hub.search.IndexedItem;
import org.hub.search.ItemType;
import org.hub.search.SearchIndex;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies outbox entries to the index in sequence order and keeps the "low-water mark": the
 * sequence up to which everything has been applied. That mark is what the index commit records,
 * so a restart resumes from it and can lose nothing.
 *
 * <p>Sequence numbers are handed out when a transaction inserts its row, not when it commits, so
 * a later number can become visible before an earlier one. An unseen number below a seen one is a
 * gap: either a transaction still running or one rolled back. The mark waits at a gap for
 * {@code gapTimeout} before deciding it was a rollback; entries above it are applied meanwhile
 * (applying is idempotent: it indexes the item's current state).
 *
 * <p>Except below {@code settledUpTo}: the highest sequence already committed when this tailer was
 * made, at start-up, before this process handed out a number. A hole below it belongs to a
 * transaction that began before this process did: one of the process that was killed (with
 * {@code kill -9}, say), which can never commit, so waiting the whole timeout for it only held
 * the mark, and the health check, back for a minute while everything acknowledged was already
 * searchable. Such a hole is waited for {@link #SETTLED_GRACE} only: enough for a transaction of
 * another node on the same database (see DESIGN.md) to commit, far below the health check's 30 s.
 *
 * <p>Not thread-safe: one indexer thread calls {@link #poll()}.
 */
public final class OutboxTailer {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxTailer.class);
    private static final int BATCH = 500;
    private static final int MAX_GAPS = 1000;
    static final Duration SETTLED_GRACE = Duration.ofSeconds(3);

    private final Jdbi jdbi;
    private final SearchIndex index;
    private final ItemLoader loader;
    private final Clock clock;
    private final Duration gapTimeout;
    /** Holes at or below this sequence began before this process: waited for briefly only. */
    private final long settledUpTo;

    /** The highest sequence applied so far; everything below it is applied or a known gap. */
    private long highestSeen;
    /** Sequences below {@link #highestSeen} not yet seen, with when they were first missed. */
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();

    /**
     * Resumes after {@code startAfter} (the index's committed sequence); {@code settledUpTo} is the
     * outbox's highest committed sequence read before this process could write any (see above).
     */
    public OutboxTailer(
            Jdbi jdbi,
            SearchIndex index,
            ItemLoader loader,
            Clock clock,
            Duration gapTimeout,
            long startAfter,
            long settledUpTo) {
        this.jdbi = jdbi;
        this.index = index;
        this.loader = loader;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.highestSeen = startAfter;
        this.settledUpTo = settledUpTo;
    }

    /** Everything at or below this sequence is in the index (or was a gap given up as rolled back). */
    public long lowWater() {
        return gaps.isEmpty() ? highestSeen : gaps.firstKey() - 1;
    }

    /** Applies what is new in the outbox, and any gap that has since committed; answers how many. */
    public int poll() {
        OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
        Instant now = clock.instant();
        int applied = 0;
        if (!gaps.isEmpty()) {
            List<OutboxEntry> filled =
                    outbox.bySeq(gaps.keySet().stream().limit(MAX_GAPS).toList());
            apply(filled);
            filled.forEach(entry -> gaps.remove(entry.seq()));
            applied += filled.size();
            gaps.values().removeIf(firstMissed -> expired(firstMissed, now));
        }
        while (true) {
            List<OutboxEntry> entries = outbox.after(highestSeen, BATCH);
            for (OutboxEntry entry : entries) {
                // A database may skip a block of numbers (a sequence cache lost in a crash); such
                // a jump is no transaction in flight, so only a small hole is watched.
                if (entry.seq() - highestSeen <= MAX_GAPS) {
                    for (long missing = highestSeen + 1; missing < entry.seq(); missing++) {
                        // dated so that it expires after the grace rather than the whole timeout
                        gaps.put(
                                missing,
                                missing <= settledUpTo ? now.minus(gapTimeout).plus(SETTLED_GRACE) : now);
                    }
                }
                highestSeen = entry.seq();
            }
            apply(entries);
            applied += entries.size();
            if (entries.size() < BATCH) {
                return applied;
            }
        }
    }

    private boolean expired(Instant firstMissed, Instant now) {
        if (Duration.between(firstMissed, now).compareTo(gapTimeout) < 0) {
            return false;
        }
        LOG.info("An outbox sequence stayed uncommitted past its wait; treating it as rolled back");
        return true;
    }

    /** Loads the current state of each changed item in batches per type; what is gone is deleted. */
    private void apply(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<ItemType, Set<Long>> byType = new EnumMap<>(ItemType.class);
        for (OutboxEntry entry : entries) {
            ItemType type;
            try {
                type = indexType(org.hub.api.outbox.ItemType.fromWire(entry.itemType()));
            } catch (IllegalArgumentException unknown) {
                LOG.warn("Skipping outbox entry {} of unknown type {}", entry.seq(), entry.itemType());
                continue;
            }
            if (type == null) {
                continue; // a change the index does not hold (a membership event)
            }
            byType.computeIfAbsent(type, t -> new HashSet<>()).add(entry.itemId());
        }
        byType.forEach((type, ids) -> {
            Set<Long> missing = new HashSet<>(ids);
            for (IndexedItem item : loader.load(type, ids)) {
                index.upsert(item);
                missing.remove(item.id());
            }
            missing.forEach(id -> index.delete(IndexedItem.key(type, id)));
        });
    }

    /**
     * The index's name for an outbox item type, null for a type it does not index; the switch
     * breaks the build if the two lists part.
     */
    static ItemType indexType(org.hub.api.outbox.ItemType type) {
        return switch (type) {
            case THREAD -> ItemType.THREAD;
            case POST -> ItemType.POST;
            case DOCUMENT -> ItemType.DOCUMENT;
            case GUIDANCE -> ItemType.GUIDANCE;
            case GROUP -> null;
        };
    }
}
