package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/** New content is searchable within a second of the write's answer; deleted content leaves search. */
class SearchFreshnessTest extends AppTestBase {

    @Test
    void aNewQuestionIsFoundWithinOneSecondAndGoneAfterDelete() throws Exception {
        String dept = api.department("Revenues and Benefits");
        Api officer = api.user(dept, "member");
        String group = Api.unique("council-tax");
        expect(
                officer.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Council tax", "description", "", "visibility", "open")),
                201);
        // Warm the search path first: freshness is about the index, not the first query's class loading.
        expect(officer.get("/api/v1/search?q=warmup"), 200);
        String word = "zyxquorbant" + System.nanoTime() % 100000;
        long id = expect(
                        officer.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of(
                                        "title",
                                        "Single person discount review " + word,
                                        "body",
                                        "How often do we review it?",
                                        "kind",
                                        "question",
                                        "tags",
                                        java.util.List.of("council-tax"))),
                        201)
                .json()
                .get("id")
                .asLong();

        JsonNode found = Searching.awaitTotal(officer, word, "", 1, 1000);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("type").asText()).isEqualTo("thread");
        assertThat(hit.get("id").asLong()).isEqualTo(id);
        assertThat(hit.get("url").asText()).isEqualTo("/threads/" + id);
        assertThat(hit.get("group").get("slug").asText()).isEqualTo(group);
        assertThat(hit.get("snippet").asText()).isNotBlank();
        assertThat(found.get("facets").get("type").toString()).contains("thread");

        expect(officer.delete("/api/v1/threads/" + id), 204);
        Searching.awaitTotal(officer, word, "", 0, 1000);
    }
}
