package org.hub.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.ApiChecks.assertError;

import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.Browser;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in and out over HTTP: API tokens, their revocation, browser sessions, /me and the sign-in throttle. */
class SignInTest {
    private static final String TOKENS = "/api/v1/auth/tokens";
    private static HubTestApp app;
    private static String department;

    @BeforeAll
    static void start() throws Exception {
        app = HubTestApp.start(null);
        department = app.api().department("Sign-in tests");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void tokenIsIssuedOnceWithItsNameAndUserAndWorksOnMe() {
        Api person = app.api().user(department, "member");
        String username = person.username();

        Api.Reply reply = app.api()
                .anonymous()
                .post(TOKENS, Map.of("username", username, "password", password(username), "name", "  laptop cli  "));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.field("token")).startsWith("hub_").hasSizeGreaterThan(40);
        assertThat(reply.field("name")).isEqualTo("laptop cli");
        var user = reply.json().get("user");
        assertThat(user.get("username").asText()).isEqualTo(username);
        assertThat(user.get("displayName").asText()).isEqualTo("Test " + username);
        assertThat(user.get("department").get("slug").asText()).isEqualTo(department);
        assertThat(user.get("department").get("name").asText()).isEqualTo("Sign-in tests");
        assertThat(user.get("role").asText()).isEqualTo("member");
        assertThat(user.get("active").asBoolean()).isTrue();
        assertThat(reply.text())
                .doesNotContain("password")
                .doesNotContain("email")
                .doesNotContain("\"id\"");

        Api.Reply me = app.api().as(reply.field("token")).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).isEqualTo(user);
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerTheSame401() {
        String username = app.api().user(department, "member").username();

        Api.Reply wrongPassword = assertError(
                app.api()
                        .anonymous()
                        .post(TOKENS, Map.of("username", username, "password", password(username) + "x", "name", "x")),
                401);
        Api.Reply unknownUser = assertError(
                app.api()
                        .anonymous()
                        .post(
                                TOKENS,
                                Map.of("username", Api.unique("ghost"), "password", password(username), "name", "x")),
                401);
        Api.Reply wrongLogin = assertError(
                app.api()
                        .anonymous()
                        .post("/api/v1/auth/login", Map.of("username", username, "password", "not it at all")),
                401);

        assertThat(wrongPassword.field("message"))
                .isEqualTo(unknownUser.field("message"))
                .isEqualTo(wrongLogin.field("message"));
        assertThat(wrongPassword.text()).isEqualTo(unknownUser.text());
        assertThat(wrongPassword.raw().getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        assertThat(wrongPassword.raw().getCookies()).doesNotContainKey(Browser.COOKIE);
    }

    @Test
    void missingFieldsAnswer422NamingThem() {
        Api anonymous = app.api().anonymous();
        Api.Reply empty = assertError(anonymous.post(TOKENS, Map.of()), 422);
        assertThat(empty.json().get("errors")).isNotNull();
        assertThat(empty.json().get("errors").toString())
                .contains("username")
                .contains("password")
                .contains("name");

        Api.Reply noName = assertError(
                anonymous.post(TOKENS, Map.of("username", "admin", "password", HubTestApp.ADMIN_PASSWORD)), 422);
        assertThat(noName.field("message")).contains("name");
        assertError(anonymous.post(TOKENS, Map.of("username", " ", "password", "x", "name", "n")), 422);
        assertError(
                anonymous.post(
                        TOKENS,
                        Map.of("username", "admin", "password", HubTestApp.ADMIN_PASSWORD, "name", "n".repeat(101))),
                422);
        assertError(anonymous.postRaw(TOKENS, "", "application/json"), 422);
        assertError(anonymous.postRaw(TOKENS, "null", "application/json"), 422);
        assertError(anonymous.post("/api/v1/auth/login", Map.of("username", "admin")), 422);
    }

    @Test
    void malformedJsonAnswers400() {
        Api anonymous = app.api().anonymous();
        Api.Reply broken =
                assertError(anonymous.postRaw(TOKENS, "{\"username\": \"admin\", ", "application/json"), 400);
        assertThat(broken.field("message")).contains("not valid JSON");
        Api.Reply wrongType = assertError(
                anonymous.postRaw(
                        TOKENS,
                        "{\"username\": [\"admin\"], \"password\": \"x\", \"name\": \"n\"}",
                        "application/json"),
                400);
        assertThat(wrongType.field("message")).contains("username");
        assertError(anonymous.postRaw("/api/v1/auth/login", "not json", "application/json"), 400);
    }

    @Test
    void wrongContentTypeAnswers415() {
        String body = "{\"username\":\"admin\",\"password\":\"" + HubTestApp.ADMIN_PASSWORD + "\",\"name\":\"n\"}";
        Api.Reply reply = assertError(app.api().anonymous().postRaw(TOKENS, body, "text/plain"), 415);
        assertThat(reply.field("message")).contains("application/json");
        assertError(
                app.api()
                        .anonymous()
                        .postRaw(
                                "/api/v1/auth/login", "username=admin&password=x", "application/x-www-form-urlencoded"),
                415);
    }

    @Test
    void revokingTheCurrentTokenStopsOnlyThatToken() {
        Api first = app.api().user(department, "member");
        Api second = app.api().signIn(first.username(), password(first.username()));

        Api.Reply revoke = first.delete("/api/v1/auth/tokens/current");
        assertThat(revoke.status()).isEqualTo(204);
        assertThat(revoke.text()).isEmpty();

        assertError(first.get("/api/v1/me"), 401);
        assertError(first.delete("/api/v1/auth/tokens/current"), 401);
        Api.Reply stillWorks = second.get("/api/v1/me");
        assertThat(stillWorks.status()).isEqualTo(200);
        assertThat(stillWorks.field("username")).isEqualTo(first.username());
    }

    @Test
    void revokingWithoutCredentialsAnswers401() {
        Api.Reply reply = assertError(app.api().anonymous().delete("/api/v1/auth/tokens/current"), 401);
        assertThat(reply.raw().getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        assertError(app.api().as("hub_not-a-real-token").delete("/api/v1/auth/tokens/current"), 401);
    }

    @Test
    void meNeedsValidCredentials() {
        assertError(app.api().anonymous().get("/api/v1/me"), 401);
        assertError(app.api().as("hub_" + "x".repeat(43)).get("/api/v1/me"), 401);
        assertError(app.api().as("y".repeat(500)).get("/api/v1/me"), 401);
        assertError(Browser.withCookie(app, "not-a-session").get("/api/v1/me"), 401);
    }

    @Test
    void loginSetsAnHttpOnlyLaxSessionCookieThatAuthenticates() {
        Api person = app.api().user(department, "curator");
        Browser browser = Browser.signIn(app, person.username(), password(person.username()));

        assertThat(browser.login().json().get("user").get("username").asText()).isEqualTo(person.username());
        assertThat(browser.login().json().get("user").get("role").asText()).isEqualTo("curator");
        assertThat(browser.login().json().has("token")).isFalse();
        List<String> setCookie = browser.setCookieHeaders();
        assertThat(setCookie).hasSize(1);
        String header = setCookie.get(0);
        assertThat(header).startsWith(Browser.COOKIE + "=" + browser.session());
        assertThat(header)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/")
                .containsIgnoringCase("Max-Age=43200");
        assertThat(header.toLowerCase()).as("no Secure flag over plain http").doesNotContain("secure");

        Api.Reply me = browser.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.field("username")).isEqualTo(person.username());
        assertThat(browser.get("/api/v1/departments").status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheSessionAndExpiresTheCookie() {
        Api person = app.api().user(department, "member");
        Browser browser = Browser.signIn(app, person.username(), password(person.username()));
        Browser other = Browser.signIn(app, person.username(), password(person.username()));

        Api.Reply logout = browser.post("/api/v1/auth/logout", null);
        assertThat(logout.status()).isEqualTo(204);
        String expired = logout.raw().getHeaderString("Set-Cookie");
        assertThat(expired).startsWith(Browser.COOKIE + "=").containsIgnoringCase("Max-Age=0");

        assertError(browser.get("/api/v1/me"), 401);
        assertError(browser.post("/api/v1/auth/logout", null), 401);
        assertThat(other.get("/api/v1/me").status())
                .as("another session of the same person")
                .isEqualTo(200);
        assertThat(person.get("/api/v1/me").status()).as("their token").isEqualTo(200);
    }

    @Test
    void logoutWithATokenRevokesThatToken() {
        Api person = app.api().user(department, "member");
        assertThat(person.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        assertError(person.get("/api/v1/me"), 401);
    }

    @Test
    void logoutWithoutCredentialsAnswers401() {
        assertError(app.api().anonymous().post("/api/v1/auth/logout", null), 401);
    }

    @Test
    void revokingTheCurrentTokenFromABrowserSessionIsRefusedAndKeepsTheSession() {
        Api person = app.api().user(department, "member");
        Browser browser = Browser.signIn(app, person.username(), password(person.username()));
        Api.Reply reply = assertError(browser.delete("/api/v1/auth/tokens/current"), 400);
        assertThat(reply.field("message")).contains("sign out");
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void fiveFailuresThrottleTheUsernameEvenForTheRightPassword() {
        Api victim = app.api().user(department, "member");
        Api bystander = app.api().user(department, "member");
        String username = victim.username();
        for (int i = 1; i <= 5; i++) {
            assertError(
                    app.api()
                            .anonymous()
                            .post(TOKENS, Map.of("username", username, "password", "wrong guess " + i, "name", "x")),
                    401);
        }

        Api.Reply throttled = assertError(
                app.api()
                        .anonymous()
                        .post(TOKENS, Map.of("username", username, "password", password(username), "name", "x")),
                429);
        String retryAfter = throttled.raw().getHeaderString("Retry-After");
        assertThat(retryAfter).isNotNull();
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 30);
        assertError(
                app.api()
                        .anonymous()
                        .post(
                                "/api/v1/auth/login",
                                Map.of("username", username.toUpperCase(), "password", password(username))),
                429);

        assertThat(victim.get("/api/v1/me").status())
                .as("tokens issued before still work")
                .isEqualTo(200);
        Api.Reply other = app.api()
                .anonymous()
                .post(
                        TOKENS,
                        Map.of(
                                "username",
                                bystander.username(),
                                "password",
                                password(bystander.username()),
                                "name",
                                "x"));
        assertThat(other.status()).as("another username is unaffected").isEqualTo(201);
    }

    @Test
    void unknownUsernamesAreThrottledLikeRealOnes() {
        String ghost = Api.unique("ghost");
        for (int i = 0; i < 5; i++) {
            assertError(
                    app.api().anonymous().post("/api/v1/auth/login", Map.of("username", ghost, "password", "guess")),
                    401);
        }
        Api.Reply reply = assertError(
                app.api().anonymous().post("/api/v1/auth/login", Map.of("username", ghost, "password", "guess")), 429);
        assertThat(reply.raw().getHeaderString("Retry-After")).isNotBlank();
    }

    @Test
    void theSignInPageSaysHowLongToWaitOnceThrottled() {
        String username = app.api().user(department, "member").username();
        for (int i = 0; i < 5; i++) {
            assertThat(signInPage(username, "wrong guess " + i).getStatus()).isEqualTo(401);
        }
        jakarta.ws.rs.core.Response page = signInPage(username, password(username));
        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(page.getHeaderString("Retry-After"))).isBetween(1, 30);
        assertThat(page.readEntity(String.class))
                .contains("Too many failed sign-ins for this username; try again in ")
                .contains(" seconds.");
    }

    private static jakarta.ws.rs.core.Response signInPage(String username, String password) {
        return app.client()
                .target(app.baseUrl() + "/login")
                .request("text/html")
                .post(jakarta.ws.rs.client.Entity.form(new jakarta.ws.rs.core.Form("username", username)
                        .param("password", password)
                        .param("next", "/")));
    }

    static String password(String username) {
        return "password-" + username;
    }
}
