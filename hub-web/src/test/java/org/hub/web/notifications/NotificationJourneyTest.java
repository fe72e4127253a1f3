package org.hub.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/**
 * Notifications over HTTP with the background notifier running: ask, a tag's watcher is told,
 * answer, the asker is told, accept, the answerer is told; mentions; join requests and decisions;
 * the inbox's bad input; the bell, the notifications page and the follow forms.
 */
class NotificationJourneyTest extends AppTestBase {

    @Test
    void askWatcherToldAnswerAskerToldAcceptAnswererTold() {
        String dept = api.department("Waste");
        Api asker = api.user(dept, "member");
        Api expert = api.user(dept, "member");
        String tag = Api.unique("bins");
        JsonNode followed = expect(
                        expert.put("/api/v1/tags/" + tag + "/subscription", Map.of("level", "watching")), 200)
                .json();
        assertThat(followed.get("tag").asText()).isEqualTo(tag);
        assertThat(followed.get("level").asText()).isEqualTo("watching");
        assertThat(expect(expert.get("/api/v1/me/subscriptions"), 200)
                        .json()
                        .get("items")
                        .get(0)
                        .get("target")
                        .asText())
                .isEqualTo("tag");

        String group = group(asker, "open");
        long threadId = expect(
                        asker.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of(
                                        "title", "Which day are bins collected?",
                                        "body", "Residents keep asking.",
                                        "kind", "question",
                                        "tags", List.of(tag))),
                        201)
                .json()
                .get("id")
                .asLong();

        JsonNode told = awaitInbox(expert, items -> items.size() == 1).get(0);
        assertThat(told.get("kind").asText()).isEqualTo("new_thread");
        assertThat(told.get("thread").get("id").asLong()).isEqualTo(threadId);
        assertThat(told.get("thread").get("title").asText()).isEqualTo("Which day are bins collected?");
        assertThat(told.get("actor").get("username").asText()).isEqualTo(asker.username());
        assertThat(told.get("excerpt").asText()).isEqualTo("Residents keep asking.");
        assertThat(told.get("read").asBoolean()).isFalse();
        assertThat(unread(expert)).isEqualTo(1);

        expect(expert.post("/api/v1/groups/" + group + "/join", null), 200);
        long postId = expect(expert.post("/api/v1/threads/" + threadId + "/posts", Map.of("body", "Tuesdays.")), 201)
                .json()
                .get("id")
                .asLong();
        JsonNode answer = awaitInbox(asker, items -> items.size() == 1).get(0);
        assertThat(answer.get("kind").asText()).isEqualTo("answer");
        assertThat(answer.get("actor").get("username").asText()).isEqualTo(expert.username());
        assertThat(answer.get("count").asInt()).isEqualTo(1);

        expect(asker.post("/api/v1/threads/" + threadId + "/accept", Map.of("postId", postId)), 200);
        JsonNode accepted = awaitInbox(expert, items -> items.size() == 2).get(0);
        assertThat(accepted.get("kind").asText()).isEqualTo("accepted");

