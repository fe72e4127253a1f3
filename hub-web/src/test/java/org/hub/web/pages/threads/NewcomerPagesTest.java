package org.hub.web.pages.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A brand-new person in no group (issue 17 #3): the ask page offers every open group and asking
 * in one joins it; the home page suggests open groups, those naming their department first.
 */
class NewcomerPagesTest extends AppTestBase {
    private String departmentName;
    private String departmentSlug;
    private String openGroup;
    private String departmentGroup;
    private String restrictedGroup;

    @BeforeAll
    void organisation() {
        departmentName = "Dept " + Api.unique("d");
        departmentSlug = api.department(departmentName);
        Api owner = api.user(api.department("Planning"), "member");
        openGroup = group(owner, Api.unique("open"), "Busy practice", "open");
        departmentGroup = group(owner, Api.unique("own"), departmentName + " practice", "open");
        restrictedGroup = group(owner, Api.unique("closed"), "Closed practice", "restricted");
        // The first open group is busier, so only the department rule puts the other first.
        for (int i = 0; i < 2; i++) {
            Api.expect(
                    api.user(api.department("Other"), "member").post("/api/v1/groups/" + openGroup + "/join", null),
                    200);
        }
    }

    private static String group(Api owner, String slug, String name, String visibility) {
        Api.expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", name, "description", "", "visibility", visibility)),
                201);
        return slug;
    }

    private PageClient newcomer() {
        Api person = api.user(departmentSlug, "member");
        return PageClient.signedIn(app, person.username(), "password-" + person.username());
    }

    @Test
    void theAskPageOffersOpenGroupsAndAskingJoins() {
        PageClient browser = newcomer();
        String form = browser.get("/ask").body();
        assertThat(form)
                .doesNotContain("There is no group you can ask in yet")
                .contains("<option value=\"" + openGroup + "\"", "Open groups (you join when you post)")
                .doesNotContain("<option value=\"" + restrictedGroup + "\"");

        HttpResponse<String> asked = browser.submit(
                "/ask",
                "/ask",
                Map.of(
                        "group", openGroup,
                        "kind", "question",
                        "title", "Where is the form for " + Api.unique("x") + "?",
                        "body", "",
                        "reviewed", "yes"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).startsWith("/threads/");
        assertThat(browser.get("/groups/" + openGroup).body()).contains("Leave this group");
    }

    @Test
    void askingInAGroupThatNeedsApprovalIsRefusedOnTheForm() {
        PageClient browser = newcomer();
        HttpResponse<String> asked = browser.submit(
                "/ask",
                "/ask",
                Map.of(
                        "group",
                        restrictedGroup,
                        "kind",
                        "question",
                        "title",
                        "Let me in?",
                        "body",
                        "",
                        "reviewed",
                        "yes"));
        assertThat(asked.statusCode()).isEqualTo(422);
        assertThat(browser.get("/groups/" + restrictedGroup).body()).doesNotContain("Leave this group");
    }

    @Test
    void theHomePageSuggestsOpenGroupsTheirDepartmentFirst() {
        PageClient browser = newcomer();
        String home = browser.get("/").body();
        assertThat(home).contains("Groups you could join", "action=\"/groups/" + openGroup + "/join\"");
        assertThat(home).doesNotContain("action=\"/groups/" + restrictedGroup + "/join\"");
        assertThat(home.indexOf("/groups/" + departmentGroup + "/join"))
                .isPositive()
                .isLessThan(home.indexOf("/groups/" + openGroup + "/join"));

        HttpResponse<String> joined = browser.submit("/", "/groups/" + openGroup + "/join", Map.of("next", "/"));
        assertThat(joined.headers().firstValue("Location").orElseThrow()).isEqualTo("/");
        assertThat(browser.get("/").body()).doesNotContain("Groups you could join");
    }
}
