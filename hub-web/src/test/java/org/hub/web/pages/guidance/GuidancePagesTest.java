package org.hub.web.pages.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guidance library and item pages: who sees what, the curator's forms, CSRF on them. */
class GuidancePagesTest extends AppTestBase {
    private Api curator;
    private Api member;

    @BeforeAll
    void people() {
        String comms = api.department("Communications");
        curator = api.user(comms, "curator");
        member = api.user(comms, "member");
    }

    private PageClient browserOf(Api person) {
        return PageClient.signedIn(app, person.username(), "password-" + person.username());
    }

    private static String slugOf(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/guidance/");
        return location.replaceAll(".*/guidance/([^?]+).*", "$1");
    }

    @Test
    void guidanceFromAPrivateThreadLinksItOnlyForThoseWhoMayReadIt() {
        // Issue 11, finding 12: the private thread's id and link were shown to every reader.
        String group = Api.unique("safeguarding");
        expect(
                member.post("/api/v1/groups", Map.of("slug", group, "name", "Safeguarding", "visibility", "private")),
                201);
        expect(
                member.post(
                        "/api/v1/groups/" + group + "/members",
                        Map.of("username", curator.username(), "role", "member")),
                201);
        long thread = expect(
                        member.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of("title", "Referral threshold", "body", "Which form?", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        long post = expect(member.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "The MASH form.")), 201)
                .json()
                .get("id")
                .asLong();
        String title = "Making a referral " + Api.unique("g");
        String slug = expect(
                        curator.post(
                                "/api/v1/guidance",
                                Map.of(
                                        "title",
                                        title,
                                        "body",
                                        "Use the MASH form.",
                                        "status",
                                        "published",
                                        "sourcePostId",
                                        post)),
                        201)
                .field("slug");
        Api outsider = api.user(api.department("Highways"), "member");

        String link = "/threads/" + thread + "#post-" + post;
        String insiderPage = browserOf(member).get("/guidance/" + slug).body();
        assertThat(insiderPage).contains(title, "href=\"" + link + "\"", "Promoted from");
        HttpResponse<String> outsiderPage = browserOf(outsider).get("/guidance/" + slug);
        assertThat(outsiderPage.statusCode()).isEqualTo(200);
        assertThat(outsiderPage.body())
                .contains(title)
                .doesNotContain("/threads/" + thread, "post-" + post, "Promoted from");

        JsonNode insiderJson =
                expect(member.get("/api/v1/guidance/" + slug), 200).json();
        assertThat(insiderJson.get("sourceThreadId").asLong()).isEqualTo(thread);
        assertThat(insiderJson.get("sourcePostId").asLong()).isEqualTo(post);
        JsonNode outsiderJson =
                expect(outsider.get("/api/v1/guidance/" + slug), 200).json();
        assertThat(outsiderJson.get("sourceThreadId").isNull()).isTrue();
        assertThat(outsiderJson.get("sourcePostId").isNull()).isTrue();
        assertThat(expect(outsider.get("/api/v1/guidance?limit=100"), 200).text())
                .contains(slug)
                .doesNotContain("\"sourcePostId\":" + post);
    }

    @Test
    void aCuratorCreatesADraftThatOnlyCuratorsSeeThenPublishesIt() {
        PageClient curatorBrowser = browserOf(curator);
        String title = "Council tax reductions " + Api.unique("g");
        HttpResponse<String> created = curatorBrowser.submit(
                "/guidance",
                "/guidance",
                Map.of(
                        "title",
                        title,
                        "body",
                        "Check **eligibility** first.\n\n<script>alert(1)</script>",
                        "tags",
                        "council-tax",
                        "reviewBy",
                        "2030-01-31",
                        "status",
                        "draft"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String slug = slugOf(created);

        String draftPage = curatorBrowser.get("/guidance/" + slug).body();
        assertThat(draftPage)
                .contains(
                        "<h1>" + title + "</h1>",
                        "<strong>eligibility</strong>",
                        "draft",
                        "31 Jan 2030",
                        "Publish",
                        "Edit this guidance")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(curatorBrowser.get("/guidance?status=draft").body()).contains("href=\"/guidance/" + slug + "\"");

        PageClient memberBrowser = browserOf(member);
        assertThat(memberBrowser.get("/guidance/" + slug).statusCode()).isEqualTo(404);
        assertThat(memberBrowser.get("/guidance").body()).doesNotContain(slug);

        HttpResponse<String> published = curatorBrowser.submit(
                "/guidance/" + slug,
                "/guidance/" + slug + "/status",
                Map.of(
                        "status",
                        "published",
                        "version",
                        versionOn(curatorBrowser.get("/guidance/" + slug).body())));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);

        HttpResponse<String> seen = memberBrowser.get("/guidance/" + slug);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body())
                .contains("<strong>eligibility</strong>", "published")
                .doesNotContain("Edit this guidance", "action=\"/guidance/" + slug + "/status\"");
        assertThat(memberBrowser.get("/guidance").body())
                .contains("href=\"/guidance/" + slug + "\"")
                .doesNotContain("New guidance");
    }

