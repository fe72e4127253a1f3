package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.keys;
import static org.hub.search.Items.request;
import static org.hub.search.Items.thread;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Covers field boosts, phrase proximity and the answered/promoted boost. */
class RankingTest {

    @Test
    void titleMatchOutranksBodyMatch() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    thread(1, "Office moves", "Notes about expenses for the office move and the budget"),
                    thread(2, "Expenses", "Notes about the office move and the budget"));
            assertThat(keys(index.search(request("expenses", ALL)))).containsExactly("thread:2", "thread:1");
        }
    }

    @Test
    void wordsCloseTogetherOutrankScatteredWords() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    thread(1, "Notes", "the annual leave policy was discussed by the board at length today"),
                    thread(2, "Notes", "the policy on travel and the annual review of leave was discussed today"));
            assertThat(keys(index.search(request("annual leave policy", ALL)))).startsWith("thread:1");
        }
    }

    @Test
    void answeredAndPromotedItemsRankAboveOtherwiseEqualMatches() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    Items.item(
                            ItemType.THREAD,
                            1,
                            "Mileage claims",
                            "How to claim mileage",
                            List.of(),
                            "hr",
                            "HR",
                            ALL,
                            false,
                            false),
                    Items.item(
                            ItemType.THREAD,
                            2,
                            "Mileage claims",
                            "How to claim mileage",
                            List.of(),
                            "hr",
                            "HR",
                            ALL,
                            true,
                            false),
                    Items.item(
                            ItemType.GUIDANCE,
                            3,
                            "Mileage claims",
                            "How to claim mileage",
                            List.of(),
                            null,
                            null,
                            ALL,
                            false,
                            true));
            assertThat(keys(index.search(request("mileage claim", ALL))))
                    .containsExactly("guidance:3", "thread:2", "thread:1");
        }
    }

    @Test
    void boostDoesNotBeatAClearlyBetterMatch() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    Items.item(
                            ItemType.THREAD,
                            1,
                            "Mileage claims for electric cars",
                            "How to claim mileage for an electric car",
                            List.of(),
                            "hr",
                            "HR",
                            ALL,
                            false,
                            false),
                    Items.item(
                            ItemType.THREAD,
                            2,
                            "Travel",
                            "Claims of all kinds, including some mileage, and a long discussion of unrelated matters",
                            List.of(),
                            "hr",
                            "HR",
                            ALL,
                            true,
                            false));
            assertThat(keys(index.search(request("electric car mileage", ALL)))).containsExactly("thread:1");
            assertThat(keys(index.search(request("mileage claims", ALL)))).startsWith("thread:1");
        }
    }

    @Test
    void deletedItemsAreNeverReturned() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(index, thread(1, "Mileage", "claims"), thread(2, "Mileage", "rates"));
            index.delete("thread:1");
            index.refreshNow();
            assertThat(keys(index.search(request("mileage", ALL)))).containsExactly("thread:2");
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.keys()).containsExactly("thread:2");
        }
    }
}
