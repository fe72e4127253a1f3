package org.hub.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.db.Migrations;
import org.hub.api.documents.BlobStore;
import org.hub.api.people.UserService;
import org.hub.api.testing.TestDatabase;
import org.hub.web.demo.DemoOrganisation;
import org.hub.web.demo.DemoSeeder;
import org.hub.web.support.HubTestApp;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The main pages on the seeded demo organisation, as a reader of the README sees them: checked with
 * axe-core on realistic content and saved as target/screenshots/demo-*.png (the README's pictures
 * are copies of these).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoScreenshotsTest {
    private static final String PASSWORD = "demo-password-for-tests";

    private HubTestApp app;
    private ChromeDriver driver;
    private Axe axe;
    private DemoSeeder.Summary demo;

    @BeforeAll
    void seedAndStart() throws Exception {
        BrowserTools.Tools tools = BrowserTools.require();
        axe = new Axe(tools.axeScript());
        Path folder = Files.createTempDirectory("hub-demo-");
        TestDatabase db = TestDatabase.h2(folder);
        Migrations.migrate(db.url(), db.user(), db.password());
        Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password()).installPlugin(new SqlObjectPlugin());
        // Without a pool, H2 would open and close the database file around every one of the
        // seeder's thousands of transactions; one connection held open keeps it open.
        org.jdbi.v3.core.Handle keepOpen = jdbi.open();
        PasswordHasher hasher = new PasswordHasher(1024, 1, 1);
        UserService users = new HubServices(jdbi, hasher, Clock.systemUTC()).users();
        users.bootstrapAdmin(HubTestApp.ADMIN_PASSWORD);
        long started = System.nanoTime();
        // The folder HubTestApp.startIn serves documents from.
        BlobStore blobs = new BlobStore(folder.resolve("documents")).init();
        demo = new DemoSeeder(jdbi, hasher, blobs).seed(DemoOrganisation.generate(42), users.find("admin"), PASSWORD);
        System.out.printf(
                "Seeded the demo organisation (%d threads, %d answers) in %d ms%n",
                demo.threads(), demo.posts(), (System.nanoTime() - started) / 1_000_000);
        keepOpen.close();
        app = HubTestApp.startIn(folder, db);
        driver = HeadlessChrome.start(tools, 1280, 943); // a 1280x800 viewport
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void homeAndSearchOnTheDemoOrganisation() {
        driver.get(app.baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(demo.exampleMember());
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        // The click returns once the form is submitted, not always once the next page has loaded.
        Instant signedIn = Instant.now().plus(Duration.ofSeconds(30));
        while (!"Home – Hub".equals(driver.getTitle()) && Instant.now().isBefore(signedIn)) {
            Thread.onSpinWait();
        }
        assertThat(driver.getTitle()).isEqualTo("Home – Hub");
        assertThat(driver.findElements(By.cssSelector("#main .items > li")))
                .as("home shows real content")
                .isNotEmpty();
        axe.check(driver, "demo home");
        HeadlessChrome.screenshot(driver, "demo-home");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        do {
            driver.get(app.baseUrl() + "/search?q=housing+complaint");
        } while (driver.findElements(By.cssSelector("ol.items > li")).size() < 3
                && Instant.now().isBefore(deadline));
        assertThat(driver.findElements(By.cssSelector("ol.items mark")))
                .as("highlighted results")
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".facets a")))
                .as("facet links")
                .isNotEmpty();
        axe.check(driver, "demo search");
        HeadlessChrome.screenshot(driver, "demo-search");
    }
}
