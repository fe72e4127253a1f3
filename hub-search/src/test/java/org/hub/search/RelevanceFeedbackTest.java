package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.keys;
import static org.hub.search.Items.request;
import static org.hub.search.Items.thread;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pseudo-relevance feedback: long questions are ranked with the words of their best hits. */
class RelevanceFeedbackTest {
    private static final String QUESTION = "can we claim back a train ticket bought for the regional conference";

    private static void addCorpus(SearchIndex index) {
        Items.addAll(
                index,
                thread(
                        1,
                        "Claiming a train ticket",
                        "Claim a train ticket through rail fare reimbursement: attach the rail fare receipt to the reimbursement form."),
                thread(
                        2,
                        "Rail fare reimbursement",
                        "Send the rail fare receipt with the reimbursement form; the conference budget pays."),
                thread(
                        3,
                        "Catering",
                        "The caterers of the conference want the number of guests and dietary needs by Friday."),
                thread(
                        4,
                        "Rail fare reimbursement rules",
                        "Rail fare reimbursement is paid monthly with the reimbursement form.",
                        Set.of("private")),
                thread(
                        5,
                        "Office move",
                        "Boxes go to the new building on Monday; label each one with your desk number."),
                thread(6, "Parking permits", "Permits for the staff car park are renewed every April at reception."),
                thread(
                        7,
                        "Printer on floor two",
                        "The printer on the second floor jams on thick paper; use the one by the lifts."));
    }

    @Test
    void wordsOfTheBestHitsLiftAHitThatSharesTheirSubject() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            addCorpus(index);
            // 2 and 3 each share one typed word; 2 is about what the best hit (1) is about
            assertThat(keys(index.search(request(QUESTION, ALL)))).containsExactly("thread:1", "thread:2", "thread:3");
        }
    }

    @Test
    void feedbackChangesOnlyTheOrderNeverWhatMatchesOrWhoSeesIt() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            addCorpus(index);
            // 4 shares the subject but none of the typed words, and the viewer may not see it anyway
            assertThat(keys(index.search(request(QUESTION, ALL)))).doesNotContain("thread:4");
            assertThat(keys(index.search(request(QUESTION, Set.of("all", "private")))))
                    .doesNotContain("thread:4");
        }
    }
}
