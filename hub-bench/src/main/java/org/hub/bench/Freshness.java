package org.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 3: write to searchable. A steady stream of new threads (a few a second) goes to a
 * running hub over HTTP; after each write's 201, a probe searches for the unique word it carries
 * every 10 ms until it is found. Time from the write's response to the first search that finds it.
 * Bounded: it stops after the given seconds, and a probe gives up after 10 s (counted as missed).
 *
 * <pre>java -cp hub-bench/target/hub-bench.jar org.hub.bench.Freshness http://127.0.0.1:18080 TOKEN [writes/s] [seconds]</pre>
 */
public final class Freshness {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Freshness() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        String group = System.getProperty("hub.bench.group", "cop-1");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService probes = Executors.newFixedThreadPool(16);
        List<Future<Long>> waits = java.util.Collections.synchronizedList(new ArrayList<>());
        long runId = System.currentTimeMillis() % 1_000_000;
        int total = (int) (rate * seconds);
        for (int i = 0; i < total; i++) {
            String word = uniqueWord(runId * 100_000 + i);
            writer.schedule(
                    () -> {
                        try {
                            String body = JSON.writeValueAsString(Map.of(
                                    "title",
                                    "Freshness probe " + word,
                                    "body",
                                    "Is " + word + " searchable yet? Measuring write to search time.",
                                    "kind",
                                    "question",
                                    "tags",
                                    List.of()));
                            HttpResponse<String> created = http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/api/v1/groups/" + group + "/threads"))
                                            .header("Authorization", "Bearer " + token)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (created.statusCode() != 201) {
                                throw new IllegalStateException(
                                        "write answered " + created.statusCode() + ": " + created.body());
                            }
                            long written = System.nanoTime();
                            waits.add(probes.submit(() -> untilFound(http, base, token, word, written)));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    (long) (i * 1000 / rate),
                    TimeUnit.MILLISECONDS);
        }
        writer.shutdown();
        writer.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        List<Long> found = new ArrayList<>();
        int missed = 0;
        for (Future<Long> f : new ArrayList<>(waits)) {
            long nanos = f.get();
            if (nanos < 0) {
                missed++;
            } else {
                found.add(nanos);
            }
        }
        probes.shutdown();
        double[] sorted =
                Medians.sorted(found.stream().mapToLong(Long::longValue).toArray());
        System.out.printf(
                "RESULT freshness writes=%d writes_per_s=%.1f found=%d missed_after_10s=%d p50_ms=%.0f "
                        + "p99_ms=%.0f max_ms=%.0f%n",
                waits.size(),
                rate,
                found.size(),
                missed,
                Medians.percentile(sorted, 50),
                Medians.percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }

    private static long untilFound(HttpClient http, String base, String token, String word, long written)
            throws Exception {
        URI uri = URI.create(base + "/api/v1/search?limit=1&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        while (System.nanoTime() - written < 10_000_000_000L) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            JsonNode json = JSON.readTree(r.body());
            if (r.statusCode() == 200 && json.path("total").asLong() > 0) {
                return now - written;
            }
            Thread.sleep(10);
        }
        return -1;
    }

    /** Letters only, unlike any English word, so the analyzer keeps it whole and only its thread matches. */
    static String uniqueWord(long n) {
        StringBuilder sb = new StringBuilder("qzx");
        for (long v = n; v > 0 || sb.length() < 8; v /= 26) {
            sb.append((char) ('a' + v % 26));
        }
        return sb.toString();
    }
}
