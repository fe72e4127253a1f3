package org.hub.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the browser journeys share: waiting for a page to settle, and the phone-width layout check. */
final class BrowserChecks {
    /** Generous: only a hang should make a wait fail, however loaded the machine. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private BrowserChecks() {}

    /** Polls until the condition holds; a screenshot of the page is kept when it never does. */
    static void waitFor(ChromeDriver driver, Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (StaleElementReferenceException retry) {
                // the page changed while we looked: look again
            }
            if (Instant.now().isAfter(deadline)) {
                HeadlessChrome.screenshot(driver, "failed-waiting");
                throw new AssertionError("Gave up waiting for " + what + " at " + driver.getCurrentUrl());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** The page at the window's current width scrolls only vertically; names the widest elements if not. */
    static void fitsTheWidth(ChromeDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object overflow = js.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        Object wide = js.executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().right)).join(', ');");
        assertThat(overflow)
                .as("horizontal scrolling on %s; too wide: %s", page, wide)
                .isEqualTo(false);
    }
}
