package org.hub.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Supplier;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Moderation in a real browser: a member flags an answer (first forgetting the reason), the
 * group's owner finds it in the moderation queue and hides it, sees it marked hidden on the
 * thread and locks the thread; the flagger can read the outcome. Every page on the way passes
 * axe at desktop and phone width, without horizontal scrolling on the phone.
 */
class ModerationJourneyTest extends AppTestBase {

    private ChromeDriver driver;
    private Axe axe;

    @BeforeAll
    void browser() {
        BrowserTools.Tools tools = BrowserTools.require();
        axe = new Axe(tools.axeScript());
        driver = HeadlessChrome.start(tools, 1280, 800);
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aFlaggedAnswerIsHiddenFromTheQueueAndTheThreadLocked() {
        String housing = api.department("Housing");
        Api owner = api.user(housing, "member");
        Api answerer = api.user(housing, "member");
        Api flagger = api.user(housing, "member");
        String slug = Api.unique("tenancy");
        Api.expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                slug,
                                "name",
                                "Tenancy officers",
                                "description",
                                "Tenancy questions.",
                                "visibility",
                                "open")),
                201);
        Api.expect(answerer.post("/api/v1/groups/" + slug + "/join", null), 200);
        Api.expect(flagger.post("/api/v1/groups/" + slug + "/join", null), 200);
        long thread = Api.expect(
                        owner.post(
                                "/api/v1/groups/" + slug + "/threads",
                                Map.of(
                                        "title",
                                        "Who handles a mutual exchange?",
                                        "body",
                                        "Two tenants want to swap homes.",
                                        "kind",
                                        "question")),
                        201)
                .json()
                .get("id")
                .asLong();
        long answer = Api.expect(
                        answerer.post(
                                "/api/v1/threads/" + thread + "/posts",
                                Map.of("body", "Call Mrs Jones at 14 Elm Road, she did one last year.")),
                        201)
                .json()
                .get("id")
                .asLong();

        signInAs(flagger);
        driver.get(app.baseUrl() + "/threads/" + thread);
        driver.findElement(By.cssSelector("a[href='/posts/" + answer + "/flag']"))
                .click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/posts/" + answer + "/flag"), "the flag form");
        checkBothWidths("flag-form");
        driver.findElement(By.cssSelector("form[action='/posts/" + answer + "/flag'] button[type=submit]"))
                .click();
        waitFor(() -> !driver.findElements(By.cssSelector(".error-summary")).isEmpty(), "the error summary");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Choose why you are flagging this answer.");
        assertThat(driver.getTitle()).startsWith("Error: ");
        checkBothWidths("flag-form-error");
        driver.findElement(By.cssSelector("label[for='reason-personal_data']")).click();
        driver.findElement(By.cssSelector("form[action='/posts/" + answer + "/flag'] button[type=submit]"))
                .click();
        waitFor(() -> driver.getCurrentUrl().contains("done=flagged"), "back on the thread");
        assertThat(driver.findElement(By.cssSelector(".notice--success")).getText())
                .contains("moderators will look at the answer");
        signOut();

        signInAs(owner);
        driver.get(app.baseUrl() + "/groups/" + slug);
        driver.findElement(By.cssSelector("a[href='/groups/" + slug + "/flags']"))
                .click();
        waitFor(() -> driver.getCurrentUrl().endsWith("/groups/" + slug + "/flags"), "the moderation queue");
        assertThat(driver.findElement(By.id("flagged-" + answer)).getText())
                .contains("1 flag")
                .contains("Personal data (1)")
                .contains("Mrs Jones");
        checkBothWidths("moderation-queue");
        driver.findElement(By.cssSelector("#flagged-" + answer + " input[value=hidden] ~ button"))
                .click();
        waitFor(() -> driver.getCurrentUrl().contains("done=hidden"), "the decision");
        assertThat(driver.findElements(By.id("flagged-" + answer))).isEmpty();
        assertThat(driver.getPageSource()).contains("No answers are waiting for a decision.");

        driver.get(app.baseUrl() + "/threads/" + thread);
        assertThat(driver.findElement(By.id("post-" + answer)).getText()).containsIgnoringCase("Hidden from members");
        driver.findElement(By.cssSelector("form[action='/threads/" + thread + "/lock'] button"))
                .click();
        waitFor(() -> driver.getCurrentUrl().contains("done=locked"), "the lock");
        assertThat(driver.findElements(By.id("reply-body")))
                .as("no answer box on a locked thread")
                .isEmpty();
        checkBothWidths("thread-moderated");

        JsonNode mine = Api.expect(flagger.get("/api/v1/me/flags"), 200).json().get("items");
        assertThat(mine.get(0).get("outcome").asText()).isEqualTo("hidden");
        assertThat(Api.expect(flagger.get("/api/v1/threads/" + thread), 200)
                        .json()
                        .get("posts"))
                .isEmpty();
        assertThat(flagger.post("/api/v1/threads/" + thread + "/posts", Map.of("body", "Me too"))
                        .status())
                .isEqualTo(409);
    }

    /** axe at desktop width, then at phone width with no horizontal scrolling. */
    private void checkBothWidths(String name) {
        HeadlessChrome.screenshot(driver, name);
        axe.check(driver, name);
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            BrowserChecks.fitsTheWidth(driver, name + " at phone width");
            HeadlessChrome.screenshot(driver, "phone-" + name);
            axe.check(driver, "phone " + name);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    private void signInAs(Api person) {
        driver.get(app.baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(person.username());
        driver.findElement(By.id("password")).sendKeys("password-" + person.username());
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        waitFor(() -> !driver.getCurrentUrl().contains("/login"), "signing in as " + person.username());
    }

    private void signOut() {
        driver.findElement(By.cssSelector(".site-account button[type=submit]")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/login"), "signing out");
    }

    private void waitFor(Supplier<Boolean> condition, String what) {
        BrowserChecks.waitFor(driver, condition, what);
    }
}
