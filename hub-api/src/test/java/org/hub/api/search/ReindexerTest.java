package org.hub.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.hub.search.IndexedItem;
import org.hub.search.ItemType;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rebuild reads on one thread and indexes on several: every item lands once, or nothing is committed. */
class ReindexerTest {
    private static final long POSITION = 42;
    private static final int THREADS = 3_500; // four batches of the reindexer's 1,000
    private SearchIndex index;

    @BeforeEach
    void open() {
        index = SearchIndex.open(new ByteBuffersDirectory(), SearchIndexOptions.defaults());
        index.upsert(thread(999_999, "An item from before the rebuild"));
        index.commit(7);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void everyItemIsIndexedOnceAndTheOutboxPositionCommitted() {
        List<Reindexer.Progress> progress = new ArrayList<>();
        long indexed = new Reindexer(() -> POSITION, new Threads(-1), 3).rebuild(index, progress::add);
        index.refreshNow();
        assertThat(indexed).isEqualTo(THREADS);
        Set<String> expected = new HashSet<>();
        for (long id = 1; id <= THREADS; id++) {
            expected.add(IndexedItem.key(ItemType.THREAD, id));
        }
        assertThat(index.keys()).as("the items read, and nothing from before").isEqualTo(expected);
        assertThat(index.committedSequence()).isEqualTo(POSITION);
        assertThat(progress).last().isEqualTo(new Reindexer.Progress(ItemType.THREAD, THREADS, THREADS));
    }

    @Test
    void anItemThatCannotBeIndexedFailsTheRebuildWithoutACommit() {
        // a 40,000-character tag is longer than a facet path may be: Lucene refuses that document
        Reindexer reindexer = new Reindexer(() -> POSITION, new Threads(2_500), 3);
        assertThatThrownBy(() -> reindexer.rebuild(index, p -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximum allowed path length");
        assertThat(index.committedSequence())
                .as("the last good commit still stands")
                .isEqualTo(7);
    }

    /** {@link #THREADS} threads; the one with id {@code broken} carries an unindexable tag. */
    private record Threads(long broken) implements Reindexer.Source {
        @Override
        public long countLive(ItemType type) {
            return type == ItemType.THREAD ? THREADS : 0;
        }

        @Override
        public List<IndexedItem> batchAfter(ItemType type, long afterId, int limit) {
            List<IndexedItem> batch = new ArrayList<>();
            for (long id = afterId + 1; type == ItemType.THREAD && id <= THREADS && batch.size() < limit; id++) {
                batch.add(id == broken ? withTag(id, "x".repeat(40_000)) : thread(id, "Budget note " + id));
            }
            return batch;
        }
    }

    private static IndexedItem thread(long id, String title) {
        return withTag(id, "budget", title);
    }

    private static IndexedItem withTag(long id, String tag) {
        return withTag(id, tag, "Budget note " + id);
    }

    private static IndexedItem withTag(long id, String tag, String title) {
        return IndexedItem.builder(ItemType.THREAD, id)
                .title(title)
                .body("The budget for quarter " + id)
                .tags(List.of(tag))
                .group("finance", "Finance")
                .department("dept-a", "Department A")
                .author("alice", "Alice A")
                .createdAt(Instant.EPOCH.plusSeconds(id))
                .url("/threads/" + id)
                .accessTokens(Set.of("all"))
                .build();
    }
}
