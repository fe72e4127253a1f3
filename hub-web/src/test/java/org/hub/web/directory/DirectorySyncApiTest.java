package org.hub.web.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.ApiChecks.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hub.api.testing.TestDirectory;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.Browser;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The staff directory sync over HTTP against a real LDAP server: only administrators may run it,
 * it reports what it did, and someone who leaves the directory loses their session and API token
 * at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorySyncApiTest {
    private static final String SYNC = "/api/v1/admin/directory/sync";
    private static TestDirectory directory;
    private static HubTestApp app;
    private static Api admin;

    @BeforeAll
    static void start() throws Exception {
        directory = TestDirectory.start();
        var settings = directory.settings();
        app = HubTestApp.start(
                null,
                ConfigOverride.config("ldap.url", settings.url().toString()),
                ConfigOverride.config("ldap.bindDn", settings.bindDn()),
                ConfigOverride.config("ldap.bindPassword", settings.bindPassword()),
                ConfigOverride.config("ldap.baseDn", settings.baseDn()),
                ConfigOverride.config("ldap.filter", settings.filter()),
                ConfigOverride.config("ldap.departmentAttribute", "departmentNumber"),
                ConfigOverride.config("ldap.pageSize", "2"));
        admin = app.api().admin();
    }

    @AfterAll
    static void stop() {
        app.close();
        directory.close();
    }

    /** First, so that "nothing changed" means no one from the directory exists yet. */
    @Test
    @Order(1)
    void onlyAdministratorsSyncAndOthersChangeNothing() {
        String department = app.api().department("Directory tests");
        Api member = app.api().user(department, "member");
        Api curator = app.api().user(department, "curator");

        assertError(app.api().anonymous().post(SYNC, null), 401);
        assertError(member.post(SYNC, null), 403);
        assertError(curator.post(SYNC, null), 403);

        assertError(admin.get("/api/v1/users/bob.baker"), 404);
    }

    @Test
    @Order(2)
    void syncCreatesAndSomeoneWhoLeavesLosesSessionAndTokenAtOnce() throws Exception {
        // Cat had a local account before the directory was connected: the sync links it by email.
        String password = "cat-password-" + Api.unique("x");
        Api.expect(
                admin.post(
                        "/api/v1/admin/users",
                        Map.of(
                                "username", "cat.cole",
                                "displayName", "Cat (local)",
                                "email", "cat.cole@example.gov.uk",
                                "password", password,
                                "role", "member")),
                201);

        Api.Reply first = Api.expect(admin.post(SYNC, null), 200);

        assertThat(names(first.json(), "createdUsernames")).contains("ann.archer", "bob.baker");
        assertThat(names(first.json(), "updatedUsernames")).contains("cat.cole");
        JsonNode bob = admin.get("/api/v1/users/bob.baker").json();
        assertThat(bob.get("displayName").asText()).isEqualTo("Bob Baker");
        assertThat(bob.get("department").get("name").asText()).isEqualTo("Planning");

        Api catToken = app.api().signIn("cat.cole", password);
        Browser catBrowser = Browser.signIn(app, "cat.cole", password);
        assertThat(catToken.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(catBrowser.get("/api/v1/me").status()).isEqualTo(200);

        directory.delete("cat.cole");
        Api.Reply second = Api.expect(admin.post(SYNC, null), 200);

        assertThat(second.json().get("deactivated").asInt()).isEqualTo(1);
        assertThat(names(second.json(), "deactivatedUsernames")).containsExactly("cat.cole");
        assertError(catToken.get("/api/v1/me"), 401);
        assertError(catBrowser.get("/api/v1/me"), 401);
        assertThat(admin.get("/api/v1/users/cat.cole").json().get("active").asBoolean())
                .isFalse();
        // The break-glass administrator is in the directory too, and is left alone.
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void theAdminStartPageSyncsAndShowsTheReport() throws Exception {
        directory.replace("ann.archer", "title", "Head of Housing");
        PageClient page = PageClient.signedIn(app, "admin", HubTestApp.ADMIN_PASSWORD);
        assertThat(page.get("/admin").body()).contains("Sync people from the directory now");

        HttpResponse<String> synced = page.submit("/admin", "/admin/directory/sync", Map.of());

        assertThat(synced.statusCode()).isEqualTo(200);
        assertThat(PageClient.decoded(synced.body()))
                .contains("Directory synced: created 0 [], updated 1 [ann.archer], deactivated 0 []");
        Api member = app.api().user(app.api().department("Page sync"), "member");
        PageClient memberPage = PageClient.signedIn(app, member.username(), "password-" + member.username());
        assertThat(memberPage.submit("/", "/admin/directory/sync", Map.of()).statusCode())
                .isEqualTo(403);
    }

    private static List<String> names(JsonNode report, String field) {
        List<String> names = new ArrayList<>();
        report.get(field).forEach(n -> names.add(n.asText()));
        return names;
    }
}
