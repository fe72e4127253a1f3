package org.hub.web.pages.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A private group's pages answer 404 to non-members, exactly as for things that do not exist, and change nothing. */
class PrivateGroupPagesTest extends AppTestBase {
    private Api owner;
    private Api outsider;
    private String slug;
    private long threadId;
    private long postId;
    private String secretTitle;

    @BeforeAll
    void privateGroup() {
        String department = api.department("Legal");
        owner = api.user(department, "member");
        outsider = api.user(department, "member");
        slug = Api.unique("legal-private");
        Api.expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Secret casework", "description", "", "visibility", "private")),
                201);
        secretTitle = "Confidential settlement " + Api.unique("s");
        threadId = Api.expect(
                        owner.post(
                                "/api/v1/groups/" + slug + "/threads",
                                Map.of("title", secretTitle, "body", "details", "kind", "question", "tags", List.of())),
                        201)
                .json()
                .get("id")
                .asLong();
        postId = Api.expect(owner.post("/api/v1/threads/" + threadId + "/posts", Map.of("body", "an answer")), 201)
                .json()
                .get("id")
                .asLong();
    }

    private PageClient browserOf(Api person) {
        return PageClient.signedIn(app, person.username(), "password-" + person.username());
    }

    @Test
    void everyPageOfThePrivateGroupIs404ForANonMemberAndLooksLikeAMissingOne() {
        PageClient browser = browserOf(outsider);
        String missing = browser.get("/threads/999999").body();
        for (String path : List.of(
                "/groups/" + slug,
                "/threads/" + threadId,
                "/threads/" + threadId + "/edit",
                "/threads/" + threadId + "/revisions",
                "/posts/" + postId + "/edit")) {
            HttpResponse<String> answer = browser.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body())
                    .as(path)
                    .contains("<h1>Page not found</h1>")
                    .doesNotContain(secretTitle)
                    .doesNotContain("Secret casework");
        }
        assertThat(mainOf(browser.get("/threads/" + threadId).body())).isEqualTo(mainOf(missing));
    }

    private static String mainOf(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    @Test
    void formPostsIntoThePrivateGroupAre404AndChangeNothing() {
        PageClient browser = browserOf(outsider);
        String csrf = browser.csrfOf("/");
        assertThat(browser.post("/threads/" + threadId + "/posts", Map.of("csrf", csrf, "body", "sneaky"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.post("/posts/" + postId + "/thanks", Map.of("csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.post(
                                "/threads/" + threadId + "/accept",
                                Map.of("csrf", csrf, "postId", Long.toString(postId)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.post("/groups/" + slug + "/join", Map.of("csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> thread = browser.post(
                "/groups/" + slug + "/threads",
                Map.of("csrf", csrf, "kind", "question", "title", "sneaky", "body", "", "tags", ""));
        assertThat(thread.statusCode()).isEqualTo(422);
        assertThat(thread.body())
                .contains("Choose a group you are a member of.")
                .doesNotContain("Secret casework");

        var stored = Api.expect(owner.get("/api/v1/threads/" + threadId), 200).json();
        assertThat(stored.get("posts")).hasSize(1);
        assertThat(stored.get("acceptedPostId").isNull()).isTrue();
        assertThat(stored.get("posts").get(0).get("thanks").asLong()).isZero();
        assertThat(Api.expect(owner.get("/api/v1/groups/" + slug), 200)
                        .json()
                        .get("memberCount")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void thePrivateGroupIsNotListedOrFoundForANonMemberButIsForItsMember() throws Exception {
        PageClient outsiderBrowser = browserOf(outsider);
        assertThat(outsiderBrowser.get("/groups").body()).doesNotContain("Secret casework");
        PageClient ownerBrowser = browserOf(owner);
        String found = "";
        for (int attempt = 0; attempt < 50 && !found.contains(secretTitle); attempt++) {
            found = ownerBrowser.get("/search?q=confidential+settlement").body();
            Thread.sleep(100);
        }
        assertThat(found).as("the member finds it").contains(secretTitle);
        assertThat(outsiderBrowser.get("/search?q=confidential+settlement").body())
                .doesNotContain(secretTitle);
        assertThat(ownerBrowser.get("/groups/" + slug).body()).contains("Secret casework", secretTitle);
    }
}
