package org.hub.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page in the browser and fails on serious or critical violations of the
 * WCAG 2.x A and AA rules. The script goes in through WebDriver, not a {@code <script>} tag, so
 * the pages' Content-Security-Policy stays as strict as in production.
 */
final class Axe {
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));
            """;

    private final String script;

    Axe(Path axeScript) {
        try {
            this.script = Files.readString(axeScript);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the current page; {@code page} names it in the failure message. */
    @SuppressWarnings("unchecked")
    void check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(impact + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("targets"));
            }
        }
        assertThat(serious)
                .as("axe-core serious or critical violations on %s (%s)", page, driver.getCurrentUrl())
                .isEmpty();
    }
}
