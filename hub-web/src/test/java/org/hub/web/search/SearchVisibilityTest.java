package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A private group's words never reach a non-member through any search surface (hits, facets,
 * suggestions, similar, related, did-you-mean), do reach members and admins, and membership or
 * visibility changes apply on the very next search.
 */
class SearchVisibilityTest extends AppTestBase {
    private Api owner;
    private Api outsider;
    private Api admin;
    private String secret;
    private String secretTag;
    private String sharedWord;
    private String privateGroup;
    private String openGroup;
    private long privateThread;
    private long privatePost;
    private long openThread;

    @BeforeAll
    void privateAndOpenContentOnOneTopic() throws Exception {
        String dept = api.department("Children's Services");
        String otherDept = api.department("Environment");
        owner = api.user(dept, "member");
        outsider = api.user(otherDept, "member");
        admin = api.admin();
        secret = Searching.word("secret");
        secretTag = "tag-" + secret;
        sharedWord = Searching.word("shared");
        privateGroup = Searching.group(owner, "safeguarding-panel", "private");
        openGroup = Searching.group(owner, "family-support", "open");
        String topic = " child placement review " + sharedWord + " foster carers allowance";
        privateThread = Searching.thread(
                owner,
                privateGroup,
                secret + " placement review for foster carers",
                "Confidential: the " + secret + " case and the" + topic,
                List.of(secretTag));
        privatePost = Searching.reply(owner, privateThread, "Panel note on " + secret + " and the" + topic);
        openThread = Searching.thread(
                owner,
                openGroup,
                "Placement review for foster carers",
                "How do we run the" + topic + "?",
                List.of("fostering"));
        // The owner sees the private thread and post, the outsider only the open thread: all indexed.
        Searching.awaitTotal(owner, sharedWord, 3);
        Searching.awaitTotal(outsider, sharedWord, 1);
    }

