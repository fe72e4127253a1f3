package org.hub.web.communities;

import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hub.web.support.Api;

/**
 * The data the access matrix runs against, made once per class: an open, a restricted and a
 * private group, each with a question, an answer, a deleted thread and a deleted answer, and one
 * person of every standing. Every title, body and name is a unique marker, so a test can tell
 * whether any of it leaked into an answer.
 */
final class MatrixWorld {

    /** How a person stands towards the groups of the world. */
    enum Standing {
        ANONYMOUS,
        OUTSIDER,
        MEMBER,
        AUTHOR,
        MODERATOR,
        OWNER,
        ADMIN,
        DEACTIVATED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** DESIGN.md "Who sees what": open and restricted groups are read by everyone signed in; private by members. */
        boolean sees(GroupFixture group) {
            return switch (this) {
                case ANONYMOUS, DEACTIVATED -> false;
                case OUTSIDER -> !group.visibility().equals("private");
                default -> true;
            };
        }
    }

    /** One group and its content. The thread (a question) and its answer are written by the AUTHOR. */
    record GroupFixture(
            String visibility,
            String slug,
            String name,
            String description,
            long threadId,
            String threadTitle,
            String threadBody,
            long postId,
            String postBody) {
        /** Everything of this group a viewer who may not see it must never be shown. */
        List<String> markers() {
            return List.of(name, description, threadTitle, threadBody, postBody);
        }
    }

    static final List<String> VISIBILITIES = List.of("open", "restricted", "private");

    final Api api;
    final Api admin;
    final String department;
    final Map<Standing, Api> people = new EnumMap<>(Standing.class);
    final Map<String, GroupFixture> groups = new LinkedHashMap<>();
    /** Titles and bodies of soft-deleted threads and posts: nobody, admins included, reads them again. */
    final List<String> deleted = new ArrayList<>();

    private final Map<String, List<String>> freshMarkers = new java.util.concurrent.ConcurrentHashMap<>();

    private MatrixWorld(Api api) {
        this.api = api;
        this.admin = api.admin();
        this.department = api.department("Housing");
    }

    static MatrixWorld create(Api api) {
        MatrixWorld world = new MatrixWorld(api);
        for (Standing standing : Standing.values()) {
            world.people.put(
                    standing,
                    switch (standing) {
                        case ANONYMOUS -> api.anonymous();
                        case ADMIN -> world.admin;
                        default -> api.user(world.department, "member");
                    });
        }
        for (String visibility : VISIBILITIES) {
            world.groups.put(visibility, world.makeGroup(visibility));
        }
        world.deactivate(world.person(Standing.DEACTIVATED));
        return world;
    }

    Api person(Standing standing) {
        return people.get(standing);
    }

    /** Another person of the same standing towards this group, for cases that change memberships. */
    Api freshPerson(Standing standing, GroupFixture group) {
        return switch (standing) {
            case ANONYMOUS -> api.anonymous();
            case OUTSIDER -> api.user(department, "member");
            case ADMIN -> api.user(department, "admin");
            case MEMBER, AUTHOR -> memberOf(group, "member");
            case MODERATOR -> memberOf(group, "moderator");
            case OWNER -> memberOf(group, "owner");
            case DEACTIVATED -> deactivate(memberOf(group, "member"));
        };
    }

    /** A new person the admin has added to the group with the given role. */
    Api memberOf(GroupFixture group, String role) {
        Api person = api.user(department, "member");
        addMember(group, person.username(), role);
        return person;
    }

    void addMember(GroupFixture group, String username, String role) {
        expect(
                admin.post("/api/v1/groups/" + group.slug() + "/members", Map.of("username", username, "role", role)),
                201);
    }

    /** A new group of that visibility where every standing but DEACTIVATED holds its role, for cases that change it. */
    String freshGroup(String visibility) {
        String slug = Api.unique("fresh-" + visibility);
        expect(
                person(Standing.OWNER)
                        .post(
                                "/api/v1/groups",
                                Map.of(
                                        "slug",
                                        slug,
                                        "name",
                                        "Fresh group",
                                        "description",
                                        "",
                                        "visibility",
                                        visibility)),
                201);
        Map.of(Standing.MODERATOR, "moderator", Standing.MEMBER, "member", Standing.AUTHOR, "member")
                .forEach((standing, role) -> expect(
                        person(Standing.OWNER)
                                .post(
                                        "/api/v1/groups/" + slug + "/members",
                                        Map.of("username", person(standing).username(), "role", role)),
                        201));
        return slug;
    }

