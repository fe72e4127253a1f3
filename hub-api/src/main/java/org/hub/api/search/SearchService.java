package org.hub.api.search;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hub.api.common.HubException;
import org.hub.api.common.ServerBusyException;
import org.hub.api.groups.GroupService;
import org.hub.api.threads.Tags;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.hub.search.IndexedItem;
import org.hub.search.InvalidQueryException;
import org.hub.search.ItemType;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexException;
import org.hub.search.SearchRequest;
import org.hub.search.SearchResults;
import org.hub.search.UserQueryParser;

/**
 * Every read of the search index, always filtered by the viewer's access tokens, which are worked
 * out from the database at each request so that membership changes apply at once.
 */
public final class SearchService {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000 - MAX_LIMIT;
    /**
     * One length rule for search and suggestion text: the query parser's. A longer paste answers
     * 400 with this limit in the message, rather than being cut short, so that what was searched
     * is what the user sees.
     */
    public static final int MAX_QUERY = UserQueryParser.MAX_CHARS;
    /**
     * "Has this been asked before?" reads a question being written: a thread title's limit, and
     * enough of the body to tell what it is about while still fitting the URL of a GET.
     */
    public static final int MAX_SIMILAR_TITLE = 200;

    public static final int MAX_SIMILAR_BODY = 10_000;

    /** What a client is told to wait while a damaged index is rebuilt: seconds at a small hub. */
    static final Duration REBUILD_RETRY = Duration.ofSeconds(5);

    private final SearchIndex index;
    private final GroupService groups;
    private final ThreadService threads;

    public SearchService(SearchIndex index, GroupService groups, ThreadService threads) {
        this.index = index;
        this.groups = groups;
        this.threads = threads;
    }

    /**
     * A search as the API's query parameters give it, still as text. {@code original} searches
     * for {@code q} as typed even when it finds nothing and a correction would find something.
     */
    public record Query(
            String q,
            String type,
            String group,
            String department,
            String tag,
            String author,
            String after,
            String before,
            String sort,
            Integer limit,
            Integer offset,
            boolean original) {

        public Query(
                String q,
                String type,
                String group,
                String department,
                String tag,
                String author,
                String after,
                String before,
                String sort,
                Integer limit,
                Integer offset) {
            this(q, type, group, department, tag, author, after, before, sort, limit, offset, false);
        }
    }

