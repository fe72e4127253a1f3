package org.hub.web.pages.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 #7: every form's errors are in plain words about the field the person sees, never an
 * API field name ("DisplayName must be 1 to 200 characters", "Body must not be empty").
 */
class FormMessagesPageTest extends AppTestBase {
    /** The messages in the error summary and above each field. */
    private static final Pattern MESSAGE = Pattern.compile(
            "<a href=\"#[^\"]+\">([^<]+)</a>|class=\"field-error\"><span class=\"visually-hidden\">Error:</span> ([^<]+)</p>");

    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b");
    private static final String LONG = "x".repeat(201);

    private Api member;
    private long threadId;
    private String postId;
    private PageClient browser;

    @BeforeAll
    void organisation() {
        member = api.user(api.department("Plain words"), "curator");
        String slug = Api.unique("plain");
        Api.expect(
                member.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Plain words", "description", "", "visibility", "open")),
                201);
        threadId = Api.expect(
                        member.post(
                                "/api/v1/groups/" + slug + "/threads",
                                Map.of("title", "What is plain?", "body", "Asking.", "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        postId = Api.expect(member.post("/api/v1/threads/" + threadId + "/posts", Map.of("body", "Short words.")), 201)
                .json()
                .get("id")
                .asText();
        browser = PageClient.signedIn(app, member.username(), "password-" + member.username());
    }

    private static List<String> messagesOf(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(422);
        List<String> messages = new ArrayList<>();
        Matcher m = MESSAGE.matcher(page.body());
        while (m.find()) {
            messages.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertThat(messages).as("the page shows its errors").isNotEmpty();
        assertThat(messages).noneMatch(message -> CAMEL_CASE.matcher(message).find());
        return messages;
    }

    @Test
    void anEmptyAnswerAsksForTheAnswer() {
        assertThat(messagesOf(
                        browser.submit("/threads/" + threadId, "/threads/" + threadId + "/posts", Map.of("body", ""))))
                .contains("Enter your answer.");
    }

    @Test
    void anEditedAnswerLeftEmptyAsksForTheAnswer() {
        assertThat(messagesOf(browser.submit(
                        "/posts/" + postId + "/edit",
                        "/posts/" + postId + "/edit",
                        Map.of("body", " ", "version", "1"))))
                .contains("Enter your answer.");
    }

    @Test
    void aTooLongQuestionSaysHowLongItMayBe() {
        assertThat(messagesOf(browser.submit(
                        "/ask",
                        "/ask",
                        Map.of(
                                "group",
                                "nonexistent-" + Api.unique("g"),
                                "title",
                                "",
                                "body",
                                "",
                                "kind",
                                "question"))))
                .contains("Enter your question.");
        String group = browser.get("/ask").body().replaceAll("(?s).*<option value=\"([^\"]+)\".*", "$1");
        assertThat(messagesOf(browser.submit(
                        "/ask",
                        "/ask",
                        Map.of("group", group, "title", LONG, "body", "", "kind", "question", "reviewed", "yes"))))
                .contains("Enter your question of 200 characters or fewer.");
    }

    @Test
    void anEditedQuestionSaysWhatToEnter() {
        List<String> messages = messagesOf(browser.submit(
                "/threads/" + threadId + "/edit",
                "/threads/" + threadId + "/edit",
                Map.of("title", LONG, "body", "", "tags", "", "version", "1")));
        assertThat(messages).contains("Enter a title of 200 characters or fewer.");
    }

    @Test
    void guidanceWithoutATitleSaysWhatToEnter() {
        assertThat(messagesOf(browser.submit(
                        "/guidance",
                        "/guidance",
                        Map.of("title", "", "body", "", "tags", "", "reviewBy", "", "status", "draft"))))
                .contains("Enter a title of 200 characters or fewer.");
    }

    @Test
    void adminFormsNameTheFieldsAsLabelled() {
        PageClient admin = PageClient.signedIn(app, "admin", HubTestApp.ADMIN_PASSWORD);
        List<String> person = messagesOf(admin.submit(
                "/admin/people",
                "/admin/users",
                Map.of(
                        "username",
                        Api.unique("plain"),
                        "displayName",
                        "",
                        "email",
                        "not an address",
                        "department",
                        "",
                        "password",
                        "a-long-enough-password",
                        "role",
                        "member")));
        assertThat(person)
                .contains("Enter a name of 200 characters or fewer.", "Enter an email address, like name@example.org.");
        assertThat(messagesOf(admin.submit(
                        "/admin/departments", "/admin/departments", Map.of("slug", "Not A Slug", "name", ""))))
                .allMatch(message -> message.startsWith("Enter "));
    }
}
