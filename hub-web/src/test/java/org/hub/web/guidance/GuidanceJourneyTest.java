package org.hub.web.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The journeys of curated guidance: draft, publish, archive, review dates, promoted answers, ranking. */
class GuidanceJourneyTest extends AppTestBase {
    private Api curator;
    private Api member;
    private String dept;

    @BeforeAll
    void organisation() {
        String comms = api.department("Communications");
        dept = api.department("Revenues");
        curator = api.user(comms, "curator");
        member = api.user(dept, "member");
    }

    @Test
    void aDraftIsSeenOnlyByCuratorsUntilItIsPublishedThenByEveryone() throws Exception {
        String word = Words.next();
        JsonNode draft = expect(
                        curator.post(
                                "/api/v1/guidance",
                                guidance(
                                        "Answering press calls " + word,
                                        "Refer every journalist to the press office. " + word,
                                        "draft",
                                        null)),
                        201)
                .json();
        String slug = draft.get("slug").asText();
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("owner").get("username").asText()).isEqualTo(curator.username());
        assertThat(draft.get("reviewBy").asText()).isNotBlank();
        assertThat(draft.get("overdue").asBoolean()).isFalse();

        // The curator finds the draft; a member cannot read, list or find it.
        Searches.awaitHit(curator, word, "guidance", slug);
        ApiChecks.assertError(member.get("/api/v1/guidance/" + slug), 404);
        assertThat(slugs(expect(member.get("/api/v1/guidance?limit=100"), 200).json()))
                .doesNotContain(slug);
        assertThat(slugs(
                        expect(member.get("/api/v1/guidance?status=draft"), 200).json()))
                .isEmpty();
        assertThat(Searches.total(member, word, null)).isZero();
        assertThat(Searches.total(member, word, "guidance")).isZero();
        assertThat(expect(member.get("/api/v1/search/suggest?q=Answering%20press%20calls"), 200)
                        .text())
                .doesNotContain(slug);

        // Members may not write guidance at all.
        ApiChecks.assertError(member.post("/api/v1/guidance", guidance("Mine " + word, "x", "published", null)), 403);
        ApiChecks.assertError(member.put("/api/v1/guidance/" + slug, edit(draft, "published")), 403);
        assertThat(Searches.total(curator, "Mine " + word, "guidance")).isZero();

        JsonNode published = expect(curator.put("/api/v1/guidance/" + slug, edit(draft, "published")), 200)
                .json();
        assertThat(published.get("status").asText()).isEqualTo("published");
        assertThat(published.get("version").asInt()).isEqualTo(2);
        assertThat(expect(member.get("/api/v1/guidance/" + slug), 200)
                        .json()
                        .get("bodyHtml")
                        .asText())
                .contains("press office");
        assertThat(slugs(expect(member.get("/api/v1/guidance?status=published&limit=100"), 200)
                        .json()))
                .contains(slug);
        Searches.awaitHit(member, word, null, slug);

        // An edit from the old version is refused and changes nothing.
        ApiChecks.assertError(curator.put("/api/v1/guidance/" + slug, edit(draft, "archived")), 409);
        assertThat(expect(member.get("/api/v1/guidance/" + slug), 200)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("published");
    }

