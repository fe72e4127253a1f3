package org.hub.web.pages.threads;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Timer;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/**
 * The thread page runs a fixed number of SQL statements however many answers it shows (no N+1):
 * counted through the per-statement timers Dropwizard's JDBI integration keeps.
 */
class ThreadPageQueriesTest extends AppTestBase {

    @Test
    void aThreadWithAHundredAnswersTakesAsManyQueriesAsOneWithTwo() {
        String department = api.department("Queries");
        Api asker = api.user(department, "member");
        String slug = Api.unique("queries");
        Api.expect(
                asker.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Queries", "description", "", "visibility", "open")),
                201);
        Api[] answerers = new Api[5];
        for (int i = 0; i < answerers.length; i++) {
            answerers[i] = api.user(department, "member");
            Api.expect(answerers[i].post("/api/v1/groups/" + slug + "/join", null), 200);
        }
        long small = thread(asker, slug, answerers, 2);
        long large = thread(asker, slug, answerers, 100);
        PageClient browser = PageClient.signedIn(app, asker.username(), "password-" + asker.username());
        browser.get("/threads/" + small); // warm up: first-use statements

        long smallQueries = statementsFor(
                () -> assertThat(browser.get("/threads/" + small).statusCode()).isEqualTo(200));
        long largeQueries = statementsFor(() -> {
            var page = browser.get("/threads/" + large);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("100 answers");
        });
        assertThat(largeQueries).as("statements for 100 answers vs 2").isEqualTo(smallQueries);
        assertThat(smallQueries).as("a small, fixed number").isBetween(3L, 20L);
    }

    private long thread(Api asker, String slug, Api[] answerers, int answers) {
        long id = Api.expect(
                        asker.post(
                                "/api/v1/groups/" + slug + "/threads",
                                Map.of(
                                        "title",
                                        "Thread " + answers,
                                        "body",
                                        "",
                                        "kind",
                                        "question",
                                        "tags",
                                        List.of())),
                        201)
                .json()
                .get("id")
                .asLong();
        for (int i = 0; i < answers; i++) {
            Api answerer = answerers[i % answerers.length];
            long post = Api.expect(
                            answerer.post("/api/v1/threads/" + id + "/posts", Map.of("body", "Answer " + i)), 201)
                    .json()
                    .get("id")
                    .asLong();
            if (i % 3 == 0) {
                Api.expect(asker.post("/api/v1/posts/" + post + "/thanks", null), 200);
            }
        }
        return id;
    }

    /**
     * Statements run by the request, from the JDBI timers of the page's own DAOs. The search
     * indexer polls in the background, so only statements the page itself uses are counted.
     */
    private long statementsFor(Runnable request) {
        long before = pageStatements();
        request.run();
        return pageStatements() - before;
    }

    private long pageStatements() {
        SortedMap<String, Timer> timers = app.environment()
                .metrics()
                .getTimers((name, metric) -> name.startsWith("org.hub.api.")
                        && !name.contains("OutboxDao")
                        && !name.contains("SearchItem")
                        && !name.contains("Extraction"));
        return timers.values().stream().mapToLong(Timer::getCount).sum();
    }
}
