package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hub.web.communities.MatrixWorld.GroupFixture;
import org.hub.web.communities.MatrixWorld.Standing;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every moderation endpoint (issue 17) for every kind of viewer, against open, restricted and
 * private groups, in the community matrix's world and manner: the status API.md gives, that the
 * call changed what it should (or nothing), and that no answer shows what the viewer may not see.
 * The "outsider" in the private group is the non-member of a private group.
 */
class ModerationAccessMatrixTest extends AppTestBase {

    /** {@code a/b/c} reads open/restricted/private. A hidden post is not found by those who may not moderate it. */
    private static final String MATRIX = """
            endpoint          | anonymous | outsider    | member  | author  | moderator   | owner       | admin       | deactivated
            posts.hide        | 401       | 403/403/404 | 403     | 403     | 200         | 200         | 200         | 401
            posts.unhide      | 401       | 404         | 404     | 404     | 200         | 200         | 200         | 401
            threads.lock      | 401       | 403/403/404 | 403     | 403     | 200         | 200         | 200         | 401
            threads.unlock    | 401       | 403/403/404 | 403     | 403     | 200         | 200         | 200         | 401
            threads.move      | 401       | 403/403/404 | 403     | 403     | 200         | 200         | 200         | 401
            threads.unaccept  | 401       | 403/403/404 | 403     | 200     | 200         | 200         | 200         | 401
            posts.unthank     | 401       | 200/200/404 | 200     | 200     | 200         | 200         | 200         | 401
            flags.create      | 401       | 201/201/404 | 201     | 403     | 201         | 201         | 201         | 401
            flags.decide      | 401       | 403/403/404 | 403     | 403     | 200         | 200         | 200         | 401
            flags.queue       | 401       | 403/403/404 | 403     | 403     | 200         | 200         | 200         | 401
            flags.mine        | 401       | 200         | 200     | 200     | 200         | 200         | 200         | 401
            requests.decline  | 401       | 403/403/404 | 403     | 403     | 404/204/404 | 404/204/404 | 404/204/404 | 401
            requests.declined | 401       | 200         | 200     | 200     | 200         | 200         | 200         | 401
            """;

    /** The routes this matrix answers for; the community matrix leaves them to it. */
    static final Set<String> ROUTES = Set.of(
            "POST /api/v1/posts/{id}/hide",
            "DELETE /api/v1/posts/{id}/hide",
            "POST /api/v1/threads/{id}/lock",
            "DELETE /api/v1/threads/{id}/lock",
            "POST /api/v1/threads/{id}/move",
            "DELETE /api/v1/threads/{id}/accept",
            "DELETE /api/v1/posts/{id}/thanks",
            "POST /api/v1/posts/{id}/flags",
            "POST /api/v1/posts/{id}/flags/decision",
            "GET /api/v1/groups/{slug}/flags",
            "GET /api/v1/me/flags",
            "POST /api/v1/groups/{slug}/requests/{username}/decline",
            "GET /api/v1/me/declined-requests");

    private MatrixWorld world;

    private record Case(MatrixWorld world, GroupFixture group, Standing standing, Api who) {
        Api admin() {
            return world.admin;
        }

        Api as(Standing standing) {
            return world.person(standing);
        }
    }

    /** An endpoint as the matrix calls it: the call checks its own effect against the status it got. */
    private record Endpoint(String route, Function<Case, Reply> call) {}

    private static final Map<String, Endpoint> ENDPOINTS = endpoints();

    @BeforeAll
    void makeWorld() {
        world = MatrixWorld.create(api);
    }

