package org.hub.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP client for tests: requests as a given bearer token (or anonymously) and answers the
 * status with the parsed JSON body. Also makes unique names so tests can share one database.
 */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong COUNTER =
            new AtomicLong(ThreadLocalRandom.current().nextInt(1000) * 1000L);

    private final HubTestApp app;
    private final String token;

    Api(HubTestApp app) {
        this(app, null);
    }

    private Api(HubTestApp app, String token) {
        this.app = app;
        this.token = token;
    }

    public record Reply(int status, JsonNode json, String text, Response raw) {
        public String field(String name) {
            return json == null || json.get(name) == null || json.get(name).isNull()
                    ? null
                    : json.get(name).asText();
        }
    }

    /** A unique lowercase name with the given prefix, e.g. {@code unique("grp")} -> {@code grp-1042}. */
    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }

    public Api as(String bearerToken) {
        return new Api(app, bearerToken);
    }

    public Api anonymous() {
        return new Api(app, null);
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send(request(path), "GET", null);
    }

    public Reply delete(String path) {
        return send(request(path), "DELETE", null);
    }

    public Reply post(String path, Object body) {
        return send(request(path), "POST", body);
    }

    public Reply put(String path, Object body) {
        return send(request(path), "PUT", body);
    }

    public Reply postRaw(String path, String body, String contentType) {
        return read(request(path).method("POST", Entity.entity(body, contentType)));
    }

    /** Sends raw bytes (a hand-built multipart body, say) and answers as {@link #post} does. */
    public Reply postBytes(String path, byte[] body, String contentType) {
        return read(request(path).method("POST", Entity.entity(body, contentType)));
    }

    /** A GET whose raw response is handed back unread, for downloads whose bytes and headers matter. */
    public Response getResponse(String path) {
        return request(path).get();
    }

    /** Signs in as the built-in admin and answers a client acting as them. */
    public Api admin() {
        return signIn("admin", HubTestApp.ADMIN_PASSWORD);
    }

    public Api signIn(String username, String password) {
        Reply reply = anonymous()
                .post("/api/v1/auth/tokens", Map.of("username", username, "password", password, "name", "test"));
        if (reply.status() != 201) {
            throw new AssertionError("Could not sign in as " + username + ": " + reply.status() + " " + reply.text());
        }
        return as(reply.field("token"));
    }

    /** Creates a department (as admin) and answers its slug. */
    public String department(String name) {
        String slug = unique("dept");
        Reply reply = admin().post("/api/v1/admin/departments", Map.of("slug", slug, "name", name));
        expect(reply, 201);
        return slug;
    }

    /** Creates a user (as admin) in the department and answers a client signed in as them. */
    public Api user(String departmentSlug, String role) {
        String username = unique("user");
        String password = "password-" + username;
        Reply reply = admin().post(
                        "/api/v1/admin/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Test " + username,
                                "email",
                                username + "@example.org",
                                "department",
                                departmentSlug,
                                "password",
                                password,
                                "role",
                                role));
        expect(reply, 201);
        return signIn(username, password).withUsername(username);
    }

    private String username;

    private Api withUsername(String name) {
        Api api = new Api(app, token);
        api.username = name;
        return api;
    }

    public String username() {
        return username;
    }

    public static Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + reply.status() + ": " + reply.text());
        }
        return reply;
    }

    private Invocation.Builder request(String path) {
        Invocation.Builder builder = app.client().target(app.baseUrl() + path).request(MediaType.APPLICATION_JSON);
        if (token != null) {
            builder = builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(Invocation.Builder builder, String method, Object body) {
        if (body == null) {
            return read(builder.method(method));
        }
        try {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            return read(builder.method(method, Entity.entity(json, MediaType.APPLICATION_JSON_TYPE)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Reply read(Response response) {
        String text = response.hasEntity() ? response.readEntity(String.class) : "";
        JsonNode json = null;
        if (!text.isEmpty()) {
            try {
                json = JSON.readTree(text);
            } catch (Exception notJson) {
                json = null;
            }
        }
        return new Reply(response.getStatus(), json, text, response);
    }
}