    /** A new question by the AUTHOR in the group, for cases that change or delete it. */
    long freshThread(GroupFixture group, String kind) {
        String title = freshMarker(group, "fresh title");
        String body = freshMarker(group, "fresh body");
        return expect(
                        person(Standing.AUTHOR)
                                .post(
                                        "/api/v1/groups/" + group.slug() + "/threads",
                                        Map.of("title", title, "body", body, "kind", kind, "tags", List.of("matrix"))),
                        201)
                .json()
                .get("id")
                .asLong();
    }

    /** A new answer by the AUTHOR in the group's question. */
    long freshPost(GroupFixture group) {
        return reply(person(Standing.AUTHOR), group.threadId(), freshMarker(group, "fresh answer"));
    }

    /** A marker for content made during a case: as secret as the rest of its group. */
    private String freshMarker(GroupFixture group, String what) {
        String marker = marker(what);
        freshMarkers
                .computeIfAbsent(group.slug(), slug -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(marker);
        return marker;
    }

    JsonNode adminView(long threadId) {
        return admin.get("/api/v1/threads/" + threadId).json();
    }

    /** What a person of this standing may not see while looking at {@code group}'s endpoints. */
    Set<String> hiddenFrom(Standing standing, GroupFixture caseGroup) {
        Set<String> hidden = new java.util.LinkedHashSet<>(deleted);
        for (GroupFixture group : groups.values()) {
            if (!standing.sees(group)) {
                hidden.addAll(group.markers());
                hidden.addAll(freshMarkers.getOrDefault(group.slug(), List.of()));
                // The slug the request itself named may be echoed back in a 404; any other may not.
                if (group != caseGroup) {
                    hidden.add(group.slug());
                }
            }
        }
        return hidden;
    }

    /** A unique text that no other text contains: the number is closed by a letter. */
    static String marker(String what) {
        return Api.unique(what.replace(' ', '-')) + "q";
    }

    private GroupFixture makeGroup(String visibility) {
        Api owner = person(Standing.OWNER);
        Api author = person(Standing.AUTHOR);
        String slug = Api.unique("matrix-" + visibility);
        String name = marker(visibility + " group name");
        String description = marker(visibility + " group description");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", name, "description", description, "visibility", visibility)),
                201);
        Map<Standing, String> roles = Map.of(
                Standing.MODERATOR,
                "moderator",
                Standing.MEMBER,
                "member",
                Standing.AUTHOR,
                "member",
                Standing.DEACTIVATED,
                "member");
        roles.forEach((standing, role) -> expect(
                owner.post(
                        "/api/v1/groups/" + slug + "/members",
                        Map.of("username", person(standing).username(), "role", role)),
                201));

        String title = marker(visibility + " question title");
        String body = marker(visibility + " question body");
        long threadId = expect(
                        author.post(
                                "/api/v1/groups/" + slug + "/threads",
                                Map.of("title", title, "body", body, "kind", "question", "tags", List.of("matrix"))),
                        201)
                .json()
                .get("id")
                .asLong();
        String postBody = marker(visibility + " answer body");
        long postId = reply(author, threadId, postBody);

        String deletedTitle = marker(visibility + " deleted title");
        String deletedBody = marker(visibility + " deleted body");
        long deletedThread = expect(
                        author.post(
                                "/api/v1/groups/" + slug + "/threads",
                                Map.of("title", deletedTitle, "body", deletedBody, "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        expect(owner.delete("/api/v1/threads/" + deletedThread), 204);
        String deletedAnswer = marker(visibility + " deleted answer");
        expect(owner.delete("/api/v1/posts/" + reply(author, threadId, deletedAnswer)), 204);
        deleted.addAll(List.of(deletedTitle, deletedBody, deletedAnswer));

        return new GroupFixture(visibility, slug, name, description, threadId, title, body, postId, postBody);
    }

    private static long reply(Api who, long threadId, String body) {
        return expect(who.post("/api/v1/threads/" + threadId + "/posts", Map.of("body", body)), 201)
                .json()
                .get("id")
                .asLong();
    }

    private Api deactivate(Api person) {
        expect(admin.post("/api/v1/admin/users/" + person.username() + "/deactivate", null), 200);
        return person;
    }
}
