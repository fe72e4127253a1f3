package org.hub.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page infrastructure over HTTP: sign-in and sign-out forms, CSRF, security headers and HTML error pages. */
class PagesAppTest extends AppTestBase {
    private String department;
    private Api member;

    @BeforeAll
    void people() {
        department = api.department("Pages department");
        member = api.user(department, "member");
    }

    private PageClient signIn() {
        return PageClient.signedIn(app, member.username(), "password-" + member.username());
    }

    @Test
    void signingInThroughTheFormSetsTheSessionAndShowsTheHomePage() {
        PageClient browser = new PageClient(app);
        HttpResponse<String> form = browser.get("/login");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"username\">Username</label>", "<title>Sign in – Hub</title>");

        HttpResponse<String> answer = browser.post(
                "/login",
                Map.of("username", member.username(), "password", "password-" + member.username(), "next", "/groups"));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/groups"));
        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .contains("hub_session=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body()).contains("Welcome, Test " + member.username(), "href=\"#main\"", "<main id=\"main\"");
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithTheErrorTiedToTheField() {
        HttpResponse<String> answer = new PageClient(app)
                .post("/login", Map.of("username", member.username(), "password", "not-the-password"));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body())
                .contains(
                        "The username or password is not correct.",
                        "aria-describedby=\"username-error\"",
                        "value=\"" + member.username() + "\"");
        assertThat(answer.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("hub_session=") && c.length() > 20);
    }

    @Test
    void signInOnlyReturnsToPathsOnThisSite() {
        HttpResponse<String> answer = new PageClient(app)
                .post(
                        "/login",
                        Map.of(
                                "username",
                                member.username(),
                                "password",
                                "password-" + member.username(),
                                "next",
                                "//evil.example/steal"));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example");
    }

    @Test
    void pagesNeedASignInAndComeBackAfterwards() {
        HttpResponse<String> answer = new PageClient(app).get("/?panel=1");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?next=%2F%3Fpanel%3D1");
    }

    @Test
    void aFormPostWithoutTheTokenIsRejectedAndChangesNothing() {
        PageClient browser = signIn();
        HttpResponse<String> noToken = browser.post("/logout", Map.of());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(noToken.body()).contains("This form has expired or did not come from this site");
        HttpResponse<String> wrongToken = browser.post("/logout", Map.of("csrf", "forged"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> signOut = browser.submit("/", "/logout", Map.of());
        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(browser.session()).isNull();
        assertThat(browser.get("/").statusCode()).as("signed out").isEqualTo(303);
    }

    @Test
    void aMultipartFormNeedsTheTokenInItsBodyOrHeaderNeverTheUrl() {
        PageClient browser = signIn();
        String body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n";
        Map<String, String> multipart = Map.of("Content-Type", "multipart/form-data; boundary=b");
        assertThat(browser.postRaw("/logout", body, multipart).statusCode()).isEqualTo(403);
        String token = browser.csrfOf("/");
        assertThat(browser.postRaw("/logout?csrf=" + token, body, multipart).statusCode())
                .as("a token in the URL does not count")
                .isEqualTo(403);
        assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);
        String withField = "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n" + body;
        assertThat(browser.postRaw("/logout", withField, multipart).statusCode())
                .as("past the CSRF check")
                .isNotEqualTo(403);
    }

    @Test
    void aTokenFromAnotherSessionIsRejected() {
        PageClient mine = signIn();
        PageClient other = signIn();
        String othersToken = other.csrfOf("/");
        assertThat(mine.post("/logout", Map.of("csrf", othersToken)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFormSentFromAnotherSiteIsRejectedEvenBeforeSigningIn() {
        HttpResponse<String> answer = new PageClient(app)
                .post(
                        "/login",
                        Map.of("username", member.username(), "password", "password-" + member.username()),
                        Map.of("Origin", "https://evil.example"));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("hub_session="));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        PageClient browser = signIn();
        for (String path : new String[] {"/", "/login", "/no-such-page", "/api/v1/me"}) {
            HttpResponse<String> answer = browser.get(path);
            var headers = answer.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .as(path)
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Cache-Control")).as(path).hasValue("private, no-store");
        }
        HttpResponse<String> css = browser.get("/assets/hub.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleThatThePolicyWouldBlock() {
        String home = signIn().get("/").body();
        assertThat(home).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain("onclick=");
        assertThat(home).contains("<script src=\"/assets/hub.js\" defer></script>");
    }

    @Test
    void unknownPagesAnswerAnHtml404InTheLayoutWhileTheApiKeepsJson() {
        PageClient browser = signIn();
        HttpResponse<String> page = browser.get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Page not found</h1>", "Sign out", "<title>Page not found – Hub</title>");

        HttpResponse<String> api = browser.get("/api/v1/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(api.body()).contains("\"code\":404");
    }

    @Test
    void signedOutVisitorsGetTheErrorPageWithASignInLink() {
        HttpResponse<String> page = new PageClient(app).get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("<h1>Page not found</h1>", "href=\"/login\"")
                .doesNotContain("Sign out");
    }
}
