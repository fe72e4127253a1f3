package org.hub.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hub.web.support.Api;
import org.hub.web.support.Api.Reply;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call the "my account" endpoints (issue 13): anonymous callers get 401; everyone signed
 * in acts on their own account only; an id of someone else's session or token answers 404, as one
 * that never existed does, for a member and for an admin alike, and the other person's credential
 * keeps working. Lists show only one's own.
 */
class MyAccountAccessMatrixTest extends AppTestBase {
    static final Set<String> ROUTES = Set.of(
            "GET /api/v1/me/profile",
            "PUT /api/v1/me",
            "PUT /api/v1/me/password",
            "GET /api/v1/me/sessions",
            "DELETE /api/v1/me/sessions/{id}",
            "GET /api/v1/me/tokens",
            "POST /api/v1/me/tokens",
            "DELETE /api/v1/me/tokens/{id}");

    private String dept;

    @BeforeAll
    void department() {
        dept = api.department("Planning");
    }

    /** A person with a browser session and a named token, and the ids of both. */
    private record Holder(Api api, Browser browser, long sessionId, String token, long tokenId) {}

    private Holder holder(String role) {
        Api person = api.user(dept, role);
        Browser browser = Browser.signIn(app, person.username(), "password-" + person.username());
        String token = expect(person.post("/api/v1/me/tokens", Map.of("name", "kept")), 201)
                .field("token");
        long sessionId = -1;
        for (JsonNode s : expect(browser.get("/api/v1/me/sessions"), 200).json().get("items")) {
            sessionId = s.get("id").asLong();
        }
        long tokenId = -1;
        for (JsonNode t : expect(person.get("/api/v1/me/tokens"), 200).json().get("items")) {
            if (t.get("name").asText().equals("kept")) {
                tokenId = t.get("id").asLong();
            }
        }
        return new Holder(person, browser, sessionId, token, tokenId);
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        Api anonymous = api.anonymous();
        List<Reply> replies = List.of(
                anonymous.get("/api/v1/me/profile"),
                anonymous.put("/api/v1/me", Map.of("displayName", "x")),
                anonymous.put("/api/v1/me/password", Map.of("currentPassword", "x", "newPassword", "y")),
                anonymous.get("/api/v1/me/sessions"),
                anonymous.delete("/api/v1/me/sessions/1"),
                anonymous.get("/api/v1/me/tokens"),
                anonymous.post("/api/v1/me/tokens", Map.of("name", "x")),
                anonymous.delete("/api/v1/me/tokens/1"));
        replies.forEach(reply -> ApiChecks.assertError(reply, 401));
    }

    @Test
    void aMemberActsOnTheirOwnAccount() {
        Holder me = holder("member");
        expect(me.api().get("/api/v1/me/profile"), 200);
        expect(me.api().put("/api/v1/me", Map.of("displayName", "Me Myself")), 200);
        expect(me.api().get("/api/v1/me/sessions"), 200);
        expect(me.api().get("/api/v1/me/tokens"), 200);
        String spare = expect(me.api().post("/api/v1/me/tokens", Map.of("name", "spare")), 201)
                .field("token");
        expect(api.as(spare).get("/api/v1/me"), 200);
        expect(me.api().delete("/api/v1/me/sessions/" + me.sessionId()), 204);
        ApiChecks.assertError(me.browser().get("/api/v1/me"), 401);
        expect(me.api().delete("/api/v1/me/tokens/" + me.tokenId()), 204);
        ApiChecks.assertError(api.as(me.token()).get("/api/v1/me"), 401);
    }

    @Test
    void someoneElsesSessionOrTokenIsNotFoundForAMemberOrAnAdmin() {
        Holder victim = holder("member");
        for (String role : List.of("member", "curator", "admin")) {
            Holder other = holder(role);
            ApiChecks.assertError(other.api().delete("/api/v1/me/sessions/" + victim.sessionId()), 404);
            ApiChecks.assertError(other.api().delete("/api/v1/me/tokens/" + victim.tokenId()), 404);
            ApiChecks.assertError(other.browser().delete("/api/v1/me/sessions/" + victim.sessionId()), 404);
            ApiChecks.assertError(other.api().delete("/api/v1/me/sessions/999999999"), 404);
            assertThat(ids(other.api().get("/api/v1/me/sessions"))).doesNotContain(victim.sessionId());
            assertThat(ids(other.api().get("/api/v1/me/tokens"))).doesNotContain(victim.tokenId());
        }
        expect(victim.browser().get("/api/v1/me"), 200);
        expect(api.as(victim.token()).get("/api/v1/me"), 200);
    }

    @Test
    void theMatrixCoversEveryMyAccountEndpointOfTheApi() {
        JsonNode paths =
                expect(api.anonymous().get("/api/openapi.json"), 200).json().get("paths");
        Set<String> served = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> served.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(served).containsAll(ROUTES);
    }

    private static Set<Long> ids(Reply reply) {
        Set<Long> ids = new TreeSet<>();
        expect(reply, 200)
                .json()
                .get("items")
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
