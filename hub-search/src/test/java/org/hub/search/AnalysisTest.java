package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.keys;
import static org.hub.search.Items.request;
import static org.hub.search.Items.thread;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Covers the English analysis chain (stemming, possessives, folding, stop words) and query-time synonyms. */
class AnalysisTest {
    private SearchIndex index;

    @BeforeEach
    void setUp() {
        index = Items.newIndex();
        Items.addAll(
                index,
                thread(1, "Running payroll reports", "How do we run the monthly payroll?"),
                thread(2, "The manager's handbook", "Guidance for line managers"),
                thread(3, "Café opening hours", "When does the canteen open"),
                thread(4, "Adult social care funding", "Budget for the coming year"),
                thread(5, "Parking permits", "Where to apply for a staff parking permit"));
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void stemsInflectedForms() throws Exception {
        assertThat(keys(index.search(request("run report", ALL)))).containsExactly("thread:1");
    }

    @Test
    void dropsPossessives() throws Exception {
        assertThat(keys(index.search(request("manager handbook", ALL)))).containsExactly("thread:2");
    }

    @Test
    void foldsAccents() throws Exception {
        assertThat(keys(index.search(request("cafe", ALL)))).containsExactly("thread:3");
        assertThat(keys(index.search(request("CAFÉ", ALL)))).containsExactly("thread:3");
    }

    @Test
    void ignoresStopWords() throws Exception {
        assertThat(keys(index.search(request("the parking permits", ALL)))).containsExactly("thread:5");
        assertThat(index.search(request("the of and", ALL)).total()).isZero();
    }

    @Test
    void synonymsApplyAtQueryTimeWithoutReindex() throws Exception {
        assertThat(index.search(request("asc", ALL)).total()).isZero();
        index.setSynonyms(List.of(List.of("asc", "adult social care"), List.of("car park", "parking")));
        assertThat(keys(index.search(request("asc", ALL)))).containsExactly("thread:4");
        assertThat(keys(index.search(request("asc funding", ALL)))).containsExactly("thread:4");
        assertThat(keys(index.search(request("car park", ALL)))).containsExactly("thread:5");
        index.setSynonyms(List.of());
        assertThat(index.search(request("asc", ALL)).total()).isZero();
    }

    @Test
    void multiWordSynonymFindsTheAbbreviation() throws Exception {
        index.upsert(thread(6, "ASC eligibility", "criteria"));
        index.refreshNow();
        index.setSynonyms(List.of(List.of("asc", "adult social care")));
        assertThat(keys(index.search(request("adult social care", ALL))))
                .containsExactlyInAnyOrder("thread:4", "thread:6");
    }

    @Test
    void aSynonymPhraseWithStopWordsMatchesWhereTheyWereDropped() throws Exception {
        index.upsert(thread(7, "Annual review", "Who attends the review of an education, health and care plan?"));
        index.upsert(thread(8, "EHCP deadlines", "How many weeks does an assessment take?"));
        index.upsert(thread(9, "Care plan for health visits", "Education team notes"));
        index.refreshNow();
        index.setSynonyms(List.of(List.of("ehcp", "education health and care plan")));
        // Matches where the stop word was dropped, and still as a phrase: scattered words (thread 9) do not.
        assertThat(keys(index.search(request("ehcp", ALL)))).containsExactlyInAnyOrder("thread:7", "thread:8");
        assertThat(keys(index.search(request("education health and care plan", ALL))))
                .contains("thread:7", "thread:8");
    }

    @Test
    void synonymGroupsOfOnlyStopWordsAreIgnored() throws Exception {
        index.setSynonyms(List.of(List.of("the", "a"), List.of("", " ")));
        assertThat(keys(index.search(request("parking", ALL)))).containsExactly("thread:5");
    }
}