    @TestFactory
    Stream<DynamicContainer> everyModerationEndpointForEveryViewerInEveryKindOfGroup() {
        return rows().entrySet().stream()
                .map(row -> DynamicContainer.dynamicContainer(
                        row.getKey(),
                        Arrays.stream(Standing.values()).flatMap(standing -> MatrixWorld.VISIBILITIES.stream()
                                .map(visibility -> {
                                    int expected =
                                            row.getValue().get(standing)[MatrixWorld.VISIBILITIES.indexOf(visibility)];
                                    return DynamicTest.dynamicTest(
                                            row.getKey() + " as " + standing.label() + " in the " + visibility
                                                    + " group -> " + expected,
                                            () -> run(
                                                    ENDPOINTS.get(row.getKey()),
                                                    standing,
                                                    world.groups.get(visibility),
                                                    expected));
                                }))));
    }

    /** Every moderation route the server describes is in this table, and every route in it is served. */
    @Test
    void theMatrixCoversEveryModerationEndpointOfTheApi() {
        JsonNode paths =
                expect(api.anonymous().get("/api/openapi.json"), 200).json().get("paths");
        Set<String> served = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> served.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(served).containsAll(ROUTES);
        assertThat(served.stream().filter(r -> r.matches(".*/(hide|lock|move|flags|flags/decision|decline)$")))
                .allMatch(ROUTES::contains);
        Set<String> covered = new TreeSet<>();
        ENDPOINTS.values().forEach(endpoint -> covered.add(endpoint.route()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(ROUTES);
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    private void run(Endpoint endpoint, Standing standing, GroupFixture group, int expected) {
        Case c = new Case(world, group, standing, world.person(standing));
        Reply reply = endpoint.call().apply(c);
        assertThat(reply.status())
                .as("%s answered %s", endpoint.route(), reply.text())
                .isEqualTo(expected);
        if (expected >= 400) {
            ApiChecks.assertError(reply, expected);
        }
        for (String hidden : world.hiddenFrom(standing, group)) {
            assertThat(reply.text()).as("answer to a %s", standing.label()).doesNotContain(hidden);
        }
    }

    private static boolean ok(Reply reply) {
        return reply.status() / 100 == 2;
    }

    private static Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> e = new LinkedHashMap<>();
        e.put("posts.hide", new Endpoint("POST /api/v1/posts/{id}/hide", c -> {
            long id = c.world().freshPost(c.group());
            Reply reply = c.who().post("/api/v1/posts/" + id + "/hide", null);
            assertThat(hiddenFlag(c, id)).isEqualTo(ok(reply));
            assertThat(postIn(
                                    c.as(Standing.MEMBER)
                                            .get("/api/v1/threads/" + c.group().threadId()),
                                    id)
                            == null)
                    .as("members no longer see it")
                    .isEqualTo(ok(reply));
            return reply;
        }));
        e.put("posts.unhide", new Endpoint("DELETE /api/v1/posts/{id}/hide", c -> {
            long id = c.world().freshPost(c.group());
            String body = postIn(c.admin().get("/api/v1/threads/" + c.group().threadId()), id)
                    .get("body")
                    .asText();
            expect(c.admin().post("/api/v1/posts/" + id + "/hide", null), 200);
            Reply reply = c.who().delete("/api/v1/posts/" + id + "/hide");
            assertThat(hiddenFlag(c, id)).isEqualTo(!ok(reply));
            if (!ok(reply)) {
                assertThat(reply.text()).doesNotContain(body);
            }
            return reply;
        }));
        e.put("threads.lock", new Endpoint("POST /api/v1/threads/{id}/lock", c -> {
            long id = c.world().freshThread(c.group(), "question");
            Reply reply = c.who().post("/api/v1/threads/" + id + "/lock", null);
            assertThat(c.world().adminView(id).get("locked").asBoolean()).isEqualTo(ok(reply));
            int answer = c.as(Standing.MEMBER)
                    .post("/api/v1/threads/" + id + "/posts", Map.of("body", "After the lock"))
                    .status();
            assertThat(answer).isEqualTo(ok(reply) ? 409 : 201);
            return reply;
        }));
        e.put("threads.unlock", new Endpoint("DELETE /api/v1/threads/{id}/lock", c -> {
            long id = c.world().freshThread(c.group(), "question");
            expect(c.admin().post("/api/v1/threads/" + id + "/lock", null), 200);
            Reply reply = c.who().delete("/api/v1/threads/" + id + "/lock");
            assertThat(c.world().adminView(id).get("locked").asBoolean()).isEqualTo(!ok(reply));
            return reply;
        }));
        e.put("threads.move", new Endpoint("POST /api/v1/threads/{id}/move", c -> {
            long id = c.world().freshThread(c.group(), "question");
            String target = c.world().freshGroup("open");
            Reply reply = c.who().post("/api/v1/threads/" + id + "/move", Map.of("group", target));
            assertThat(c.world().adminView(id).get("group").get("slug").asText())
                    .isEqualTo(ok(reply) ? target : c.group().slug());
            return reply;
        }));
        e.put("threads.unaccept", new Endpoint("DELETE /api/v1/threads/{id}/accept", c -> {
            long question = c.world().freshThread(c.group(), "question");
            long answer = expect(
                            c.as(Standing.MEMBER)
                                    .post(
                                            "/api/v1/threads/" + question + "/posts",
                                            Map.of("body", "Ask the records team.")),
                            201)
                    .json()
                    .get("id")
                    .asLong();
            expect(
                    c.as(Standing.AUTHOR).post("/api/v1/threads/" + question + "/accept", Map.of("postId", answer)),
                    200);
            Reply reply = c.who().delete("/api/v1/threads/" + question + "/accept");
            assertThat(c.world().adminView(question).get("acceptedPostId").isNull())
                    .isEqualTo(ok(reply));
            return reply;
        }));
        e.put("posts.unthank", new Endpoint("DELETE /api/v1/posts/{id}/thanks", c -> {
            long id = c.world().freshPost(c.group());
            boolean thanked =
                    c.who().post("/api/v1/posts/" + id + "/thanks", null).status() == 200;
            Reply reply = c.who().delete("/api/v1/posts/" + id + "/thanks");
            if (ok(reply)) {
                assertThat(reply.json().get("thankedByMe").asBoolean()).isFalse();
            }
            assertThat(thanks(c, id)).isEqualTo(thanked && !ok(reply) ? 1 : 0);
            return reply;
        }));
        e.put("flags.create", new Endpoint("POST /api/v1/posts/{id}/flags", c -> {
            long id = c.world().freshPost(c.group());
            Reply reply = c.who().post("/api/v1/posts/" + id + "/flags", Map.of("reason", "off_topic"));
            assertThat(queued(c, id)).isEqualTo(ok(reply));
            if (ok(reply)) {
                assertThat(reply.json().get("outcome").isNull()).isTrue();
                assertThat(c.who()
                                .post("/api/v1/posts/" + id + "/flags", Map.of("reason", "offensive"))
                                .status())
                        .as("flagging again answers the first flag")
                        .isEqualTo(200);
            }
            return reply;
        }));
        e.put("flags.decide", new Endpoint("POST /api/v1/posts/{id}/flags/decision", c -> {
            long id = c.world().freshPost(c.group());
            expect(c.as(Standing.MEMBER).post("/api/v1/posts/" + id + "/flags", Map.of("reason", "offensive")), 201);
            Reply reply = c.who().post("/api/v1/posts/" + id + "/flags/decision", Map.of("outcome", "hidden"));
            assertThat(hiddenFlag(c, id)).isEqualTo(ok(reply));
            assertThat(queued(c, id)).isEqualTo(!ok(reply));
            JsonNode mine = expect(c.as(Standing.MEMBER).get("/api/v1/me/flags?limit=1"), 200)
                    .json()
                    .get("items")
                    .get(0);
            assertThat(mine.get("postId").asLong()).isEqualTo(id);
            assertThat(mine.get("outcome").isNull() ? null : mine.get("outcome").asText())
                    .isEqualTo(ok(reply) ? "hidden" : null);
            return reply;
        }));
        e.put("flags.queue", new Endpoint("GET /api/v1/groups/{slug}/flags", c -> {
            Reply reply = c.who().get("/api/v1/groups/" + c.group().slug() + "/flags?limit=100");
            if (ok(reply)) {
                assertThat(reply.json().get("items")).isNotNull();
            }
            return reply;
        }));
        e.put("flags.mine", new Endpoint("GET /api/v1/me/flags", c -> {
            Reply reply = c.who().get("/api/v1/me/flags?limit=100");
            if (ok(reply) && c.standing() == Standing.AUTHOR) {
                assertThat(reply.json().get("items"))
                        .as("the author flagged nothing")
                        .isEmpty();
            }
            return reply;
        }));
        e.put("requests.decline", new Endpoint("POST /api/v1/groups/{slug}/requests/{username}/decline", c -> {
            Api applicant = c.world().api.user(c.world().department, "member");
            int joined = applicant
                    .post("/api/v1/groups/" + c.group().slug() + "/join", null)
                    .status();
            Reply reply = c.who()
                    .post(
                            "/api/v1/groups/" + c.group().slug() + "/requests/" + applicant.username() + "/decline",
                            Map.of("reason", "Staff of the housing team only"));
            JsonNode declined = expect(applicant.get("/api/v1/me/declined-requests"), 200)
                    .json()
                    .get("items");
            assertThat(declined.size()).isEqualTo(ok(reply) ? 1 : 0);
            if (ok(reply)) {
                assertThat(declined.get(0).get("reason").asText()).isEqualTo("Staff of the housing team only");
            } else if (joined == 202) {
                assertThat(expect(c.admin().get("/api/v1/groups/" + c.group().slug() + "/members?limit=100"), 200)
                                .text())
                        .as("the request still waits")
                        .contains(applicant.username());
            }
            return reply;
        }));
        e.put("requests.declined", new Endpoint("GET /api/v1/me/declined-requests", c -> {
            Reply reply = c.who().get("/api/v1/me/declined-requests");
            if (ok(reply)) {
                assertThat(reply.json().get("items")).isEmpty();
            }
            return reply;
        }));
        return e;
    }

    private static boolean hiddenFlag(Case c, long postId) {
        return postIn(c.admin().get("/api/v1/threads/" + c.group().threadId()), postId)
                .get("hidden")
                .asBoolean();
    }

    private static long thanks(Case c, long postId) {
        return postIn(c.admin().get("/api/v1/threads/" + c.group().threadId()), postId)
                .get("thanks")
                .asLong();
    }

    private static boolean queued(Case c, long postId) {
        Reply queue = expect(c.admin().get("/api/v1/groups/" + c.group().slug() + "/flags?limit=100"), 200);
        for (JsonNode item : queue.json().get("items")) {
            if (item.get("postId").asLong() == postId) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode postIn(Reply thread, long postId) {
        for (JsonNode post : expect(thread, 200).json().get("posts")) {
            if (post.get("id").asLong() == postId) {
                return post;
            }
        }
        return null;
    }

    private static Map<String, Map<Standing, int[]>> rows() {
        List<String[]> lines =
                MATRIX.strip().lines().map(line -> line.split("\\|")).toList();
        List<Standing> columns = Arrays.stream(lines.get(0))
                .skip(1)
                .map(cell -> Standing.valueOf(cell.strip().toUpperCase(Locale.ROOT)))
                .toList();
        assertThat(new HashSet<>(columns)).containsExactlyInAnyOrder(Standing.values());
        Map<String, Map<Standing, int[]>> rows = new LinkedHashMap<>();
        for (String[] cells : lines.subList(1, lines.size())) {
            Map<Standing, int[]> statuses = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String[] parts = cells[i + 1].strip().split("/");
                int[] perVisibility = new int[3];
                for (int v = 0; v < 3; v++) {
                    perVisibility[v] = Integer.parseInt(parts[parts.length == 1 ? 0 : v]);
                }
                statuses.put(columns.get(i), perVisibility);
            }
            rows.put(cells[0].strip(), statuses);
        }
        return rows;
    }
}
