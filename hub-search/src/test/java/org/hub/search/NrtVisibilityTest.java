package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.request;
import static org.hub.search.Items.thread;

import java.time.Duration;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Covers near-real-time visibility: writes show up without a commit, well under a second. */
class NrtVisibilityTest {

    @Test
    void writesBecomeVisibleWithoutCommit() throws Exception {
        try (SearchIndex index = SearchIndex.open(
                new ByteBuffersDirectory(), new SearchIndexOptions(Duration.ofMillis(100), null, null))) {
            index.upsert(thread(1, "Flexible working", "policy"));
            long start = System.nanoTime();
            index.awaitVisible();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(index.search(request("flexible", ALL)).total()).isEqualTo(1);

            index.upsert(thread(1, "Hybrid working", "policy"));
            index.awaitVisible();
            assertThat(index.search(request("flexible", ALL)).total()).isZero();
            assertThat(index.search(request("hybrid", ALL)).total()).isEqualTo(1);
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void backgroundRefreshAlone() throws Exception {
        try (SearchIndex index = SearchIndex.open(
                new ByteBuffersDirectory(), new SearchIndexOptions(Duration.ofMillis(50), null, null))) {
            index.upsert(thread(1, "Flexible working", "policy"));
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (index.count() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(index.count()).isEqualTo(1);
        }
    }
}
