package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.thread;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The related panel lists each thread once, even when the thread and its answers all match. */
class RelatedOnePerThreadTest {
    private SearchIndex index;

    @BeforeEach
    void setUp() {
        index = Items.newIndex();
        Items.addAll(
                index,
                thread(1, "Damp and mould in council homes", "Tenants report damp and mould after the winter"),
                thread(2, "Mould in a tenant's bathroom", "Black mould and damp on the bathroom ceiling"),
                Items.post(3, 2, "Mould in a tenant's bathroom", "Treat the damp mould first, then ventilate", ALL),
                Items.post(4, 2, "Mould in a tenant's bathroom", "Damp and mould: inspect within 14 days", ALL),
                thread(5, "Damp surveys for housing stock", "A damp and mould survey of every home"),
                thread(6, "Parking permits", "Residents' parking zones"));
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void aThreadAndItsMatchingAnswersAreOneEntry() {
        var related = index.related("thread:1", ALL, 5);
        assertThat(related)
                .extracting(SearchHit::threadOf)
                .doesNotHaveDuplicates()
                .contains(2L, 5L);
        assertThat(related).extracting(SearchHit::key).doesNotContain("thread:1");
    }

    @Test
    void theLimitCountsThreadsNotHits() {
        assertThat(index.related("thread:1", ALL, 2))
                .extracting(SearchHit::threadOf)
                .as("two different threads, though thread 2's answers also match")
                .hasSize(2)
                .doesNotHaveDuplicates();
    }
}