    @Test
    void aNonMemberFindsNothingOfThePrivateGroupInHitsOrFacets() {
        assertThat(Searching.search(outsider, secret).get("total").asLong()).isZero();
        assertThat(Searching.search(outsider, "tag:" + secretTag).get("total").asLong())
                .isZero();
        assertThat(Searching.search(outsider, "group:" + privateGroup)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(Searching.search(outsider, "", "&group=" + privateGroup)
                        .get("total")
                        .asLong())
                .isZero();

        JsonNode shared = Searching.search(outsider, sharedWord);
        assertThat(Searching.keys(shared.get("hits"))).containsExactly("thread:" + openThread);
        assertNoTraceOfThePrivateGroup(shared);
        JsonNode facets = shared.get("facets");
        assertThat(facetCount(facets, "type", "thread")).isEqualTo(1);
        assertThat(facetCount(facets, "type", "post")).isZero();
        assertThat(facetCount(facets, "group", openGroup)).isEqualTo(1);
        assertThat(facetCount(facets, "tag", "fostering")).isEqualTo(1);
        long departmentTotal = 0;
        for (JsonNode facet : facets.get("department")) {
            departmentTotal += facet.get("count").asLong();
        }
        assertThat(departmentTotal).as("department facet counts").isEqualTo(1);

        // A search with no words lists everything the viewer may see, newest first: still nothing private.
        assertNoTraceOfThePrivateGroup(Searching.search(outsider, "", "&limit=100"));
    }

    @Test
    void aNonMemberGetsNoSuggestionSimilarRelatedOrDidYouMeanFromThePrivateGroup() {
        assertNoTraceOfThePrivateGroup(
                expect(outsider.get("/api/v1/search/suggest?q=" + Searching.encode(secret.substring(0, 8))), 200)
                        .json());
        assertNoTraceOfThePrivateGroup(
                expect(outsider.get("/api/v1/search/suggest?q=" + Searching.encode("placement review")), 200)
                        .json());
        assertNoTraceOfThePrivateGroup(expect(
                        outsider.get("/api/v1/search/similar?title="
                                + Searching.encode(secret + " placement review for foster carers") + "&body="
                                + Searching.encode(sharedWord + " child placement")),
                        200)
                .json());
        assertNoTraceOfThePrivateGroup(expect(outsider.get("/api/v1/threads/" + openThread + "/related"), 200)
                .json());
        expect(outsider.get("/api/v1/threads/" + privateThread + "/related"), 404);

        JsonNode misspelt = Searching.search(outsider, misspelling(secret));
        assertThat(misspelt.get("didYouMean").isNull())
                .as("didYouMean of %s", misspelt)
                .isTrue();
        assertNoTraceOfThePrivateGroup(misspelt);
    }

    @Test
    void aMemberAndAnAdminFindThePrivateGroupOnEverySurface() {
        for (Api viewer : List.of(owner, admin)) {
            JsonNode found = Searching.search(viewer, secret);
            assertThat(Searching.keys(found.get("hits")))
                    .containsExactlyInAnyOrder("thread:" + privateThread, "post:" + privatePost);
            assertThat(facetCount(found.get("facets"), "group", privateGroup)).isEqualTo(2);
            assertThat(facetCount(found.get("facets"), "tag", secretTag)).isEqualTo(2);
            assertThat(Searching.search(viewer, misspelling(secret))
                            .get("didYouMean")
                            .asText())
                    .isEqualTo(secret);
            assertThat(expect(viewer.get("/api/v1/search/suggest?q=" + Searching.encode(secret.substring(0, 8))), 200)
                            .json()
                            .toString())
                    .contains("\"id\":" + privateThread);
            assertThat(Searching.keys(expect(
                                    viewer.get("/api/v1/search/similar?title="
                                            + Searching.encode(secret + " placement review")),
                                    200)
                            .json()
                            .get("items")))
                    .contains("thread:" + privateThread);
            assertThat(Searching.keys(expect(viewer.get("/api/v1/threads/" + openThread + "/related"), 200)
                            .json()
                            .get("items")))
                    .contains("thread:" + privateThread);
        }
    }

    @Test
    void joiningAndLeavingApplyOnTheVeryNextSearch() {
        String group = Searching.group(owner, "members-only", "private");
        String word = Searching.word("roster");
        long thread = Searching.thread(owner, group, "Rota for " + word, "Who covers " + word + "?", List.of());
        awaitVisibleTo(owner, word, 1);
        Api newcomer = api.user(api.department("Legal"), "member");
        assertThat(Searching.search(newcomer, word).get("total").asLong()).isZero();

        expect(
                owner.post(
                        "/api/v1/groups/" + group + "/members",
                        Map.of("username", newcomer.username(), "role", "member")),
                201);
        assertThat(Searching.keys(Searching.search(newcomer, word).get("hits"))).containsExactly("thread:" + thread);

        expect(owner.delete("/api/v1/groups/" + group + "/members/" + newcomer.username()), 204);
        assertThat(Searching.search(newcomer, word).get("total").asLong()).isZero();
        assertThat(Searching.search(newcomer, misspelling(word))
                        .get("didYouMean")
                        .isNull())
                .isTrue();
    }

    @Test
    void aGroupSwitchedBetweenPrivateAndOpenAppliesOnTheVeryNextSearch() throws Exception {
        String group = Searching.group(owner, "opening-up", "private");
        String word = Searching.word("opened");
        long thread = Searching.thread(owner, group, "Policy on " + word, "Draft " + word, List.of());
        awaitVisibleTo(owner, word, 1);
        assertThat(Searching.search(outsider, word).get("total").asLong()).isZero();

        // No endpoint changes a group's visibility yet: an administrator's change in the database stands in.
        setVisibility(group, "open");
        assertThat(Searching.keys(Searching.search(outsider, word).get("hits"))).containsExactly("thread:" + thread);

        setVisibility(group, "private");
        assertThat(Searching.search(outsider, word).get("total").asLong()).isZero();
        assertThat(Searching.search(owner, word).get("total").asLong()).isEqualTo(1);
    }

    private void awaitVisibleTo(Api viewer, String word, int expected) {
        try {
            Searching.awaitTotal(viewer, word, expected);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void setVisibility(String group, String visibility) throws Exception {
        var db = app.configuration().getDatabase();
        try (Connection connection = DriverManager.getConnection(db.getUrl(), db.getUser(), db.getPassword());
                PreparedStatement update =
                        connection.prepareStatement("UPDATE hub_groups SET visibility = ? WHERE slug = ?")) {
            update.setString(1, visibility);
            update.setString(2, group);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private void assertNoTraceOfThePrivateGroup(JsonNode answer) {
        assertThat(answer.toString())
                .as("answer to a non-member")
                .doesNotContainIgnoringCase(secret)
                .doesNotContain(privateGroup)
                .doesNotContain("\"id\":" + privateThread + ",")
                .doesNotContain("\"id\":" + privatePost + ",");
    }

    /** The word with its third letter changed: one edit away, same first letters. */
    private static String misspelling(String word) {
        char swapped = word.charAt(2) == 'x' ? 'z' : 'x';
        return word.substring(0, 2) + swapped + word.substring(3);
    }

    private static long facetCount(JsonNode facets, String dimension, String value) {
        for (JsonNode facet : facets.get(dimension)) {
            if (facet.get("value").asText().equals(value)) {
                return facet.get("count").asLong();
            }
        }
        return 0;
    }
}
