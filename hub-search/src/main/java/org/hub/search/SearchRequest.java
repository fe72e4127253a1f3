package org.hub.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A search as the API receives it. {@code text} is in the user query language (see {@link
 * UserQueryParser}); the other filters combine with filters written in the text. Dates are
 * inclusive days in UTC. An empty {@code viewerTokens} set sees nothing. {@code facets}: whether to
 * count facet values (the API always does; counting visits every match, so callers that only
 * need hits turn it off).
 */
public record SearchRequest(
        String text,
        Set<ItemType> types,
        String group,
        String department,
        String tag,
        String author,
        LocalDate after,
        LocalDate before,
        Sort sort,
        int limit,
        int offset,
        Set<String> viewerTokens,
        boolean facets) {

    public static final int MAX_LIMIT = 1000;
    /** Deep paging costs memory proportional to offset + limit; nobody reads page 500. */
    public static final int MAX_WINDOW = 10_000;

    public enum Sort {
        RELEVANCE,
        NEWEST
    }

    /** A request with facet counts. */
    public SearchRequest(
            String text,
            Set<ItemType> types,
            String group,
            String department,
            String tag,
            String author,
            LocalDate after,
            LocalDate before,
            Sort sort,
            int limit,
            int offset,
            Set<String> viewerTokens) {
        this(text, types, group, department, tag, author, after, before, sort, limit, offset, viewerTokens, true);
    }

    public SearchRequest {
        text = text == null ? "" : text;
        types = types == null ? Set.of() : Set.copyOf(types);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
        }
        if (offset < 0 || offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be between 0 and " + MAX_WINDOW);
        }
        Objects.requireNonNull(viewerTokens, "viewerTokens");
        viewerTokens = Set.copyOf(viewerTokens);
    }

    /** A relevance search of {@code text} with no other filters, first 20 hits. */
    public static SearchRequest of(String text, Set<String> viewerTokens) {
        return new SearchRequest(
                text, Set.of(), null, null, null, null, null, null, Sort.RELEVANCE, 20, 0, viewerTokens);
    }

    public SearchRequest withTypes(Set<ItemType> newTypes) {
        return new SearchRequest(
                text,
                newTypes,
                group,
                department,
                tag,
                author,
                after,
                before,
                sort,
                limit,
                offset,
                viewerTokens,
                facets);
    }

    public SearchRequest withText(String newText) {
        return new SearchRequest(
                newText,
                types,
                group,
                department,
                tag,
                author,
                after,
                before,
                sort,
                limit,
                offset,
                viewerTokens,
                facets);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(
                text,
                types,
                group,
                department,
                tag,
                author,
                after,
                before,
                sort,
                newLimit,
                offset,
                viewerTokens,
                facets);
    }

    public SearchRequest withFacets(boolean newFacets) {
        return new SearchRequest(
                text,
                types,
                group,
                department,
                tag,
                author,
                after,
                before,
                sort,
                limit,
                offset,
                viewerTokens,
                newFacets);
    }

    public SearchRequest withSort(Sort newSort) {
        return new SearchRequest(
                text,
                types,
                group,
                department,
                tag,
                author,
                after,
                before,
                newSort,
                limit,
                offset,
                viewerTokens,
                facets);
    }
}
