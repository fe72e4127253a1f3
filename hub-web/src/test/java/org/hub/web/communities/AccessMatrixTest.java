package org.hub.web.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
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
 * Every endpoint of groups, threads, posts, the questions queue and the audit log, for every kind
 * of viewer, against open, restricted and private groups: the status API.md requires, what the
 * call changed (or that it changed nothing), and that no answer shows anything the viewer may not see.
 */
class AccessMatrixTest extends AppTestBase {

    /**
     * The expected status per viewer; {@code a/b/c} reads open/restricted/private. Hidden groups
     * answer 404; only members post (admins moderate but join first); deactivated tokens are dead.
     */
    private static final String MATRIX = """
            endpoint           | anonymous | outsider    | member      | author | moderator | owner | admin | deactivated
            groups.list        | 401       | 200         | 200         | 200    | 200       | 200   | 200   | 401
            groups.create      | 401       | 201         | 201         | 201    | 201       | 201   | 201   | 401
            groups.get         | 401       | 200/200/404 | 200         | 200    | 200       | 200   | 200   | 401
            groups.update      | 401       | 403/403/404 | 403         | 403    | 403       | 200   | 200   | 401
            groups.join        | 401       | 200/202/404 | 200         | 200    | 200       | 200   | 200   | 401
            groups.leave       | 401       | 404         | 204         | 204    | 204       | 204   | 404   | 401
            members.list       | 401       | 200/200/404 | 200         | 200    | 200       | 200   | 200   | 401
            members.add        | 401       | 403/403/404 | 403         | 403    | 201       | 201   | 201   | 401
            members.remove     | 401       | 403/403/404 | 403         | 403    | 204       | 204   | 204   | 401
            members.promote    | 401       | 403/403/404 | 403         | 403    | 403       | 201   | 201   | 401
            threads.list       | 401       | 200/200/404 | 200         | 200    | 200       | 200   | 200   | 401
            threads.create     | 401       | 403/403/404 | 201         | 201    | 201       | 201   | 403   | 401
            threads.get        | 401       | 200/200/404 | 200         | 200    | 200       | 200   | 200   | 401
            threads.edit       | 401       | 403/403/404 | 403         | 200    | 200       | 200   | 200   | 401
            threads.delete     | 401       | 403/403/404 | 403         | 204    | 204       | 204   | 204   | 401
            threads.revisions  | 401       | 200/200/404 | 200         | 200    | 200       | 200   | 200   | 401
            posts.reply        | 401       | 403/403/404 | 201         | 201    | 201       | 201   | 403   | 401
            posts.edit         | 401       | 403/403/404 | 403         | 200    | 200       | 200   | 200   | 401
            posts.delete       | 401       | 403/403/404 | 403         | 204    | 204       | 204   | 204   | 401
            posts.accept       | 401       | 403/403/404 | 403         | 200    | 200       | 200   | 200   | 401
            posts.thanks       | 401       | 200/200/404 | 200         | 403    | 200       | 200   | 200   | 401
            questions          | 401       | 200         | 200         | 200    | 200       | 200   | 200   | 401
            questions.filtered | 401       | 200         | 200         | 200    | 200       | 200   | 200   | 401
            audit              | 401       | 403         | 403         | 403    | 403       | 403   | 200   | 401
            groups.follow      | 401       | 200/200/404 | 200         | 200    | 200       | 200   | 200   | 401
            threads.follow     | 401       | 200/200/404 | 200         | 200    | 200       | 200   | 200   | 401
            """;

    private MatrixWorld world;

    /** One call in one group by one person, with what it needs to check its effect. */
    private record Case(MatrixWorld world, GroupFixture group, Standing standing, Api who, int expected) {
        String path(String suffix) {
            return "/api/v1/groups/" + group.slug() + suffix;
        }

        boolean succeeded(Reply reply) {
            return reply.status() / 100 == 2;
        }
    }

    /**
     * An endpoint of the API as the matrix calls it. {@code route} names it as the OpenAPI
     * document does; {@code fresh} gives each case its own person, for calls that change memberships.
     */
    private record Endpoint(String route, boolean fresh, Function<Case, Reply> call, BiConsumer<Case, Reply> effect) {
        static Endpoint of(String route, Function<Case, Reply> call, BiConsumer<Case, Reply> effect) {
            return new Endpoint(route, false, call, effect);
        }
    }

    private static final Map<String, Endpoint> ENDPOINTS = endpoints();

