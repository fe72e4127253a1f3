package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paging through more hits than proximity and feedback re-score: every hit appears exactly once,
 * in the order one long page gives, whichever page size is used. Re-scoring a deeper window for
 * a deeper page would reorder hits that earlier pages had already shown.
 */
class RescorePagingTest {
    private static final int ITEMS = 450;
    private static SearchIndex index;

    @BeforeAll
    static void fill() {
        index = Items.newIndex();
        for (int id = 1; id <= ITEMS; id++) {
            // A third of the items have the words side by side but are a word longer, so the first pass
            // ranks them last and proximity lifts them: the order depends on how many hits are re-scored.
            String body = id % 3 == 0
                    ? "Budget monitoring north quarter staff " + id
                    : "Budget north quarter was then the monitoring " + id;
            index.upsert(Items.thread(id, "Item " + id, body));
        }
        index.refreshNow();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void pagesOfAnySizeAddUpToOneLongPage() throws Exception {
        for (String text : List.of("budget monitoring", "budget monitoring report quarter agreed debate")) {
            List<String> whole = keys(text, ITEMS, 0);
            assertThat(whole).hasSize(ITEMS).doesNotHaveDuplicates();
            for (int size : List.of(20, 100, 150)) {
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < ITEMS; offset += size) {
                    paged.addAll(keys(text, size, offset));
                }
                assertThat(paged).as("%s in pages of %d", text, size).isEqualTo(whole);
            }
        }
    }

    private static List<String> keys(String text, int limit, int offset) throws InvalidQueryException {
        SearchRequest req = new SearchRequest(
                text,
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                SearchRequest.Sort.RELEVANCE,
                limit,
                offset,
                Items.ALL);
        return Items.keys(index.search(req));
    }
}
