package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/** The journeys of communities: ask across departments, answer, accept, thank; edits and their conflicts. */
class CommunityJourneyTest extends AppTestBase {

    @Test
    void housingAsksAdultSocialCareAnswersAskerAcceptsColleagueThanks() {
        String housing = api.department("Housing");
        String asc = api.department("Adult Social Care");
        String digital = api.department("Digital");
        Api asker = api.user(housing, "member");
        Api answerer = api.user(asc, "member");
        Api thanker = api.user(digital, "member");

        String group = Api.unique("data-sharing");
        expect(
                asker.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                group,
                                "name",
                                "Data sharing",
                                "description",
                                "Sharing information between services",
                                "visibility",
                                "open")),
                201);
        expect(answerer.post("/api/v1/groups/" + group + "/join", null), 200);

        JsonNode question = expect(
                        asker.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of(
                                        "title",
                                        "Can we share a tenant's details with adult social care without consent?",
                                        "body",
                                        "A tenant seems at risk. **What does UK GDPR allow?**",
                                        "kind",
                                        "question",
                                        "tags",
                                        List.of("gdpr", "safeguarding"))),
                        201)
                .json();
        long threadId = question.get("id").asLong();
        assertThat(question.get("bodyHtml").asText()).contains("<strong>What does UK GDPR allow?</strong>");
        assertThat(question.get("author").get("department").get("slug").asText())
                .isEqualTo(housing);

        // Answerers in other departments find it in the cross-group unanswered queue, filtered by the asker's
        // department.
        assertThat(titles(answerer.get("/api/v1/questions?unanswered=true&department=" + housing)
                        .json()))
                .contains("Can we share a tenant's details with adult social care without consent?");

        JsonNode answer = expect(
                        answerer.post(
                                "/api/v1/threads/" + threadId + "/posts",
                                Map.of(
                                        "body",
                                        "Yes, where there is a risk of harm: the Care Act 2014 s.42 duty applies.")),
                        201)
                .json();
        long postId = answer.get("id").asLong();

        JsonNode accepted = expect(asker.post("/api/v1/threads/" + threadId + "/accept", Map.of("postId", postId)), 200)
                .json();
        assertThat(accepted.get("acceptedPostId").asLong()).isEqualTo(postId);
        assertThat(accepted.get("posts").get(0).get("accepted").asBoolean()).isTrue();

        JsonNode thanked = expect(thanker.post("/api/v1/posts/" + postId + "/thanks", null), 200)
                .json();
        assertThat(thanked.get("thanks").asLong()).isEqualTo(1);
        // Thanking twice changes nothing; thanking yourself is refused.
        assertThat(thanker.post("/api/v1/posts/" + postId + "/thanks", null)
                        .json()
                        .get("thanks")
                        .asLong())
                .isEqualTo(1);
        assertThat(answerer.post("/api/v1/posts/" + postId + "/thanks", null).status())
                .isEqualTo(403);

        assertThat(titles(answerer.get("/api/v1/questions?unanswered=true&department=" + housing)
                        .json()))
                .doesNotContain("Can we share a tenant's details with adult social care without consent?");
        assertThat(titles(
                        answerer.get("/api/v1/questions?department=" + housing).json()))
                .contains("Can we share a tenant's details with adult social care without consent?");

        JsonNode audit =
                expect(api.admin().get("/api/v1/admin/audit?limit=100"), 200).json();
        assertThat(audit.get("items").toString()).contains("thread.accept").contains("thread:" + threadId);
    }

    @Test
    void twoEditsFromTheSameVersionOneWinsTheOtherGets409() throws Exception {
        String dept = api.department("Planning");
        Api author = api.user(dept, "member");
        String group = Api.unique("planning");
        expect(
                author.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Planning", "description", "", "visibility", "open")),
                201);
        long id = expect(
                        author.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of("title", "Validation checklist", "body", "first text", "kind", "discussion")),
                        201)
                .json()
                .get("id")
                .asLong();

        int attempts = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String body = "edit number " + i;
            Callable<Integer> edit = () -> {
                start.await();
                return author.put(
                                "/api/v1/threads/" + id,
                                Map.of("title", "Validation checklist", "body", body, "version", 1))
                        .status();
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        JsonNode thread = author.get("/api/v1/threads/" + id).json();
        assertThat(thread.get("version").asInt()).isEqualTo(2);
        // The winning text is the one kept, and the history holds exactly the original and the winner.
        JsonNode revisions =
                author.get("/api/v1/threads/" + id + "/revisions").json().get("items");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("body").asText()).isEqualTo("first text");
        assertThat(revisions.get(1).get("body").asText())
                .isEqualTo(thread.get("body").asText());
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }
}