    @BeforeAll
    void makeWorld() {
        world = MatrixWorld.create(api);
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointForEveryViewerInEveryKindOfGroup() {
        return rows().entrySet().stream()
                .map(row -> DynamicContainer.dynamicContainer(
                        row.getKey(),
                        Arrays.stream(Standing.values()).flatMap(standing -> MatrixWorld.VISIBILITIES.stream()
                                .map(visibility -> {
                                    int expected =
                                            row.getValue().get(standing)[MatrixWorld.VISIBILITIES.indexOf(visibility)];
                                    String name = row.getKey() + " as " + standing.label() + " in the " + visibility
                                            + " group -> " + expected;
                                    return DynamicTest.dynamicTest(
                                            name,
                                            () -> run(
                                                    ENDPOINTS.get(row.getKey()),
                                                    standing,
                                                    world.groups.get(visibility),
                                                    expected));
                                }))));
    }

    /**
     * The table names every endpoint of groups, threads, posts, questions and audit that the server
     * describes, except moderation's, which {@link ModerationAccessMatrixTest} covers.
     */
    @Test
    void theMatrixCoversEveryCommunityEndpointOfTheApi() {
        JsonNode paths =
                expect(api.anonymous().get("/api/openapi.json"), 200).json().get("paths");
        Set<String> served = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            String route = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
            if (path.getKey().matches("/api/v1/(groups|threads|posts|questions|admin/audit).*")
                    && !path.getKey().contains("/documents")
                    && !path.getKey().endsWith("/related")
                    && !ModerationAccessMatrixTest.ROUTES.contains(route)) {
                served.add(route);
            }
        }));
        Set<String> covered = new TreeSet<>();
        ENDPOINTS.values().forEach(endpoint -> covered.add(endpoint.route()));
        assertThat(covered).containsAll(served);
        assertThat(rows().keySet()).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    private void run(Endpoint endpoint, Standing standing, GroupFixture group, int expected) {
        Api who = endpoint.fresh() ? world.freshPerson(standing, group) : world.person(standing);
        Case c = new Case(world, group, standing, who, expected);
        Reply reply = endpoint.call().apply(c);
        assertThat(reply.status())
                .as("%s answered %s", endpoint.route(), reply.text())
                .isEqualTo(expected);
        if (expected >= 400) {
            ApiChecks.assertError(reply, expected);
        }
        assertShowsNothingHidden(c, reply);
        endpoint.effect().accept(c, reply);
    }

    private static void assertShowsNothingHidden(Case c, Reply reply) {
        for (String hidden : c.world().hiddenFrom(c.standing(), c.group())) {
            assertThat(reply.text()).as("answer to a %s", c.standing().label()).doesNotContain(hidden);
        }
    }

    /** Every item of a list, following nextCursor, each page checked for leaks. */
    private static List<JsonNode> walk(Case c, String path) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            String url =
                    path + (path.contains("?") ? "&" : "?") + "limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
            Reply reply = expect(c.who().get(url), 200);
            assertShowsNothingHidden(c, reply);
            reply.json().get("items").forEach(items::add);
            cursor = reply.field("nextCursor");
            if (cursor == null) {
                return items;
            }
        }
        throw new AssertionError("More than 100 pages at " + path);
    }

    private static List<String> texts(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.path(field).asText()).toList();
    }

    private static Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> e = new LinkedHashMap<>();
        e.put("groups.list", Endpoint.of("GET /api/v1/groups", c -> c.who().get("/api/v1/groups"), (c, r) -> {
            if (c.succeeded(r)) {
                assertListed(
                        c, texts(walk(c, "/api/v1/groups"), "slug"), c.group().slug());
            }
        }));
        e.put(
                "groups.create",
                Endpoint.of(
                        "POST /api/v1/groups",
                        c -> c.who()
                                .post(
                                        "/api/v1/groups",
                                        Map.of(
                                                "slug",
                                                Api.unique("made"),
                                                "name",
                                                "Made by a " + c.standing().label(),
                                                "description",
                                                "",
                                                "visibility",
                                                c.group().visibility())),
                        (c, r) -> {
                            if (c.succeeded(r)) {
                                assertThat(r.field("myRole")).isEqualTo("owner");
                                assertThat(r.field("visibility"))
                                        .isEqualTo(c.group().visibility());
                            }
                        }));
        e.put(
                "groups.get",
                Endpoint.of("GET /api/v1/groups/{slug}", c -> c.who().get(c.path("")), (c, r) -> {
                    if (c.succeeded(r)) {
                        assertThat(r.field("name")).isEqualTo(c.group().name());
                    }
                }));
        e.put(
                "groups.follow",
                Endpoint.of(
                        "PUT /api/v1/groups/{slug}/subscription",
                        c -> c.who().put(c.path("/subscription"), Map.of("level", "watching")),
                        (c, r) -> assertFollowed(c, r, "\"slug\":\"" + c.group().slug() + "\"")));
        e.put(
                "threads.follow",
                Endpoint.of(
                        "PUT /api/v1/threads/{id}/subscription",
                        c -> c.who()
                                .put(
                                        "/api/v1/threads/" + c.group().threadId() + "/subscription",
                                        Map.of("level", "watching")),
                        (c, r) -> assertFollowed(c, r, "\"id\":" + c.group().threadId() + ",")));
        e.put(
                "groups.update",
                Endpoint.of(
                        "PUT /api/v1/groups/{slug}",
                        c -> {
                            String slug = c.world().freshGroup(c.group().visibility());
                            Reply reply = c.who()
                                    .put(
                                            "/api/v1/groups/" + slug,
                                            Map.of(
                                                    "name",
                                                    "Renamed group",
                                                    "description",
                                                    "New purpose",
                                                    "visibility",
                                                    c.group().visibility()));
                            JsonNode after = expect(c.world().admin.get("/api/v1/groups/" + slug), 200)
                                    .json();
                            assertThat(after.get("name").asText())
                                    .isEqualTo(reply.status() == 200 ? "Renamed group" : "Fresh group");
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "groups.join",
                new Endpoint(
                        "POST /api/v1/groups/{slug}/join", true, c -> c.who().post(c.path("/join"), null), (c, r) -> {
                            if (c.succeeded(r)) {
                                String role = roleOf(c, c.who().username());
                                assertThat(r.field("myRole")).isEqualTo(role);
                                // Joining makes outsiders members (or applicants); it never changes anyone's standing
                                // role.
                                assertThat(role)
                                        .isEqualTo(
                                                switch (c.standing()) {
                                                    case OUTSIDER -> r.status() == 202 ? "pending" : "member";
                                                    case MODERATOR -> "moderator";
                                                    case OWNER -> "owner";
                                                    default -> "member";
                                                });
                            } else if (c.standing() == Standing.OUTSIDER) {
                                assertThat(roleOf(c, c.who().username())).isNull();
                            }
                        }));
        e.put(
                "groups.leave",
                new Endpoint(
                        "DELETE /api/v1/groups/{slug}/members/{username}",
                        true,
                        c -> c.who()
                                .delete(c.path("/members/"
                                        + (c.who().username() == null
                                                ? "nobody"
                                                : c.who().username()))),
                        (c, r) -> {
                            if (c.who().username() != null && c.succeeded(r)) {
                                assertThat(roleOf(c, c.who().username())).isNull();
                            }
                        }));
        e.put(
                "members.list",
                Endpoint.of("GET /api/v1/groups/{slug}/members", c -> c.who().get(c.path("/members")), (c, r) -> {
                    if (c.succeeded(r)) {
                        assertThat(texts(walk(c, c.path("/members")), "username"))
                                .contains(c.world().person(Standing.AUTHOR).username());
                    }
                }));
        e.put(
                "members.add",
                Endpoint.of(
                        "POST /api/v1/groups/{slug}/members",
                        c -> {
                            String newcomer = c.world()
                                    .api
                                    .user(c.world().department, "member")
                                    .username();
                            return c.who().post(c.path("/members"), Map.of("username", newcomer, "role", "member"));
                        },
                        (c, r) -> {
                            if (c.succeeded(r)) {
                                assertThat(roleOf(c, r.field("username"))).isEqualTo("member");
                            }
                        }));
        e.put(
                "members.remove",
                Endpoint.of(
                        "DELETE /api/v1/groups/{slug}/members/{username}",
                        c -> {
                            String leaving =
                                    c.world().memberOf(c.group(), "member").username();
                            Reply reply = c.who().delete(c.path("/members/" + leaving));
                            assertThat(roleOf(c, leaving)).isEqualTo(reply.status() == 204 ? null : "member");
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "members.promote",
                Endpoint.of(
                        "POST /api/v1/groups/{slug}/members",
                        c -> {
                            String promoted =
                                    c.world().memberOf(c.group(), "member").username();
                            Reply reply =
                                    c.who().post(c.path("/members"), Map.of("username", promoted, "role", "moderator"));
                            assertThat(roleOf(c, promoted)).isEqualTo(reply.status() == 201 ? "moderator" : "member");
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "threads.list",
                Endpoint.of("GET /api/v1/groups/{slug}/threads", c -> c.who().get(c.path("/threads")), (c, r) -> {
                    if (c.succeeded(r)) {
                        assertListed(
                                c,
                                texts(walk(c, c.path("/threads")), "title"),
                                c.group().threadTitle());
                    }
                }));
        e.put(
                "threads.create",
                Endpoint.of(
                        "POST /api/v1/groups/{slug}/threads",
                        c -> c.who()
                                .post(
                                        c.path("/threads"),
                                        Map.of(
                                                "title",
                                                "Asked by a " + c.standing().label(),
                                                "body",
                                                "Does this work?",
                                                "kind",
                                                "question")),
                        (c, r) -> {
                            if (c.succeeded(r)) {
                                assertThat(c.world()
                                                .adminView(r.json().get("id").asLong())
                                                .path("title")
                                                .asText())
                                        .isEqualTo("Asked by a " + c.standing().label());
                            }
                        }));
        e.put(
                "threads.get",
                Endpoint.of(
                        "GET /api/v1/threads/{id}",
                        c -> c.who().get("/api/v1/threads/" + c.group().threadId()),
                        (c, r) -> {
                            if (c.succeeded(r)) {
                                assertThat(r.field("body")).isEqualTo(c.group().threadBody());
                                assertThat(r.json().get("posts").toString())
                                        .contains(c.group().postBody());
                            }
                        }));
        e.put(
                "threads.edit",
                Endpoint.of(
                        "PUT /api/v1/threads/{id}",
                        c -> {
                            long id = c.world().freshThread(c.group(), "discussion");
                            Reply reply = c.who()
                                    .put(
                                            "/api/v1/threads/" + id,
                                            Map.of("title", "Edited title", "body", "edited body", "version", 1));
                            JsonNode after = c.world().adminView(id);
                            assertThat(after.get("version").asInt()).isEqualTo(reply.status() == 200 ? 2 : 1);
                            assertThat(after.get("title").asText().equals("Edited title"))
                                    .isEqualTo(reply.status() == 200);
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "threads.delete",
                Endpoint.of(
                        "DELETE /api/v1/threads/{id}",
                        c -> {
                            long id = c.world().freshThread(c.group(), "discussion");
                            Reply reply = c.who().delete("/api/v1/threads/" + id);
                            assertThat(c.world()
                                            .admin
                                            .get("/api/v1/threads/" + id)
                                            .status())
                                    .isEqualTo(reply.status() == 204 ? 404 : 200);
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "threads.revisions",
                Endpoint.of(
                        "GET /api/v1/threads/{id}/revisions",
                        c -> c.who().get("/api/v1/threads/" + c.group().threadId() + "/revisions"),
                        (c, r) -> {
                            if (c.succeeded(r)) {
                                assertThat(texts(
                                                walk(
                                                        c,
                                                        "/api/v1/threads/"
                                                                + c.group().threadId() + "/revisions"),
                                                "body"))
                                        .contains(
                                                c.group().threadBody(),
                                                c.group().postBody());
                            }
                        }));
        e.put(
                "posts.reply",
                Endpoint.of(
                        "POST /api/v1/threads/{id}/posts",
                        c -> {
                            String body =
                                    "An answer from a " + c.standing().label() + " " + MatrixWorld.marker("reply");
                            Reply reply = c.who()
                                    .post("/api/v1/threads/" + c.group().threadId() + "/posts", Map.of("body", body));
                            assertThat(c.world()
                                            .adminView(c.group().threadId())
                                            .get("posts")
                                            .toString()
                                            .contains(body))
                                    .isEqualTo(reply.status() == 201);
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "posts.edit",
                Endpoint.of(
                        "PUT /api/v1/posts/{id}",
                        c -> {
                            long id = c.world().freshPost(c.group());
                            Reply reply =
                                    c.who().put("/api/v1/posts/" + id, Map.of("body", "edited answer", "version", 1));
                            JsonNode post = postIn(c.world().adminView(c.group().threadId()), id);
                            assertThat(post.get("version").asInt()).isEqualTo(reply.status() == 200 ? 2 : 1);
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "posts.delete",
                Endpoint.of(
                        "DELETE /api/v1/posts/{id}",
                        c -> {
                            long id = c.world().freshPost(c.group());
                            Reply reply = c.who().delete("/api/v1/posts/" + id);
                            assertThat(postIn(c.world().adminView(c.group().threadId()), id) == null)
                                    .isEqualTo(reply.status() == 204);
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "posts.accept",
                Endpoint.of(
                        "POST /api/v1/threads/{id}/accept",
                        c -> {
                            long question = c.world().freshThread(c.group(), "question");
                            long answer = expect(
                                            c.world()
                                                    .person(Standing.MEMBER)
                                                    .post(
                                                            "/api/v1/threads/" + question + "/posts",
                                                            Map.of("body", "Try the data-sharing agreement.")),
                                            201)
                                    .json()
                                    .get("id")
                                    .asLong();
                            Reply reply =
                                    c.who().post("/api/v1/threads/" + question + "/accept", Map.of("postId", answer));
                            JsonNode accepted = c.world().adminView(question).get("acceptedPostId");
                            assertThat(accepted.isNull() ? null : accepted.asLong())
                                    .isEqualTo(reply.status() == 200 ? answer : null);
                            return reply;
                        },
                        (c, r) -> {}));
        e.put(
                "posts.thanks",
                Endpoint.of(
                        "POST /api/v1/posts/{id}/thanks",
                        c -> {
                            long id = c.world().freshPost(c.group());
                            Reply reply = c.who().post("/api/v1/posts/" + id + "/thanks", null);
                            assertThat(postIn(c.world().adminView(c.group().threadId()), id)
                                            .get("thanks")
                                            .asInt())
                                    .isEqualTo(reply.status() == 200 ? 1 : 0);
                            return reply;
                        },
                        (c, r) -> {}));
        e.put("questions", Endpoint.of("GET /api/v1/questions", c -> c.who().get("/api/v1/questions"), (c, r) -> {
            if (c.succeeded(r)) {
                assertListed(
                        c,
                        texts(walk(c, "/api/v1/questions"), "title"),
                        c.group().threadTitle());
            }
        }));
        e.put(
                "questions.filtered",
                Endpoint.of(
                        "GET /api/v1/questions",
                        c -> c.who().get("/api/v1/questions?unanswered=true&department=" + c.world().department),
                        (c, r) -> {
                            if (c.succeeded(r)) {
                                String path = "/api/v1/questions?unanswered=true&department=" + c.world().department;
                                assertListed(
                                        c,
                                        texts(walk(c, path), "title"),
                                        c.group().threadTitle());
                            }
                        }));
        e.put("audit", Endpoint.of("GET /api/v1/admin/audit", c -> c.who().get("/api/v1/admin/audit"), (c, r) -> {
            if (c.succeeded(r)) {
                assertThat(r.json().get("items")).isNotEmpty();
            }
        }));
        return e;
    }

    /** The item is listed exactly when the viewer may see its group. */
    private static void assertListed(Case c, List<String> listed, String item) {
        if (c.standing().sees(c.group())) {
            assertThat(listed).contains(item);
        } else {
            assertThat(listed).doesNotContain(item);
        }
    }

    /** A follow that succeeded is listed in my subscriptions; one refused as hidden is not. */
    private static void assertFollowed(Case c, Reply reply, String marker) {
        if (reply.status() == 401) {
            return;
        }
        String mine = expect(c.who().get("/api/v1/me/subscriptions"), 200).text();
        if (c.succeeded(reply)) {
            assertThat(mine).contains(marker);
        } else {
            assertThat(mine).doesNotContain(marker);
        }
    }

    private static String roleOf(Case c, String username) {
        String path = "/api/v1/groups/" + c.group().slug() + "/members?limit=100";
        String cursor = null;
        do {
            Reply page = expect(c.world().admin.get(path + (cursor == null ? "" : "&cursor=" + cursor)), 200);
            for (JsonNode member : page.json().get("items")) {
                if (member.get("username").asText().equals(username)) {
                    return member.get("role").asText();
                }
            }
            cursor = page.field("nextCursor");
        } while (cursor != null);
        return null;
    }

    private static JsonNode postIn(JsonNode thread, long postId) {
        for (JsonNode post : thread.get("posts")) {
            if (post.get("id").asLong() == postId) {
                return post;
            }
        }
        return null;
    }

    /** The table as endpoint -> viewer -> status in the open, restricted and private group. */
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
