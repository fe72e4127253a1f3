package org.hub.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.hub.search.IndexedItem;
import org.hub.search.ItemType;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexException;
import org.hub.search.SearchIndexOptions;
import org.hub.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 finding 3: an index damaged on disk while the server was stopped opens as if sound;
 * the repair's background integrity check finds it after start, the index refuses searches and
 * reports the problem (the health check's reason) while it is rebuilt from the database, holds
 * the indexer off meanwhile, and serves the rebuilt items afterwards.
 */
class IndexRepairTest {
    private static final int BATCH = 30;

    @Test
    void damageFoundAfterStartIsRebuiltWhileSearchesAreRefused(@TempDir Path folder) throws Exception {
        long items = writeUntilMerged(folder);
        damage(folder, ".fdt");
        assertThat(SearchIndex.isHealthy(folder)).isTrue();

        CountDownLatch databaseRead = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        Reindexer.Source database = new Reindexer.Source() {
            @Override
            public long countLive(ItemType type) {
                return type == ItemType.THREAD ? items : 0;
            }

            @Override
            public List<IndexedItem> batchAfter(ItemType type, long afterId, int limit) {
                if (type != ItemType.THREAD || afterId >= items) {
                    return List.of();
                }
                databaseRead.countDown();
                await(mayFinish);
                List<IndexedItem> batch = new ArrayList<>();
                for (long id = afterId + 1; id <= items && batch.size() < limit; id++) {
                    batch.add(thread(id));
                }
                return batch;
            }
        };
        ReentrantLock indexerLock = new ReentrantLock();
        try (SearchIndex index = SearchIndex.open(folder, SearchIndexOptions.defaults())) {
            assertThat(index.corruption()).as("opening does not notice").isEmpty();
            IndexRepair repair =
                    new IndexRepair(index, new Reindexer(() -> 42, database, 2), indexerLock, Clock.systemUTC());
            assertThat(repair.problem()).isNull();
            repair.start();
            try {
                assertThat(databaseRead.await(30, TimeUnit.SECONDS))
                        .as("the background check found the damage and the rebuild began")
                        .isTrue();
                assertThat(repair.problem()).contains("damaged").contains("rebuilding");
                assertThatThrownBy(() -> index.search(request()))
                        .isInstanceOfSatisfying(SearchIndexException.class, e -> assertThat(e.isCorruption())
                                .isTrue());
                assertThat(indexerLock.tryLock())
                        .as("the indexer is held off during the rebuild")
                        .isFalse();

                mayFinish.countDown();
                awaitTrue(() -> repair.problem() == null);
                assertThat(repair.history()).contains("rebuilt after damage 1 time");
                assertThat(index.search(request()).total()).isEqualTo(items);
                Set<String> expected = new HashSet<>();
                for (long id = 1; id <= items; id++) {
                    expected.add(IndexedItem.key(ItemType.THREAD, id));
                }
                assertThat(index.keys()).isEqualTo(expected);
                assertThat(index.committedSequence()).isEqualTo(42);
                assertThat(index.checkIntegrity()).isTrue();
            } finally {
                mayFinish.countDown();
                repair.stop();
            }
        }
    }

    private static SearchRequest request() {
        return new SearchRequest("budget", Set.of(), null, null, null, null, null, null, null, 10, 0, Set.of("all"));
    }

    /**
     * Writes the items in small commits until a merge has given a segment files of its own (small
     * flushed segments are packed into one compound file), as on a real index.
     */
    private static long writeUntilMerged(Path folder) throws IOException, InterruptedException {
        long id = 0;
        try (SearchIndex index = SearchIndex.open(folder, SearchIndexOptions.defaults())) {
            for (long round = 1; round <= 200 && !has(folder, ".fdt"); round++) {
                for (int i = 0; i < BATCH; i++) {
                    index.upsert(thread(++id));
                }
                index.commit(round);
            }
            Thread.sleep(500); // let that merge finish, so that the last commit holds its segment
            index.commit(1000);
        }
        return id;
    }

    private static boolean has(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
        }
    }

    /** Overwrites the middle half of the first file with this suffix, keeping its header and footer. */
    private static void damage(Path folder, String suffix) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) (raf.length() / 2)];
            new java.util.Random(3).nextBytes(noise);
            raf.seek(raf.length() / 4);
            raf.write(noise);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("within 30 s").isTrue();
    }

    private static IndexedItem thread(long id) {
        return IndexedItem.builder(ItemType.THREAD, id)
                .title("Budget note " + id)
                .body("The budget for quarter " + id + " and the council's housing repairs")
                .group("finance", "Finance")
                .department("dept-a", "Department A")
                .author("alice", "Alice A")
                .createdAt(Instant.EPOCH.plusSeconds(id))
                .url("/threads/" + id)
                .accessTokens(Set.of("all"))
                .build();
    }
}
