package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The same request sent twice at once, as a double click does: never a 500, and the second
 * changes nothing the first did not (one membership, one group, one deletion in the audit log).
 */
class DoubleSubmitTest extends AppTestBase {
    private String department;
    private Api owner;
    private String open;
    private String restricted;

    @BeforeAll
    void makeGroups() {
        department = api.department("Adult Social Care");
        owner = api.user(department, "member");
        open = Api.unique("carers");
        restricted = Api.unique("deprivation-of-liberty");
        expect(owner.post("/api/v1/groups", Map.of("slug", open, "name", "Carers", "visibility", "open")), 201);
        expect(
                owner.post("/api/v1/groups", Map.of("slug", restricted, "name", "DoLS", "visibility", "restricted")),
                201);
    }

    @RepeatedTest(3)
    void joiningTwiceAtOnce() throws Exception {
        Api joiner = api.user(department, "member");
        assertThat(statuses(CommunityRulesTest.atOnce(2, i -> joiner.post("/api/v1/groups/" + open + "/join", null))))
                .containsOnly(200);
        assertThat(statuses(
                        CommunityRulesTest.atOnce(2, i -> joiner.post("/api/v1/groups/" + restricted + "/join", null))))
                .containsOnly(202);
        assertThat(expect(joiner.get("/api/v1/groups/" + open), 200).field("myRole"))
                .isEqualTo("member");
        assertThat(expect(joiner.get("/api/v1/groups/" + restricted), 200).field("myRole"))
                .isEqualTo("pending");
    }

    @RepeatedTest(3)
    void addingTheSameMemberTwiceAtOnce() throws Exception {
        Api added = api.user(department, "member");
        assertThat(statuses(CommunityRulesTest.atOnce(
                        2,
                        i -> owner.post(
                                "/api/v1/groups/" + restricted + "/members",
                                Map.of("username", added.username(), "role", "member")))))
                .containsOnly(201);
        assertThat(expect(added.get("/api/v1/groups/" + restricted), 200).field("myRole"))
                .isEqualTo("member");
    }

    @RepeatedTest(3)
    void creatingTheSameGroupTwiceAtOnce() throws Exception {
        String slug = Api.unique("twice");
        List<Reply> replies = CommunityRulesTest.atOnce(
                2, i -> owner.post("/api/v1/groups", Map.of("slug", slug, "name", "Twice", "visibility", "open")));
        assertThat(statuses(replies)).containsExactlyInAnyOrder(201, 409);
        replies.stream().filter(r -> r.status() == 409).forEach(r -> ApiChecks.assertError(r, 409));
        assertThat(expect(owner.get("/api/v1/groups/" + slug), 200)
                        .json()
                        .get("memberCount")
                        .asInt())
                .isEqualTo(1);
    }

    @RepeatedTest(3)
    void deletingTwiceAtOnce() throws Exception {
        long thread = expect(
                        owner.post(
                                "/api/v1/groups/" + open + "/threads",
                                Map.of("title", "Respite funding", "body", "?", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        long post = expect(
                        owner.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "Ask the carers' hub")), 201)
                .json()
                .get("id")
                .asLong();
        assertThat(statuses(CommunityRulesTest.atOnce(2, i -> owner.delete("/api/v1/posts/" + post))))
                .containsExactlyInAnyOrder(204, 404);
        assertThat(statuses(CommunityRulesTest.atOnce(2, i -> owner.delete("/api/v1/threads/" + thread))))
                .containsExactlyInAnyOrder(204, 404);
        String audit =
                expect(api.admin().get("/api/v1/admin/audit?limit=100"), 200).text();
        assertThat(audit.split("\"post:" + post + "\"", -1)).hasSize(2);
        assertThat(audit.split("\"thread:" + thread + "\"", -1)).hasSize(2);
    }

    @RepeatedTest(3)
    void twoOwnersLeavingAtOnceLeaveOneOwnerBehind() throws Exception {
        String slug = Api.unique("two-owners");
        expect(owner.post("/api/v1/groups", Map.of("slug", slug, "name", "Two owners", "visibility", "open")), 201);
        Api second = api.user(department, "member");
        expect(
                owner.post(
                        "/api/v1/groups/" + slug + "/members", Map.of("username", second.username(), "role", "owner")),
                201);
        List<Api> owners = List.of(owner, second);
        List<Reply> replies = CommunityRulesTest.atOnce(2, i -> owners.get(i)
                .delete("/api/v1/groups/" + slug + "/members/" + owners.get(i).username()));
        assertThat(statuses(replies)).containsExactlyInAnyOrder(204, 409);
        long owning = expect(api.admin().get("/api/v1/groups/" + slug + "/members"), 200)
                .json()
                .get("items")
                .findValuesAsText("role")
                .stream()
                .filter("owner"::equals)
                .count();
        assertThat(owning).isEqualTo(1);
    }

    private static List<Integer> statuses(List<Reply> replies) {
        return replies.stream().map(Reply::status).toList();
    }
}
