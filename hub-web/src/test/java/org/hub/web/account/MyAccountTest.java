package org.hub.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "My account" over HTTP (issue 13): the profile, the password change and what it revokes, and a
 * person's own sessions and tokens, as a person in a browser and a script with a token see them.
 */
class MyAccountTest extends AppTestBase {
    private static final String NEW_PASSWORD = "violet harbour lantern seventeen";

    private String dept;

    @BeforeAll
    void department() {
        dept = api.department("Housing");
    }

    private record Person(Api token, String username, String password) {}

    private Person person() {
        Api member = api.user(dept, "member");
        return new Person(member, member.username(), "password-" + member.username());
    }

    @Test
    void changingThePasswordRevokesEveryOtherSessionAndEveryTokenButKeepsThisSession() {
        Person p = person();
        Browser here = Browser.signIn(app, p.username(), p.password());
        Browser elsewhere = Browser.signIn(app, p.username(), p.password());
        Api script = p.token()
                .as(expect(p.token().post("/api/v1/me/tokens", Map.of("name", "script")), 201)
                        .field("token"));

        expect(
                here.put("/api/v1/me/password", Map.of("currentPassword", p.password(), "newPassword", NEW_PASSWORD)),
                204);

        expect(here.get("/api/v1/me"), 200);
        ApiChecks.assertError(elsewhere.get("/api/v1/me"), 401);
        ApiChecks.assertError(script.get("/api/v1/me"), 401);
        ApiChecks.assertError(p.token().get("/api/v1/me"), 401);
        ApiChecks.assertError(
                api.anonymous().post("/api/v1/auth/login", Map.of("username", p.username(), "password", p.password())),
                401);
        Browser.signIn(app, p.username(), NEW_PASSWORD);
        JsonNode sessions = expect(here.get("/api/v1/me/sessions"), 200).json().get("items");
        assertThat(sessions).hasSize(2);
        assertThat(expect(here.get("/api/v1/me/tokens"), 200).json().get("items"))
                .isEmpty();
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedAndChangesNothing() {
        Person p = person();
        Browser here = Browser.signIn(app, p.username(), p.password());
        Browser elsewhere = Browser.signIn(app, p.username(), p.password());

        Reply wrong = here.put(
                "/api/v1/me/password",
                Map.of("currentPassword", "not my password at all", "newPassword", NEW_PASSWORD));
        ApiChecks.assertError(wrong, 422);
        assertThat(wrong.field("message")).contains("currentPassword");
        Reply weak =
                here.put("/api/v1/me/password", Map.of("currentPassword", p.password(), "newPassword", "password123"));
        ApiChecks.assertError(weak, 422);
        assertThat(weak.field("message")).startsWith("newPassword");
        assertThat(here.put("/api/v1/me/password", null).status()).isBetween(400, 499);

        expect(elsewhere.get("/api/v1/me"), 200);
        expect(p.token().get("/api/v1/me"), 200);
        Browser.signIn(app, p.username(), p.password());
    }

    @Test
    void aSessionOrTokenRevokedFromMyAccountNoLongerWorks() {
        Person p = person();
        Browser here = Browser.signIn(app, p.username(), p.password());
        Browser elsewhere = Browser.signIn(app, p.username(), p.password());
        Reply created = expect(here.post("/api/v1/me/tokens", Map.of("name", "laptop")), 201);
        Api laptop = api.as(created.field("token"));
        expect(laptop.get("/api/v1/me"), 200);

        JsonNode sessions = expect(here.get("/api/v1/me/sessions"), 200).json().get("items");
        List<Long> others = new ArrayList<>();
        int current = 0;
        for (JsonNode s : sessions) {
            assertThat(s.has("createdAt")).isTrue();
            if (s.get("current").asBoolean()) {
                current++;
            } else {
                others.add(s.get("id").asLong());
            }
        }
        assertThat(current).isEqualTo(1);
        assertThat(others).as("the other browser; tokens are not sessions").hasSize(1);
        for (long id : others) {
            expect(here.delete("/api/v1/me/sessions/" + id), 204);
        }
        ApiChecks.assertError(elsewhere.get("/api/v1/me"), 401);
        expect(here.get("/api/v1/me"), 200);

        JsonNode tokens = expect(here.get("/api/v1/me/tokens"), 200).json().get("items");
        long laptopId = -1;
        for (JsonNode t : tokens) {
            assertThat(t.has("token"))
                    .as("a listed token never shows its secret")
                    .isFalse();
            if (t.get("name").asText().equals("laptop")) {
                laptopId = t.get("id").asLong();
            }
        }
        expect(here.delete("/api/v1/me/tokens/" + laptopId), 204);
        ApiChecks.assertError(laptop.get("/api/v1/me"), 401);
        ApiChecks.assertError(here.delete("/api/v1/me/tokens/" + laptopId), 404);
    }

    @Test
    void theProfileKeepsASanitisedBioAndNormalisedExpertise() {
        Person p = person();
        Reply saved = expect(
                p.token()
                        .put(
                                "/api/v1/me",
                                Map.of(
                                        "displayName", "Ada Byron",
                                        "jobTitle", "Housing officer",
                                        "bio", "I know **repairs**.<script>alert(1)</script>",
                                        "expertise", List.of("Repairs ", "council   tax", "repairs"))),
                200);
        assertThat(saved.json().get("user").get("displayName").asText()).isEqualTo("Ada Byron");
        assertThat(saved.field("bioHtml")).contains("<strong>repairs</strong>").doesNotContain("<script");
        assertThat(saved.json().get("expertise").toString()).isEqualTo("[\"repairs\",\"council tax\"]");
        assertThat(expect(p.token().get("/api/v1/me"), 200).field("displayName"))
                .isEqualTo("Ada Byron");

        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("displayName", "", "expertise", List.of()),
                Map.<String, Object>of("displayName", "Someone else", "expertise", List.of("no, commas\"")),
                Map.<String, Object>of("displayName", "Someone else", "jobTitle", "x".repeat(201)),
                Map.<String, Object>of(
                        "displayName",
                        "Someone else",
                        "expertise",
                        List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11")))) {
            ApiChecks.assertError(p.token().put("/api/v1/me", bad), 422);
        }
        String page = org.hub.web.pages.PageClient.signedIn(app, p.username(), p.password())
                .get("/users/" + p.username())
                .body();
        assertThat(page)
                .contains("<h1>Ada Byron</h1>", "<dd>Housing officer</dd>", "<strong>repairs</strong>")
                .contains("<li>repairs</li>", "<li>council tax</li>")
                .doesNotContain("<script>alert");

        Reply after = expect(p.token().get("/api/v1/me/profile"), 200);
        assertThat(after.json().get("user").get("displayName").asText()).isEqualTo("Ada Byron");
        assertThat(after.field("jobTitle")).isEqualTo("Housing officer");
        assertThat(after.json().get("expertise")).hasSize(2);
    }
}
