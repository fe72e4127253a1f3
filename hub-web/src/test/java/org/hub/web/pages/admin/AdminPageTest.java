package org.hub.web.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.Test;

/** The admin page: departments, people, synonyms and the audit log, for administrators only. */
class AdminPageTest extends AppTestBase {

    private PageClient admin() {
        return PageClient.signedIn(app, "admin", HubTestApp.ADMIN_PASSWORD);
    }

    @Test
    void anAdministratorAddsADepartmentAndSeesItInTheAuditLog() {
        PageClient browser = admin();
        String slug = Api.unique("dept");
        HttpResponse<String> added =
                browser.submit("/admin", "/admin/departments", Map.of("slug", slug, "name", "Parks & <Open> Spaces"));
        assertThat(added.statusCode()).isEqualTo(303);
        String page = browser.get("/admin?done=department").body();
        assertThat(page)
                .contains(
                        "The department was added.",
                        "Parks &amp; &lt;Open&gt; Spaces",
                        "department.create",
                        "department:" + slug);
    }

    @Test
    void aBadSlugComesBackAsAFieldErrorWithWhatWasTyped() {
        HttpResponse<String> answer =
                admin().submit("/admin", "/admin/departments", Map.of("slug", "Not A Slug", "name", "Anything"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("href=\"#dept-slug\"", "id=\"dept-slug-error\"", "value=\"Not A Slug\"");
    }

    @Test
    void addingAPersonAndDeactivatingThem() {
        PageClient browser = admin();
        String department = api.department("Admin page");
        String username = Api.unique("person");
        HttpResponse<String> added = browser.submit(
                "/admin",
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Pat Example",
                        "email",
                        username + "@example.org",
                        "department",
                        department,
                        "password",
                        "a-long-enough-password",
                        "role",
                        "member"));
        assertThat(added.statusCode()).isEqualTo(303);
        PageClient pat = PageClient.signedIn(app, username, "a-long-enough-password");
        assertThat(pat.get("/").statusCode()).isEqualTo(200);

        assertThat(browser.submit("/admin", "/admin/users/" + username + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(303);
        assertThat(pat.get("/").statusCode())
                .as("their session stopped working")
                .isEqualTo(303);
    }

    @Test
    void synonymsAreSavedOnePerLine() {
        PageClient browser = admin();
        HttpResponse<String> saved = browser.submit(
                "/admin",
                "/admin/synonyms",
                Map.of("synonyms", "asc, adult social care\nfoi, freedom of information\n"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(browser.get("/admin").body()).contains("asc, adult social care", "foi, freedom of information");
        HttpResponse<String> bad = browser.submit("/admin", "/admin/synonyms", Map.of("synonyms", "lonely"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"synonyms-error\"", ">lonely</textarea>");
    }

    @Test
    void aMemberGetsTheForbiddenPage() {
        Api member = api.user(api.department("Not admins"), "member");
        PageClient browser = PageClient.signedIn(app, member.username(), "password-" + member.username());
        HttpResponse<String> page = browser.get("/admin");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("<h1>You cannot do that</h1>", "Only administrators may do that.");
        assertThat(page.body()).doesNotContain("href=\"/admin\"");
        String csrf = browser.csrfOf("/");
        assertThat(browser.post("/admin/departments", Map.of("csrf", csrf, "slug", Api.unique("x"), "name", "X"))
                        .statusCode())
                .isEqualTo(403);
    }
}
