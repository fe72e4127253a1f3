package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.keys;
import static org.hub.search.Items.request;
import static org.hub.search.Items.thread;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Covers access filtering on every surface: hits, totals, facets, suggest, similar, related, did-you-mean. */
class AccessFilterTest {
    private static final Set<String> INSIDER = Set.of("all", "g:7");
    private SearchIndex index;

    @BeforeEach
    void setUp() {
        index = Items.newIndex();
        Items.addAll(
                index,
                thread(1, "Redundancy consultation timetable", "The redundancy consultation starts in spring", ALL),
                thread(
                        2,
                        "Redundancy consultation for the zanzibarian office",
                        "Confidential zanzibarian restructure plan",
                        Set.of("g:7")),
                Items.post(
                        3,
                        2,
                        "Redundancy consultation for the zanzibarian office",
                        "The zanzibarian answer",
                        Set.of("g:7")),
                thread(4, "Staff survey results", "The survey on redundancy fears", ALL));
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void searchHitsAndTotals() throws Exception {
        SearchResults outsider = index.search(request("redundancy consultation", ALL));
        assertThat(keys(outsider)).containsExactly("thread:1");
        assertThat(outsider.total()).isEqualTo(1);
        assertThat(outsider.facets().get("type")).containsExactly(new FacetValue("thread", "thread", 1));
        SearchResults insider = index.search(request("redundancy consultation", INSIDER));
        assertThat(keys(insider)).contains("thread:1", "thread:2", "post:3");
        assertThat(index.search(request("zanzibarian", ALL)).total()).isZero();
    }

    @Test
    void emptyTokenSetSeesNothing() throws Exception {
        assertThat(index.search(request("redundancy", Set.of())).total()).isZero();
        assertThat(index.search(request("", Set.of())).total()).isZero();
        assertThat(index.suggest("redun", Set.of(), 10)).isEmpty();
        assertThat(index.similar("redundancy consultation", "", Set.of(), 10)).isEmpty();
        assertThat(index.related("thread:1", Set.of(), 10)).isEmpty();
    }

    @Test
    void browseIsFiltered() throws Exception {
        assertThat(keys(index.search(request("", ALL)))).containsExactly("thread:4", "thread:1");
    }

    @Test
    void suggestions() {
        assertThat(index.suggest("redundancy con", ALL, 10))
                .extracting(Suggestion::id)
                .containsExactly(1L);
        assertThat(index.suggest("zanz", ALL, 10)).isEmpty();
        assertThat(index.suggest("redundancy con", INSIDER, 10))
                .extracting(Suggestion::id)
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(index.suggest("zanz", INSIDER, 10))
                .extracting(Suggestion::title)
                .containsExactly("Redundancy consultation for the zanzibarian office");
    }

    @Test
    void similarQuestions() {
        assertThat(index.similar("zanzibarian redundancy consultation", "", ALL, 10))
                .extracting(SearchHit::key)
                .containsExactly("thread:1");
        assertThat(index.similar("zanzibarian redundancy consultation", "", INSIDER, 10))
                .extracting(SearchHit::key)
                .startsWith("thread:2")
                .contains("thread:1")
                .doesNotContain("post:3");
    }

    @Test
    void relatedItems() {
        assertThat(index.related("thread:1", ALL, 10))
                .extracting(SearchHit::key)
                .doesNotContain("thread:2", "post:3", "thread:1")
                .contains("thread:4");
        assertThat(index.related("thread:1", INSIDER, 10))
                .extracting(SearchHit::key)
                .contains("thread:2");
        assertThat(index.related("thread:2", INSIDER, 10))
                .extracting(SearchHit::key)
                .doesNotContain("thread:2", "post:3");
        assertThat(index.related("thread:2", ALL, 10)).isEmpty();
    }

    @Test
    void didYouMeanNeverLeaksPrivateWords() throws Exception {
        SearchResults outsider = index.search(request("zanzibarion", ALL));
        assertThat(outsider.total()).isZero();
        assertThat(outsider.didYouMean()).isNull();
        SearchResults insider = index.search(request("zanzibarion", INSIDER));
        assertThat(insider.didYouMean()).isEqualTo("zanzibarian");
    }

    @Test
    void didYouMeanCorrectsPublicTypos() throws Exception {
        SearchResults r = index.search(request("redundancy consultasion", ALL));
        assertThat(r.didYouMean()).isEqualTo("redundancy consultation");
        assertThat(index.search(request("redundancy consultation", ALL)).didYouMean())
                .isNull();
    }
}
