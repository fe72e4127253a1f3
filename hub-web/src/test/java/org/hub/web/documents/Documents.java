package org.hub.web.documents;

import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hub.web.support.Api;

/** Steps the document tests share: groups to upload into, uploads, waiting for search. */
final class Documents {
    /** Extraction runs in the background and a large file takes a while; this is a deadline, not a timing claim. */
    static final Duration SEARCH_DEADLINE = Duration.ofSeconds(60);

    private static final AtomicLong WORDS = new AtomicLong(System.nanoTime() % 1_000_000);

    private Documents() {}

    /** A made-up word no other test uses, letters only so analysis keeps it whole. */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        long n = WORDS.incrementAndGet();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.append("vex").toString();
    }

    static String group(Api owner, String visibility) {
        String slug = Api.unique("docs");
        expect(
                owner.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                slug,
                                "name",
                                "Documents " + slug,
                                "description",
                                "Shared files",
                                "visibility",
                                visibility)),
                201);
        return slug;
    }

    static Api.Reply upload(Api as, String group, Multipart form) {
        return as.postBytes("/api/v1/groups/" + group + "/documents", form.bytes(), form.contentType());
    }

    static JsonNode uploaded(Api as, String group, Multipart form) {
        return expect(upload(as, group, form), 201).json();
    }

    static Api.Reply search(Api as, String q) {
        return expect(as.get("/api/v1/search?original=true&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), 200);
    }

    /** Searches until a hit passes {@code wanted} or the deadline passes; answers that hit. */
    static JsonNode awaitHit(Api as, String q, Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + SEARCH_DEADLINE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = search(as, q).json();
            for (JsonNode hit : last.get("hits")) {
                if (wanted.test(hit)) {
                    return hit;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No wanted hit for " + q + " within " + SEARCH_DEADLINE + "; last answer: " + last);
    }

    static Predicate<JsonNode> document(long id) {
        return hit ->
                hit.get("type").asText().equals("document") && hit.get("id").asLong() == id;
    }

    /** Waits until the document's text has been extracted (or extraction has given up). */
    static JsonNode awaitExtraction(Api as, long id) throws InterruptedException {
        long deadline = System.nanoTime() + SEARCH_DEADLINE.toNanos();
        JsonNode document = null;
        while (System.nanoTime() < deadline) {
            document = expect(as.get("/api/v1/documents/" + id), 200).json();
            if (!document.get("textStatus").asText().equals("pending")) {
                return document;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Extraction of document " + id + " still pending: " + document);
    }

    /** Every regular file under the documents folder, temp files included. */
    static List<Path> storedFiles(Path documentsFolder) {
        if (!Files.exists(documentsFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(documentsFolder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
