package org.hub.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The journeys in real headless Chromium: sign in; ask and see a similar question suggested;
 * answer from another department; accept; find it through search with a facet filter; upload a
 * document and find it; a curator publishes guidance that a member then reads. Every page
 * on the way is checked with axe-core and photographed into target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTest extends AppTestBase {
    private static final String EXISTING = "How do I report a broken streetlight on a council estate?";

    private ChromeDriver driver;
    private Axe axe;
    private Api asker;
    private Api answerer;
    private String groupSlug;
    private String groupName;
    private String askedTitle;
    private String threadUrl;

    @BeforeAll
    void browserAndPeople() {
        BrowserTools.Tools tools = BrowserTools.require();
        axe = new Axe(tools.axeScript());
        String planning = api.department("Planning");
        String housing = api.department("Housing");
        asker = api.user(planning, "member");
        answerer = api.user(housing, "member");
        groupSlug = Api.unique("estates");
        groupName = "Estates and streets";
        Api.expect(
                asker.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                groupSlug,
                                "name",
                                groupName,
                                "description",
                                "Looking after council estates, their lighting and their roads.",
                                "visibility",
                                "open")),
                201);
        Api.expect(answerer.post("/api/v1/groups/" + groupSlug + "/join", null), 200);
        Api.expect(
                answerer.post(
                        "/api/v1/groups/" + groupSlug + "/threads",
                        Map.of(
                                "title",
                                EXISTING,
                                "body",
                                "A resident called about a **streetlight** that has been out for a week.",
                                "kind",
                                "question",
                                "tags",
                                List.of("streetlights"))),
                201);
        driver = HeadlessChrome.start(tools, 1280, 800);
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(0)
    void theAccessibilityCheckCatchesAnUnlabelledField() {
        driver.get(
                "data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>t</title><main><input type=text></main></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> axe.check(driver, "a page with an unlabelled field"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("label");
    }

    @Test
    @Order(1)
    void signIn() {
        driver.get(app.baseUrl() + "/");
        waitFor(() -> driver.getCurrentUrl().contains("/login"), "the sign-in page");
        check("login");
        driver.findElement(By.id("username")).sendKeys(asker.username());
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty(), "the sign-in error");
        WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
        assertThat(driver.switchTo().activeElement())
                .as("the error summary has the focus")
                .isEqualTo(summary);
        // Focus shows as an outline around the summary; a solid focus colour behind it hid the red links.
        assertThat(summary.getCssValue("background-color")).isIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)");
        assertThat(summary.getCssValue("outline-style")).isEqualTo("solid");
        driver.findElement(By.id("username")).clear();
        signInAs(asker);
        assertThat(driver.getTitle()).isEqualTo("Home – Hub");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Welcome");
        check("home");
    }

    @Test
    @Order(2)
    void askAQuestionAndSeeASimilarOneSuggested() {
        driver.get(app.baseUrl() + "/ask");
        driver.findElement(By.cssSelector("#group option[value='" + groupSlug + "']"))
                .click();
        askedTitle = "Broken streetlight on an estate: who do residents report it to?";
        driver.findElement(By.id("title")).sendKeys(askedTitle);
        waitFor(
                () -> driver.findElements(By.cssSelector(".similar a")).stream()
                        .anyMatch(a -> a.getText().equals(EXISTING)),
                "the similar question to be suggested");
        check("ask");
        driver.findElement(By.id("body")).sendKeys("A resident asked us; the streetlight has been out for days.");
        driver.findElement(By.cssSelector("form[action='/ask'] button[type=submit]"))
                .click();

        // The review step lists the same similar question (it works without JavaScript too).
        waitFor(() -> !driver.findElements(By.id("similar-review")).isEmpty(), "the review step");
        assertThat(driver.findElement(By.id("similar-review")).getText()).contains(EXISTING);
        check("ask-review");
        driver.findElement(By.cssSelector("form[action='/ask'] button[type=submit]"))
                .click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/threads/\\d+.*"), "the new thread");
        threadUrl = driver.getCurrentUrl().replaceAll("[?#].*", "");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(askedTitle);
        check("thread-new");
    }

    @Test
    @Order(3)
    void answerAsSomeoneFromAnotherDepartment() {
        signOut();
        signInAs(answerer);
        driver.get(threadUrl);
        driver.findElement(By.id("reply-body"))
                .sendKeys("Report it on the **street lighting** form; "
                        + "the estates team fixes lights on council land within five days.");
        driver.findElement(By.cssSelector("form[action$='/posts'] button[type=submit]"))
                .click();
        waitFor(
                () -> !driver.findElements(By.cssSelector("article.post[id^='post-']"))
                        .isEmpty(),
                "the answer");
        WebElement answer = driver.findElement(By.cssSelector("article.post[id^='post-']"));
        assertThat(answer.getText()).contains("street lighting", "Housing");
        check("thread-answered");
    }

    @Test
    @Order(4)
    void theAskerAcceptsTheAnswer() {
        signOut();
        signInAs(asker);
        driver.get(threadUrl);
        driver.findElement(By.cssSelector("form[action$='/accept'] button[type=submit]"))
                .click();
        waitFor(() -> !driver.findElements(By.cssSelector(".post--accepted")).isEmpty(), "the accepted answer");
        assertThat(driver.findElement(By.cssSelector(".post--accepted")).getText())
                .containsIgnoringCase("Accepted answer");
        check("thread");
    }

    @Test
    @Order(5)
    void findItThroughSearchWithAFacetFilter() {
        driver.get(app.baseUrl() + "/");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("streetlight");
        waitFor(() -> !driver.findElements(By.cssSelector(".suggestions a")).isEmpty(), "title suggestions");
        // The kind of each suggestion ("– Thread") flows after its title inside the padded row,
        // not below the row on a line of its own (issue 17 #10).
        WebElement suggestion = driver.findElement(By.cssSelector(".suggestions a"));
        WebElement kind = suggestion.findElement(By.cssSelector(".meta"));
        assertThat(kind.getText()).isEqualTo("– Thread");
        org.openqa.selenium.Rectangle row = suggestion.getRect();
        org.openqa.selenium.Rectangle label = kind.getRect();
        assertThat(label.getY() + label.getHeight())
                .as("the kind ends inside the suggestion's row")
                .isLessThanOrEqualTo(row.getY() + row.getHeight());
        assertThat(label.getX()).as("the kind is indented like the title").isGreaterThan(row.getX());
        box.sendKeys(Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("/search?"), "the search page");
        waitFor(
                () -> driver.findElements(By.cssSelector(".facets a")).stream()
                        .anyMatch(a -> a.getText().startsWith(groupName)),
                "the group facet");
        driver.findElements(By.cssSelector(".facets a")).stream()
                .filter(a -> a.getText().startsWith(groupName))
                .findFirst()
                .orElseThrow()
                .click();
        waitFor(() -> driver.getCurrentUrl().contains("group=" + groupSlug), "the filtered search");
        List<String> titles = driver.findElements(By.cssSelector("ol.items .item-title")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(titles).contains(askedTitle);
        assertThat(driver.findElement(By.cssSelector(".facets a[aria-current='true']"))
                        .getText())
                .startsWith(groupName);
        assertThat(driver.findElements(By.cssSelector("ol.items mark"))).isNotEmpty();
        check("search");
    }

    @Test
    @Order(6)
    void theOtherPagesHaveNoSeriousAccessibilityProblems() {
        String threadId = threadUrl.replaceAll(".*/threads/", "");
        visit("/groups", "groups");
        visit("/groups/" + groupSlug, "group");
        visit("/threads/" + threadId + "/edit", "thread-edit");
        visit("/threads/" + threadId + "/revisions", "revisions");
        visit("/users/" + answerer.username(), "profile");
        driver.get(threadUrl);
        // The asker owns the group, so they may edit the answer too.
        String postEdit = driver.findElement(By.cssSelector("a[href^='/posts/'][href$='/edit']"))
                .getAttribute("href");
        driver.get(postEdit);
        check("post-edit");
        visit("/no-such-page", "not-found");
        signOut();
        signInAs("admin", org.hub.web.support.HubTestApp.ADMIN_PASSWORD);
        visit("/admin", "admin");
        visit("/admin/people", "admin-people");
        visit("/admin/departments", "admin-departments");
        visit("/admin/synonyms", "admin-synonyms");
        visit("/admin/audit", "admin-audit");
    }

    @Test
    @Order(7)
    void pagesFitAPhoneScreen() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            Map<String, String> pages = Map.of(
                    "phone-home",
                    "/",
                    "phone-thread",
                    threadUrl.replace(app.baseUrl(), ""),
                    "phone-search",
                    "/search?q=streetlight",
                    // Still signed in as the administrator from the test before.
                    "phone-admin-people",
                    "/admin/people",
                    "phone-admin-audit",
                    "/admin/audit");
            pages.forEach((name, path) -> {
                driver.get(app.baseUrl() + path);
                BrowserChecks.fitsTheWidth(driver, path + " at phone width");
                HeadlessChrome.screenshot(driver, name);
            });
            // Issue 17 #6: on a phone the filters come before the results, not after them and the pager.
            driver.get(app.baseUrl() + "/search?q=streetlight");
            Object filtersFirst = ((JavascriptExecutor) driver)
                    .executeScript("const f = document.querySelector('.filters-narrow');"
                            + " const r = document.querySelector('ol.items li');"
                            + " return f !== null && r !== null && f.offsetParent !== null"
                            + " && f.getBoundingClientRect().top < r.getBoundingClientRect().top;");
            assertThat(filtersFirst)
                    .as("the search filters are visible above the first result at phone width")
                    .isEqualTo(true);
            Number headerBottom = (Number) ((JavascriptExecutor) driver)
                    .executeScript("return document.querySelector('.site-nav').getBoundingClientRect().bottom;");
            assertThat(headerBottom.doubleValue())
                    .as("the header and menu leave room for content on a phone")
                    .isLessThan(200);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    @Test
    @Order(8)
    void uploadADocumentAndFindItThroughSearch() throws java.io.IOException {
        signOutIfSignedIn();
        signInAs(asker);
        String word = "gritrota" + Api.unique("w").replaceAll("[^a-z0-9]", "");
        String title = "Winter gritting rota " + word;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("gritting-rota", ".txt");
        java.nio.file.Files.writeString(file, "Gritting starts on the estate roads at 5am when frost is forecast.");
        file.toFile().deleteOnExit();

        driver.get(app.baseUrl() + "/groups/" + groupSlug);
        driver.findElement(By.cssSelector("a[href='/groups/" + groupSlug + "/documents']"))
                .click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/groups/" + groupSlug + "/documents"), "the document library");
        check("group-documents");
        driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload-title")).sendKeys(title);
        driver.findElement(By.id("upload-tags")).sendKeys("gritting, winter");
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/documents/\\d+.*"), "the new document's page");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.cssSelector("a[href*='/content?version=1']"))
                        .getText())
                .contains(file.getFileName().toString());
        check("document");

        waitFor(
                () -> {
                    driver.get(app.baseUrl() + "/search?q=" + word);
                    return driver.findElements(By.cssSelector("ol.items .item-title")).stream()
                            .anyMatch(a -> a.getText().equals(title));
                },
                "the document in search results");
        driver.findElements(By.cssSelector("ol.items .item-title")).stream()
                .filter(a -> a.getText().equals(title))
                .findFirst()
                .orElseThrow()
                .click();
        waitFor(() -> driver.getCurrentUrl().matches(".*/documents/\\d+.*"), "the document from search");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    }

    @Test
    @Order(9)
    void aCuratorPublishesGuidanceAndAMemberThenSeesIt() {
        Api curator = api.user(api.department("Communications"), "curator");
        String title = "Reporting streetlights " + Api.unique("g");
        signOutIfSignedIn();
        signInAs(curator);
        driver.get(app.baseUrl() + "/guidance");
        check("guidance-list");
        driver.findElement(By.id("new-title")).sendKeys(title);
        driver.findElement(By.id("new-body"))
                .sendKeys("Use the **street lighting** form. Lights on council land "
                        + "are fixed within five working days.");
        driver.findElement(By.cssSelector("form[action='/guidance'] button[type=submit]"))
                .click();
        waitFor(() -> driver.getCurrentUrl().contains("/guidance/"), "the new guidance");
        assertThat(driver.findElement(By.cssSelector("main .badge")).getText()).isEqualToIgnoringCase("draft");
        driver.findElement(By.cssSelector("form[action$='/status'] input[value='published'] ~ button"))
                .click();
        waitFor(() -> driver.getCurrentUrl().contains("done=published"), "publication");
        assertThat(driver.findElement(By.cssSelector("main .badge")).getText()).isEqualToIgnoringCase("published");
        String itemUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        check("guidance");

        signOut();
        signInAs(answerer);
        driver.get(app.baseUrl() + "/guidance");
        driver.findElements(By.cssSelector("ul.items .item-title")).stream()
                .filter(a -> a.getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the published guidance is not in the member's library"))
                .click();
        waitFor(() -> driver.getCurrentUrl().equals(itemUrl), "the guidance page");
        assertThat(driver.findElement(By.cssSelector(".post-body")).getText()).contains("street lighting");
        assertThat(driver.findElements(By.id("edit-title")))
                .as("no edit form for members")
                .isEmpty();
        check("guidance-member");
    }

    private void signOutIfSignedIn() {
        driver.get(app.baseUrl() + "/");
        if (!driver.findElements(By.cssSelector(".site-account button[type=submit]"))
                .isEmpty()) {
            signOut();
        }
    }

    private void visit(String path, String name) {
        driver.get(app.baseUrl() + path);
        check(name);
    }

    private void check(String name) {
        HeadlessChrome.screenshot(driver, name);
        axe.check(driver, name);
    }

    private void signInAs(Api person) {
        signInAs(person.username(), "password-" + person.username());
    }

    private void signInAs(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login")) {
            driver.get(app.baseUrl() + "/login");
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        waitFor(() -> !driver.getCurrentUrl().contains("/login"), "signing in as " + username);
    }

    private void signOut() {
        driver.findElement(By.cssSelector(".site-account button[type=submit]")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/login"), "signing out");
        assertThat(driver.getPageSource()).contains("You have signed out.");
    }

    private void waitFor(Supplier<Boolean> condition, String what) {
        BrowserChecks.waitFor(driver, condition, what);
    }
}
