package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input to groups, threads and posts answers a clear 4xx JSON error and changes nothing. */
class CommunityInputTest extends AppTestBase {
    private Api owner;
    private String group;
    private long thread;
    private long post;

    @BeforeAll
    void makeGroup() {
        String department = api.department("Digital");
        owner = api.user(department, "member");
        group = Api.unique("service-design");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Service design", "description", "", "visibility", "open")),
                201);
        thread = expect(
                        owner.post(
                                threads(),
                                Map.of("title", "Original title", "body", "Original body", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        post = expect(owner.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "Original answer")), 201)
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void badGroupsAreRefused() {
        String slug = Api.unique("refused");
        Reply unknownVisibility = ApiChecks.assertError(
                owner.post(
                        "/api/v1/groups", Map.of("slug", slug, "name", "x", "description", "", "visibility", "secret")),
                422);
        assertThat(unknownVisibility.field("message"))
                .isEqualTo("visibility must be one of open, restricted, private.");
        ApiChecks.assertError(
                owner.post("/api/v1/groups", Map.of("slug", "Not A Slug", "name", "x", "visibility", "open")), 422);
        ApiChecks.assertError(
                owner.post("/api/v1/groups", Map.of("slug", slug, "name", " ", "visibility", "open")), 422);
        ApiChecks.assertError(owner.post("/api/v1/groups", Map.of("slug", slug, "name", "x")), 422);
        ApiChecks.assertError(owner.postRaw("/api/v1/groups", "", "application/json"), 422);
        ApiChecks.assertError(owner.postRaw("/api/v1/groups", "{\"slug\": ", "application/json"), 400);
        ApiChecks.assertError(
                owner.post("/api/v1/groups", Map.of("slug", group, "name", "Taken", "visibility", "open")), 409);
        ApiChecks.assertError(owner.get("/api/v1/groups/" + slug), 404);

        ApiChecks.assertError(owner.post(members(), Map.of("username", owner.username(), "role", "king")), 422);
        ApiChecks.assertError(owner.post(members(), Map.of("username", owner.username(), "role", "pending")), 422);
        ApiChecks.assertError(owner.post(members(), Map.of("username", "nobody-at-all", "role", "member")), 422);
        assertThat(expect(owner.get("/api/v1/groups/" + group), 200).field("myRole"))
                .isEqualTo("owner");
    }

    @Test
    void badThreadsAndPostsAreRefused() {
        Map<String, Object> good = Map.of("title", "A title", "body", "A body", "kind", "question");
        Reply unknownKind = ApiChecks.assertError(owner.post(threads(), with(good, "kind", "poll")), 422);
        assertThat(unknownKind.field("message")).isEqualTo("kind must be one of question, discussion.");
        ApiChecks.assertError(owner.post(threads(), with(good, "title", "")), 422);
        ApiChecks.assertError(owner.post(threads(), with(good, "title", "x".repeat(201))), 422);
        ApiChecks.assertError(owner.post(threads(), with(good, "body", "x".repeat(50_001))), 422);
        ApiChecks.assertError(owner.post(threads(), with(good, "tags", List.of("say \"when\""))), 422);
        Reply tooLong = ApiChecks.assertError(owner.post(threads(), with(good, "tags", List.of("x".repeat(41)))), 422);
        assertThat(tooLong.field("message")).startsWith("tags must be at most 40 characters each");
        ApiChecks.assertError(
                owner.post(
                        threads(),
                        with(
                                good,
                                "tags",
                                IntStream.range(0, 11).mapToObj(i -> "tag" + i).toList())),
                422);
        ApiChecks.assertError(owner.post(threads(), with(good, "title", "nul\u0000")), 400);
        ApiChecks.assertError(owner.post(threads(), with(good, "tags", "gdpr")), 400);
        ApiChecks.assertError(owner.post("/api/v1/threads/" + thread + "/posts", Map.of("body", " ")), 422);
        ApiChecks.assertError(owner.post("/api/v1/threads/" + thread + "/posts", Map.of()), 422);
        ApiChecks.assertError(owner.post("/api/v1/threads/" + thread + "/accept", Map.of("postId", "first")), 400);
        ApiChecks.assertError(owner.get("/api/v1/threads/abc"), 404);

        String threadUrl = "/api/v1/threads/" + thread;
        ApiChecks.assertError(owner.put(threadUrl, Map.of("title", "New", "body", "New", "version", "one")), 400);
        ApiChecks.assertError(owner.put(threadUrl, Map.of("title", "New", "body", "New")), 422);
        ApiChecks.assertError(owner.put(threadUrl, Map.of("title", "New", "body", "New", "version", 7)), 409);
        ApiChecks.assertError(owner.put(threadUrl, Map.of("title", "", "body", "New", "version", 1)), 422);
        String postUrl = "/api/v1/posts/" + post;
        ApiChecks.assertError(owner.put(postUrl, Map.of("body", "New", "version", 0)), 409);
        ApiChecks.assertError(owner.put(postUrl, Map.of("body", "", "version", 1)), 422);

        JsonNode unchanged = expect(owner.get(threadUrl), 200).json();
        assertThat(unchanged.get("title").asText()).isEqualTo("Original title");
        assertThat(unchanged.get("version").asInt()).isEqualTo(1);
        assertThat(unchanged.get("posts")).hasSize(1);
        assertThat(unchanged.get("posts").get(0).get("body").asText()).isEqualTo("Original answer");
        assertThat(unchanged.get("acceptedPostId").isNull()).isTrue();
        assertThat(expect(owner.get(threads() + "?limit=100"), 200).json().get("items"))
                .hasSize(1);
        assertThat(expect(owner.get(threadUrl + "/revisions"), 200).json().get("items"))
                .hasSize(2);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private String threads() {
        return "/api/v1/groups/" + group + "/threads";
    }

    private String members() {
        return "/api/v1/groups/" + group + "/members";
    }
}