    @Test
    void overdueGuidanceIsBadgedAndFiltered() {
        String stale = "Stale guidance " + Api.unique("g");
        String fresh = "Fresh guidance " + Api.unique("g");
        Api.expect(
                curator.post(
                        "/api/v1/guidance",
                        Map.of(
                                "title",
                                stale,
                                "body",
                                "Old.",
                                "status",
                                "published",
                                "reviewBy",
                                LocalDate.now().minusDays(3).toString())),
                201);
        Api.expect(
                curator.post(
                        "/api/v1/guidance",
                        Map.of(
                                "title",
                                fresh,
                                "body",
                                "New.",
                                "status",
                                "published",
                                "reviewBy",
                                LocalDate.now().plusMonths(3).toString())),
                201);

        String overdueOnly = browserOf(member).get("/guidance?overdue=yes").body();
        assertThat(overdueOnly).contains(stale, "Overdue").doesNotContain(fresh);
        String all = browserOf(member).get("/guidance").body();
        assertThat(all).contains(stale, fresh);
    }

    @Test
    void anEditWithAnEmptyTitleIsShownAgainWithTheErrorAndChangesNothing() {
        PageClient curatorBrowser = browserOf(curator);
        String title = "Housing benefit appeals " + Api.unique("g");
        String slug = slugOf(curatorBrowser.submit(
                "/guidance", "/guidance", Map.of("title", title, "body", "First.", "status", "published")));
        String version = versionOn(curatorBrowser.get("/guidance/" + slug).body());

        HttpResponse<String> rejected = curatorBrowser.submit(
                "/guidance/" + slug,
                "/guidance/" + slug,
                Map.of("title", " ", "body", "Second.", "status", "published", "version", version));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("There is a problem", "href=\"#edit-title\"", "id=\"edit-title-error\"");
        assertThat(curatorBrowser.get("/guidance/" + slug).body()).contains("<h1>" + title + "</h1>", "First.");

        HttpResponse<String> saved = curatorBrowser.submit(
                "/guidance/" + slug,
                "/guidance/" + slug,
                Map.of("title", title + " (revised)", "body", "Second.", "status", "published", "version", version));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(curatorBrowser.get(localPart(saved)).body())
                .contains(title + " (revised)", "Second.", "Your changes were saved.");
    }

    @Test
    void guidanceFormsRefuseAMissingTokenAndAMember() {
        PageClient curatorBrowser = browserOf(curator);
        String title = "No token " + Api.unique("g");
        HttpResponse<String> forged =
                curatorBrowser.post("/guidance", Map.of("title", title, "body", "x", "csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(curatorBrowser.get("/guidance?status=draft").body()).doesNotContain(title);

        String slug = slugOf(curatorBrowser.submit("/guidance", "/guidance", Map.of("title", title, "body", "x")));
        assertThat(curatorBrowser
                        .post("/guidance/" + slug + "/status", Map.of("status", "published", "version", "1"))
                        .statusCode())
                .isEqualTo(403);

        PageClient memberBrowser = browserOf(member);
        HttpResponse<String> byMember = memberBrowser.submit(
                "/guidance",
                "/guidance",
                Map.of("title", "Member guidance " + Api.unique("g"), "body", "x", "status", "published"));
        assertThat(byMember.statusCode()).isEqualTo(403);
        assertThat(byMember.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    private static String localPart(HttpResponse<String> redirect) {
        java.net.URI uri =
                java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String versionOn(String page) {
        var m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(m.find()).as("version field").isTrue();
        return m.group(1);
    }
}
