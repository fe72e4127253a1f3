package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A misspelt query that finds nothing shows its correction's results ("Showing results for …;
 * search instead for …") in the API and the page, only from what the viewer may see; and hits
 * carry their snippet as plain text with match offsets beside the HTML.
 */
class CorrectedSearchTest extends AppTestBase {
    private Api alice;
    private Api outsider;
    private PageClient aliceBrowser;
    /** In an open group's thread. */
    private String word;
    /** In a private group's thread that {@link #outsider} may not see. */
    private String secret;

    private long openThread;

    @BeforeAll
    void twoThreadsOnePrivate() throws Exception {
        String dept = api.department("Housing");
        alice = api.user(dept, "member");
        outsider = api.user(dept, "member");
        aliceBrowser = PageClient.signedIn(app, alice.username(), "password-" + alice.username());
        String open = Searching.group(alice, "housing", "open");
        String closed = Searching.group(alice, "casework", "private");
        word = Searching.word("damp");
        secret = Searching.word("case");
        openThread = Searching.thread(
                alice,
                open,
                "Mould in flats " + word,
                "We've had damp & mould in <the> flats since " + word + " was reported.",
                List.of());
        Searching.thread(alice, closed, "Private casework " + secret, "Names and addresses", List.of());
        Searching.awaitTotal(alice, word, 1);
        Searching.awaitTotal(alice, secret, 1);
    }

    /** {@code w} with its next-to-last letter changed: one edit away, found nowhere. */
    private static String misspelt(String w) {
        char c = w.charAt(w.length() - 2);
        return w.substring(0, w.length() - 2) + (c == 'x' ? 'z' : 'x') + w.charAt(w.length() - 1);
    }

    @Test
    void aQueryThatFindsNothingShowsItsCorrectionsResults() {
        String typo = "flats " + misspelt(word);
        JsonNode answer = Searching.searchCorrecting(alice, typo, "");
        assertThat(answer.get("showingResultsFor").asText()).isEqualTo("flats " + word);
        assertThat(answer.get("didYouMean").asText()).isEqualTo("flats " + word);
        assertThat(answer.get("total").asLong()).isEqualTo(1);
        assertThat(Searching.keys(answer.get("hits"))).containsExactly("thread:" + openThread);

        JsonNode asTyped = Searching.searchCorrecting(alice, typo, "&original=true");
        assertThat(asTyped.get("total").asLong()).isZero();
        assertThat(asTyped.get("showingResultsFor").isNull()).isTrue();
        assertThat(asTyped.get("didYouMean").asText()).isEqualTo("flats " + word);
        assertThat(alice.get("/api/v1/search?q=" + Searching.encode(typo) + "&original=maybe")
                        .status())
                .isEqualTo(400);

        JsonNode found = Searching.searchCorrecting(alice, "flats " + word, "");
        assertThat(found.get("showingResultsFor").isNull())
                .as("a query that finds something is searched as typed")
                .isTrue();
    }

    @Test
    void theSearchPageSaysWhatItShowsAndLinksToTheQueryAsTyped() {
        String typo = misspelt(word);
        String page = PageClient.decoded(
                aliceBrowser.get("/search?q=" + Searching.encode(typo)).body());
        assertThat(page)
                .contains("Showing results for <strong>" + word + "</strong>")
                .contains("href=\"/search?q=" + typo + "&original=true\">search instead for " + typo + "</a>")
                .contains("Mould in flats " + word)
                .doesNotContain("Did you mean");

        String asTyped = PageClient.decoded(aliceBrowser
                .get("/search?q=" + Searching.encode(typo) + "&original=true")
                .body());
        assertThat(asTyped)
                .contains("0 results", "Did you mean <a href=\"/search?q=" + word + "\">" + word + "</a>?")
                .doesNotContain("Showing results for", "Mould in flats");
    }

    @Test
    void aCorrectionNeverComesFromWhatTheViewerMayNotSee() {
        String typo = misspelt(secret);
        JsonNode outside = Searching.searchCorrecting(outsider, typo, "");
        assertThat(outside.get("total").asLong()).isZero();
        assertThat(outside.get("didYouMean").isNull()).isTrue();
        assertThat(outside.get("showingResultsFor").isNull()).isTrue();
        assertThat(PageClient.decoded(PageClient.signedIn(app, outsider.username(), "password-" + outsider.username())
                        .get("/search?q=" + typo)
                        .body()))
                .doesNotContain(secret);

        JsonNode inside = Searching.searchCorrecting(alice, typo, "");
        assertThat(inside.get("showingResultsFor").asText()).isEqualTo(secret);
        assertThat(inside.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void hitsCarryPlainSnippetTextWithMatchOffsetsBesideTheHtml() {
        JsonNode hit = Searching.search(alice, word).get("hits").get(0);
        assertThat(hit.get("snippet").asText()).contains("We&#x27;ve", "&amp;", "&lt;the&gt;", "<mark>" + word);
        String text = hit.get("snippetText").asText();
        assertThat(text).isEqualTo("We've had damp & mould in <the> flats since " + word + " was reported.");
        JsonNode highlights = hit.get("highlights");
        assertThat(highlights).hasSize(1);
        assertThat(text.substring(
                        highlights.get(0).get("start").asInt(),
                        highlights.get(0).get("end").asInt()))
                .isEqualTo(word);
        assertThat(hit.get("threadId").asLong()).isEqualTo(openThread);
        assertThat(expect(alice.get("/api/v1/threads/" + openThread + "/related"), 200)
                        .json()
                        .get("items"))
                .as("related items use the same hit shape")
                .isNotNull();
    }
}
