package org.hub.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.ApiChecks.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.Browser;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People over HTTP: who may create departments and users and change or deactivate them (401, 403,
 * 201/200), the validation of each field, deactivation's immediate effect, and the audit log.
 */
class PeopleAdminTest {
    private static HubTestApp app;
    private static Api admin;
    private static Api member;
    private static Api curator;
    private static String department;

    @BeforeAll
    static void start() throws Exception {
        app = HubTestApp.start(null);
        admin = app.api().admin();
        department = app.api().department("People tests");
        member = app.api().user(department, "member");
        curator = app.api().user(department, "curator");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    // ---- who may do what

    @Test
    void anonymousGets401Everywhere() {
        Api anonymous = app.api().anonymous();
        String target = member.username();
        List<Api.Reply> replies = List.of(
                anonymous.post("/api/v1/admin/departments", Map.of("slug", Api.unique("dept"), "name", "X")),
                anonymous.get("/api/v1/departments"),
                anonymous.post("/api/v1/admin/users", newUser(Api.unique("user"))),
                anonymous.put("/api/v1/admin/users/" + target, changes("Changed", "member")),
                anonymous.post("/api/v1/admin/users/" + target + "/deactivate", null),
                anonymous.get("/api/v1/users/" + target),
                anonymous.get("/api/v1/users/no-such-user"),
                anonymous.get("/api/v1/admin/audit"),
                anonymous.get("/api/v1/me"));
        for (Api.Reply reply : replies) {
            assertError(reply, 401);
        }
        assertThat(admin.get("/api/v1/users/" + target).json().get("active").asBoolean())
                .isTrue();
    }

    @Test
    void membersAndCuratorsGet403OnAdminEndpointsAndNothingChanges() {
        for (Api notAdmin : List.of(member, curator)) {
            String slug = Api.unique("dept");
            String username = Api.unique("user");
            Api victim = app.api().user(department, "member");

            assertError(notAdmin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "Sneaky")), 403);
            assertError(notAdmin.post("/api/v1/admin/users", newUser(username)), 403);
            assertError(notAdmin.put("/api/v1/admin/users/" + victim.username(), changes("Renamed", "admin")), 403);
            assertError(notAdmin.put("/api/v1/admin/users/" + notAdmin.username(), changes("Me", "admin")), 403);
            assertError(notAdmin.post("/api/v1/admin/users/" + victim.username() + "/deactivate", null), 403);
            assertError(notAdmin.get("/api/v1/admin/audit"), 403);

            assertThat(departmentSlugs()).doesNotContain(slug);
            assertError(admin.get("/api/v1/users/" + username), 404);
            JsonNode after = admin.get("/api/v1/users/" + victim.username()).json();
            assertThat(after.get("displayName").asText()).isEqualTo("Test " + victim.username());
            assertThat(after.get("role").asText()).isEqualTo("member");
            assertThat(after.get("active").asBoolean()).isTrue();
            assertThat(victim.get("/api/v1/me").status()).isEqualTo(200);
            assertThat(notAdmin.get("/api/v1/me").json().get("role").asText()).isNotEqualTo("admin");
        }
    }

    @Test
    void signedInPeopleReadDepartmentsAndProfiles() {
        Api.Reply departments = member.get("/api/v1/departments");
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.json().get("items").isArray()).isTrue();
        assertThat(departmentSlugs()).contains(department);

        Api.Reply profile = member.get("/api/v1/users/" + curator.username());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.field("username")).isEqualTo(curator.username());
        assertThat(profile.field("role")).isEqualTo("curator");
        assertThat(profile.text()).doesNotContain("@example.org").doesNotContain("password");
    }

    @Test
    void unknownUserAnswers404Json() {
        Api.Reply reply = assertError(member.get("/api/v1/users/" + Api.unique("nobody")), 404);
        assertThat(reply.field("message")).contains("nobody");
        assertError(admin.put("/api/v1/admin/users/" + Api.unique("nobody"), changes("X", "member")), 404);
        assertError(admin.post("/api/v1/admin/users/" + Api.unique("nobody") + "/deactivate", null), 404);
    }

    // ---- departments

    @Test
    void adminCreatesADepartmentThatEveryoneSees() {
        String slug = Api.unique("dept");
        Api.Reply created =
                admin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "  Adult Social Care "));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).hasSize(2);
        assertThat(created.field("slug")).isEqualTo(slug);
        assertThat(created.field("name")).isEqualTo("Adult Social Care");

        JsonNode listed = find(member.get("/api/v1/departments").json().get("items"), "slug", slug);
        assertThat(listed).isEqualTo(created.json());
    }

    @Test
    void departmentValidation() {
        for (String badSlug :
                List.of("", "Upper", "has space", "-leading", "trailing-", "under_score", "a".repeat(61), "é")) {
            Api.Reply reply =
                    assertError(admin.post("/api/v1/admin/departments", Map.of("slug", badSlug, "name", "Bad")), 422);
            assertThat(reply.field("message")).contains("slug");
            assertThat(departmentSlugs()).doesNotContain(badSlug);
        }
        String slug = Api.unique("dept");
        assertThat(assertError(admin.post("/api/v1/admin/departments", Map.of("slug", slug)), 422)
                        .field("message"))
                .contains("name");
        assertError(admin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "   ")), 422);
        assertError(admin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "n".repeat(201))), 422);
        assertError(admin.postRaw("/api/v1/admin/departments", "", "application/json"), 422);
        assertThat(departmentSlugs()).doesNotContain(slug);
    }

    @Test
    void duplicateDepartmentSlugAnswers409AndKeepsTheFirst() {
        String slug = Api.unique("dept");
        Api.expect(admin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "First")), 201);
        assertError(admin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "Second")), 409);
        assertThat(find(member.get("/api/v1/departments").json().get("items"), "slug", slug)
                        .get("name")
                        .asText())
                .isEqualTo("First");
    }

    // ---- users

    @Test
    void adminCreatesAUserWhoCanSignIn() {
        String username = Api.unique("user");
        Api.Reply created = admin.post("/api/v1/admin/users", newUser(username));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("username")).isEqualTo(username);
        assertThat(created.field("displayName")).isEqualTo("New " + username);
        assertThat(created.json().get("department").get("slug").asText()).isEqualTo(department);
        assertThat(created.json().get("department").get("name").asText()).isEqualTo("People tests");
        assertThat(created.field("role")).isEqualTo("member");
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(created.text()).doesNotContain("password").doesNotContain("@example.org");

        assertThat(member.get("/api/v1/users/" + username).json()).isEqualTo(created.json());
        Api signedIn = app.api().signIn(username, "long-enough-password");
        assertThat(signedIn.get("/api/v1/me").json()).isEqualTo(created.json());
    }

    @Test
    void userWithoutDepartmentIsAllowed() {
        String username = Api.unique("user");
        Map<String, Object> body = newUser(username);
        body.remove("department");
        Api.Reply created = admin.post("/api/v1/admin/users", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("department").isNull()).isTrue();
    }

    @Test
    void userValidationAnswers422AndCreatesNothing() {
        List<Object[]> cases = new ArrayList<>();
        for (String bad : List.of("ab", "Upper" + Api.unique("u"), "has space", "-dash", "a".repeat(41), "émile", "")) {
            cases.add(new Object[] {"username", bad, "username"});
        }
        cases.add(new Object[] {"password", "elevenchars", "password"});
        cases.add(new Object[] {"password", "", "password"});
        cases.add(new Object[] {"department", Api.unique("no-such-dept"), "department"});
        cases.add(new Object[] {"email", "not-an-email", "email"});
        cases.add(new Object[] {"email", "two@@example.org", "email"});
        cases.add(new Object[] {"email", "", "email"});
        cases.add(new Object[] {"displayName", "  ", "displayName"});
        cases.add(new Object[] {"displayName", "d".repeat(201), "displayName"});
        cases.add(new Object[] {"role", null, "role"});
        for (Object[] c : cases) {
            String username = Api.unique("user");
            Map<String, Object> body = newUser(username);
            body.put((String) c[0], c[1]);
            Api.Reply reply = assertError(admin.post("/api/v1/admin/users", body), 422);
            assertThat(reply.field("message")).as("%s = %s", c[0], c[1]).contains((String) c[2]);
            if (!c[0].equals("username")) {
                assertError(admin.get("/api/v1/users/" + username), 404);
            }
        }
        for (String badRole : List.of("boss", "ADMIN", "")) {
            String username = Api.unique("user");
            Map<String, Object> body = newUser(username);
            body.put("role", badRole);
            Api.Reply reply = admin.post("/api/v1/admin/users", body);
            assertThat(reply.status()).as("role %s: %s", badRole, reply.text()).isIn(400, 422);
            assertError(reply, reply.status());
            assertThat(reply.field("message")).contains("role");
            assertError(admin.get("/api/v1/users/" + username), 404);
        }
        Map<String, Object> wrongType = newUser(Api.unique("user"));
        wrongType.put("role", List.of("admin"));
        assertError(admin.post("/api/v1/admin/users", wrongType), 400);
    }

    @Test
    void duplicateUsernameAnswers409AndKeepsTheFirst() {
        String username = Api.unique("user");
        Api.expect(admin.post("/api/v1/admin/users", newUser(username)), 201);
        Map<String, Object> again = newUser(username);
        again.put("displayName", "Impostor");
        again.put("role", "admin");
        assertError(admin.post("/api/v1/admin/users", again), 409);
        JsonNode kept = admin.get("/api/v1/users/" + username).json();
        assertThat(kept.get("displayName").asText()).isEqualTo("New " + username);
        assertThat(kept.get("role").asText()).isEqualTo("member");
    }

    @Test
    void updateChangesProfileAndRole() {
        Api person = app.api().user(department, "member");
        String other = app.api().department("Elsewhere");
        Map<String, Object> body = changes("Renamed Person", "curator");
        body.put("department", other);

        Api.Reply updated = admin.put("/api/v1/admin/users/" + person.username(), body);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.field("displayName")).isEqualTo("Renamed Person");
        assertThat(updated.field("role")).isEqualTo("curator");
        assertThat(updated.json().get("department").get("slug").asText()).isEqualTo(other);

        assertThat(member.get("/api/v1/users/" + person.username()).json()).isEqualTo(updated.json());
        assertThat(person.get("/api/v1/me").json())
                .as("the role applies to their next request")
                .isEqualTo(updated.json());
    }

    @Test
    void invalidUpdateChangesNothing() {
        Api person = app.api().user(department, "member");
        String path = "/api/v1/admin/users/" + person.username();
        JsonNode before = admin.get("/api/v1/users/" + person.username()).json();

        Map<String, Object> badEmail = changes("New Name", "admin");
        badEmail.put("email", "nope");
        assertError(admin.put(path, badEmail), 422);
        Map<String, Object> badDept = changes("New Name", "admin");
        badDept.put("department", Api.unique("missing"));
        assertError(admin.put(path, badDept), 422);
        Map<String, Object> noRole = changes("New Name", "admin");
        noRole.remove("role");
        assertError(admin.put(path, noRole), 422);
        assertThat(admin.put(path, changes("New Name", "owner")).status()).isIn(400, 422);
        assertError(admin.postRaw("/api/v1/admin/users/" + person.username(), "{", "application/json"), 405);

        assertThat(admin.get("/api/v1/users/" + person.username()).json()).isEqualTo(before);
    }

    @Test
    void adminCannotDemoteOrDeactivateThemselves() {
        Api.Reply demote = admin.put("/api/v1/admin/users/admin", changes("Administrator", "member"));
        assertThat(demote.status()).isIn(403, 409, 422);
        assertError(demote, demote.status());
        Api.Reply deactivate = admin.post("/api/v1/admin/users/admin/deactivate", null);
        assertThat(deactivate.status()).isIn(403, 409, 422);
        assertError(deactivate, deactivate.status());

        Api.Reply me = admin.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.field("role")).isEqualTo("admin");
        assertThat(me.json().get("active").asBoolean()).isTrue();
    }

    // ---- deactivation

    @Test
    void deactivationStopsTokensAndSessionsAtOnceAndBlocksSignIn() {
        Api person = app.api().user(department, "member");
        String username = person.username();
        Api secondToken = app.api().signIn(username, SignInTest.password(username));
        Browser browser = Browser.signIn(app, username, SignInTest.password(username));
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);

        Api.Reply deactivated = admin.post("/api/v1/admin/users/" + username + "/deactivate", null);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.field("username")).isEqualTo(username);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();

        assertError(person.get("/api/v1/me"), 401);
        assertError(secondToken.get("/api/v1/departments"), 401);
        assertError(browser.get("/api/v1/me"), 401);
        Api.Reply tokenAgain = assertError(
                app.api()
                        .anonymous()
                        .post(
                                "/api/v1/auth/tokens",
                                Map.of(
                                        "username",
                                        username,
                                        "password",
                                        SignInTest.password(username),
                                        "name",
                                        "again")),
                401);
        assertError(
                app.api()
                        .anonymous()
                        .post(
                                "/api/v1/auth/login",
                                Map.of("username", username, "password", SignInTest.password(username))),
                401);
        Api.Reply unknown = app.api()
                .anonymous()
                .post(
                        "/api/v1/auth/tokens",
                        Map.of("username", Api.unique("ghost"), "password", "whatever", "name", "x"));
        assertThat(tokenAgain.field("message"))
                .as("reveals nothing about deactivation")
                .isEqualTo(unknown.field("message"));

        assertThat(member.get("/api/v1/users/" + username).json().get("active").asBoolean())
                .isFalse();
    }

    // ---- audit log

    @Test
    void auditLogListsUserChangesNewestFirstWithActorAndTarget() {
        String username = Api.unique("user");
        Api.expect(admin.post("/api/v1/admin/users", newUser(username)), 201);
        Api.expect(admin.put("/api/v1/admin/users/" + username, changes("Audited", "curator")), 200);
        Api.expect(admin.post("/api/v1/admin/users/" + username + "/deactivate", null), 200);

        Api.Reply page = admin.get("/api/v1/admin/audit?limit=100");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().has("nextCursor")).isTrue();
        List<JsonNode> mine = new ArrayList<>();
        page.json().get("items").forEach(entry -> {
            if (entry.get("target").asText().equals("user:" + username)) {
                mine.add(entry);
            }
        });
        assertThat(mine)
                .extracting(e -> e.get("action").asText())
                .containsSubsequence("user.deactivate", "user.role", "user.create");
        for (JsonNode entry : mine) {
            assertThat(entry.get("actor").get("username").asText()).isEqualTo("admin");
            assertThat(entry.get("actor").has("email")).isFalse();
            assertThat(entry.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        }
        JsonNode role = mine.stream()
                .filter(e -> e.get("action").asText().equals("user.role"))
                .findFirst()
                .orElseThrow();
        assertThat(role.get("detail").asText()).contains("member").contains("curator");

        List<String> times = new ArrayList<>();
        page.json().get("items").forEach(e -> times.add(e.get("at").asText()));
        assertThat(times)
                .isSortedAccordingTo((a, b) -> java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
    }

    @Test
    void auditLogPagesWithCursors() {
        // More entries than the default page size, whatever ran before.
        for (int i = 0; i < 21; i++) {
            Api.expect(
                    admin.post("/api/v1/admin/departments", Map.of("slug", Api.unique("dept"), "name", "Paged")), 201);
        }
        JsonNode firstFour = admin.get("/api/v1/admin/audit?limit=4").json();
        assertThat(firstFour.get("items")).hasSize(4);
        assertThat(firstFour.get("nextCursor").isTextual()).isTrue();

        List<JsonNode> walked = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 4; i++) {
            Api.Reply page = admin.get("/api/v1/admin/audit?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().get("items")).hasSize(1);
            walked.add(page.json().get("items").get(0));
            cursor = page.json().get("nextCursor").asText();
            assertThat(cursor).isNotBlank();
        }
        List<JsonNode> expected = new ArrayList<>();
        firstFour.get("items").forEach(expected::add);
        assertThat(walked).isEqualTo(expected);

        JsonNode firstPage = admin.get("/api/v1/admin/audit").json();
        assertThat(firstPage.get("items")).as("default limit").hasSize(20);
        JsonNode rest = admin.get("/api/v1/admin/audit?limit=100&cursor="
                        + firstPage.get("nextCursor").asText())
                .json();
        assertThat(rest.get("items").get(0)).isNotIn(firstPage.get("items"));
        if (rest.get("items").size() < 100) {
            assertThat(rest.get("nextCursor").isNull())
                    .as("the last page has no next cursor")
                    .isTrue();
        }
    }

    @Test
    void auditLogRejectsBadCursorsAndLimits() {
        for (String query : List.of("cursor=not-a-cursor", "cursor=%21%21", "limit=0", "limit=101", "limit=-3")) {
            assertError(admin.get("/api/v1/admin/audit?" + query), 400);
        }
    }

    // ---- helpers

    private static Map<String, Object> newUser(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "New " + username);
        body.put("email", username + "@example.org");
        body.put("department", department);
        body.put("password", "long-enough-password");
        body.put("role", "member");
        return body;
    }

    private static Map<String, Object> changes(String displayName, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("email", "changed@example.org");
        body.put("department", department);
        body.put("role", role);
        return body;
    }

    private static List<String> departmentSlugs() {
        List<String> slugs = new ArrayList<>();
        admin.get("/api/v1/departments")
                .json()
                .get("items")
                .forEach(d -> slugs.add(d.get("slug").asText()));
        return slugs;
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("No item with " + field + " = " + value + " in " + items);
    }
}
