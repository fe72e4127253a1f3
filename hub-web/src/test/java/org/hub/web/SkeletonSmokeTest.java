package org.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The front door: the server starts on empty data, is healthy, and the first admin can get a token. */
class SkeletonSmokeTest {
    private static HubTestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = HubTestApp.start(null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void healthyAndAdminTokenWorksOnMe() {
        var health =
                app.client().target(app.adminUrl() + "/healthcheck").request().get();
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.readEntity(String.class)).contains("\"database\"").contains("\"healthy\":true");

        Api admin = app.api().admin();
        Api.Reply me = admin.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.field("username")).isEqualTo("admin");
        assertThat(me.field("role")).isEqualTo("admin");
    }

    @Test
    void unknownPathAnswersJson404() {
        Api.Reply reply = app.api().anonymous().get("/api/v1/no-such-thing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("code").asInt()).isEqualTo(404);
        assertThat(reply.field("message")).isNotBlank();
    }

    @Test
    void wrongPasswordAnswers401WithoutSayingWhich() {
        Api.Reply wrongPassword = app.api()
                .anonymous()
                .post("/api/v1/auth/tokens", Map.of("username", "admin", "password", "not-the-password", "name", "x"));
        Api.Reply wrongUser = app.api()
                .anonymous()
                .post(
                        "/api/v1/auth/tokens",
                        Map.of("username", "nobody-here", "password", "not-the-password", "name", "x"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongUser.status()).isEqualTo(401);
        assertThat(wrongPassword.field("message")).isEqualTo(wrongUser.field("message"));
    }
}
