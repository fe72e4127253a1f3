package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query language and parameters of API.md "Search", through {@code /api/v1/search}, and
 * search keeping up with edits, deletions and accepted answers.
 */
class SearchQueryLanguageTest extends AppTestBase {
    private Api alice;
    private Api bob;
    private String aliceDept;
    private String bobDept;
    private String groupA;
    private String groupB;
    /** In every item of the fixture, so that each search is scoped to it. */
    private String marker;

    private String tagA;
    private String tagB;
    private long councilTax;
    private long parking;
    private long appealReply;
    private long bins;
    private LocalDate day;

    @BeforeAll
    void fourItemsInTwoGroupsByTwoDepartments() throws Exception {
        aliceDept = api.department("Revenues");
        bobDept = api.department("Highways");
        alice = api.user(aliceDept, "member");
        bob = api.user(bobDept, "member");
        groupA = Searching.group(alice, "revenues", "open");
        groupB = Searching.group(bob, "highways", "open");
        expect(bob.post("/api/v1/groups/" + groupA + "/join", null), 200);
        marker = Searching.word("mark");
        tagA = "council-" + marker;
        tagB = "parking-" + marker;
        councilTax = Searching.thread(
                alice,
                groupA,
                "Council tax reduction " + marker,
                "Is a single person discount appeal possible after a year?",
                List.of(tagA));
        parking = Searching.thread(
                bob,
                groupB,
                "Parking permits " + marker,
                "Resident permit renewal and the discount for a second car",
                List.of(tagB));
        appealReply = Searching.reply(bob, councilTax, "Appeals go to the valuation tribunal " + marker);
        bins = Searching.thread(alice, groupA, "Bin collection " + marker, "The garden waste schedule", List.of());
        day = LocalDate.ofInstant(
                Instant.parse(expect(alice.get("/api/v1/threads/" + councilTax), 200)
                        .json()
                        .get("createdAt")
                        .asText()),
                ZoneOffset.UTC);
        Searching.awaitTotal(alice, marker, 4);
    }

    private List<String> found(String q) {
        return found(q, "");
    }

    private List<String> found(String q, String parameters) {
        return Searching.keys(
                Searching.search(alice, q, parameters + "&limit=100").get("hits"));
    }

    private String t(long id) {
        return "thread:" + id;
    }

    private String p(long id) {
        return "post:" + id;
    }

    @Test
    void wordsPhrasesExclusionsAndOr() {
        assertThat(found(marker)).containsExactlyInAnyOrder(t(councilTax), t(parking), p(appealReply), t(bins));
        assertThat(found(marker + " \"single person discount\"")).containsExactly(t(councilTax));
        assertThat(found(marker + " \"discount single person\"")).isEmpty();
        assertThat(found(marker + " -parking")).containsExactlyInAnyOrder(t(councilTax), p(appealReply), t(bins));
        assertThat(found(marker + " -\"garden waste\" -tribunal")).containsExactlyInAnyOrder(t(councilTax), t(parking));
        assertThat(found(marker + " parking OR garden")).containsExactlyInAnyOrder(t(parking), t(bins));
        assertThat(found(marker + " tribunal OR permit OR \"garden waste\""))
                .containsExactlyInAnyOrder(t(parking), p(appealReply), t(bins));
    }

    @Test
    void filtersInTheQueryText() {
        assertThat(found(marker + " tag:" + tagB)).containsExactly(t(parking));
        assertThat(found(marker + " -tag:" + tagB)).doesNotContain(t(parking)).contains(t(bins));
        assertThat(found(marker + " group:" + groupB)).containsExactly(t(parking));
        assertThat(found(marker + " dept:" + bobDept)).containsExactlyInAnyOrder(t(parking), p(appealReply));
        assertThat(found(marker + " author:" + alice.username())).containsExactlyInAnyOrder(t(councilTax), t(bins));
        assertThat(found(marker + " type:post")).containsExactly(p(appealReply));
        assertThat(found(marker + " type:thread group:" + groupA)).containsExactlyInAnyOrder(t(councilTax), t(bins));
        // Filters alone, with no words, list what they select.
        assertThat(found("tag:" + tagA)).containsExactlyInAnyOrder(t(councilTax), p(appealReply));
    }

    @Test
    void filtersAsParameters() {
        assertThat(found(marker, "&group=" + groupB)).containsExactly(t(parking));
        assertThat(found(marker, "&department=" + bobDept)).containsExactlyInAnyOrder(t(parking), p(appealReply));
        assertThat(found(marker, "&author=" + bob.username())).containsExactlyInAnyOrder(t(parking), p(appealReply));
        assertThat(found(marker, "&tag=" + tagA)).containsExactlyInAnyOrder(t(councilTax), p(appealReply));
        assertThat(found(marker, "&type=post")).containsExactly(p(appealReply));
        assertThat(found(marker, "&type=thread,post")).hasSize(4);
        assertThat(found(marker, "&type=document,guidance")).isEmpty();
    }

