package org.hub.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/**
 * Search follows moderation at once, through the outbox: a thread moved into a private group is
 * no longer found or read by members of its old group, and a hidden answer is found by nobody
 * until it is shown again.
 */
class ModerationSearchTest extends AppTestBase {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    void aThreadMovedIntoAPrivateGroupIsNoLongerFoundOrReadByTheOldGroupsMembers() throws Exception {
        String dept = api.department("Housing");
        Api moderator = api.user(dept, "member");
        Api oldMember = api.user(dept, "member");
        String open = group(moderator, "open");
        String secret = group(moderator, "private");
        expect(oldMember.post("/api/v1/groups/" + open + "/join", null), 200);
        String word = "damp" + Api.unique("x").replace("-", "") + "word";
        long thread = expect(
                        moderator.post(
                                "/api/v1/groups/" + open + "/threads",
                                Map.of(
                                        "title",
                                        "Mould in flats " + word,
                                        "body",
                                        "Who inspects?",
                                        "kind",
                                        "question",
                                        "tags",
                                        List.of())),
                        201)
                .json()
                .get("id")
                .asLong();
        long answer = expect(
                        moderator.post(
                                "/api/v1/threads/" + thread + "/posts",
                                Map.of("body", "The environmental health team " + word)),
                        201)
                .json()
                .get("id")
                .asLong();
        awaitHits(oldMember, word, 2);

        expect(moderator.post("/api/v1/threads/" + thread + "/move", Map.of("group", secret)), 200);

        awaitHits(oldMember, word, 0);
        expect(oldMember.get("/api/v1/threads/" + thread), 404);
        expect(oldMember.get("/api/v1/threads/" + thread + "/related"), 404);
        JsonNode found = awaitHits(moderator, word, 2);
        assertThat(found.get("hits").get(0).get("group").get("slug").asText()).isEqualTo(secret);
        assertThat(answer).isPositive();
    }

    @Test
    void aHiddenAnswerIsFoundByNobodyUntilShownAgain() throws Exception {
        String dept = api.department("Housing");
        Api moderator = api.user(dept, "member");
        Api member = api.user(dept, "member");
        String open = group(moderator, "open");
        expect(member.post("/api/v1/groups/" + open + "/join", null), 200);
        long thread = expect(
                        member.post(
                                "/api/v1/groups/" + open + "/threads",
                                Map.of("title", "Council tax bands", "body", "How?", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        String word = "tenant" + Api.unique("x").replace("-", "") + "name";
        long answer = expect(
                        member.post(
                                "/api/v1/threads/" + thread + "/posts",
                                Map.of("body", "Ring Mrs Example at home " + word)),
                        201)
                .json()
                .get("id")
                .asLong();
        awaitHits(member, word, 1);

        expect(moderator.post("/api/v1/posts/" + answer + "/hide", null), 200);

        awaitHits(member, word, 0);
        awaitHits(moderator, word, 0);
        expect(moderator.delete("/api/v1/posts/" + answer + "/hide"), 200);
        awaitHits(member, word, 1);
    }

    private String group(Api owner, String visibility) {
        String slug = Api.unique("search-mod-" + visibility);
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Group " + slug, "description", "", "visibility", visibility)),
                201);
        return slug;
    }

    /** Searches until the word finds exactly {@code count} hits, within a generous deadline. */
    private static JsonNode awaitHits(Api as, String word, int count) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = expect(as.get("/api/v1/search?q=" + word), 200).json();
            if (last.get("total").asLong() == count) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "Searching " + word + " did not find " + count + " within " + DEADLINE + "; last: " + last);
    }
}
