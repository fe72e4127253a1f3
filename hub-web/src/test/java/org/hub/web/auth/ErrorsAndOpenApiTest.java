package org.hub.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hub.web.support.Api;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.HubTestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A batch of bad requests answers 4xx in the error shape without internals; the OpenAPI document lists every path. */
class ErrorsAndOpenApiTest {
    /** The "Auth and people" table of API.md, plus the audit log of "Operations": path to methods. */
    private static final Map<String, Set<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("/api/v1/auth/tokens", Set.of("post"));
        CONTRACT.put("/api/v1/auth/tokens/current", Set.of("delete"));
        CONTRACT.put("/api/v1/auth/login", Set.of("post"));
        CONTRACT.put("/api/v1/auth/logout", Set.of("post"));
        CONTRACT.put("/api/v1/me", Set.of("get"));
        CONTRACT.put("/api/v1/admin/departments", Set.of("post"));
        CONTRACT.put("/api/v1/departments", Set.of("get"));
        CONTRACT.put("/api/v1/admin/users", Set.of("post"));
        CONTRACT.put("/api/v1/admin/users/{username}", Set.of("put"));
        CONTRACT.put("/api/v1/admin/users/{username}/deactivate", Set.of("post"));
        CONTRACT.put("/api/v1/users/{username}", Set.of("get"));
        CONTRACT.put("/api/v1/admin/audit", Set.of("get"));
        CONTRACT.put("/api/v1/admin/directory/sync", Set.of("post"));
    }

    private static HubTestApp app;
    private static Api admin;

    @BeforeAll
    static void start() throws Exception {
        app = HubTestApp.start(null);
        admin = app.api().admin();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void badRequestsAnswerClean4xxErrors() {
        Api anonymous = app.api().anonymous();
        String json = "application/json";
        List<Api.Reply> replies = new ArrayList<>();
        replies.add(anonymous.postRaw("/api/v1/auth/tokens", "{", json));
        replies.add(anonymous.postRaw("/api/v1/auth/tokens", "[]", json));
        replies.add(anonymous.postRaw("/api/v1/auth/tokens", "{\"username\": {\"$ne\": 1}}", json));
        replies.add(anonymous.postRaw(
                "/api/v1/auth/tokens", "{\"username\": \"admin\", \"password\": 12, \"name\": true}", json));
        replies.add(anonymous.postRaw("/api/v1/auth/tokens", "<xml/>", "application/xml"));
        replies.add(anonymous.postRaw("/api/v1/auth/tokens", "\u0000\u0001", json));
        replies.add(anonymous.post(
                "/api/v1/auth/tokens", Map.of("username", "x".repeat(5000), "password", "p", "name", "n")));
        replies.add(anonymous.post("/api/v1/auth/login", Map.of("username", "admin'--", "password", "' OR 1=1 --")));
        replies.add(anonymous.post("/api/v1/auth/login", Map.of("username", "u", "password", "p".repeat(1001))));
        replies.add(anonymous.get("/api/v1/auth/tokens"));
        replies.add(anonymous.put("/api/v1/me", Map.of()));
        replies.add(anonymous.get("/api/v1/nothing/here"));
        replies.add(admin.postRaw("/api/v1/admin/users", "{\"username\": \"x\", \"role\": 7}", json));
        replies.add(admin.postRaw("/api/v1/admin/users", "{\"role\": \"emperor\"}", json));
        replies.add(admin.postRaw("/api/v1/admin/users", "{\"username\": [1, 2]}", json));
        replies.add(admin.postRaw(
                "/api/v1/admin/departments", "{\"slug\": \"a b\", \"name\": \"b\", \"extra\": {}}", json));
        replies.add(admin.postRaw("/api/v1/admin/departments", "{\"slug\": null, \"name\": null}", json));
        replies.add(admin.postRaw("/api/v1/admin/departments", "{\"slug\": \"x\"}", "text/plain"));
        replies.add(admin.post("/api/v1/admin/departments", Map.of("slug", "s".repeat(10_000), "name", "n")));
        replies.add(admin.put("/api/v1/admin/users/admin", "\"just a string\""));
        replies.add(admin.post("/api/v1/admin/users/" + "z".repeat(300) + "/deactivate", null));
        replies.add(admin.get("/api/v1/users/" + "%27%3B%20DROP%20TABLE%20users%3B--"));
        replies.add(admin.get("/api/v1/admin/audit?cursor=%00%00"));
        replies.add(admin.get("/api/v1/admin/audit?limit=abc"));
        replies.add(admin.get("/api/v1/admin/audit?limit=99999999999999"));
        replies.add(admin.delete("/api/v1/departments"));
        replies.add(app.api().as("Bearer Bearer").get("/api/v1/me"));

        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as("%s", reply.text()).isBetween(400, 499);
            ApiChecks.assertError(reply, reply.status());
        }
        assertThat(admin.get("/api/v1/me").status())
                .as("the server is still fine")
                .isEqualTo(200);
    }

    @Test
    void requestsRejectedByJettyBeforeTheApiLeakNothingEither() {
        // An encoded dot-dot segment is refused by Jetty itself (400, its own empty body).
        Api.Reply reply = admin.put(
                "/api/v1/admin/users/%2e%2e", Map.of("displayName", "x", "email", "a@b.cd", "role", "member"));
        assertThat(reply.status()).isBetween(400, 499);
        ApiChecks.assertNoInternals(reply);
    }

    @Test
    void queryParametersOfTheWrongTypeAnswer400NotFound() {
        for (String limit : List.of("abc", "1.5", "99999999999999")) {
            Api.Reply reply = ApiChecks.assertError(admin.get("/api/v1/admin/audit?limit=" + limit), 400);
            assertThat(reply.field("message")).contains("limit");
        }
        assertThat(admin.get("/api/v1/admin/audit?limit=5").status()).isEqualTo(200);
    }

    @Test
    void openApiDocumentListsEveryPathOfTheContract() throws Exception {
        Api.Reply reply = app.api().anonymous().get("/api/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().getMediaType().toString()).startsWith("application/json");
        JsonNode document = new ObjectMapper().readTree(reply.text());

        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.get("info").get("title").asText()).isNotBlank();
        JsonNode paths = document.get("paths");
        Set<String> served = new TreeSet<>();
        paths.fieldNames().forEachRemaining(served::add);
        assertThat(served).containsAll(CONTRACT.keySet());
        CONTRACT.forEach((path, methods) -> {
            Set<String> documented = new TreeSet<>();
            paths.get(path).fieldNames().forEachRemaining(documented::add);
            assertThat(documented).as(path).containsAll(methods);
        });
        assertThat(served).as("the document itself is not an API path").doesNotContain("/api/openapi.json");
        assertThat(paths.get("/api/v1/users/{username}")
                        .get("get")
                        .get("parameters")
                        .toString())
                .contains("username");
        assertThat(document.get("components").get("securitySchemes").has("bearer"))
                .isTrue();

        Api.Reply again = app.api().anonymous().get("/api/openapi.json");
        assertThat(again.text()).isEqualTo(reply.text());
    }
}
