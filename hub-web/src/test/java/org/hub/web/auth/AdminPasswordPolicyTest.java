package org.hub.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.ApiChecks.assertError;

import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The password policy over HTTP: weak passwords for new people are refused with a clear message. */
class AdminPasswordPolicyTest {
    private static HubTestApp app;
    private static String department;

    @BeforeAll
    static void start() throws Exception {
        app = HubTestApp.start(null);
        department = app.api().department("Password policy");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void weakPasswordsFromTheFindingAnswer422WithAClearMessage() {
        Api admin = app.api().admin();
        String username = Api.unique("weak");
        for (String weak : new String[] {"aaaaaaaaaaaa", "password1234", username + username}) {
            Api.Reply reply = assertError(
                    admin.post(
                            "/api/v1/admin/users",
                            Map.of(
                                    "username",
                                    username,
                                    "displayName",
                                    "Weak Person",
                                    "email",
                                    username + "@example.org",
                                    "department",
                                    department,
                                    "password",
                                    weak,
                                    "role",
                                    "member")),
                    422);
            assertThat(reply.field("message")).as(weak).startsWith("password is too easy to guess: ");
        }
        assertError(
                app.api()
                        .anonymous()
                        .post(
                                "/api/v1/auth/tokens",
                                Map.of("username", username, "password", "password1234", "name", "x")),
                401);
    }

    @Test
    void aStrongPasswordIsAccepted() {
        String username = Api.unique("strong");
        Api.expect(
                app.api()
                        .admin()
                        .post(
                                "/api/v1/admin/users",
                                Map.of(
                                        "username",
                                        username,
                                        "displayName",
                                        "Strong Person",
                                        "email",
                                        username + "@example.org",
                                        "department",
                                        department,
                                        "password",
                                        "plum tundra kettle",
                                        "role",
                                        "member")),
                201);
        assertThat(app.api()
                        .signIn(username, "plum tundra kettle")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }
}
