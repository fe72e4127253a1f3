package org.hub.web.pages.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answering across departments (issue 17 #2): on a thread in an open group they have not joined,
 * a person sees the answer form, and posting it joins the group and posts in one request; a Join
 * button elsewhere brings them back to where they were, and only to a local path.
 */
class JoinToAnswerPageTest extends AppTestBase {
    private Api owner;
    private String openGroup;
    private String restrictedGroup;
    private long openThread;
    private long restrictedThread;

    @BeforeAll
    void organisation() {
        owner = api.user(api.department("Planning"), "member");
        openGroup = group(Api.unique("open"), "open");
        restrictedGroup = group(Api.unique("restricted"), "restricted");
        openThread = thread(openGroup);
        restrictedThread = thread(restrictedGroup);
    }

    private String group(String slug, String visibility) {
        Api.expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Group " + slug, "description", "", "visibility", visibility)),
                201);
        return slug;
    }

    private long thread(String slug) {
        return Api.expect(
                        owner.post(
                                "/api/v1/groups/" + slug + "/threads",
                                Map.of("title", "Who signs off a repair?", "body", "Asking.", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
    }

    private PageClient newcomer() {
        Api person = api.user(api.department("Housing"), "member");
        return PageClient.signedIn(app, person.username(), "password-" + person.username());
    }

    @Test
    void aNonMemberOfAnOpenGroupJoinsAndAnswersInOneStep() {
        PageClient browser = newcomer();
        String page = browser.get("/threads/" + openThread).body();
        assertThat(page)
                .contains("action=\"/threads/" + openThread + "/posts\"", "name=\"join\" value=\"yes\"")
                .contains("Join and post answer")
                .doesNotContain("to answer.</p>");

        HttpResponse<String> posted = browser.submit(
                "/threads/" + openThread,
                "/threads/" + openThread + "/posts",
                Map.of("body", "Ask the surveyor.", "join", "yes"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow())
                .startsWith("/threads/" + openThread + "?done=replied#post-");

        String after = browser.get("/threads/" + openThread).body();
        assertThat(after).contains("Ask the surveyor.").doesNotContain("name=\"join\"");
        assertThat(browser.get("/groups/" + openGroup).body()).contains("Leave this group");
    }

    @Test
    void anEmptyAnswerJoinsNoOne() {
        PageClient browser = newcomer();
        HttpResponse<String> posted = browser.submit(
                "/threads/" + openThread, "/threads/" + openThread + "/posts", Map.of("body", "  ", "join", "yes"));
        assertThat(posted.statusCode()).isEqualTo(422);
        assertThat(posted.body()).contains("Enter your answer", "name=\"join\" value=\"yes\"");
        assertThat(browser.get("/groups/" + openGroup).body()).doesNotContain("Leave this group");
    }

    @Test
    void aGroupThatNeedsApprovalIsNotJoinedByAnswering() {
        PageClient browser = newcomer();
        String page = browser.get("/threads/" + restrictedThread).body();
        assertThat(page).doesNotContain("name=\"join\"").contains("to answer.</p>");

        HttpResponse<String> posted = browser.submit(
                "/threads/" + restrictedThread,
                "/threads/" + restrictedThread + "/posts",
                Map.of("body", "Sneaking in.", "join", "yes"));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(browser.get("/groups/" + restrictedGroup).body()).doesNotContain("Leave this group");
    }

    @Test
    void joinReturnsToALocalNextPathOnly() {
        PageClient browser = newcomer();
        HttpResponse<String> back = browser.submit(
                "/groups/" + openGroup, "/groups/" + openGroup + "/join", Map.of("next", "/threads/" + openThread));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/threads/" + openThread);

        PageClient other = newcomer();
        HttpResponse<String> offSite = other.submit(
                "/groups/" + openGroup, "/groups/" + openGroup + "/join", Map.of("next", "//evil.example/x"));
        assertThat(offSite.statusCode()).isEqualTo(303);
        assertThat(offSite.headers().firstValue("Location").orElseThrow()).doesNotContain("evil");
    }

    @Test
    void groupPagesSayAnswersAndRevisionsShowOnlyOnceEdited() {
        PageClient ownerBrowser = PageClient.signedIn(app, owner.username(), "password-" + owner.username());
        assertThat(ownerBrowser.get("/groups/" + openGroup).body())
                .containsPattern("\\d+ answers?</p>")
                .doesNotContain("replies")
                .contains("href=\"/ask?group=" + openGroup + "&amp;kind=discussion\"");
        assertThat(ownerBrowser
                        .get("/ask?group=" + openGroup + "&kind=discussion")
                        .body())
                .contains("<h1>Start a discussion</h1>", "name=\"kind\" value=\"discussion\"");

        long fresh = thread(openGroup);
        assertThat(ownerBrowser.get("/threads/" + fresh).body()).doesNotContain("/threads/" + fresh + "/revisions");
        HttpResponse<String> edited = ownerBrowser.submit(
                "/threads/" + fresh + "/edit",
                "/threads/" + fresh + "/edit",
                Map.of("title", "Who signs off a repair, and when?", "body", "Asking.", "tags", "", "version", "1"));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
        assertThat(ownerBrowser.get("/threads/" + fresh).body()).contains("/threads/" + fresh + "/revisions");
    }
}
