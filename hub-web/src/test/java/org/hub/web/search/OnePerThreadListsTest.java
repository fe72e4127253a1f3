package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lists of what happened show each thread once with what happened folded in: the home page's
 * "Latest activity", a profile's "Recent answers" and a thread's related panel (page and API).
 */
class OnePerThreadListsTest extends AppTestBase {
    private Api alice;
    private Api bob;
    private PageClient carolBrowser;
    private String busyTitle;
    private String quietTitle;
    private long busy;
    private long similar;

    @BeforeAll
    void aBusyThreadAQuietOneAndASimilarOne() throws Exception {
        String dept = api.department("Housing");
        alice = api.user(dept, "member");
        bob = api.user(dept, "member");
        Api carol = api.user(dept, "member");
        carolBrowser = PageClient.signedIn(app, carol.username(), "password-" + carol.username());
        String group = Searching.group(alice, "housing", "open");
        expect(bob.post("/api/v1/groups/" + group + "/join", null), 200);
        String marker = Searching.word("fold");
        busyTitle = "Damp and mould in council flats " + marker;
        busy = Searching.thread(alice, group, busyTitle, "Tenants report damp and mould after winter.", List.of());
        Searching.reply(bob, busy, "Treat the damp and mould first, then ventilate the flats.");
        Searching.reply(bob, busy, "Damp and mould surveys of council flats take two weeks.");
        Searching.reply(bob, busy, "Mould in flats: inspect within 14 days of a damp report.");
        quietTitle = "Parking permits " + marker;
        Searching.thread(alice, group, quietTitle, "Residents' parking zones.", List.of());
        similar = Searching.thread(
                alice, group, "Mould and damp in flats again", "Council flats with damp and mould.", List.of());
        Searching.awaitTotal(alice, "", "&type=thread,post", 6, Searching.INDEXED_WITHIN_MILLIS);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String section(String page, String heading) {
        int start = page.indexOf(heading);
        assertThat(start).as("the page has " + heading).isNotNegative();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    @Test
    void latestActivityListsTheBusyThreadOnceWithItsAnswersCounted() {
        String activity = section(PageClient.decoded(carolBrowser.get("/").body()), "Latest activity");
        assertThat(count(activity, busyTitle)).as(activity).isEqualTo(1);
        assertThat(activity).contains("New thread, 3 answers", quietTitle);
    }

    @Test
    void aProfilesRecentAnswersListTheThreadOnce() {
        String page =
                PageClient.decoded(carolBrowser.get("/users/" + bob.username()).body());
        String answers = page.substring(page.indexOf("Recent answers"));
        assertThat(count(answers, busyTitle)).as(answers).isEqualTo(1);
        assertThat(answers).contains("3 answers");
    }

    @Test
    void theRelatedPanelAndApiListEachThreadOnce() {
        JsonNode items = expect(alice.get("/api/v1/threads/" + similar + "/related"), 200)
                .json()
                .get("items");
        List<Long> threads = new ArrayList<>();
        items.forEach(i -> {
            if (!i.get("threadId").isNull()) {
                threads.add(i.get("threadId").asLong());
            }
        });
        assertThat(threads).contains(busy).doesNotHaveDuplicates();

        String page = PageClient.decoded(carolBrowser.get("/threads/" + similar).body());
        String related = page.substring(page.indexOf("id=\"related-heading\""));
        assertThat(count(related, busyTitle)).as(related).isEqualTo(1);
    }
}
