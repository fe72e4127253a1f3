package org.hub.web.guidance;

import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hub.web.support.Api;

/** Searching as a user would, waiting (up to a generous deadline) for the index to catch up. */
final class Searches {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private Searches() {}

    static JsonNode search(Api as, String q, String type) {
        return expect(
                        as.get("/api/v1/search?limit=50&original=true&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                                + (type == null ? "" : "&type=" + type)),
                        200)
                .json();
    }

    static long total(Api as, String q, String type) {
        return search(as, q, type).get("total").asLong();
    }

    /** Waits for a hit whose url ends with {@code /<key>} (a guidance slug or a thread id). */
    static JsonNode awaitHit(Api as, String q, String type, String key) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = search(as, q, type);
            for (JsonNode hit : last.get("hits")) {
                if (hit.get("url").asText().endsWith("/" + key)) {
                    return hit;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No hit for " + key + " searching " + q + " within " + DEADLINE + "; last: " + last);
    }

    static void awaitNoHit(Api as, String q, String type, String key) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = search(as, q, type);
            boolean found = false;
            for (JsonNode hit : last.get("hits")) {
                found |= hit.get("url").asText().endsWith("/" + key);
            }
            if (!found) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(key + " still found searching " + q + " after " + DEADLINE + "; last: " + last);
    }
}
