package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 finding 1 over HTTP: an outsider's search of a guessed and an unused word in their own
 * private group answers the same scores and order whether or not the guessed word fills another
 * private group.
 */
class RankingSideChannelHttpTest extends AppTestBase {

    @Test
    void scoresAndOrderInOnesOwnGroupDoNotRevealAnotherPrivateGroupsWords() throws Exception {
        Api outsider = api.user(api.department("Planning"), "member");
        Api insider = api.user(api.department("Finance"), "member");
        String guess = Searching.word("guess");
        String unused = Searching.word("unused");
        String mine = Searching.group(outsider, "my-notes", "private");
        Searching.thread(outsider, mine, "Notes on " + guess, "A note about the " + guess + " and more", List.of());
        Searching.thread(outsider, mine, "Notes on " + unused, "A note about the " + unused + " and more", List.of());
        String query = guess + " OR " + unused;
        JsonNode before = Searching.awaitTotal(outsider, query, "&group=" + mine, 2, Searching.INDEXED_WITHIN_MILLIS);

        String secret = Searching.group(insider, "board", "private");
        for (int i = 0; i < 6; i++) {
            Searching.thread(
                    insider, secret, "The " + guess + " plan " + i, guess + " " + guess + " budget " + i, List.of());
        }
        Searching.awaitTotal(insider, guess, 6);
        JsonNode after = Searching.search(outsider, query, "&group=" + mine);

        assertThat(Searching.keys(after.get("hits"))).containsExactlyElementsOf(Searching.keys(before.get("hits")));
        assertThat(scores(after)).containsExactlyElementsOf(scores(before));
        assertThat(after.get("total").asLong()).isEqualTo(2);
    }

    private static List<Double> scores(JsonNode result) {
        List<Double> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("score").asDouble()));
        return out;
    }
}
