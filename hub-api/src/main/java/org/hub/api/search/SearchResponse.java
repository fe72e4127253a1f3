package org.hub.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hub.search.FacetValue;
import org.hub.search.SearchHit;

/** The answer of {@code GET /api/v1/search}: {@code {total, hits, facets, didYouMean}}. */
@JsonPropertyOrder({"total", "hits", "facets", "didYouMean"})
public record SearchResponse(
        long total,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        @JsonInclude(JsonInclude.Include.ALWAYS) String didYouMean) {

    /** {@code {slug, name}} of a group or department. */
    public record Ref(String slug, String name) {
        static Ref of(String slug, String name) {
            return slug == null ? null : new Ref(slug, name);
        }
    }

    public record Author(String username, String displayName) {}

    /** One result; {@code snippet} is HTML: escaped text with the matches in {@code <mark>}. */
    @JsonPropertyOrder({
        "type",
        "id",
        "title",
        "snippet",
        "url",
        "group",
        "department",
        "tags",
        "author",
        "createdAt",
        "score"
    })
    public record Hit(
            String type,
            long id,
            String title,
            String snippet,
            String url,
            @JsonInclude(JsonInclude.Include.ALWAYS) Ref group,
            @JsonInclude(JsonInclude.Include.ALWAYS) Ref department,
            List<String> tags,
            Author author,
            Instant createdAt,
            float score) {

        public static Hit of(SearchHit hit) {
            return new Hit(
                    hit.type().wireName(),
                    hit.id(),
                    hit.title(),
                    hit.snippetHtml(),
                    hit.url(),
                    Ref.of(hit.groupSlug(), hit.groupName()),
                    Ref.of(hit.departmentSlug(), hit.departmentName()),
                    hit.tags(),
                    hit.authorUsername() == null ? null : new Author(hit.authorUsername(), hit.authorName()),
                    hit.createdAt(),
                    hit.score());
        }
    }

    public record Items(List<Hit> items) {}

    public record Suggestions(List<SuggestionItem> suggestions) {}

    public record SuggestionItem(String type, long id, String title, String url) {}
}
