package org.hub.search;

import java.util.List;
import java.util.Set;

/**
 * A user query taken apart by {@link UserQueryParser}: never Lucene syntax, only these pieces.
 *
 * @param words plain words, matched as a bag (all required for short queries, most for long)
 * @param phrases exact phrases, each required
 * @param orGroups alternatives joined by {@code OR}; one of each group is required
 * @param excluded words or phrases a hit must not contain
 * @param types {@code type:} filters (any of them)
 * @param excludedTypes {@code -type:} filters
 * @param filters {@code tag: group: dept: author:} filters, each required (or excluded)
 * @param answered {@code is:answered} (true), {@code is:unanswered} (false) or null
 */
public record ParsedQuery(
        String words,
        List<Alternative> phrases,
        List<List<Alternative>> orGroups,
        List<Alternative> excluded,
        Set<ItemType> types,
        Set<ItemType> excludedTypes,
        List<FieldFilter> filters,
        Boolean answered) {

    /** A word or a quoted phrase. */
    public record Alternative(String text, boolean phrase) {}

    /** A filter on an exact-valued field of {@link SearchSchema}, already normalised. */
    public record FieldFilter(String field, String value, boolean negated) {}

    public ParsedQuery {
        phrases = List.copyOf(phrases);
        orGroups = orGroups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        types = Set.copyOf(types);
        excludedTypes = Set.copyOf(excludedTypes);
        filters = List.copyOf(filters);
    }

    /** True when the user asked for something to match, not only filters or exclusions. */
    public boolean hasPositiveText() {
        return !words.isBlank() || !phrases.isEmpty() || !orGroups.isEmpty();
    }
}
