package org.hub.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core journeys through the pages without JavaScript: groups, asking, answering, accepting, thanking, search. */
class PageJourneyTest extends AppTestBase {
    private static final Pattern THREAD_LOCATION = Pattern.compile("/threads/(\\d+)");

    private Api asker;
    private Api answerer;
    private String groupSlug;

    @BeforeAll
    void organisation() {
        String planning = api.department("Planning");
        String housing = api.department("Housing");
        asker = api.user(planning, "member");
        answerer = api.user(housing, "member");
        groupSlug = Api.unique("tenancy");
        Api.expect(
                asker.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                groupSlug,
                                "name",
                                "Tenancy practice",
                                "description",
                                "Tenancy questions <b>across</b> departments",
                                "visibility",
                                "open")),
                201);
        Api.expect(answerer.post("/api/v1/groups/" + groupSlug + "/join", null), 200);
    }

    private PageClient browserOf(Api person) {
        return PageClient.signedIn(app, person.username(), "password-" + person.username());
    }

    private static long threadIdOf(HttpResponse<String> redirect) {
        Matcher m = THREAD_LOCATION.matcher(
                redirect.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).as("redirect to a thread").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theGroupDirectoryAndGroupPageShowTheGroupEscaped() {
        PageClient browser = browserOf(asker);
        String directory = browser.get("/groups").body();
        assertThat(directory)
                .contains("href=\"/groups/" + groupSlug + "\"", "Tenancy practice")
                .contains("Tenancy questions &lt;b&gt;across&lt;/b&gt; departments");

        HttpResponse<String> page = browser.get("/groups/" + groupSlug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<h1>Tenancy practice</h1>",
                        "href=\"/ask?group=" + groupSlug + "\"",
                        "Start a discussion",
                        "Leave this group");
        // One way to start a thread (issue 17 #10): the ask form, not a second form on the group page.
        assertThat(page.body()).doesNotContain("action=\"/groups/" + groupSlug + "/threads\"");
    }

    @Test
    void askAnswerAcceptAndThankThroughTheForms() {
        PageClient askerBrowser = browserOf(asker);
        String title = "How do we handle succession of a joint tenancy " + Api.unique("q") + "?";
        HttpResponse<String> created = askerBrowser.submit(
                "/groups/" + groupSlug,
                "/groups/" + groupSlug + "/threads",
                Map.of(
                        "kind",
                        "question",
                        "title",
                        title,
                        "body",
                        "Asking for a *colleague*.\n\n<script>alert(1)</script>",
                        "tags",
                        "tenancy, succession"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        long threadId = threadIdOf(created);

        String questionPage = askerBrowser.get("/threads/" + threadId).body();
        assertThat(questionPage)
                .contains("<em>colleague</em>", "0 answers")
                .doesNotContain("<script>alert(1)</script>");

        PageClient answererBrowser = browserOf(answerer);
        HttpResponse<String> replied = answererBrowser.submit(
                "/threads/" + threadId,
                "/threads/" + threadId + "/posts",
                Map.of("body", "Check the **tenancy agreement** first."));
        assertThat(replied.statusCode()).isEqualTo(303);
        assertThat(replied.headers().firstValue("Location").orElseThrow()).contains("#post-");
        String postId = replied.headers().firstValue("Location").orElseThrow().replaceAll(".*#post-", "");

        String withAnswer = askerBrowser.get("/threads/" + threadId).body();
        assertThat(withAnswer)
                .contains(
                        "<strong>tenancy agreement</strong>",
                        "Housing",
                        "1 answer",
                        "name=\"postId\" value=\"" + postId + "\"");

        HttpResponse<String> accepted = askerBrowser.submit(
                "/threads/" + threadId, "/threads/" + threadId + "/accept", Map.of("postId", postId));
        assertThat(accepted.statusCode()).isEqualTo(303);
        HttpResponse<String> thanked =
                askerBrowser.submit("/threads/" + threadId, "/posts/" + postId + "/thanks", Map.of());
        assertThat(thanked.statusCode()).isEqualTo(303);

        String done = askerBrowser.get("/threads/" + threadId).body();
        assertThat(done)
                .contains("Accepted answer", "1 thank", "You thanked this")
                .doesNotContain("name=\"postId\" value=\"" + postId + "\"");
        assertThat(Api.expect(asker.get("/api/v1/threads/" + threadId), 200)
                        .json()
                        .get("acceptedPostId")
                        .asText())
                .isEqualTo(postId);

        String answererView = answererBrowser.get("/threads/" + threadId).body();
        assertThat(answererView)
                .as("the answerer can neither accept nor thank their own answer")
                .doesNotContain("/accept\"")
                .doesNotContain("/posts/" + postId + "/thanks");
    }

    @Test
    void aQuestionWithoutATitleIsShownAgainWithTheErrorTiedToTheField() {
        PageClient browser = browserOf(asker);
        HttpResponse<String> answer = browser.submit(
                "/ask", "/ask", Map.of("group", groupSlug, "title", "  ", "body", "kept text", "tags", ""));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains(
                        "There is a problem",
                        "href=\"#title\"",
                        "id=\"title-error\"",
                        "aria-describedby=\"title-hint title-error\"",
                        "kept text",
                        "<title>Error: Ask a question – Hub</title>");
    }

    @Test
    void badTagsFromTheGroupFormComeBackAsAFieldError() {
        HttpResponse<String> answer = browserOf(asker)
                .submit(
                        "/groups/" + groupSlug,
                        "/groups/" + groupSlug + "/threads",
                        Map.of("kind", "question", "title", "Fine title", "body", "", "tags", "Not_OK!"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("href=\"#tags\"", "id=\"tags-error\"", "value=\"Not_OK!\"");
    }

    @Test
    void askingShowsSimilarQuestionsOnAReviewStepBeforePosting() throws Exception {
        String title = "Council tax discount for a single occupier " + Api.unique("ctax");
        Api.expect(
                asker.post(
                        "/api/v1/groups/" + groupSlug + "/threads",
                        Map.of(
                                "title",
                                title,
                                "body",
                                "Who decides the discount?",
                                "kind",
                                "question",
                                "tags",
                                java.util.List.of())),
                201);
        PageClient browser = browserOf(answerer);
        String ask = "Single occupier council tax discount: who decides?";
        HttpResponse<String> review = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            review = browser.submit("/ask", "/ask", Map.of("group", groupSlug, "title", ask, "body", "", "tags", ""));
            if (review.statusCode() == 200 && review.body().contains(title)) {
                break;
            }
            Thread.sleep(100); // the new thread becomes searchable within about a second
        }
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body())
                .contains("Has this been asked before?", title, "name=\"reviewed\" value=\"yes\"", "Post my question");

        HttpResponse<String> posted = browser.submit(
                "/ask", "/ask", Map.of("group", groupSlug, "title", ask, "body", "", "tags", "", "reviewed", "yes"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(browser.get("/threads/" + threadIdOf(posted)).body()).contains(ask.replace(":", ":"));
    }

    @Test
    void searchShowsHighlightedResultsFacetsAndFiltersByFacet() throws Exception {
        String word = "zebracrossing" + Api.unique("w").replace("-", "");
        Api.expect(
                asker.post(
                        "/api/v1/groups/" + groupSlug + "/threads",
                        Map.of(
                                "title",
                                "Painting a " + word,
                                "body",
                                "Which team paints the " + word + " <i>stripes</i>?",
                                "kind",
                                "question",
                                "tags",
                                java.util.List.of("roads"))),
                201);
        PageClient browser = browserOf(answerer);
        String page = "";
        for (int attempt = 0; attempt < 50 && !page.contains("Painting a"); attempt++) {
            page = browser.get("/search?q=" + word).body();
            Thread.sleep(100);
        }
        assertThat(page)
                .contains("Painting a", "<mark>" + word + "</mark>", "&lt;i&gt;stripes&lt;/i&gt;")
                .doesNotContain("<i>stripes</i>");
        assertThat(PageClient.decoded(page))
                .contains("href=\"/search?q=" + word + "&type=thread\"", "Tenancy practice (1)");

        String filtered = browser.get("/search?q=" + word + "&type=guidance").body();
        assertThat(filtered).contains("0 results").doesNotContain("Painting a");
        String byGroup =
                browser.get("/search?q=" + word + "&group=" + groupSlug).body();
        assertThat(byGroup).contains("Painting a", "remove filter");
    }

    @Test
    void nonsensePagingAndSortFallBackToTheDefaults() {
        HttpResponse<String> answer = browserOf(asker).get("/search?q=tenancy&page=abc&sort=weird");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<strong aria-current=\"true\">relevance</strong>");
    }

    @Test
    void theHomePageShowsMyGroupsAndUnansweredQuestionsFromOtherDepartments() throws Exception {
        String title = "Unanswered from planning " + Api.unique("u");
        Api.expect(
                asker.post(
                        "/api/v1/groups/" + groupSlug + "/threads",
                        Map.of("title", title, "body", "", "kind", "question", "tags", java.util.List.of())),
                201);
        String answererHome = browserOf(answerer).get("/").body();
        assertThat(answererHome).contains("Tenancy practice", title);
        assertThat(unansweredPanel(answererHome)).contains(title);
        String askerHome = browserOf(asker).get("/").body();
        assertThat(unansweredPanel(askerHome))
                .as("own department's questions are not listed as from other departments")
                .doesNotContain(title);
    }

    private static String unansweredPanel(String home) {
        return home.substring(home.indexOf("id=\"unanswered-heading\""), home.indexOf("id=\"activity-heading\""));
    }

    @Test
    void editingAThreadSavesANewRevision() {
        PageClient browser = browserOf(asker);
        HttpResponse<String> created = browser.submit(
                "/groups/" + groupSlug,
                "/groups/" + groupSlug + "/threads",
                Map.of("kind", "discussion", "title", "First title", "body", "First body", "tags", ""));
        long id = threadIdOf(created);
        String form = browser.get("/threads/" + id + "/edit").body();
        assertThat(form).contains("value=\"First title\"", "name=\"version\" value=\"1\"");
        HttpResponse<String> saved = browser.submit(
                "/threads/" + id + "/edit",
                "/threads/" + id + "/edit",
                Map.of("title", "Second title", "body", "Second body", "tags", "", "version", "1"));
        assertThat(saved.statusCode()).isEqualTo(303);
        HttpResponse<String> stale = browser.submit(
                "/threads/" + id + "/edit",
                "/threads/" + id + "/edit",
                Map.of("title", "Stale title", "body", "x", "tags", "", "version", "1"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("name=\"version\" value=\"2\"", "value=\"Stale title\"");
        String revisions = browser.get("/threads/" + id + "/revisions").body();
        assertThat(revisions).contains("First title", "Second title", "version 2", "(original)");
    }

    @Test
    void aProfileShowsDepartmentRoleThanksAndRecentAnswers() throws Exception {
        String title = "Profile question " + Api.unique("p");
        long thread = Api.expect(
                        asker.post(
                                "/api/v1/groups/" + groupSlug + "/threads",
                                Map.of("title", title, "body", "", "kind", "question", "tags", java.util.List.of())),
                        201)
                .json()
                .get("id")
                .asLong();
        long post = Api.expect(answerer.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "My answer")), 201)
                .json()
                .get("id")
                .asLong();
        Api.expect(asker.post("/api/v1/posts/" + post + "/thanks", null), 200);
        PageClient browser = browserOf(asker);
        String profile = "";
        for (int attempt = 0; attempt < 50 && !profile.contains(title); attempt++) {
            profile = browser.get("/users/" + answerer.username()).body();
            Thread.sleep(100);
        }
        assertThat(profile)
                .contains(
                        "<h1>Test " + answerer.username() + "</h1>",
                        "Housing",
                        "Member",
                        title,
                        "<dt>Thanks received</dt><dd>");
        assertThat(profile.replaceAll("(?s).*<dt>Thanks received</dt><dd>(\\d+)</dd>.*", "$1"))
                .isNotEqualTo("0");
        assertThat(browser.get("/users/nobody-" + Api.unique("x")).statusCode()).isEqualTo(404);
    }

    @Test
    void joiningAnOpenGroupFromItsPage() {
        String slug = Api.unique("open");
        Api.expect(
                asker.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Open group", "description", "", "visibility", "open")),
                201);
        PageClient browser = browserOf(answerer);
        HttpResponse<String> joined = browser.submit("/groups/" + slug, "/groups/" + slug + "/join", Map.of());
        assertThat(joined.statusCode()).isEqualTo(303);
        String location = joined.headers().firstValue("Location").orElseThrow();
        assertThat(browser.get(location.substring(location.indexOf("/groups/"))).body())
                .contains("You have joined this group.", "Leave this group");
    }
}