    public SearchResponse search(User viewer, Query query) {
        int limit = query.limit() == null ? 20 : query.limit();
        int offset = query.offset() == null ? 0 : query.offset();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw HubException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw HubException.badRequest("offset must be between 0 and " + MAX_OFFSET + ".");
        }
        SearchRequest request = new SearchRequest(
                text("The search text", query.q(), MAX_QUERY),
                types(query.type()),
                blankToNull(query.group()),
                blankToNull(query.department()),
                tag(query.tag()),
                blankToNull(query.author()),
                date("after", query.after()),
                date("before", query.before()),
                sort(query.sort()),
                limit,
                offset,
                groups.accessTokens(viewer));
        try {
            SearchResults results = whileSound(() -> index.search(request));
            String correction = results.didYouMean();
            String showingResultsFor = null;
            if (results.total() == 0 && correction != null && !query.original()) {
                // The correction was made from what this viewer may see, and its search is
                // filtered by the same tokens: showing its results reveals nothing new.
                SearchResults corrected = whileSound(() -> index.search(request.withText(correction)));
                if (corrected.total() > 0) {
                    results = corrected;
                    showingResultsFor = correction;
                }
            }
            return new SearchResponse(
                    results.total(),
                    results.hits().stream().map(SearchResponse.Hit::of).toList(),
                    results.facets(),
                    correction,
                    showingResultsFor);
        } catch (InvalidQueryException e) {
            throw HubException.badRequest("The search could not be understood: " + e.getMessage());
        }
    }

    /**
     * The newest items the viewer may see, one entry per thread: a thread's new answers fold into
     * it. Reads up to {@link #MAX_LIMIT} newest hits, enough for a list of {@code limit} entries
     * unless one thread is busier than that.
     */
    public List<ThreadActivity> latestActivity(User viewer, int limit) {
        return ThreadActivity.fold(newest(viewer, null, null, foldWindow(limit)), limit);
    }

    /** The answers {@code username} wrote that the viewer may see, newest first, one entry per thread. */
    public List<ThreadActivity> recentAnswers(User viewer, String username, int limit) {
        return ThreadActivity.fold(newest(viewer, "post", username, foldWindow(limit)), limit);
    }

    private List<SearchResponse.Hit> newest(User viewer, String type, String author, int window) {
        return search(viewer, new Query("", type, null, null, null, author, null, null, "newest", window, 0))
                .hits();
    }

    private static int foldWindow(int limit) {
        return Math.max(1, Math.min(limit * 5, MAX_LIMIT));
    }

    public SearchResponse.Suggestions suggest(User viewer, String prefix, Integer limit) {
        int size = limit == null ? 8 : Math.max(1, Math.min(limit, 20));
        String text = text("The search text", prefix, MAX_QUERY);
        if (text.isBlank()) {
            return new SearchResponse.Suggestions(List.of());
        }
        Set<String> tokens = groups.accessTokens(viewer);
        return new SearchResponse.Suggestions(whileSound(() -> index.suggest(text, tokens, size)).stream()
                .map(s -> new SearchResponse.SuggestionItem(s.type().wireName(), s.id(), s.title(), s.url()))
                .toList());
    }

    /** Threads and guidance like a question being written: "has this been asked before?". */
    public SearchResponse.Items similar(User viewer, String title, String body, Integer limit) {
        int size = limit == null ? 5 : Math.max(1, Math.min(limit, 20));
        String t = text("The title", title, MAX_SIMILAR_TITLE);
        String b = text("The body", body, MAX_SIMILAR_BODY);
        if (t.isBlank() && b.isBlank()) {
            return new SearchResponse.Items(List.of());
        }
        Set<String> tokens = groups.accessTokens(viewer);
        return new SearchResponse.Items(whileSound(() -> index.similar(t, b, tokens, size)).stream()
                .map(SearchResponse.Hit::of)
                .toList());
    }

    /** Items related to a thread the viewer can see (404 otherwise, as for the thread itself). */
    public SearchResponse.Items related(User viewer, long threadId, Integer limit) {
        int size = limit == null ? 5 : Math.max(1, Math.min(limit, 20));
        threads.requireVisible(viewer, threadId);
        Set<String> tokens = groups.accessTokens(viewer);
        return new SearchResponse.Items(
                whileSound(() -> index.related(IndexedItem.key(ItemType.THREAD, threadId), tokens, size)).stream()
                        .map(SearchResponse.Hit::of)
                        .toList());
    }

    /** A read of the index; {@code E} is {@link InvalidQueryException} for a search, nothing for the others. */
    @FunctionalInterface
    private interface IndexRead<T, E extends Exception> {
        T read() throws E;
    }

    /**
     * Runs a read, answering 503 with {@code Retry-After} while the index is damaged and being
     * rebuilt ({@link IndexRepair}) rather than a 500: the request was fine, the server is not.
     */
    private static <T, E extends Exception> T whileSound(IndexRead<T, E> read) throws E {
        try {
            return read.read();
        } catch (SearchIndexException e) {
            if (e.isCorruption()) {
                throw new ServerBusyException(
                        "Search is unavailable while its index is rebuilt from the database; try again shortly.",
                        REBUILD_RETRY);
            }
            throw e;
        }
    }

    private static String text(String what, String value, int max) {
        if (value == null) {
            return "";
        }
        if (value.length() > max) {
            throw HubException.badRequest(what + " is too long: at most " + max + " characters.");
        }
        return value;
    }

    private static Set<ItemType> types(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<ItemType> types = EnumSet.noneOf(ItemType.class);
        for (String part : value.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                types.add(ItemType.fromWire(name));
            } catch (IllegalArgumentException e) {
                throw HubException.badRequest("type must be any of thread, post, document, guidance.");
            }
        }
        return types;
    }

    private static SearchRequest.Sort sort(String value) {
        if (value == null || value.isBlank() || value.equals("relevance")) {
            return SearchRequest.Sort.RELEVANCE;
        }
        if (value.equals("newest")) {
            return SearchRequest.Sort.NEWEST;
        }
        throw HubException.badRequest("sort must be relevance or newest.");
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw HubException.badRequest(name + " must be a date like 2026-11-22.");
        }
    }

    private static String tag(String value) {
        try {
            return Tags.filter(value);
        } catch (IllegalArgumentException e) {
            throw HubException.badRequest(e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
