package org.hub.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.outbox.ItemType;
import org.hub.api.outbox.Outbox;
import org.hub.api.outbox.OutboxDao;
import org.hub.api.testing.DatabaseTest;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tailer's low-water mark across holes in the outbox sequence (issue 11 finding 12): a hole
 * left by a transaction that began before start-up (one that died with the killed process) holds
 * the mark back for a short grace only, not the whole gap timeout; a hole that opens while this
 * process runs is still waited for, since its transaction may yet commit.
 */
abstract class OutboxTailerContract extends DatabaseTest {
    private static final Duration GAP_TIMEOUT = Duration.ofHours(1);
    private final Outbox outbox = new Outbox(Clock.systemUTC());
    private final MovableClock clock = new MovableClock();
    private SearchIndex index;

    @BeforeEach
    void openIndex() {
        index = SearchIndex.open(new ByteBuffersDirectory(), SearchIndexOptions.defaults());
    }

    @AfterEach
    void closeIndex() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void holesLeftByAnEarlierProcessDoNotHoldTheMarkBack() {
        long before = maxSeq();
        long first = committed(901);
        rolledBack(902); // a transaction killed with the previous process
        rolledBack(903);
        long last = committed(904);
        assertThat(last).as("the rollbacks used up numbers").isEqualTo(first + 3);

        OutboxTailer oldWay = tailer(before, before);
        OutboxTailer restarted = tailer(before, maxSeq());
        oldWay.poll();
        restarted.poll();
        assertThat(restarted.lowWater())
                .as("a moment for another node's transaction")
                .isEqualTo(first);

        clock.advance(OutboxTailer.SETTLED_GRACE);
        oldWay.poll();
        restarted.poll();
        assertThat(oldWay.lowWater())
                .as("without the start-up rule the mark waits out the gap timeout at the first hole")
                .isEqualTo(first);
        assertThat(restarted.lowWater()).isEqualTo(last);
    }

    @Test
    void aHoleOpenedAfterStartIsStillWaitedFor() {
        long before = maxSeq();
        long first = committed(911);
        OutboxTailer tailer = tailer(before, maxSeq());
        tailer.poll();
        assertThat(tailer.lowWater()).isEqualTo(first);

        rolledBack(912); // may be a transaction still running: the tailer cannot tell yet
        long last = committed(913);
        tailer.poll();
        clock.advance(OutboxTailer.SETTLED_GRACE);
        tailer.poll();
        assertThat(tailer.lowWater()).isEqualTo(first);
        assertThat(last).isGreaterThan(first + 1);
    }

    private OutboxTailer tailer(long startAfter, long settledUpTo) {
        ItemLoader loader = new ItemLoader(jdbi(), new MarkdownRenderer());
        return new OutboxTailer(jdbi(), index, loader, clock, GAP_TIMEOUT, startAfter, settledUpTo);
    }

    private long committed(long threadId) {
        jdbi().useTransaction(handle -> outbox.append(handle, ItemType.THREAD, threadId));
        return maxSeq();
    }

    private void rolledBack(long threadId) {
        jdbi().useHandle(handle -> {
            handle.begin();
            outbox.append(handle, ItemType.THREAD, threadId);
            handle.rollback();
        });
    }

    private long maxSeq() {
        return jdbi().onDemand(OutboxDao.class).maxSeq();
    }

    /** A clock the test moves on by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
