package org.hub.web.pages.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The search page's state as it travels in the URL, and the links that change one part of it:
 * a facet link adds or removes its filter and goes back to the first page. {@code original}
 * ("search instead for") keeps the query as typed even when a correction would find more.
 */
public record SearchFilters(
        String q, String type, String group, String department, String tag, String sort, int page, boolean original) {
    static final int MAX_PAGE = 500;

    public SearchFilters {
        q = q == null ? "" : q;
        type = blankToNull(type);
        group = blankToNull(group);
        department = blankToNull(department);
        tag = blankToNull(tag);
        sort = "newest".equals(sort) ? "newest" : "relevance";
    }

    static int page(String text) {
        try {
            int p = text == null ? 1 : Integer.parseInt(text.strip());
            return Math.max(1, Math.min(p, MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    boolean any() {
        return !q.isBlank() || type != null || group != null || department != null || tag != null;
    }

    public boolean newest() {
        return "newest".equals(sort);
    }

    SearchFilters with(String facet, String value) {
        return switch (facet) {
            case "type" -> new SearchFilters(q, value, group, department, tag, sort, 1, original);
            case "group" -> new SearchFilters(q, type, value, department, tag, sort, 1, original);
            case "department" -> new SearchFilters(q, type, group, value, tag, sort, 1, original);
            case "tag" -> new SearchFilters(q, type, group, department, value, sort, 1, original);
            default -> this;
        };
    }

    String current(String facet) {
        return switch (facet) {
            case "type" -> type;
            case "group" -> group;
            case "department" -> department;
            case "tag" -> tag;
            default -> null;
        };
    }

    SearchFilters atPage(int p) {
        return new SearchFilters(q, type, group, department, tag, sort, p, original);
    }

    SearchFilters sortedBy(String s) {
        return new SearchFilters(q, type, group, department, tag, s, 1, original);
    }

    /** A new query (a did-you-mean link): searched as the index sees fit again. */
    SearchFilters withQuery(String text) {
        return new SearchFilters(text, type, group, department, tag, sort, 1, false);
    }

    /** The query as typed, even if it finds nothing: "search instead for". */
    SearchFilters asTyped() {
        return new SearchFilters(q, type, group, department, tag, sort, 1, true);
    }

    /** The URL of this state; parameters at their defaults are left out. */
    String url() {
        StringBuilder url = new StringBuilder("/search");
        add(url, "q", q.isEmpty() ? null : q);
        add(url, "type", type);
        add(url, "group", group);
        add(url, "department", department);
        add(url, "tag", tag);
        add(url, "sort", newest() ? "newest" : null);
        add(url, "page", page > 1 ? Integer.toString(page) : null);
        add(url, "original", original ? "true" : null);
        return url.toString();
    }

    private static void add(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append(url.indexOf("?") < 0 ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
