package org.hub.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hub.web.support.Api;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thousand parallel wrong sign-ins with the production Argon2 cost (19 MiB each): the server
 * keeps answering other requests throughout, and every attempt is refused in an orderly way
 * (401, 429 or 503 with {@code Retry-After}) instead of running out of heap.
 */
class SignInStormTest {
    private static final int ATTEMPTS = 1_000;
    private static HubTestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = HubTestApp.start(null, stormConfig());
    }

    /**
     * Production hash cost; the per-address rate lifted, since every attempt here comes from one
     * address and that rule alone would refuse most of them before any hashing.
     */
    static ConfigOverride[] stormConfig() {
        return new ConfigOverride[] {
            ConfigOverride.config("auth.passwordHashMemoryKiB", String.valueOf(19 * 1024)),
            ConfigOverride.config("auth.failedLoginsPerClient", "1000000")
        };
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aThousandParallelSignInsLeaveTheServerAnswering() throws Exception {
        Api admin = app.api().admin();
        String department = admin.department("Storm");
        String victim = app.api().user(department, "member").username();

        ExecutorService threads = Executors.newFixedThreadPool(64);
        HttpClient http = HttpClient.newBuilder()
                .executor(threads)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        try {
            List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                // Half against one real account, half spraying names that do not exist.
                String username = i % 2 == 0 ? victim : "storm-ghost-" + i;
                String path = i % 3 == 0 ? "/api/v1/auth/tokens" : "/api/v1/auth/login";
                String body = "{\"username\":\"" + username + "\",\"password\":\"wrong guess number " + i
                        + "\",\"name\":\"storm\"}";
                attempts.add(http.sendAsync(
                        HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture<Void> storm = CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new));

            // While the storm runs, a signed-in person's ordinary requests are still answered.
            int answeredDuringStorm = 0;
            while (!storm.isDone()) {
                Api.Reply me = admin.get("/api/v1/me");
                assertThat(me.status()).as("GET /api/v1/me during the storm").isEqualTo(200);
                if (!storm.isDone()) {
                    answeredDuringStorm++;
                }
                Thread.sleep(50);
            }
            storm.handle((done, failure) -> null).get(2, TimeUnit.MINUTES);

            Map<Integer, Integer> statuses = new TreeMap<>();
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            AtomicInteger withoutRetryAfter = new AtomicInteger();
            for (CompletableFuture<HttpResponse<String>> attempt : attempts) {
                if (attempt.isCompletedExceptionally()) {
                    attempt.handle((r, e) -> failures.merge(String.valueOf(e), 1, Integer::sum))
                            .join();
                    continue;
                }
                HttpResponse<String> answer = attempt.join();
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() != 401
                        && answer.headers().firstValue("Retry-After").isEmpty()) {
                    withoutRetryAfter.incrementAndGet();
                }
            }
            System.out.println(
                    "Sign-in storm: " + statuses + ", " + answeredDuringStorm + " other requests answered during it");

            assertThat(failures).as("connections dropped or timed out").isEmpty();
            assertThat(statuses.keySet())
                    .as("every attempt refused in an orderly way")
                    .isSubsetOf(401, 429, 503);
            assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(ATTEMPTS);
            assertThat(withoutRetryAfter)
                    .as("429 and 503 say when to come back")
                    .hasValue(0);
            assertThat(answeredDuringStorm)
                    .as("other requests answered while the storm ran")
                    .isPositive();
        } finally {
            threads.shutdownNow();
        }
        assertThat(app.api().admin().get("/api/v1/me").status())
                .as("and afterwards")
                .isEqualTo(200);
    }
}
