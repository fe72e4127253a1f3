package org.hub.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.ApiChecks.assertError;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.hub.api.testing.TestDatabase;
import org.hub.web.support.Api;
import org.hub.web.support.Browser;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole application on PostgreSQL (a fresh schema): sign in, /me, people, deactivation, audit. */
class PostgresAuthJourneyTest {
    private static HubTestApp app;
    private static TestDatabase database;

    @BeforeAll
    static void start() throws Exception {
        Optional<TestDatabase> postgres = TestDatabase.postgres();
        if (postgres.isPresent()) {
            database = postgres.get();
            app = HubTestApp.start(database);
        }
    }

    /** Per test rather than in {@code @BeforeAll}, so the report shows each skipped test with the reason. */
    @BeforeEach
    void requirePostgres() {
        Assumptions.assumeTrue(app != null, TestDatabase.POSTGRES_ABSENT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            String schema =
                    database.url().substring(database.url().indexOf("currentSchema=") + "currentSchema=".length());
            try (Connection connection = DriverManager.getConnection(TestDatabase.POSTGRES_BASE, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void tokenMePeopleAndDeactivation() {
        Api admin = app.api().admin();
        Api.Reply me = admin.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.field("role")).isEqualTo("admin");

        String slug = Api.unique("dept");
        assertThat(admin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "Revenues"))
                        .status())
                .isEqualTo(201);
        assertError(admin.post("/api/v1/admin/departments", Map.of("slug", slug, "name", "Again")), 409);
        assertThat(admin.get("/api/v1/departments").text()).contains(slug);

        String username = Api.unique("user");
        String password = "postgres-journey-password";
        Api.Reply created = admin.post(
                "/api/v1/admin/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Pat Postgres",
                        "email",
                        username + "@example.org",
                        "department",
                        slug,
                        "password",
                        password,
                        "role",
                        "member"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("department").get("slug").asText()).isEqualTo(slug);
        assertError(
                admin.post(
                        "/api/v1/admin/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Dup",
                                "email",
                                "d@example.org",
                                "department",
                                slug,
                                "password",
                                password,
                                "role",
                                "member")),
                409);

        Api person = app.api().signIn(username, password);
        Browser browser = Browser.signIn(app, username, password);
        assertThat(person.get("/api/v1/me").field("username")).isEqualTo(username);
        assertThat(browser.get("/api/v1/me").field("username")).isEqualTo(username);
        assertError(person.get("/api/v1/admin/audit"), 403);

        Api.Reply promoted = admin.put(
                "/api/v1/admin/users/" + username,
                Map.of(
                        "displayName",
                        "Pat Postgres",
                        "email",
                        username + "@example.org",
                        "department",
                        slug,
                        "role",
                        "curator"));
        assertThat(promoted.field("role")).isEqualTo("curator");

        Api.Reply deactivated = admin.post("/api/v1/admin/users/" + username + "/deactivate", null);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertError(person.get("/api/v1/me"), 401);
        assertError(browser.get("/api/v1/me"), 401);
        assertError(
                app.api()
                        .anonymous()
                        .post(
                                "/api/v1/auth/tokens",
                                Map.of("username", username, "password", password, "name", "again")),
                401);

        Api.Reply audit = admin.get("/api/v1/admin/audit?limit=3");
        assertThat(audit.json().get("items"))
                .extracting(e -> e.get("action").asText())
                .containsExactly("user.deactivate", "user.update", "user.role");
        String cursor = audit.json().get("nextCursor").asText();
        assertThat(admin.get("/api/v1/admin/audit?limit=100&cursor=" + cursor).text())
                .contains("user.create");
    }

    @Test
    void textPostgresCannotStoreIsRefusedAsInput() {
        // PostgreSQL rejects the NUL character in text; H2 does not, so only this run can catch a 500.
        Api admin = app.api().admin();
        Api.Reply token = app.api()
                .anonymous()
                .post("/api/v1/auth/tokens", Map.of("username", "ad\u0000min", "password", "x", "name", "n"));
        assertThat(token.status()).as(token.text()).isBetween(400, 499);
        Api.Reply tokenName = app.api()
                .anonymous()
                .post(
                        "/api/v1/auth/tokens",
                        Map.of("username", "admin", "password", HubTestApp.ADMIN_PASSWORD, "name", "lap\u0000top"));
        assertThat(tokenName.status()).as(tokenName.text()).isEqualTo(400);
        assertThat(tokenName.field("message")).contains("name");
        Api.Reply department =
                admin.post("/api/v1/admin/departments", Map.of("slug", Api.unique("dept"), "name", "Nul\u0000Dept"));
        assertThat(department.status()).as(department.text()).isEqualTo(400);
        Api.Reply profile = admin.get("/api/v1/users/ad%00min");
        assertThat(profile.status()).as(profile.text()).isBetween(400, 499);
    }
}
