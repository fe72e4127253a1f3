package org.hub.web.search;

import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hub.web.support.Api;

/** Search calls and waits shared by the whole-application search tests. */
final class Searching {
    /** Generous: the promise is one second, but CI machines are shared. Freshness itself is tested with 1 s. */
    static final long INDEXED_WITHIN_MILLIS = 10_000;

    private static final String CONSONANTS = "bcdfghjklmnpqrtvwxz";
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    private Searching() {}

    /**
     * A word no test data or dictionary contains: letters only (did-you-mean skips words with
     * digits), no vowels and ending in "k", so the English stemmer leaves it as it is.
     */
    static String word(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        long n = COUNTER.incrementAndGet();
        for (int i = 0; i < 6; i++) {
            sb.append(CONSONANTS.charAt((int) (n % CONSONANTS.length())));
            n /= CONSONANTS.length();
        }
        return sb.append('k').toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * {@code /api/v1/search?q=<text>&original=true} plus extra already-encoded parameters such as
     * {@code "&type=post"}. These tests count what a query finds as typed: without
     * {@code original=true}, a query that finds nothing answers with its did-you-mean's results.
     */
    static String searchPath(String q, String extra) {
        return "/api/v1/search?q=" + encode(q) + "&original=true" + extra;
    }

    /** The search as a person gets it: a query that finds nothing may answer with its correction's results. */
    static JsonNode searchCorrecting(Api api, String q, String extra) {
        return expect(api.get("/api/v1/search?q=" + encode(q) + extra), 200).json();
    }

    static JsonNode search(Api api, String q) {
        return expect(api.get(searchPath(q, "")), 200).json();
    }

    static JsonNode search(Api api, String q, String extra) {
        return expect(api.get(searchPath(q, extra)), 200).json();
    }

    /** Polls the search until it answers {@code expected} hits, or fails after {@code withinMillis}. */
    static JsonNode awaitTotal(Api api, String q, String extra, long expected, long withinMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + withinMillis;
        JsonNode last = null;
        while (System.currentTimeMillis() <= deadline) {
            last = search(api, q, extra);
            if (last.get("total").asLong() == expected) {
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(
                "Expected " + expected + " hits for " + q + extra + " within " + withinMillis + " ms, last: " + last);
    }

    static JsonNode awaitTotal(Api api, String q, long expected) throws InterruptedException {
        return awaitTotal(api, q, "", expected, INDEXED_WITHIN_MILLIS);
    }

    /** Polls the search until its hits are exactly these keys (in any order), or fails after the usual wait. */
    static JsonNode awaitKeys(Api api, String q, String extra, java.util.Collection<String> expected)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + INDEXED_WITHIN_MILLIS;
        JsonNode last = null;
        while (System.currentTimeMillis() <= deadline) {
            last = search(api, q, extra);
            List<String> keys = keys(last.get("hits"));
            if (keys.size() == expected.size()
                    && new java.util.HashSet<>(keys).equals(new java.util.HashSet<>(expected))) {
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Expected hits " + expected + " for " + q + extra + ", last: " + last);
    }

    /** The {@code type:id} keys of the hits (or items) of an answer, in order. */
    static List<String> keys(JsonNode hits) {
        List<String> keys = new ArrayList<>();
        hits.forEach(
                hit -> keys.add(hit.get("type").asText() + ":" + hit.get("id").asLong()));
        return keys;
    }

    /** Creates a group as {@code owner} and answers its slug. */
    static String group(Api owner, String prefix, String visibility) {
        String slug = Api.unique(prefix);
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of("slug", slug, "name", "Group " + slug, "description", "", "visibility", visibility)),
                201);
        return slug;
    }

    /** Posts a question and answers its id. */
    static long thread(Api author, String group, String title, String body, List<String> tags) {
        return expect(
                        author.post(
                                "/api/v1/groups/" + group + "/threads",
                                Map.of("title", title, "body", body, "kind", "question", "tags", tags)),
                        201)
                .json()
                .get("id")
                .asLong();
    }

    static long reply(Api author, long threadId, String body) {
        return expect(author.post("/api/v1/threads/" + threadId + "/posts", Map.of("body", body)), 201)
                .json()
                .get("id")
                .asLong();
    }
}
