package org.hub.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.hub.api.search.SearchService;
import org.hub.api.threads.Tags;
import org.jdbi.v3.core.Jdbi;

/**
 * The searches staff type, drawn from the corpus itself so every query finds something: one word,
 * several words, an exact phrase, a filtered search ({@code tag:}, {@code group:}, {@code dept:},
 * {@code is:unanswered}, a type), a question pasted as typed, and some sorted by newest. Every
 * search computes facets and highlights its page, as the API always does. Deterministic per seed.
 */
public final class QueryMix {
    /** Words too common to be what anyone searches for alone. */
    private static final Set<String> DULL = Set.of(
            "which", "there", "their", "would", "should", "could", "these", "those", "about", "other", "where", "being",
            "every", "while", "after", "before", "under", "because");

    public enum Kind {
        ONE_WORD,
        MULTI_WORD,
        PHRASE,
        FILTERED,
        QUESTION,
        NEWEST
    }

    public record Search(Kind kind, String q, String type, String sort) {
        public SearchService.Query toQuery() {
            return new SearchService.Query(q, type, null, null, null, null, null, null, sort, 20, 0);
        }

        /** The same search as the API's URL. */
        public String path() {
            StringBuilder sb =
                    new StringBuilder("/api/v1/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (type != null) {
                sb.append("&type=").append(type);
            }
            if (sort != null) {
                sb.append("&sort=").append(sort);
            }
            return sb.toString();
        }
    }

    private QueryMix() {}

    public static List<Search> generate(Jdbi jdbi, int count, long seed) {
        Random random = new Random(seed);
        List<String> titles =
                jdbi.withHandle(h -> h.createQuery("SELECT title FROM threads WHERE MOD(id, 97) = 0 ORDER BY id")
                        .mapTo(String.class)
                        .list());
        List<String> bodies =
                jdbi.withHandle(h -> h.createQuery("SELECT body FROM posts WHERE MOD(id, 389) = 0 ORDER BY id")
                        .mapTo(String.class)
                        .list());
        List<String> tags = jdbi.withHandle(
                h -> h.createQuery("SELECT DISTINCT tags FROM threads WHERE tags <> '' AND MOD(id, 13) = 0")
                        .mapTo(String.class)
                        .list());
        List<String> groups = jdbi.withHandle(h -> h.createQuery("SELECT slug FROM hub_groups ORDER BY id")
                .mapTo(String.class)
                .list());
        List<String> depts = jdbi.withHandle(h -> h.createQuery("SELECT slug FROM departments ORDER BY id")
                .mapTo(String.class)
                .list());
        if (titles.isEmpty() || bodies.isEmpty()) {
            throw new IllegalStateException("The hub has too few threads for a query mix: run bench-data first.");
        }
        List<Search> out = new ArrayList<>();
        Kind[] weights = {
            Kind.ONE_WORD,
            Kind.ONE_WORD,
            Kind.MULTI_WORD,
            Kind.MULTI_WORD,
            Kind.MULTI_WORD,
            Kind.PHRASE,
            Kind.PHRASE,
            Kind.FILTERED,
            Kind.FILTERED,
            Kind.QUESTION,
            Kind.NEWEST
        };
        for (int i = 0; i < count; i++) {
            Kind kind = weights[random.nextInt(weights.length)];
            String body = bodies.get(random.nextInt(bodies.size()));
            List<String> words = words(body);
            out.add(
                    switch (kind) {
                        case ONE_WORD -> new Search(kind, pick(random, words), null, null);
                        case MULTI_WORD ->
                            new Search(
                                    kind,
                                    pick(random, words) + " " + pick(random, words)
                                            + (random.nextBoolean() ? " " + pick(random, words) : ""),
                                    null,
                                    null);
                        case PHRASE ->
                            new Search(kind, "\"" + phrase(random, body, 2 + random.nextInt(2)) + "\"", null, null);
                        case FILTERED -> filtered(random, words, tags, groups, depts);
                        case QUESTION ->
                            new Search(
                                    kind,
                                    titles.get(random.nextInt(titles.size())).replace("\"", ""),
                                    null,
                                    null);
                        case NEWEST -> new Search(kind, pick(random, words), null, "newest");
                    });
        }
        return out;
    }

    private static Search filtered(
            Random random, List<String> words, List<String> tags, List<String> groups, List<String> depts) {
        String text = pick(random, words);
        return switch (random.nextInt(5)) {
            case 0 ->
                new Search(
                        Kind.FILTERED,
                        text + " tag:"
                                + Tags.split(tags.get(random.nextInt(tags.size())))
                                        .get(0),
                        null,
                        null);
            case 1 ->
                new Search(Kind.FILTERED, text + " group:" + groups.get(random.nextInt(groups.size())), null, null);
            case 2 -> new Search(Kind.FILTERED, text + " dept:" + depts.get(random.nextInt(depts.size())), null, null);
            case 3 -> new Search(Kind.FILTERED, text + " is:unanswered", null, null);
            default -> new Search(Kind.FILTERED, text, "thread", null);
        };
    }

    private static List<String> words(String body) {
        List<String> out = new ArrayList<>();
        for (String w : body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 5 && !DULL.contains(w)) {
                out.add(w);
            }
        }
        return out.isEmpty() ? List.of("commission") : out;
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** Adjacent words as written, starting at a content word: what someone quotes from a post they remember. */
    private static String phrase(Random random, String body, int n) {
        String[] tokens = body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int attempt = 0; attempt < 20; attempt++) {
            int start = random.nextInt(Math.max(1, tokens.length - n));
            if (tokens[start].length() >= 5 && start + n <= tokens.length) {
                return String.join(" ", java.util.Arrays.copyOfRange(tokens, start, start + n));
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, Math.min(n, tokens.length)));
    }
}
