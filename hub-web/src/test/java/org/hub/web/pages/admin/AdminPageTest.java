package org.hub.web.pages.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.Test;

/** The admin sections: departments, people, synonyms and the audit log, each a page of its own, for administrators only. */
class AdminPageTest extends AppTestBase {

    private PageClient admin() {
        return PageClient.signedIn(app, "admin", HubTestApp.ADMIN_PASSWORD);
    }

    @Test
    void anAdministratorAddsADepartmentAndSeesItInTheAuditLog() {
        PageClient browser = admin();
        String slug = Api.unique("dept");
        HttpResponse<String> added = browser.submit(
                "/admin/departments", "/admin/departments", Map.of("slug", slug, "name", "Parks & <Open> Spaces"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/admin/departments?done=department");
        String page = browser.get("/admin/departments?done=department").body();
        assertThat(page).contains("The department was added.", "Parks &amp; &lt;Open&gt; Spaces");
        String audit = browser.get("/admin/audit").body();
        assertThat(audit).contains("Department added", "Department " + slug);
    }

    @Test
    void aBadSlugComesBackAsAFieldErrorWithWhatWasTyped() {
        HttpResponse<String> answer = admin().submit(
                        "/admin/departments", "/admin/departments", Map.of("slug", "Not A Slug", "name", "Anything"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("href=\"#dept-slug\"", "id=\"dept-slug-error\"", "value=\"Not A Slug\"");
    }

    @Test
    void addingAPersonAndDeactivatingThem() {
        PageClient browser = admin();
        String department = api.department("Admin page");
        String username = Api.unique("person");
        HttpResponse<String> added = browser.submit(
                "/admin/people",
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

        assertThat(browser.submit("/admin/people", "/admin/users/" + username + "/deactivate", Map.of())
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
                "/admin/synonyms",
                "/admin/synonyms",
                Map.of("synonyms", "asc, adult social care\nfoi, freedom of information\n"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(browser.get("/admin/synonyms").body())
                .contains("asc, adult social care", "foi, freedom of information");
        HttpResponse<String> bad = browser.submit("/admin/synonyms", "/admin/synonyms", Map.of("synonyms", "lonely"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"synonyms-error\"", ">lonely</textarea>");
    }

    @Test
    void aMemberGetsTheForbiddenPage() {
        Api member = api.user(api.department("Not admins"), "member");
        PageClient browser = PageClient.signedIn(app, member.username(), "password-" + member.username());
        for (String path :
                new String[] {"/admin", "/admin/people", "/admin/departments", "/admin/synonyms", "/admin/audit"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).contains("<h1>You cannot do that</h1>", "Only administrators may do that.");
            assertThat(page.body()).doesNotContain("href=\"/admin\"");
        }
        String csrf = browser.csrfOf("/");
        assertThat(browser.post("/admin/departments", Map.of("csrf", csrf, "slug", Api.unique("x"), "name", "X"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theStartPageLinksEachSection() {
        String page = admin().get("/admin").body();
        assertThat(page)
                .contains(
                        "href=\"/admin/people\"",
                        "href=\"/admin/departments\"",
                        "href=\"/admin/synonyms\"",
                        "href=\"/admin/audit\"");
        assertThat(page).doesNotContain("<table");
    }

    @Test
    void theAuditLogIsNewestFirstInWordsAndPaged() {
        PageClient browser = admin();
        String first = Api.unique("first");
        String second = Api.unique("second");
        browser.submit("/admin/departments", "/admin/departments", Map.of("slug", first, "name", "First"));
        browser.submit("/admin/departments", "/admin/departments", Map.of("slug", second, "name", "Second"));

        String page = browser.get("/admin/audit").body();
        assertThat(page.indexOf("Department " + second))
                .as("the later change comes first")
                .isPositive()
                .isLessThan(page.indexOf("Department " + first));
        assertThat(page).contains("Department added").doesNotContain(">department.create<");

        for (int i = 0; i < AuditPageResource.PAGE_SIZE; i++) {
            browser.submit(
                    "/admin/departments", "/admin/departments", Map.of("slug", Api.unique("filler"), "name", "Filler"));
        }
        String newest = browser.get("/admin/audit").body();
        assertThat(newest).doesNotContain("Department " + second);
        java.util.regex.Matcher older = java.util.regex.Pattern.compile("href=\"(/admin/audit\\?cursor=[^\"]+)\"")
                .matcher(newest);
        assertThat(older.find()).as("a link to older entries").isTrue();
        String next = browser.get(older.group(1)).body();
        assertThat(next).contains("Department " + second, "href=\"/admin/audit\"");
    }

    @Test
    void peopleArePagedByUsername() {
        PageClient browser = admin();
        String department = api.department("Paging");
        for (int i = 0; i < PeopleAdminPageResource.PAGE_SIZE; i++) {
            api.user(department, "member");
        }
        String first = browser.get("/admin/people").body();
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"/admin/people\\?after=([^\"]+)\"")
                .matcher(first);
        assertThat(next.find()).as("a link to the next page").isTrue();
        String later = browser.get("/admin/people?after=" + next.group(1)).body();
        assertThat(later).contains("href=\"/admin/people\">First page");
        assertThat(later).doesNotContain("<span class=\"meta\">" + next.group(1) + "</span>");
    }
}
