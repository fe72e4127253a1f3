package org.hub.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With local passwords switched off, only the break-glass administrator signs in with a password. */
class LocalPasswordsOffTest extends AppTestBase {
    private static final String SWITCHED_OFF = "Signing in with a Hub password is switched off";
    private String username;
    private String password;

    @Override
    protected ConfigOverride[] configOverrides() {
        return new ConfigOverride[] {
            ConfigOverride.config("oidc.localPasswords", "false"),
            ConfigOverride.config("oidc.breakGlassAdmin", "admin"),
        };
    }

    @BeforeAll
    void createMember() {
        // Created by the break-glass administrator, who still can; the member has a real password.
        username = Api.unique("member");
        password = "password-" + username;
        String department = api.department("Passwords off");
        Api.expect(
                api.admin()
                        .post(
                                "/api/v1/admin/users",
                                Map.of(
                                        "username",
                                        username,
                                        "displayName",
                                        "Test " + username,
                                        "email",
                                        username + "@example.org",
                                        "department",
                                        department,
                                        "password",
                                        password,
                                        "role",
                                        "member")),
                201);
    }

    @Test
    void theBreakGlassAdminStillSignsInWithAPassword() {
        Api.Reply session = api.anonymous()
                .post("/api/v1/auth/login", Map.of("username", "admin", "password", HubTestApp.ADMIN_PASSWORD));
        assertThat(session.status()).isEqualTo(200);
        Api.Reply token = api.anonymous()
                .post(
                        "/api/v1/auth/tokens",
                        Map.of("username", "admin", "password", HubTestApp.ADMIN_PASSWORD, "name", "cli"));
        assertThat(token.status()).isEqualTo(201);
    }

    @Test
    void anyoneElsesCorrectPasswordIsRefusedWithTheReason() {
        Api.Reply session =
                api.anonymous().post("/api/v1/auth/login", Map.of("username", username, "password", password));
        Api.Reply token = api.anonymous()
                .post("/api/v1/auth/tokens", Map.of("username", username, "password", password, "name", "cli"));
        Api.Reply unknown = api.anonymous()
                .post("/api/v1/auth/login", Map.of("username", Api.unique("ghost"), "password", password));

        for (Api.Reply reply : new Api.Reply[] {session, token, unknown}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.field("message")).startsWith(SWITCHED_OFF);
        }
        assertThat(session.raw().getCookies()).doesNotContainKey("hub_session");
    }

    @Test
    void theSignInFormSaysSoToo() {
        SsoBrowser browser = new SsoBrowser();
        var page = browser.postForm(
                java.net.URI.create(app.baseUrl() + "/login"),
                "username=" + username + "&password=" + password + "&next=/");

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains(SWITCHED_OFF);
        assertThat(browser.cookie("hub_session")).isEmpty();
    }
}