    @Test
    void archivedGuidanceLeavesDefaultSearchButIsFoundWithTypeGuidance() throws Exception {
        String word = Words.next();
        JsonNode item = expect(
                        curator.post(
                                "/api/v1/guidance",
                                guidance(
                                        "Council tax reminders " + word,
                                        "Send reminders after 14 days. " + word,
                                        "published",
                                        null)),
                        201)
                .json();
        String slug = item.get("slug").asText();
        Searches.awaitHit(member, word, null, slug);

        expect(curator.put("/api/v1/guidance/" + slug, edit(item, "archived")), 200);
        Searches.awaitNoHit(member, word, null, slug);
        Searches.awaitHit(member, word, "guidance", slug);
        // Still readable by its address.
        assertThat(expect(member.get("/api/v1/guidance/" + slug), 200)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("archived");
    }

    @Test
    void guidancePastItsReviewDateIsOverdueAndListedAsSuch() {
        String word = Words.next();
        String yesterday = today().minusDays(1).toString();
        String nextYear = today().plusYears(1).toString();
        JsonNode stale = expect(
                        curator.post(
                                "/api/v1/guidance",
                                guidance(
                                        "Blue badge eligibility " + word,
                                        "Who qualifies. " + word,
                                        "published",
                                        yesterday)),
                        201)
                .json();
        JsonNode fresh = expect(
                        curator.post(
                                "/api/v1/guidance",
                                guidance("Parking permits " + word, "How to apply. " + word, "published", nextYear)),
                        201)
                .json();
        JsonNode staleDraft = expect(
                        curator.post(
                                "/api/v1/guidance",
                                guidance("Draft on fees " + word, "Not yet out. " + word, "draft", yesterday)),
                        201)
                .json();

        assertThat(stale.get("overdue").asBoolean()).isTrue();
        assertThat(stale.get("reviewBy").asText()).isEqualTo(yesterday);
        assertThat(fresh.get("overdue").asBoolean()).isFalse();
        assertThat(expect(member.get("/api/v1/guidance/" + stale.get("slug").asText()), 200)
                        .json()
                        .get("overdue")
                        .asBoolean())
                .isTrue();

        JsonNode overdue = expect(curator.get("/api/v1/guidance?status=published&overdue=true&limit=100"), 200)
                .json();
        assertThat(slugs(overdue))
                .contains(stale.get("slug").asText())
                .doesNotContain(
                        fresh.get("slug").asText(), staleDraft.get("slug").asText());
        overdue.get("items")
                .forEach(g -> assertThat(g.get("overdue").asBoolean()).isTrue());
        // Whatever else is asked, overdue=true lists only items that say they are overdue: archived
        // and draft guidance is not live, so it cannot be stale.
        expect(
                curator.post(
                        "/api/v1/guidance", guidance("Archived fees " + word, "Old. " + word, "archived", yesterday)),
                201);
        JsonNode anyOverdue = expect(curator.get("/api/v1/guidance?overdue=true&limit=100"), 200)
                .json();
        assertThat(slugs(anyOverdue)).contains(stale.get("slug").asText());
        anyOverdue.get("items").forEach(g -> assertThat(g.get("overdue").asBoolean())
                .as(g.toString())
                .isTrue());
        // Without the filter both published items are listed.
        assertThat(slugs(expect(curator.get("/api/v1/guidance?status=published&limit=100"), 200)
                        .json()))
                .contains(stale.get("slug").asText(), fresh.get("slug").asText());
        ApiChecks.assertError(curator.get("/api/v1/guidance?status=published&overdue=maybe"), 400);
        ApiChecks.assertError(
                curator.post("/api/v1/guidance", guidance("Bad date " + word, "x", "draft", "31/12/2027")), 422);
    }

    @Test
    void aPromotedAnswerIsLinkedBothWays() throws Exception {
        String group = Api.unique("benefits");
        expect(
                member.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Benefits", "description", "", "visibility", "open")),
                201);
        long threadId = expect(
                        member.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of(
                                        "title",
                                        "How do we backdate housing benefit?",
                                        "body",
                                        "A resident asks for six months.",
                                        "kind",
                                        "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        Api answerer = api.user(dept, "member");
        expect(answerer.post("/api/v1/groups/" + group + "/join", null), 200);
        long postId = expect(
                        answerer.post(
                                "/api/v1/threads/" + threadId + "/posts",
                                Map.of("body", "Backdating is allowed for one month with good cause.")),
                        201)
                .json()
                .get("id")
                .asLong();

        JsonNode promoted = expect(
                        curator.post(
                                "/api/v1/guidance",
                                guidance(
                                        "Backdating housing benefit",
                                        "Backdating is allowed for one month with good cause.",
                                        "published",
                                        null,
                                        postId)),
                        201)
                .json();
        assertThat(promoted.get("sourcePostId").asLong()).isEqualTo(postId);

        JsonNode thread = expect(member.get("/api/v1/threads/" + threadId), 200).json();
        assertThat(thread.get("guidance")).hasSize(1);
        assertThat(thread.get("guidance").get(0).get("slug").asText())
                .isEqualTo(promoted.get("slug").asText());
        assertThat(thread.get("guidance").get(0).get("title").asText()).isEqualTo("Backdating housing benefit");
        assertThat(expect(member.get("/api/v1/guidance/" + promoted.get("slug").asText()), 200)
                        .json()
                        .get("sourcePostId")
                        .asLong())
                .isEqualTo(postId);

        // A draft promoted from the same thread is not shown to members on the thread.
        expect(
                curator.post(
                        "/api/v1/guidance",
                        guidance("Backdating, draft update", "Pending legal review.", "draft", null, postId)),
                201);
        assertThat(expect(member.get("/api/v1/threads/" + threadId), 200).json().get("guidance"))
                .hasSize(1);
        assertThat(expect(curator.get("/api/v1/threads/" + threadId), 200)
                        .json()
                        .get("guidance"))
                .hasSize(2);

        // A post that does not exist cannot be promoted, and nothing is created.
        ApiChecks.assertError(
                curator.post("/api/v1/guidance", guidance("From nowhere", "x", "published", null, postId + 1_000_000)),
                422);
    }

    @Test
    void publishedGuidanceOutranksAThreadWithAnEqualMatch() throws Exception {
        String word = Words.next();
        String title = "Handling vexatious complaints " + word;
        String body = "Log the contact, reply once in writing and refer it to the complaints team. " + word;
        JsonNode item = expect(curator.post("/api/v1/guidance", guidance(title, body, "published", null)), 201)
                .json();
        String group = Api.unique("complaints");
        expect(
                member.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Complaints", "description", "", "visibility", "open")),
                201);
        // The thread is newer and says exactly the same, so only the guidance boost can put it second.
        long threadId = expect(
                        member.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of("title", title, "body", body, "kind", "discussion")),
                        201)
                .json()
                .get("id")
                .asLong();
        Searches.awaitHit(member, word, "thread", String.valueOf(threadId));

        JsonNode hits =
                Searches.search(member, "vexatious complaints " + word, null).get("hits");
        assertThat(hits.size()).isGreaterThanOrEqualTo(2);
        assertThat(hits.get(0).get("type").asText()).isEqualTo("guidance");
        assertThat(hits.get(0).get("url").asText())
                .isEqualTo("/guidance/" + item.get("slug").asText());
        assertThat(hits.get(1).get("type").asText()).isEqualTo("thread");
        assertThat(hits.get(0).get("score").asDouble())
                .isGreaterThan(hits.get(1).get("score").asDouble());
    }

    private static Map<String, Object> guidance(String title, String body, String status, String reviewBy) {
        return guidance(title, body, status, reviewBy, null);
    }

    private static Map<String, Object> guidance(
            String title, String body, String status, String reviewBy, Long sourcePostId) {
        Map<String, Object> request = new HashMap<>();
        request.put("title", title);
        request.put("body", body);
        request.put("tags", List.of("comms"));
        request.put("status", status);
        if (reviewBy != null) {
            request.put("reviewBy", reviewBy);
        }
        if (sourcePostId != null) {
            request.put("sourcePostId", sourcePostId);
        }
        return request;
    }

    private static Map<String, Object> edit(JsonNode current, String status) {
        Map<String, Object> request = new HashMap<>();
        request.put("title", current.get("title").asText());
        request.put("body", current.get("body").asText());
        request.put("status", status);
        request.put("version", current.get("version").asInt());
        return request;
    }

    private static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.get("items").forEach(item -> slugs.add(item.get("slug").asText()));
        return slugs;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
