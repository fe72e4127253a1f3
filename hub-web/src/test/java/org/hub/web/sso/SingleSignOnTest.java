package org.hub.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on over HTTP against a real OpenID Connect provider started in-process: the
 * authorization-code flow end to end, just-in-time people and departments, refusal of ID tokens
 * that are tampered with, for another client, expired or for another sign-in, replayed state,
 * deactivated people, and signing out at Hub and at the provider.
 */
class SingleSignOnTest extends AppTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_VERIFIED = "could not be verified";

    private final TestProvider provider = new TestProvider();
    /** Hub's configured address; the test's browser reaches it where the application listens. */
    private static final String PUBLIC_URL = "http://hub.example.test";

    @Override
    protected ConfigOverride[] configOverrides() {
        return new ConfigOverride[] {
            ConfigOverride.config("oidc.issuer", provider.issuer().toString()),
            ConfigOverride.config("oidc.clientId", TestProvider.CLIENT_ID),
            ConfigOverride.config("oidc.clientSecret", "client-secret-for-tests"),
            ConfigOverride.config("oidc.providerName", "Council Test ID"),
            ConfigOverride.config("oidc.publicUrl", PUBLIC_URL),
            ConfigOverride.config("oidc.departmentClaim", "department"),
            ConfigOverride.config("oidc.allowedEmailDomains", "council.example, partner.example"),
        };
    }

    @AfterAll
    void stopProvider() {
        provider.close();
    }

    @Test
    void loginPageOffersTheProviderAndAllowsSigningOutThere() {
        HttpResponse<String> page = browser().get(hub("/login?next=/groups"));

        assertThat(page.statusCode()).isEqualTo(200);
        // Mustache escapes "=" in attributes as &#61;, which the browser reads back as "=".
        assertThat(page.body().replace("&#61;", "="))
                .contains("Sign in with Council Test ID")
                .contains("href=\"/login/sso?next=%2Fgroups\"");
        String origin = "http://localhost:" + provider.issuer().getPort();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + origin);
    }

    @Test
    void firstSignInCreatesThePersonInTheirDepartmentAndReturnsWhereTheyWereGoing() {
        String departmentName = "Adult Social Care " + Api.unique("x");
        TestProvider.Person person = TestProvider.Person.unique("jit", departmentName);
        provider.nextSignIn(person);
        SsoBrowser browser = browser();

        HttpResponse<String> landed = browser.followAll(hub("/login/sso?next=/groups"));

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/groups");
        assertThat(browser.cookie("hub_session")).isPresent();
        JsonNode me = json(browser.get(hub("/api/v1/me")));
        assertThat(me.get("username").asText()).isEqualTo(person.hubUsername());
        assertThat(me.get("displayName").asText()).isEqualTo(person.name());
        assertThat(me.get("role").asText()).isEqualTo("member");
        assertThat(me.get("department").get("name").asText()).isEqualTo(departmentName);
        assertThat(api.admin().get("/api/v1/departments").text()).contains(departmentName);

        // Signing in again is the same person, not a second one; a changed department follows.
        String moved = "Children's Services " + Api.unique("x");
        provider.nextSignIn(
                new TestProvider.Person(person.subject(), person.username(), person.email(), person.name(), moved));
        SsoBrowser later = browser();
        assertThat(later.followAll(hub("/login/sso")).statusCode()).isEqualTo(200);
        JsonNode again = json(later.get(hub("/api/v1/me")));
        assertThat(again.get("username").asText()).isEqualTo(person.hubUsername());
        assertThat(again.get("department").get("name").asText()).isEqualTo(moved);
    }

    @Test
    void departmentClaimMapsToTheExistingDepartmentOfThatName() {
        String name = "Planning " + Api.unique("p");
        String slug = api.department(name);
        TestProvider.Person person = TestProvider.Person.unique("plan", name.toUpperCase(java.util.Locale.ROOT));
        provider.nextSignIn(person);
        SsoBrowser browser = browser();

        assertThat(browser.followAll(hub("/login/sso")).statusCode()).isEqualTo(200);

        JsonNode me = json(browser.get(hub("/api/v1/me")));
        assertThat(me.get("department").get("slug").asText()).isEqualTo(slug);
        assertThat(me.get("department").get("name").asText()).isEqualTo(name);
    }

    @Test
    void deactivatedPersonIsRefusedEvenWithAValidTokenAndTheirSessionStops() {
        TestProvider.Person person = TestProvider.Person.unique("gone", null);
        provider.nextSignIn(person);
        SsoBrowser first = browser();
        assertThat(first.followAll(hub("/login/sso")).statusCode()).isEqualTo(200);
        Api.expect(api.admin().post("/api/v1/admin/users/" + person.hubUsername() + "/deactivate", Map.of()), 200);

        assertThat(first.get(hub("/api/v1/me")).statusCode()).isEqualTo(401);
        provider.nextSignIn(person);
        SsoBrowser again = browser();
        HttpResponse<String> refused = again.followAll(hub("/login/sso"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("deactivated");
        assertThat(again.cookie("hub_session")).isEmpty();
    }

    @Test
    void emailOutsideTheAllowedDomainsIsRefusedAndNobodyIsCreated() {
        TestProvider.Person outsider = new TestProvider.Person(
                java.util.UUID.randomUUID().toString(),
                Api.unique("out") + "@elsewhere.example",
                Api.unique("out") + "@elsewhere.example",
                "Outsider",
                null);
        provider.nextSignIn(outsider);
        SsoBrowser browser = browser();

        HttpResponse<String> refused = browser.followAll(hub("/login/sso"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("not at a domain allowed");
        assertThat(browser.cookie("hub_session")).isEmpty();
        assertThat(api.admin().get("/api/v1/users/" + outsider.hubUsername()).status())
                .isEqualTo(404);
    }

    @Test
    void aGoodIdTokenInTheProvidersAnswerSignsIn() {
        // The control for the refusals below: the same path, with nothing wrong, succeeds.
        TestProvider.Person person = TestProvider.Person.unique("good", null);
        HttpResponse<String> answer = callbackWith(
                person, attempt -> provider.idToken(person, attempt.nonce(), List.of(TestProvider.CLIENT_ID), 3600)
                        .serialize());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(api.admin().get("/api/v1/users/" + person.hubUsername()).status())
                .isEqualTo(200);
    }

    @Test
    void tamperedIdTokenIsRefused() {
        TestProvider.Person person = TestProvider.Person.unique("tamper", null);
        assertRefused(
                person,
                attempt -> TestProvider.tampered(
                        provider.idToken(person, attempt.nonce(), List.of(TestProvider.CLIENT_ID), 3600), "admin"));
    }

    @Test
    void idTokenForAnotherClientIsRefused() {
        TestProvider.Person person = TestProvider.Person.unique("aud", null);
        assertRefused(person, attempt -> provider.idToken(person, attempt.nonce(), List.of("another-app"), 3600)
                .serialize());
    }

    @Test
    void expiredIdTokenIsRefused() {
        TestProvider.Person person = TestProvider.Person.unique("old", null);
        assertRefused(
                person, attempt -> provider.idToken(person, attempt.nonce(), List.of(TestProvider.CLIENT_ID), -3600)
                        .serialize());
    }

    @Test
    void idTokenWithAnotherSignInsNonceIsRefused() {
        TestProvider.Person person = TestProvider.Person.unique("nonce", null);
        assertRefused(person, attempt -> provider.idToken(
                        person, "a-nonce-from-another-sign-in", List.of(TestProvider.CLIENT_ID), 3600)
                .serialize());
    }

    @Test
    void aStateIsGoodOnceAndOnlyInTheBrowserThatStartedIt() {
        TestProvider.Person person = TestProvider.Person.unique("replay", null);
        provider.nextSignIn(person);
        SsoBrowser browser = browser();
        Attempt attempt = begin(browser);

        // Another browser (an attacker handing a victim their own sign-in) has no state cookie.
        HttpResponse<String> elsewhere = browser().get(attempt.callback());
        assertThat(elsewhere.statusCode()).isEqualTo(401);
        assertThat(elsewhere.body()).contains("sign in again");

        assertThat(browser.get(attempt.callback()).statusCode()).isEqualTo(303);
        String session = browser.cookie("hub_session").orElseThrow();

        // Replayed with the state cookie still there (as from a second tab, or a stolen pair):
        // the pending sign-in was used up, so the state is refused all the same.
        HttpResponse<String> replayed = browser().get(attempt.callback(), "hub_sso_state=" + attempt.state());
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("already used");
        assertThat(replayed.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("hub_session="));
        assertThat(browser.get(hub("/api/v1/me")).statusCode()).isEqualTo(200);
        assertThat(browser.cookie("hub_session")).contains(session);
    }

    @Test
    void signingOutEndsTheHubSessionAndSendsTheBrowserToTheProvidersSignOut() {
        TestProvider.Person person = TestProvider.Person.unique("bye", null);
        provider.nextSignIn(person);
        SsoBrowser browser = browser();
        HttpResponse<String> home = browser.followAll(hub("/login/sso"));
        assertThat(home.statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = browser.postForm(hub("/logout"), "csrf=" + SsoBrowser.csrf(home.body()));

        assertThat(signedOut.statusCode()).isEqualTo(303);
        URI endSession = SsoBrowser.location(signedOut).orElseThrow();
        assertThat(endSession.getPath()).isEqualTo(provider.endSessionEndpoint().getPath());
        Map<String, String> query = query(endSession);
        assertThat(query).containsEntry("client_id", TestProvider.CLIENT_ID);
        assertThat(query).containsEntry("post_logout_redirect_uri", PUBLIC_URL + "/login/sso/signed-out");
        assertThat(browser.get(hub("/api/v1/me")).statusCode()).isEqualTo(401);

        HttpResponse<String> back = browser.followAll(endSession);
        assertThat(back.uri().getPath()).isEqualTo("/login");
        assertThat(back.body()).contains("You have signed out.");
    }

    @Test
    void signingOutAPasswordSessionStaysAtHub() {
        SsoBrowser browser = browser();
        HttpResponse<String> signedIn = browser.postForm(
                hub("/login"), "username=admin&password=" + org.hub.web.support.HubTestApp.ADMIN_PASSWORD + "&next=/");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        HttpResponse<String> home = browser.get(hub("/"));

        HttpResponse<String> signedOut = browser.postForm(hub("/logout"), "csrf=" + SsoBrowser.csrf(home.body()));

        URI next = SsoBrowser.location(signedOut).orElseThrow();
        assertThat(next.getPath() + "?" + next.getQuery()).isEqualTo("/login?signed-out=1");
    }

    /** A sign-in under way: the nonce Hub sent and the provider's redirect back, not yet followed. */
    record Attempt(String state, String nonce, URI callback) {}

    private Attempt begin(SsoBrowser browser) {
        HttpResponse<String> toProvider = browser.get(hub("/login/sso"));
        assertThat(toProvider.statusCode()).isEqualTo(303);
        URI authorize = SsoBrowser.location(toProvider).orElseThrow();
        Map<String, String> request = query(authorize);
        assertThat(request).containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce");
        HttpResponse<String> back = browser.get(authorize);
        URI callback = SsoBrowser.location(back).orElseThrow();
        assertThat(callback.getPath()).isEqualTo("/login/sso/callback");
        return new Attempt(request.get("state"), request.get("nonce"), callback);
    }

    /** Runs a sign-in whose token response from the provider carries the ID token given. */
    private HttpResponse<String> callbackWith(
            TestProvider.Person person, java.util.function.Function<Attempt, String> idToken) {
        // No nextSignIn: the token request never reaches the provider's token endpoint here.
        SsoBrowser browser = browser();
        Attempt attempt = begin(browser);
        provider.nextTokenResponse(idToken.apply(attempt));
        return browser.get(attempt.callback());
    }

    private void assertRefused(TestProvider.Person person, java.util.function.Function<Attempt, String> idToken) {
        HttpResponse<String> answer = callbackWith(person, idToken);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains(NOT_VERIFIED);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("hub_session="));
        assertThat(api.admin().get("/api/v1/users/" + person.hubUsername()).status())
                .isEqualTo(404);
    }

    private SsoBrowser browser() {
        return new SsoBrowser(
                PUBLIC_URL,
                "http://127.0.0.1:" + app.baseUrl().substring(app.baseUrl().lastIndexOf(':') + 1));
    }

    private URI hub(String path) {
        return URI.create(PUBLIC_URL + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
