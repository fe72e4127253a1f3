package org.hub.web.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hub.web.support.Api;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Curators' synonyms for jargon and acronyms: who may change them, validation, and their effect on the next search. */
class SynonymsTest extends AppTestBase {
    private Api curator;
    private Api member;
    private String group;
    private long spelledOut;
    private long acronym;
    private long ehcpSpelledOut;
    private long ehcpAcronym;

    @BeforeAll
    void threadsThatUseJargon() throws Exception {
        curator = api.user(api.department("Communications"), "curator");
        member = api.user(api.department("Adult Social Care"), "member");
        group = Api.unique("care");
        expect(
                member.post(
                        "/api/v1/groups",
                        Map.of("slug", group, "name", "Care", "description", "", "visibility", "open")),
                201);
        spelledOut =
                thread("Referrals to adult social care", "Which form do we use for a referral to adult social care?");
        acronym = thread("ASC duty team hours", "When is the ASC duty team open?");
        ehcpSpelledOut = thread(
                "Annual review of an education health and care plan",
                "Who attends the annual review of an education, health and care plan?");
        ehcpAcronym = thread("EHCP deadlines", "How many weeks does an EHCP assessment take?");
        for (long id : List.of(spelledOut, acronym, ehcpSpelledOut, ehcpAcronym)) {
            Searches.awaitHit(member, "group:" + group, null, String.valueOf(id));
        }
    }

    @Test
    void onlyCuratorsAndAdminsReadOrChangeSynonyms() {
        ApiChecks.assertError(member.get("/api/v1/admin/synonyms"), 403);
        ApiChecks.assertError(
                member.put("/api/v1/admin/synonyms", Map.of("synonyms", List.of(List.of("a", "b")))), 403);
        ApiChecks.assertError(api.anonymous().get("/api/v1/admin/synonyms"), 401);
        expect(curator.get("/api/v1/admin/synonyms"), 200);
        expect(api.admin().get("/api/v1/admin/synonyms"), 200);
    }

    @Test
    void badSynonymListsAreRefusedAndChangeNothing() {
        List<List<String>> good = List.of(List.of("hra", "housing revenue account"));
        expect(curator.put("/api/v1/admin/synonyms", Map.of("synonyms", good)), 200);
        JsonNode before = expect(curator.get("/api/v1/admin/synonyms"), 200).json();

        for (String bad : List.of(
                "{\"synonyms\": [[\"asc\"]]}",
                "{\"synonyms\": [[\"asc\", \"\"]]}",
                "{\"synonyms\": [[\"asc\", \"adult|social\"]]}",
                "{\"synonyms\": [[\"asc\", \"adult\\u0007care\"]]}",
                "{\"synonyms\": [[\"asc\", \"" + "x".repeat(500) + "\"]]}",
                "{\"synonyms\": [null]}",
                "{\"synonyms\": \"asc=adult social care\"}",
                "{\"synonyms\": null}",
                "{}",
                "not json")) {
            Api.Reply reply = curator.put("/api/v1/admin/synonyms", bad);
            assertThat(reply.status()).as(bad).isIn(400, 422);
            ApiChecks.assertError(reply, reply.status());
        }
        assertThat(expect(curator.get("/api/v1/admin/synonyms"), 200).json()).isEqualTo(before);
    }

    @Test
    void anAcronymAndItsPhraseFindEachOtherFromTheNextSearch() {
        expect(curator.put("/api/v1/admin/synonyms", Map.of("synonyms", List.of())), 200);
        assertThat(ids("asc")).doesNotContain(spelledOut).contains(acronym);
        assertThat(ids("adult social care")).doesNotContain(acronym).contains(spelledOut);

        JsonNode saved = expect(
                        curator.put(
                                "/api/v1/admin/synonyms",
                                Map.of(
                                        "synonyms",
                                        List.of(
                                                List.of("ASC", "Adult  Social Care"),
                                                List.of("ehcp", "education health and care plan")))),
                        200)
                .json();
        assertThat(saved.get("synonyms").toString())
                .isEqualTo("[[\"asc\",\"adult social care\"],[\"ehcp\",\"education health and care plan\"]]");
        assertThat(expect(curator.get("/api/v1/admin/synonyms"), 200).json()).isEqualTo(saved);

        // No wait and no reindex: the very next searches use them, both ways.
        assertThat(ids("asc")).contains(spelledOut, acronym);
        assertThat(ids("adult social care")).contains(spelledOut, acronym);
        assertThat(ids("ehcp")).contains(ehcpSpelledOut, ehcpAcronym);
        assertThat(ids("education health and care plan")).contains(ehcpSpelledOut, ehcpAcronym);
        // The snippet marks the words the acronym stood for.
        assertThat(hit("asc", spelledOut).get("snippet").asText())
                .contains("<mark>adult</mark> <mark>social</mark> <mark>care</mark>");

        // Taking them away takes effect as quickly.
        expect(curator.put("/api/v1/admin/synonyms", Map.of("synonyms", List.of())), 200);
        assertThat(ids("asc")).doesNotContain(spelledOut);
        assertThat(ids("ehcp")).doesNotContain(ehcpSpelledOut);
    }

    private long thread(String title, String body) {
        return expect(
                        member.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of("title", title, "body", body, "kind", "question")),
                        201)
                .json()
                .get("id")
                .asLong();
    }

    private List<Long> ids(String q) {
        JsonNode hits = expect(
                        member.get("/api/v1/search?limit=50&original=true&group=" + group + "&q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                        200)
                .json()
                .get("hits");
        return java.util.stream.StreamSupport.stream(hits.spliterator(), false)
                .map(hit -> hit.get("id").asLong())
                .toList();
    }

    private JsonNode hit(String q, long id) {
        JsonNode hits = expect(
                        member.get("/api/v1/search?limit=50&original=true&group=" + group + "&q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                        200)
                .json()
                .get("hits");
        for (JsonNode hit : hits) {
            if (hit.get("id").asLong() == id) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " for " + q + ": " + hits);
    }
}
