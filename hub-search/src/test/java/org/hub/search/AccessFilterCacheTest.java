package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cached access filter answers exactly what the uncached one would: per token set, with
 * deletions and new items applied at once. The index is large enough (one segment of 12,000
 * items) for the cache to keep the filter; the access tests on small indexes never reach it.
 */
class AccessFilterCacheTest {
    private static final int ITEMS = 12_000;
    private static final Set<String> TWO_GROUPS = Set.of("g:0", "g:1");
    private static final Set<String> ONE_GROUP = Set.of("g:0");
    private SearchIndex index;

    @BeforeEach
    void fillOneLargeSegment() {
        // no periodic refresh while filling, so the items land in one segment (small ones are not cached)
        SearchIndexOptions defaults = SearchIndexOptions.defaults();
        index = SearchIndex.open(
                new ByteBuffersDirectory(),
                new SearchIndexOptions(Duration.ofSeconds(60), defaults.stemmer(), defaults.ranking()));
        for (int id = 1; id <= ITEMS; id++) {
            index.upsert(Items.thread(id, "Budget line " + id, "Budget monitoring note", Set.of("g:" + (id % 3))));
        }
        index.refreshNow();
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void eachTokenSetSeesOnlyItsGroupsAndIsServedFromTheCache() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(total(TWO_GROUPS)).isEqualTo(ITEMS * 2 / 3);
        }
        assertThat(index.accessFilterCacheHits())
                .as("repeated searches reuse the filter")
                .isPositive();
        // another viewer, or the same one after leaving a group, is a different token set
        for (int i = 0; i < 3; i++) {
            assertThat(total(ONE_GROUP)).isEqualTo(ITEMS / 3);
        }
        assertThat(total(Set.of("g:2"))).isEqualTo(ITEMS / 3);
        assertThat(total(Set.of("g:9"))).isZero();
    }

    @Test
    void deletionsAndNewItemsApplyAlthoughTheFilterIsCached() throws Exception {
        for (int i = 0; i < 3; i++) {
            total(ONE_GROUP);
        }
        long hitsBefore = index.accessFilterCacheHits();
        index.delete("thread:3"); // in g:0
        index.upsert(Items.thread(ITEMS + 3, "Budget line new", "Budget monitoring note", ONE_GROUP));
        index.upsert(Items.thread(ITEMS + 1, "Budget line hidden", "Budget monitoring note", Set.of("g:1")));
        index.refreshNow();
        SearchResults after = index.search(Items.request("budget", ONE_GROUP));
        assertThat(after.total()).isEqualTo(ITEMS / 3);
        assertThat(index.search(Items.request("\"line 3\"", ONE_GROUP)).total()).isZero();
        assertThat(index.search(Items.request("hidden", ONE_GROUP)).total()).isZero();
        assertThat(index.search(Items.request("\"line new\"", ONE_GROUP)).total())
                .isEqualTo(1);
        assertThat(index.accessFilterCacheHits())
                .as("the large segment's entry survived the refresh")
                .isGreaterThan(hitsBefore);
    }

    private long total(Set<String> tokens) throws InvalidQueryException {
        return index.search(Items.request("budget", tokens)).total();
    }
}
