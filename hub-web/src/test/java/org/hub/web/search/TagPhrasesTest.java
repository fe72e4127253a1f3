package org.hub.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tags typed as "complaints, stage 1, repairs" on a page are three tags, not four: on the thread,
 * in the search facets and filters (the space encoded in links), and a tag too long for the rules
 * is refused in plain words on the page and with a 422 or 400 in the API.
 */
class TagPhrasesTest extends AppTestBase {
    private Api alice;
    private PageClient aliceBrowser;
    private String group;
    private String marker;
    private long threadId;

    @BeforeAll
    void aThreadTaggedOnThePage() throws Exception {
        alice = api.user(api.department("Housing"), "member");
        aliceBrowser = PageClient.signedIn(app, alice.username(), "password-" + alice.username());
        group = Searching.group(alice, "housing", "open");
        marker = Searching.word("tag");
        HttpResponse<String> asked = aliceBrowser.submit(
                "/groups/" + group,
                "/groups/" + group + "/threads",
                Map.of(
                        "kind", "question",
                        "title", "Disrepair complaint " + marker,
                        "body", "Which stage is this at?",
                        "tags", "Complaints, stage   1 , repairs,"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(303);
        String location = asked.headers().firstValue("Location").orElseThrow();
        threadId = Long.parseLong(location.replaceAll(".*/threads/(\\d+).*", "$1"));
        Searching.awaitTotal(alice, marker, 1);
    }

    @Test
    void theThreadHasThreeTagsEachLinkingToItsEncodedFilter() {
        JsonNode thread = expect(alice.get("/api/v1/threads/" + threadId), 200).json();
        List<String> tags = new ArrayList<>();
        thread.get("tags").forEach(t -> tags.add(t.asText()));
        assertThat(tags).containsExactly("complaints", "stage 1", "repairs");

        String page =
                PageClient.decoded(aliceBrowser.get("/threads/" + threadId).body());
        assertThat(page)
                .contains("href=\"/search?tag=stage+1\">stage 1</a>")
                .contains("href=\"/search?tag=complaints\">complaints</a>")
                .doesNotContain("href=\"/search?tag=stage\"", "href=\"/search?tag=1\"");
    }

    @Test
    void aTagWithASpaceIsOneFacetAndFilters() {
        JsonNode all = Searching.search(alice, marker);
        List<String> facetValues = new ArrayList<>();
        all.get("facets").get("tag").forEach(f -> facetValues.add(f.get("value").asText()));
        assertThat(facetValues).containsExactlyInAnyOrder("complaints", "stage 1", "repairs");

        assertThat(Searching.search(alice, marker, "&tag=" + Searching.encode("Stage  1"))
                        .get("total")
                        .asLong())
                .as("the filter is normalised as the tags are")
                .isEqualTo(1);
        assertThat(Searching.search(alice, marker, "&tag=stage").get("total").asLong())
                .as("no tag 'stage' any more")
                .isZero();
        assertThat(Searching.search(alice, "tag:\"stage 1\" " + marker)
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        String page = aliceBrowser.get("/search?q=" + marker + "&tag=stage+1").body();
        assertThat(PageClient.decoded(page))
                .contains("stage 1 (1) <span class=\"meta\">– remove filter</span>")
                .contains("Disrepair complaint " + marker);
    }

    @Test
    void aTagTooLongIsRefusedInPlainWordsOnThePageAndWithAReasonInTheApi() {
        String tooLong = "complaints about the repairs service stage one";
        HttpResponse<String> refused = aliceBrowser.submit(
                "/groups/" + group,
                "/groups/" + group + "/threads",
                Map.of("kind", "question", "title", "Too long a tag", "body", "Body", "tags", "repairs, " + tooLong));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(PageClient.decoded(refused.body()))
                .contains("Tags must be at most 40 characters each")
                .contains("Separate tags with commas");

        Api.Reply api = alice.post(
                "/api/v1/groups/" + group + "/threads",
                Map.of("title", "T", "body", "B", "kind", "question", "tags", List.of(tooLong)));
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.field("message")).startsWith("tags must be at most 40 characters each");
        assertThat(alice.get("/api/v1/search?tag=" + Searching.encode(tooLong)).status())
                .isEqualTo(400);
        assertThat(Searching.search(alice, "Too long a tag").get("total").asLong())
                .as("nothing was created")
                .isZero();
    }
}