    @Test
    void afterAndBeforeAreInclusiveDays() {
        assertThat(found(marker, "&after=" + day)).hasSize(4);
        assertThat(found(marker, "&before=" + day)).hasSize(4);
        assertThat(found(marker, "&after=" + day + "&before=" + day)).hasSize(4);
        assertThat(found(marker, "&after=" + day.plusDays(1))).isEmpty();
        assertThat(found(marker, "&before=" + day.minusDays(1))).isEmpty();
    }

    @Test
    void newestFirstAndPagination() {
        JsonNode newest = Searching.search(alice, marker, "&sort=newest");
        List<String> order = Searching.keys(newest.get("hits"));
        assertThat(order.get(0)).isEqualTo(t(bins));
        assertThat(order.get(3)).isEqualTo(t(councilTax));
        List<Instant> times = new ArrayList<>();
        newest.get("hits")
                .forEach(hit -> times.add(Instant.parse(hit.get("createdAt").asText())));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<String> all = found(marker);
        JsonNode first = Searching.search(alice, marker, "&limit=2&offset=0");
        JsonNode second = Searching.search(alice, marker, "&limit=2&offset=2");
        JsonNode beyond = Searching.search(alice, marker, "&limit=2&offset=4");
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(beyond.get("hits")).isEmpty();
        List<String> paged = new ArrayList<>(Searching.keys(first.get("hits")));
        paged.addAll(Searching.keys(second.get("hits")));
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void acceptingAnAnswerMovesTheQuestionFromUnansweredToAnswered() throws Exception {
        String word = Searching.word("accept");
        long question = Searching.thread(alice, groupA, "Refund timescales " + word, "How long?", List.of());
        long answer = Searching.reply(bob, question, "Ten working days " + word);
        Searching.awaitTotal(alice, word, 2);
        // is:answered and is:unanswered are about questions: they select threads.
        assertThat(found(word + " is:unanswered")).containsExactly(t(question));
        assertThat(found(word + " is:answered")).isEmpty();

        expect(alice.post("/api/v1/threads/" + question + "/accept", Map.of("postId", answer)), 200);
        Searching.awaitTotal(alice, word + " is:answered", "", 1, Searching.INDEXED_WITHIN_MILLIS);
        assertThat(found(word + " is:answered")).containsExactly(t(question));
        assertThat(found(word + " is:unanswered")).isEmpty();
        assertThat(found(word + " -is:answered")).isEmpty();
        assertThat(found(word + " -is:unanswered")).containsExactly(t(question));
        assertThat(found(word)).containsExactlyInAnyOrder(t(question), p(answer));
    }

    @Test
    void anEditedThreadIsFoundByItsNewWordsAndNotItsOld() throws Exception {
        String before = Searching.word("before");
        String after = Searching.word("after");
        long thread = Searching.thread(
                alice, groupA, "Housing benefit " + before, "About " + before, List.of("tag-" + before));
        long reply = Searching.reply(bob, thread, "A reply that mentions nothing in particular");
        Searching.awaitTotal(alice, before, 2); // the reply carries its thread's title

        expect(
                alice.put(
                        "/api/v1/threads/" + thread,
                        Map.of(
                                "title",
                                "Housing benefit " + after,
                                "body",
                                "About " + after,
                                "tags",
                                List.of("tag-" + after),
                                "version",
                                1)),
                200);
        Searching.awaitTotal(alice, after, 2);
        Searching.awaitTotal(alice, before, 0);
        assertThat(found("tag:tag-" + before)).isEmpty();
        assertThat(found("tag:tag-" + after)).containsExactlyInAnyOrder(t(thread), p(reply));
    }

    @Test
    void deletedPostsAndThreadsWithTheirPostsLeaveSearch() throws Exception {
        String postWord = Searching.word("postgone");
        String threadWord = Searching.word("threadgone");
        long thread = Searching.thread(alice, groupA, "Temporary thread", "Body " + threadWord, List.of());
        long post = Searching.reply(bob, thread, "A reply with " + postWord);
        Searching.reply(bob, thread, "Another reply with " + threadWord);
        Searching.awaitTotal(alice, postWord, 1);
        Searching.awaitTotal(alice, threadWord, 2);

        expect(bob.delete("/api/v1/posts/" + post), 204);
        Searching.awaitTotal(alice, postWord, 0);
        expect(alice.delete("/api/v1/threads/" + thread), 204);
        Searching.awaitTotal(alice, threadWord, 0);
        assertThat(found("", "&author=" + bob.username())).doesNotContain(p(post));
    }
}