        // Marking read: one by id, then all.
        JsonNode afterOne = expect(
                        expert.post(
                                "/api/v1/notifications/read",
                                Map.of("ids", List.of(accepted.get("id").asLong()))),
                        200)
                .json();
        assertThat(afterOne.get("unread").asInt()).isEqualTo(1);
        assertThat(expect(expert.get("/api/v1/notifications?unread=true"), 200)
                        .json()
                        .get("items"))
                .hasSize(1);
        expect(expert.post("/api/v1/notifications/read", Map.of("all", true)), 200);
        assertThat(unread(expert)).isZero();
        assertThat(expect(expert.get("/api/v1/notifications?unread=false&limit=1"), 200)
                        .json()
                        .get("nextCursor")
                        .isNull())
                .isFalse();
    }

    @Test
    void mentionsLinkToTheProfileAndTellOnlyThoseWhoMaySee() {
        String dept = api.department("Finance");
        Api owner = api.user(dept, "member");
        Api insider = api.user(dept, "member");
        Api outsider = api.user(dept, "member");
        String group = group(owner, "private");
        expect(
                owner.post(
                        "/api/v1/groups/" + group + "/members",
                        Map.of("username", insider.username(), "role", "member")),
                201);
        JsonNode thread = expect(
                        owner.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of(
                                        "title",
                                        "Budget lines",
                                        "body",
                                        "@" + insider.username() + " and @" + outsider.username() + ", please check.",
                                        "kind",
                                        "discussion",
                                        "tags",
                                        List.of())),
                        201)
                .json();
        assertThat(thread.get("bodyHtml").asText())
                .contains("<a href=\"/users/" + insider.username() + "\"")
                .contains("<a href=\"/users/" + outsider.username() + "\"");
        JsonNode mention = awaitInbox(insider, items -> items.stream()
                        .anyMatch(n -> n.get("kind").asText().equals("mention")))
                .get(0);
        assertThat(mention.get("thread").get("id").asLong())
                .isEqualTo(thread.get("id").asLong());
        assertThat(inbox(outsider)).isEmpty();
        assertThat(unread(outsider)).isZero();
    }

    @Test
    void joinRequestsAndDecisions() {
        String dept = api.department("Housing");
        Api owner = api.user(dept, "member");
        Api applicant = api.user(dept, "member");
        String group = group(owner, "restricted");
        expect(applicant.post("/api/v1/groups/" + group + "/join", null), 202);
        JsonNode request = awaitInbox(owner, items -> items.size() == 1).get(0);
        assertThat(request.get("kind").asText()).isEqualTo("join_request");
        assertThat(request.get("group").get("slug").asText()).isEqualTo(group);
        assertThat(request.get("actor").get("username").asText()).isEqualTo(applicant.username());

        expect(
                owner.post(
                        "/api/v1/groups/" + group + "/members",
                        Map.of("username", applicant.username(), "role", "member")),
                201);
        JsonNode decided = awaitInbox(applicant, items -> items.size() == 1).get(0);
        assertThat(decided.get("kind").asText()).isEqualTo("join_decided");
        assertThat(decided.get("excerpt").asText()).contains("approved");
    }

    @Test
    void badInputIsRefusedAndHiddenThingsStayHidden() {
        String dept = api.department("Legal");
        Api owner = api.user(dept, "member");
        Api other = api.user(dept, "member");
        String secret = group(owner, "private");
        String open = group(owner, "open");
        expect(other.put("/api/v1/groups/" + secret + "/subscription", Map.of("level", "watching")), 404);
        expect(other.put("/api/v1/groups/" + open + "/subscription", Map.of("level", "loud")), 422);
        expect(other.put("/api/v1/groups/" + open + "/subscription", Map.of()), 422);
        expect(other.put("/api/v1/tags/" + "x".repeat(41) + "/subscription", Map.of("level", "muted")), 422);
        expect(other.put("/api/v1/threads/999999/subscription", Map.of("level", "muted")), 404);
        expect(other.post("/api/v1/notifications/read", Map.of()), 422);
        expect(other.post("/api/v1/notifications/read", Map.of("ids", List.of(1), "all", true)), 422);
        expect(other.get("/api/v1/notifications?limit=0"), 400);
        expect(other.anonymous().get("/api/v1/notifications"), 401);
        expect(other.anonymous().get("/api/v1/notifications/unread-count"), 401);
        assertThat(expect(other.get("/api/v1/me/subscriptions"), 200).json().get("items"))
                .isEmpty();
        JsonNode set = expect(other.put("/api/v1/groups/" + open + "/subscription", Map.of("level", "muted")), 200)
                .json();
        assertThat(set.get("group").get("slug").asText()).isEqualTo(open);
    }

    @Test
    void theBellThePageAndTheFollowForm() {
        String dept = api.department("Comms");
        Api owner = api.user(dept, "member");
        Api reader = api.user(dept, "member");
        String group = group(owner, "open");
        expect(reader.post("/api/v1/groups/" + group + "/join", null), 200);
        PageClient browser = PageClient.signedIn(app, reader.username(), "password-" + reader.username());

        String groupPage = browser.get("/groups/" + group).body();
        assertThat(groupPage)
                .contains("action=\"/groups/" + group + "/follow\"")
                .contains("<option value=\"tracking\" selected>");
        HttpResponse<String> followed =
                browser.submit("/groups/" + group, "/groups/" + group + "/follow", Map.of("level", "watching"));
        assertThat(followed.statusCode()).isEqualTo(303);
        assertThat(browser.get("/groups/" + group).body()).contains("<option value=\"watching\" selected>");

        expect(
                owner.post(
                        "/api/v1/groups/" + group + "/threads",
                        Map.of("title", "Press line", "body", "Draft", "kind", "discussion", "tags", List.of())),
                201);
        awaitInbox(reader, items -> items.size() == 1);
        String home = browser.get("/").body();
        assertThat(home).contains("href=\"/notifications\"").contains("1<span class=\"visually-hidden\"> unread");
        String page = browser.get("/notifications").body();
        assertThat(PageClient.decoded(page)).contains("started Press line");
        HttpResponse<String> read = browser.submit("/notifications", "/notifications/read", Map.of("all", "true"));
        assertThat(read.statusCode()).isEqualTo(303);
        assertThat(unread(reader)).isZero();
        assertThat(browser.get("/notifications").body()).doesNotContain("visually-hidden\"> unread");
    }

    private String group(Api owner, String visibility) {
        String slug = Api.unique("n");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Group " + slug, "description", "", "visibility", visibility)),
                201);
        return slug;
    }

    private static List<JsonNode> inbox(Api person) {
        JsonNode items = expect(person.get("/api/v1/notifications"), 200).json().get("items");
        List<JsonNode> list = new java.util.ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static int unread(Api person) {
        return expect(person.get("/api/v1/notifications/unread-count"), 200)
                .json()
                .get("unread")
                .asInt();
    }

    /** The inbox once it satisfies {@code done}: delivery runs in the background, a moment after the write. */
    private static List<JsonNode> awaitInbox(Api person, Predicate<List<JsonNode>> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<JsonNode> items = inbox(person);
            if (done.test(items) || Instant.now().isAfter(deadline)) {
                assertThat(done)
                        .as("inbox of " + person.username() + ": " + items)
                        .accepts(items);
                return items;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
