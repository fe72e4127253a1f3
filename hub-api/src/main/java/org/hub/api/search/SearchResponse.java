package org.hub.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hub.search.FacetValue;
import org.hub.search.SearchHit;
import org.hub.search.SnippetText;

/**
 * The answer of {@code GET /api/v1/search}: {@code {total, hits, facets, didYouMean,
 * showingResultsFor}}. {@code showingResultsFor} is the correction whose results these are, when
 * the query as typed found nothing and its correction did; null otherwise.
 */
@JsonPropertyOrder({"total", "hits", "facets", "didYouMean", "showingResultsFor"})
public record SearchResponse(
        long total,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        @JsonInclude(JsonInclude.Include.ALWAYS) String didYouMean,
        @JsonInclude(JsonInclude.Include.ALWAYS) String showingResultsFor) {

    /** {@code {slug, name}} of a group or department. */
    public record Ref(String slug, String name) {
        static Ref of(String slug, String name) {
            return slug == null ? null : new Ref(slug, name);
        }
    }

    public record Author(String username, String displayName) {}

    /**
     * One result; {@code snippet} is HTML: escaped text with the matches in {@code <mark>};
     * {@code snippetText} the same passage as plain text, its matches at {@code highlights};
     * {@code threadId} the thread a thread or answer belongs to (null for other types).
     */
    @JsonPropertyOrder({
        "type",
        "id",
        "title",
        "snippet",
        "snippetText",
        "highlights",
        "url",
        "threadId",
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
            String snippetText,
            List<SnippetText.Highlight> highlights,
            String url,
            @JsonInclude(JsonInclude.Include.ALWAYS) Long threadId,
            @JsonInclude(JsonInclude.Include.ALWAYS) Ref group,
            @JsonInclude(JsonInclude.Include.ALWAYS) Ref department,
            List<String> tags,
            Author author,
            Instant createdAt,
            float score) {

        public static Hit of(SearchHit hit) {
            SnippetText plain = SnippetText.fromHtml(hit.snippetHtml());
            long thread = hit.threadOf();
            return new Hit(
                    hit.type().wireName(),
                    hit.id(),
                    hit.title(),
                    hit.snippetHtml(),
                    plain.text(),
                    plain.highlights(),
                    hit.url(),
                    thread > 0 ? thread : null,
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
