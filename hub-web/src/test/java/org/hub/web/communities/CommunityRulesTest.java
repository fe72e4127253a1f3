package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of communities: thanks, acceptance, joining restricted groups, soft deletes and the audit trail. */
class CommunityRulesTest extends AppTestBase {
    private String department;
    private Api owner;
    private Api moderator;
    private Api asker;
    private Api colleague;
    private String group;

    @BeforeAll
    void makeGroup() {
        department = api.department("Children's Services");
        owner = api.user(department, "member");
        moderator = api.user(department, "member");
        asker = api.user(department, "member");
        colleague = api.user(department, "member");
        group = Api.unique("early-help");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                group,
                                "name",
                                "Early help",
                                "description",
                                "Early help assessments",
                                "visibility",
                                "open")),
                201);
        expect(owner.post(members(group), Map.of("username", moderator.username(), "role", "moderator")), 201);
        expect(asker.post("/api/v1/groups/" + group + "/join", null), 200);
        expect(colleague.post("/api/v1/groups/" + group + "/join", null), 200);
    }

    @Test
    void thanksCountOncePerPersonNeverForOneselfAndRepeatingChangesNothing() {
        long thread = question("Who signs off a team around the family plan?");
        long post = answer(colleague, thread, "The lead professional, after the TAF meeting.");

        Reply first = expect(asker.post(thanks(post), null), 200);
        assertThat(first.json().get("thanks").asInt()).isEqualTo(1);
        assertThat(first.json().get("thankedByMe").asBoolean()).isTrue();
        assertThat(expect(asker.post(thanks(post), null), 200)
                        .json()
                        .get("thanks")
                        .asInt())
                .isEqualTo(1);
        assertThat(expect(moderator.post(thanks(post), null), 200)
                        .json()
                        .get("thanks")
                        .asInt())
                .isEqualTo(2);

        ApiChecks.assertError(colleague.post(thanks(post), null), 403);
        JsonNode seenByAuthor =
                postIn(colleague.get("/api/v1/threads/" + thread).json(), post);
        assertThat(seenByAuthor.get("thanks").asInt()).isEqualTo(2);
        assertThat(seenByAuthor.get("thankedByMe").asBoolean()).isFalse();
    }

    @Test
    void thankingTwiceAtOnceCountsOnce() throws Exception {
        long thread = question("Can a school refer straight to early help?");
        long post = answer(colleague, thread, "Yes, through the front door form.");
        for (int round = 0; round < 5; round++) {
            Api thanker = api.user(department, "member");
            List<Integer> statuses =
                    atOnce(2, i -> thanker.post(thanks(post), null).status());
            assertThat(statuses).containsOnly(200);
        }
        assertThat(postIn(asker.get("/api/v1/threads/" + thread).json(), post)
                        .get("thanks")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void onlyTheAskerOrTheGroupsModeratorsAcceptAndAcceptingAgainReplacesTheChoice() {
        long thread = question("What is the threshold for a child in need assessment?");
        long first = answer(colleague, thread, "Look at the continuum of need document.");
        long second = answer(moderator, thread, "Level 3 on the continuum; ask the MASH if unsure.");

        ApiChecks.assertError(colleague.post(accept(thread), Map.of("postId", first)), 403);
        assertThat(asker.get("/api/v1/threads/" + thread)
                        .json()
                        .get("acceptedPostId")
                        .isNull())
                .isTrue();

        JsonNode accepted =
                expect(asker.post(accept(thread), Map.of("postId", first)), 200).json();
        assertThat(accepted.get("acceptedPostId").asLong()).isEqualTo(first);
        JsonNode replaced = expect(moderator.post(accept(thread), Map.of("postId", second)), 200)
                .json();
        assertThat(replaced.get("acceptedPostId").asLong()).isEqualTo(second);
        assertThat(postIn(replaced, first).get("accepted").asBoolean()).isFalse();
        assertThat(postIn(replaced, second).get("accepted").asBoolean()).isTrue();
        expect(owner.post(accept(thread), Map.of("postId", first)), 200);

        // An answer from another thread, a missing one, or a discussion are refused and change nothing.
        long other = answer(colleague, question("Another question"), "Another answer");
        ApiChecks.assertError(asker.post(accept(thread), Map.of("postId", other)), 422);
        ApiChecks.assertError(asker.post(accept(thread), Map.of("postId", 999_999_999)), 422);
        ApiChecks.assertError(asker.post(accept(thread), Map.of()), 422);
        long discussion = expect(
                        asker.post(threads(group), Map.of("title", "Team news", "body", "Hello", "kind", "discussion")),
                        201)
                .json()
                .get("id")
                .asLong();
        ApiChecks.assertError(
                asker.post(accept(discussion), Map.of("postId", answer(colleague, discussion, "Welcome"))), 422);
        assertThat(asker.get("/api/v1/threads/" + thread)
                        .json()
                        .get("acceptedPostId")
                        .asLong())
                .isEqualTo(first);
    }

    @Test
    void joiningARestrictedGroupWaitsForAModeratorsApproval() {
        String restricted = Api.unique("safeguarding-leads");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                restricted,
                                "name",
                                "Safeguarding leads",
                                "description",
                                "",
                                "visibility",
                                "restricted")),
                201);
        expect(owner.post(members(restricted), Map.of("username", moderator.username(), "role", "moderator")), 201);
        expect(owner.post(members(restricted), Map.of("username", colleague.username(), "role", "member")), 201);
        Api applicant = api.user(department, "member");

        Reply request = expect(applicant.post("/api/v1/groups/" + restricted + "/join", null), 202);
        assertThat(request.field("myRole")).isEqualTo("pending");
        assertThat(expect(applicant.post("/api/v1/groups/" + restricted + "/join", null), 202)
                        .field("myRole"))
                .isEqualTo("pending");
        // A request is not a membership: no posting, not counted, listed only to those who can approve it.
        ApiChecks.assertError(
                applicant.post(threads(restricted), Map.of("title", "Hello", "body", "x", "kind", "discussion")), 403);
        assertThat(request.json().get("memberCount").asInt()).isEqualTo(3);
        assertThat(usernames(colleague.get(members(restricted)))).doesNotContain(applicant.username());
        Reply seenByModerator = expect(moderator.get(members(restricted)), 200);
        assertThat(roleIn(seenByModerator, applicant.username())).isEqualTo("pending");

        Reply approval = expect(
                moderator.post(members(restricted), Map.of("username", applicant.username(), "role", "member")), 201);
        assertThat(approval.field("role")).isEqualTo("member");
        assertThat(expect(applicant.get("/api/v1/groups/" + restricted), 200).field("myRole"))
                .isEqualTo("member");
        expect(
                applicant.post(
                        threads(restricted),
                        Map.of("title", "Thanks for having me", "body", "Hello", "kind", "discussion")),
                201);
        assertThat(usernames(colleague.get(members(restricted)))).contains(applicant.username());

        // A declined request leaves no membership behind.
        Api declined = api.user(department, "member");
        expect(declined.post("/api/v1/groups/" + restricted + "/join", null), 202);
        expect(moderator.delete(members(restricted) + "/" + declined.username()), 204);
        assertThat(expect(declined.get("/api/v1/groups/" + restricted), 200).field("myRole"))
                .isNull();
    }

    @Test
    void onlyOwnersChangeTheRolesOfModeratorsAndOwners() {
        Api other = api.user(department, "member");
        expect(owner.post(members(group), Map.of("username", other.username(), "role", "moderator")), 201);
        ApiChecks.assertError(
                moderator.post(members(group), Map.of("username", other.username(), "role", "member")), 403);
        ApiChecks.assertError(
                moderator.post(members(group), Map.of("username", owner.username(), "role", "member")), 403);
        assertThat(roleIn(expect(owner.get(members(group) + "?limit=100"), 200), other.username()))
                .isEqualTo("moderator");
        ApiChecks.assertError(owner.post(members(group), Map.of("username", owner.username(), "role", "member")), 409);
        ApiChecks.assertError(owner.delete(members(group) + "/" + owner.username()), 409);
    }

    @Test
    void changingAGroupsVisibilityChangesWhoSeesItsContentEverywhere() throws Exception {
        String slug = Api.unique("reorganisation");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Reorganisation", "description", "", "visibility", "open")),
                201);
        String titleWord = word();
        long thread = expect(
                        owner.post(
                                threads(slug),
                                Map.of("title", "Restructure " + titleWord, "body", "Draft", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        Api outsider = api.user(department, "member");
        awaitSearchable(outsider, titleWord);

        ApiChecks.assertError(
                moderator.put("/api/v1/groups/" + slug, Map.of("name", "Reorganisation", "visibility", "private")),
                403);
        ApiChecks.assertError(owner.put("/api/v1/groups/" + slug, Map.of("name", "", "visibility", "private")), 422);
        ApiChecks.assertError(
                owner.put("/api/v1/groups/" + slug, Map.of("name", "Reorganisation", "visibility", "secret")), 422);
        expect(outsider.get("/api/v1/groups/" + slug), 200);

        Reply changed = expect(
                owner.put(
                        "/api/v1/groups/" + slug,
                        Map.of(
                                "name",
                                "Reorganisation (confidential)",
                                "description",
                                "Members only",
                                "visibility",
                                "private")),
                200);
        assertThat(changed.field("visibility")).isEqualTo("private");
        assertThat(changed.field("myRole")).isEqualTo("owner");
        ApiChecks.assertError(outsider.get("/api/v1/groups/" + slug), 404);
        ApiChecks.assertError(outsider.get("/api/v1/threads/" + thread), 404);
        assertThat(expect(outsider.get("/api/v1/questions?limit=100&department=" + department), 200)
                        .text())
                .doesNotContain(titleWord);
        // The search index learns the new access token from the outbox, in order: once a later
        // open thread is searchable, the change has been applied.
        String later = word();
        expect(owner.post(threads(group), Map.of("title", "Later " + later, "body", "x", "kind", "discussion")), 201);
        awaitSearchable(outsider, later);
        assertThat(expect(outsider.get("/api/v1/search?q=" + titleWord), 200).text())
                .doesNotContain(titleWord);
        awaitSearchable(owner, titleWord);

        expect(owner.put("/api/v1/groups/" + slug, Map.of("name", "Reorganisation", "visibility", "restricted")), 200);
        expect(outsider.get("/api/v1/threads/" + thread), 200);
        awaitSearchable(outsider, titleWord);

        // A request made while restricted is granted by joining again once the group is open.
        expect(outsider.post("/api/v1/groups/" + slug + "/join", null), 202);
        expect(owner.put("/api/v1/groups/" + slug, Map.of("name", "Reorganisation", "visibility", "open")), 200);
        assertThat(expect(outsider.post("/api/v1/groups/" + slug + "/join", null), 200)
                        .field("myRole"))
                .isEqualTo("member");
        expect(outsider.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "Happy to help")), 201);
        JsonNode audit =
                expect(api.admin().get("/api/v1/admin/audit?limit=100"), 200).json();
        assertThat(audit.toString()).contains("group.update").contains("visibility open -> private");
    }

    @Test
    void aHiddenItemAnswersExactlyAsAMissingOneDoes() {
        String secret = Api.unique("complaints-panel");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                secret,
                                "name",
                                "Complaints panel",
                                "description",
                                "Stage two complaints",
                                "visibility",
                                "private")),
                201);
        long thread = expect(
                        owner.post(
                                threads(secret),
                                Map.of(
                                        "title",
                                        "Complaint about a social worker",
                                        "body",
                                        "Confidential",
                                        "kind",
                                        "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        long post = answer(owner, thread, "Confidential answer");
        String missing = Api.unique("no-such-group");
        long missingId = 999_999_000L + thread;

        assertSameAnswer(
                colleague.get("/api/v1/groups/" + secret), colleague.get("/api/v1/groups/" + missing), secret, missing);
        assertSameAnswer(
                colleague.post("/api/v1/groups/" + secret + "/join", null),
                colleague.post("/api/v1/groups/" + missing + "/join", null),
                secret,
                missing);
        assertSameAnswer(
                colleague.get("/api/v1/threads/" + thread),
                colleague.get("/api/v1/threads/" + missingId),
                String.valueOf(thread),
                String.valueOf(missingId));
        assertSameAnswer(
                colleague.post(thanks(post), null),
                colleague.post(thanks(missingId), null),
                String.valueOf(post),
                String.valueOf(missingId));
    }

    private static void assertSameAnswer(Reply hidden, Reply missing, String hiddenKey, String missingKey) {
        ApiChecks.assertError(hidden, 404);
        ApiChecks.assertError(missing, 404);
        assertThat(hidden.text().replace(hiddenKey, "KEY"))
                .isEqualTo(missing.text().replace(missingKey, "KEY"));
    }

    @Test
    void leavingAPrivateGroupHidesItAtOnce() throws Exception {
        String secret = Api.unique("restructure");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", secret, "name", "Restructure", "description", "", "visibility", "private")),
                201);
        Api leaver = api.user(department, "member");
        expect(owner.post(members(secret), Map.of("username", leaver.username(), "role", "member")), 201);
        String titleWord = word();
        long thread = expect(
                        owner.post(
                                threads(secret),
                                Map.of("title", "Consultation " + titleWord, "body", "x", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        awaitSearchable(leaver, titleWord);
        assertThat(expect(leaver.get("/api/v1/questions?limit=100&department=" + department), 200)
                        .text())
                .contains(titleWord);

        expect(leaver.delete(members(secret) + "/" + leaver.username()), 204);
        ApiChecks.assertError(leaver.get("/api/v1/groups/" + secret), 404);
        ApiChecks.assertError(leaver.get("/api/v1/threads/" + thread), 404);
        assertThat(expect(leaver.get("/api/v1/groups?limit=100"), 200).text()).doesNotContain(secret);
        assertThat(expect(leaver.get("/api/v1/questions?limit=100&department=" + department), 200)
                        .text())
                .doesNotContain(titleWord);
        // Search filters by the viewer's groups at query time: no reindex needed, so no waiting.
        assertThat(expect(leaver.get("/api/v1/search?q=" + titleWord), 200).text())
                .doesNotContain(titleWord);
    }

    @Test
    void aDeletedThreadVanishesFromEveryRead() throws Exception {
        String titleWord = word();
        String bodyWord = word();
        String title = "Deleted question " + titleWord;
        String body = "Deleted body " + bodyWord;
        long thread = expect(
                        asker.post(
                                threads(group),
                                Map.of("title", title, "body", body, "kind", "question", "tags", List.of("deleted"))),
                        201)
                .json()
                .get("id")
                .asLong();
        long post = answer(colleague, thread, "An answer that goes with it");
        expect(moderator.delete("/api/v1/threads/" + thread), 204);

        Api admin = api.admin();
        for (Api reader : List.of(asker, colleague, admin)) {
            ApiChecks.assertError(reader.get("/api/v1/threads/" + thread), 404);
            ApiChecks.assertError(reader.get("/api/v1/threads/" + thread + "/revisions"), 404);
            for (String list : List.of(
                    threads(group) + "?limit=100",
                    "/api/v1/questions?limit=100",
                    "/api/v1/questions?unanswered=true&department=" + department)) {
                assertThat(expect(reader.get(list), 200).text()).doesNotContain(title);
            }
        }
        ApiChecks.assertError(
                asker.put("/api/v1/threads/" + thread, Map.of("title", "x", "body", "y", "version", 1)), 404);
        ApiChecks.assertError(asker.delete("/api/v1/threads/" + thread), 404);
        ApiChecks.assertError(colleague.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "late")), 404);
        ApiChecks.assertError(asker.post(accept(thread), Map.of("postId", post)), 404);
        ApiChecks.assertError(asker.post(thanks(post), null), 404);
        ApiChecks.assertError(colleague.put("/api/v1/posts/" + post, Map.of("body", "x", "version", 1)), 404);
        assertNotInAudit(admin, title, body);

        // Search reads the index, which the outbox updates in order: once a later thread is
        // searchable, the deletion has been applied too.
        String later = word();
        expect(
                asker.post(
                        threads(group),
                        Map.of("title", "Later question " + later, "body", "after the deletion", "kind", "question")),
                201);
        awaitSearchable(asker, later);
        assertThat(expect(asker.get("/api/v1/search?q=" + titleWord), 200).text())
                .doesNotContain(titleWord);
        assertThat(expect(admin.get("/api/v1/search?q=" + bodyWord), 200).text())
                .doesNotContain(bodyWord);
    }

    @Test
    void aDeletedAnswerVanishesAndItsAcceptanceWithIt() {
        long thread = question("Where do I log a missing-from-education case?");
        String text = MatrixWorld.marker("deleted answer");
        long post = answer(colleague, thread, text);
        long kept = answer(moderator, thread, "On the CME form in the education portal.");
        expect(asker.post(accept(thread), Map.of("postId", post)), 200);
        expect(colleague.put("/api/v1/posts/" + post, Map.of("body", text + " (edited)", "version", 1)), 200);
        expect(colleague.delete("/api/v1/posts/" + post), 204);

        JsonNode after = expect(asker.get("/api/v1/threads/" + thread), 200).json();
        assertThat(after.toString()).doesNotContain(text);
        assertThat(after.get("acceptedPostId").isNull()).isTrue();
        assertThat(after.get("posts")).hasSize(1);
        assertThat(postIn(after, kept)).isNotNull();
        assertThat(expect(asker.get("/api/v1/threads/" + thread + "/revisions"), 200)
                        .text())
                .doesNotContain(text);
        JsonNode summary = summaryIn(expect(asker.get(threads(group) + "?limit=100"), 200), thread);
        assertThat(summary.get("postCount").asInt()).isEqualTo(1);
        // With its accepted answer gone the question is unanswered again.
        assertThat(idsIn(
                        expect(asker.get("/api/v1/questions?unanswered=true&limit=100&department=" + department), 200)))
                .contains(thread);
        ApiChecks.assertError(colleague.delete("/api/v1/posts/" + post), 404);
        ApiChecks.assertError(asker.post(thanks(post), null), 404);
        ApiChecks.assertError(asker.post(accept(thread), Map.of("postId", post)), 422);
        assertNotInAudit(api.admin(), text);
    }

    @Test
    void theAuditLogRecordsWhoChangedMembershipsRolesContentAndAcceptances() {
        Instant before = Instant.now().minusSeconds(5);
        String restricted = Api.unique("audit-trail");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                restricted,
                                "name",
                                "Audit trail",
                                "description",
                                "",
                                "visibility",
                                "restricted")),
                201);
        Api joiner = api.user(department, "member");
        Api added = api.user(department, "member");
        expect(joiner.post("/api/v1/groups/" + restricted + "/join", null), 202);
        expect(owner.post(members(restricted), Map.of("username", joiner.username(), "role", "member")), 201);
        expect(owner.post(members(restricted), Map.of("username", added.username(), "role", "member")), 201);
        expect(owner.post(members(restricted), Map.of("username", added.username(), "role", "moderator")), 201);
        long thread = expect(
                        joiner.post(threads(restricted), Map.of("title", "Audit me", "body", "?", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        long post = answer(added, thread, "Answer one");
        long doomed = answer(added, thread, "Answer two");
        expect(owner.post(accept(thread), Map.of("postId", post)), 200);
        expect(added.delete("/api/v1/posts/" + doomed), 204);
        expect(owner.delete("/api/v1/threads/" + thread), 204);
        expect(added.delete(members(restricted) + "/" + added.username()), 204);
        expect(owner.delete(members(restricted) + "/" + joiner.username()), 204);

        List<JsonNode> entries = new ArrayList<>();
        expect(api.admin().get("/api/v1/admin/audit?limit=100"), 200)
                .json()
                .get("items")
                .forEach(entries::add);
        String target = "group:" + restricted;
        assertAudited(entries, before, joiner, "member.request", target, joiner.username());
        assertAudited(entries, before, owner, "member.approve", target, joiner.username());
        assertAudited(entries, before, owner, "member.add", target, added.username());
        assertAudited(entries, before, owner, "member.role", target, added.username() + " as moderator");
        assertAudited(entries, before, owner, "thread.accept", "thread:" + thread, "post " + post);
        assertAudited(entries, before, added, "post.delete", "post:" + doomed, null);
        assertAudited(entries, before, owner, "thread.delete", "thread:" + thread, null);
        assertAudited(entries, before, added, "member.leave", target, added.username());
        assertAudited(entries, before, owner, "member.remove", target, joiner.username());
        // Newest first.
        List<String> actions =
                entries.stream().map(e -> e.get("action").asText()).toList();
        assertThat(actions.indexOf("member.remove")).isLessThan(actions.indexOf("member.request"));
    }

    private static void assertAudited(
            List<JsonNode> entries, Instant after, Api actor, String action, String target, String detail) {
        JsonNode entry = entries.stream()
                .filter(e -> e.get("action").asText().equals(action)
                        && e.get("target").asText().equals(target))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + action + " on " + target + " in " + entries));
        assertThat(entry.get("actor").get("username").asText()).isEqualTo(actor.username());
        Instant at = Instant.parse(entry.get("at").asText());
        assertThat(at).isAfter(after).isBefore(Instant.now().plusSeconds(5));
        if (detail != null) {
            assertThat(entry.get("detail").asText()).contains(detail);
        }
    }

    private void assertNotInAudit(Api admin, String... texts) {
        String audit = expect(admin.get("/api/v1/admin/audit?limit=100"), 200).text();
        for (String text : texts) {
            assertThat(audit).doesNotContain(text);
        }
    }

    private static void awaitSearchable(Api who, String word) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!expect(who.get("/api/v1/search?q=" + word), 200).text().contains(word)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(word + " was not searchable within 30 seconds");
            }
            Thread.sleep(50);
        }
    }

    /** A unique word the search analyzer keeps whole. */
    private static String word() {
        return Api.unique("w").replace("-", "") + "q";
    }

    private long question(String title) {
        return expect(
                        asker.post(
                                threads(group),
                                Map.of("title", title, "body", "Any pointers welcome.", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
    }

    private static long answer(Api who, long thread, String body) {
        return expect(who.post("/api/v1/threads/" + thread + "/posts", Map.of("body", body)), 201)
                .json()
                .get("id")
                .asLong();
    }

    static <T> List<T> atOnce(int parallel, ThrowingFunction<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    interface ThrowingFunction<T> {
        T apply(int index) throws Exception;
    }

    private static String members(String slug) {
        return "/api/v1/groups/" + slug + "/members";
    }

    private static String threads(String slug) {
        return "/api/v1/groups/" + slug + "/threads";
    }

    private static String thanks(long post) {
        return "/api/v1/posts/" + post + "/thanks";
    }

    private static String accept(long thread) {
        return "/api/v1/threads/" + thread + "/accept";
    }

    private static List<String> usernames(Reply page) {
        List<String> names = new ArrayList<>();
        expect(page, 200)
                .json()
                .get("items")
                .forEach(m -> names.add(m.get("username").asText()));
        return names;
    }

    private static String roleIn(Reply page, String username) {
        for (JsonNode member : page.json().get("items")) {
            if (member.get("username").asText().equals(username)) {
                return member.get("role").asText();
            }
        }
        return null;
    }

    private static List<Long> idsIn(Reply page) {
        List<Long> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static JsonNode summaryIn(Reply page, long id) {
        for (JsonNode item : page.json().get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("thread " + id + " not in " + page.text());
    }

    static JsonNode postIn(JsonNode thread, long postId) {
        for (JsonNode post : thread.get("posts")) {
            if (post.get("id").asLong() == postId) {
                return post;
            }
        }
        return null;
    }
}
