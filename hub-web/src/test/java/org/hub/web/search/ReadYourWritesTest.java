package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 finding 8: once a write is answered, the very next search sees it. A deleted thread
 * was still found in 4 of 20 deletes (up to ~95 ms after the 204) and an edited title's old text
 * for 60 to 140 ms; every search here is sent the moment the write's answer arrives, with no
 * waiting or retrying, so any window at all fails the test.
 */
class ReadYourWritesTest extends AppTestBase {
    private static final int ROUNDS = 25;
    private Api author;
    private String group;

    @BeforeAll
    void anAuthorInAnOpenGroup() {
        author = api.user(api.department("Housing"), "member");
        group = Searching.group(author, "repairs", "open");
        expect(author.get("/api/v1/search?q=warmup"), 200);
    }

    @Test
    void aDeletedThreadIsNeverFoundByTheNextSearch() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String word = Searching.word("gone");
            long id = Searching.thread(author, group, "Damp in flat " + word, "Mould in the bathroom", List.of());
            assertThat(Searching.search(author, word).get("total").asLong())
                    .as("found at once after its 201, round %d", i)
                    .isEqualTo(1);
            long start = System.nanoTime();
            expect(author.delete("/api/v1/threads/" + id), 204);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(Searching.search(author, word).get("total").asLong())
                    .as("found right after its delete was answered, round %d", i)
                    .isZero();
        }
        report("delete", millis);
    }

    @Test
    void anEditedTitlesOldTextIsNeverFoundByTheNextSearch() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String oldWord = Searching.word("before");
            String newWord = Searching.word("after");
            long id = Searching.thread(author, group, "Boiler " + oldWord, "No heating since Monday", List.of());
            long start = System.nanoTime();
            expect(
                    author.put(
                            "/api/v1/threads/" + id,
                            Map.of("title", "Boiler " + newWord, "body", "No heating since Monday", "version", 1)),
                    200);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(Searching.search(author, oldWord).get("total").asLong())
                    .as("old title found right after the edit was answered, round %d", i)
                    .isZero();
            assertThat(Searching.search(author, newWord).get("total").asLong())
                    .as("new title found right after the edit was answered, round %d", i)
                    .isEqualTo(1);
        }
        report("title edit", millis);
    }

    /** What waiting for the index costs a write, for the record (not asserted: the machine is shared). */
    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(
                "%s answered in p50 %d ms, max %d ms over %d writes%n",
                what, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }
}
