package org.hub.web.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.Test;

/** Synonyms are still in force after the server restarts on the same data. */
class SynonymsAfterRestartTest {

    @Test
    void synonymsAreAppliedAgainAfterARestart() throws Exception {
        Path folder = Files.createTempDirectory("hub-restart-");
        String group = Api.unique("care");
        long threadId;
        String username;
        String password;
        try (HubTestApp first = HubTestApp.startIn(folder, null)) {
            Api api = first.api();
            String dept = api.department("Adult Social Care");
            Api curator = api.user(dept, "curator");
            username = curator.username();
            password = "password-" + username;
            expect(
                    curator.post(
                            "/api/v1/groups",
                            Map.of("slug", group, "name", "Care", "description", "", "visibility", "open")),
                    201);
            threadId = expect(
                            curator.post(
                                    "/api/v1/groups/" + group + "/threads",
                                    Map.of(
                                            "title",
                                            "Referral routes into adult social care",
                                            "body",
                                            "Which form?",
                                            "kind",
                                            "question")),
                            201)
                    .json()
                    .get("id")
                    .asLong();
            expect(
                    curator.put(
                            "/api/v1/admin/synonyms", Map.of("synonyms", List.of(List.of("asc", "adult social care")))),
                    200);
            Searches.awaitHit(curator, "asc", null, String.valueOf(threadId));
        }
        try (HubTestApp second = HubTestApp.startIn(folder, null)) {
            Api curator = second.api().signIn(username, password);
            JsonNode stored = expect(curator.get("/api/v1/admin/synonyms"), 200).json();
            assertThat(stored.get("synonyms").toString()).isEqualTo("[[\"asc\",\"adult social care\"]]");
            // The first search after start-up already expands the acronym.
            JsonNode hits = Searches.search(curator, "asc", null).get("hits");
            assertThat(hits.toString()).contains("/threads/" + threadId);
        }
    }
}
