package org.hub.web.pages.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hub.api.search.SearchResponse;
import org.hub.search.FacetValue;
import org.hub.web.pages.common.FormErrors;
import org.hub.web.pages.common.HitItem;
import org.hub.web.pages.common.PageView;
import org.hub.web.pages.common.Viewer;

/** The search page: the query box, results, facet links with counts, did-you-mean, sort and paging. */
public final class SearchView extends PageView {
    /** One facet value as a link that applies (or, when active, removes) that filter. */
    public record FacetLink(String label, long count, String url, boolean active) {}

    /** A facet: its heading and its values. */
    public record FacetGroup(String id, String heading, List<FacetLink> links) {}

    private static final List<String[]> FACETS = List.of(
            new String[] {"type", "Type"}, new String[] {"group", "Group"},
            new String[] {"department", "Department"}, new String[] {"tag", "Tag"});

    private final SearchFilters filters;
    private final long total;
    private final List<HitItem> hits;
    private final List<FacetGroup> facets;
    private final String didYouMean;
    private final String showingResultsFor;
    private final int pageSize;
    private final String error;
    private final boolean searched;

    private SearchView(
            Viewer viewer,
            SearchFilters filters,
            long total,
            List<HitItem> hits,
            List<FacetGroup> facets,
            String didYouMean,
            String showingResultsFor,
            int pageSize,
            String error,
            boolean searched) {
        super("search.mustache", viewer, title(filters, error), Section.SEARCH);
        this.filters = filters;
        this.total = total;
        this.hits = hits;
        this.facets = facets;
        this.didYouMean = didYouMean;
        this.showingResultsFor = showingResultsFor;
        this.pageSize = pageSize;
        this.error = error;
        this.searched = searched;
    }

    static SearchView empty(Viewer viewer, SearchFilters filters) {
        return new SearchView(viewer, filters, 0, List.of(), List.of(), null, null, 1, null, false);
    }

    static SearchView failed(Viewer viewer, SearchFilters filters, String error) {
        return new SearchView(viewer, filters, 0, List.of(), List.of(), null, null, 1, error, false);
    }

    static SearchView of(Viewer viewer, SearchFilters filters, SearchResponse results, int pageSize) {
        List<FacetGroup> groups = new ArrayList<>();
        Map<String, List<FacetValue>> facets = results.facets() == null ? Map.of() : results.facets();
        for (String[] facet : FACETS) {
            List<FacetValue> values = facets.getOrDefault(facet[0], List.of());
            if (values.isEmpty()) {
                continue;
            }
            String current = filters.current(facet[0]);
            List<FacetLink> links = values.stream()
                    .map(v -> {
                        boolean active = v.value().equals(current);
                        String label = facet[0].equals("type") ? plural(HitItem.typeLabel(v.value())) : v.label();
                        return new FacetLink(
                                label,
                                v.count(),
                                filters.with(facet[0], active ? null : v.value())
                                        .url(),
                                active);
                    })
                    .toList();
            groups.add(new FacetGroup("facet-" + facet[0], facet[1], links));
        }
        return new SearchView(
                viewer,
                filters,
                results.total(),
                results.hits().stream().map(HitItem::of).toList(),
                groups,
                results.didYouMean(),
                results.showingResultsFor(),
                pageSize,
                null,
                true);
    }

    private static String title(SearchFilters filters, String error) {
        String prefix = error != null ? "Error: " : "";
        return prefix + (filters.q().isBlank() ? "Search" : "Search: " + filters.q());
    }

    private static String plural(String label) {
        return switch (label) {
            case "Guidance" -> "Guidance";
            default -> label + "s";
        };
    }

    @Override
    public String searchQuery() {
        return filters.q();
    }

    public String query() {
        return filters.q();
    }

    public boolean searched() {
        return searched;
    }

    public long total() {
        return total;
    }

    public boolean oneResult() {
        return total == 1;
    }

    public boolean noResults() {
        return searched && hits.isEmpty();
    }

    public List<HitItem> hits() {
        return hits;
    }

    public List<FacetGroup> facets() {
        return facets;
    }

    /** The correction offered as a link, unless its results are already the ones shown. */
    public String didYouMean() {
        return showingResultsFor == null ? didYouMean : null;
    }

    /** The correction whose results are shown because the query as typed found nothing. */
    public String showingResultsFor() {
        return showingResultsFor;
    }

    /** The query as typed, searched even though it finds nothing. */
    public String searchInsteadUrl() {
        return filters.asTyped().url();
    }

    public String didYouMeanUrl() {
        return didYouMean == null ? null : filters.withQuery(didYouMean).url();
    }

    public String error() {
        return error;
    }

    /** The query's error, tied to the search box, for the error summary every form page shows. */
    public FormErrors errors() {
        return error == null ? FormErrors.none() : FormErrors.none().add("q", error);
    }

    /** The filters in force, as hidden fields so that a new query keeps them. */
    public SearchFilters filters() {
        return filters;
    }

    public boolean newest() {
        return filters.newest();
    }

    public String relevanceUrl() {
        return filters.sortedBy("relevance").url();
    }

    public String newestUrl() {
        return filters.sortedBy("newest").url();
    }

    public int page() {
        return filters.page();
    }

    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean paged() {
        return pages() > 1;
    }

    public String previousUrl() {
        return filters.page() > 1 ? filters.atPage(filters.page() - 1).url() : null;
    }

    public String nextUrl() {
        return filters.page() < pages() && filters.page() < SearchFilters.MAX_PAGE
                ? filters.atPage(filters.page() + 1).url()
                : null;
    }

    public int firstShown() {
        return (filters.page() - 1) * pageSize + 1;
    }

    public long lastShown() {
        return (long) (filters.page() - 1) * pageSize + hits.size();
    }
}
