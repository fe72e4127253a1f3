package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two edits of the same thread, or of the same post, sent at once from the same version: exactly
 * one wins, the other is told 409, the history gains exactly one revision and keeps the winner's text.
 */
class ConcurrentEditTest extends AppTestBase {
    private Api author;
    private Api moderator;
    private String group;

    @BeforeAll
    void makeGroup() {
        String department = api.department("Planning");
        author = api.user(department, "member");
        moderator = api.user(department, "member");
        group = Api.unique("planning");
        expect(
                author.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Planning", "description", "", "visibility", "open")),
                201);
        expect(
                author.post(
                        "/api/v1/groups/" + group + "/members",
                        Map.of("username", moderator.username(), "role", "moderator")),
                201);
    }

    @RepeatedTest(3)
    void twoEditsOfAThreadFromTheSameVersion() throws Exception {
        long id = expect(
                        author.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of("title", "Validation checklist", "body", "first text", "kind", "discussion")),
                        201)
                .json()
                .get("id")
                .asLong();
        List<Api> editors = List.of(author, moderator);
        List<String> bodies = List.of("the author's text", "the moderator's text");

        List<Reply> replies = CommunityRulesTest.atOnce(2, i -> editors.get(i)
                .put(
                        "/api/v1/threads/" + id,
                        Map.of("title", "Validation checklist", "body", bodies.get(i), "version", 1)));

        String winner = winnerOf(replies, bodies);
        JsonNode thread = expect(author.get("/api/v1/threads/" + id), 200).json();
        assertThat(thread.get("version").asInt()).isEqualTo(2);
        assertThat(thread.get("body").asText()).isEqualTo(winner);
        List<JsonNode> revisions = revisions(id, null);
        assertThat(revisions).extracting(r -> r.get("body").asText()).containsExactly("first text", winner);
        assertThat(revisions).extracting(r -> r.get("version").asInt()).containsExactly(1, 2);
    }

    @RepeatedTest(3)
    void twoEditsOfAPostFromTheSameVersion() throws Exception {
        long thread = expect(
                        author.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of(
                                        "title",
                                        "Fees for pre-app advice",
                                        "body",
                                        "What do we charge?",
                                        "kind",
                                        "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        long post = expect(author.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "first answer")), 201)
                .json()
                .get("id")
                .asLong();
        List<Api> editors = List.of(author, moderator);
        List<String> bodies = List.of("the author's answer", "the moderator's answer");

        List<Reply> replies = CommunityRulesTest.atOnce(
                2, i -> editors.get(i).put("/api/v1/posts/" + post, Map.of("body", bodies.get(i), "version", 1)));

        String winner = winnerOf(replies, bodies);
        JsonNode stored = CommunityRulesTest.postIn(
                expect(author.get("/api/v1/threads/" + thread), 200).json(), post);
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("body").asText()).isEqualTo(winner);
        List<JsonNode> revisions = revisions(thread, post);
        assertThat(revisions).extracting(r -> r.get("body").asText()).containsExactly("first answer", winner);
        assertThat(revisions).extracting(r -> r.get("version").asInt()).containsExactly(1, 2);
    }

    /** Exactly one 200 and one 409; answers the winning text, which the 200 also returned. */
    private static String winnerOf(List<Reply> replies, List<String> bodies) {
        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
        int won = replies.get(0).status() == 200 ? 0 : 1;
        ApiChecks.assertError(replies.get(1 - won), 409);
        assertThat(replies.get(won).field("body")).isEqualTo(bodies.get(won));
        return bodies.get(won);
    }

    /** The revisions of the thread itself (post null) or of one of its posts, oldest first. */
    private List<JsonNode> revisions(long thread, Long post) {
        List<JsonNode> found = new ArrayList<>();
        expect(author.get("/api/v1/threads/" + thread + "/revisions?limit=100"), 200)
                .json()
                .get("items")
                .forEach(r -> {
                    boolean ofPost = !r.get("postId").isNull();
                    if (post == null ? !ofPost : ofPost && r.get("postId").asLong() == post) {
                        found.add(r);
                    }
                });
        return found;
    }
}
