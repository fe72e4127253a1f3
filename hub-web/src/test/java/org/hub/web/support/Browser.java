package org.hub.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A client that signs in as a browser does: {@code POST /api/v1/auth/login} and then sends the
 * {@code hub_session} cookie it was given, and with requests that change something the session's
 * CSRF token from the sign-in answer, as a script on our own pages would. Keeps the raw
 * {@code Set-Cookie} header for assertions.
 */
public final class Browser {
    public static final String COOKIE = "hub_session";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HubTestApp app;
    private final Api.Reply login;
    private final String session;
    private final String csrfToken;

    private Browser(HubTestApp app, Api.Reply login, String session, String csrfToken) {
        this.app = app;
        this.login = login;
        this.session = session;
        this.csrfToken = csrfToken;
    }

    /** Signs in; fails the test unless the server answers 200 with a session cookie. */
    public static Browser signIn(HubTestApp app, String username, String password) {
        Api.Reply reply =
                app.api().anonymous().post("/api/v1/auth/login", Map.of("username", username, "password", password));
        Api.expect(reply, 200);
        NewCookie cookie = reply.raw().getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            throw new AssertionError(
                    "No " + COOKIE + " cookie in " + reply.raw().getHeaders());
        }
        return new Browser(app, reply, cookie.getValue(), reply.field("csrfToken"));
    }

    /** A browser holding a given cookie value, e.g. one that was revoked. */
    public static Browser withCookie(HubTestApp app, String session) {
        return new Browser(app, null, session, null);
    }

    /** The answer to the sign-in request, with its headers. */
    public Api.Reply login() {
        return login;
    }

    public String session() {
        return session;
    }

    /** Every {@code Set-Cookie} header of the sign-in answer. */
    public java.util.List<String> setCookieHeaders() {
        return login.raw().getStringHeaders().getOrDefault("Set-Cookie", java.util.List.of());
    }

    /** The session's CSRF token, as the sign-in answer gave it. */
    public String csrfToken() {
        return csrfToken;
    }

    /** The same browser as a page on another site drives it: the cookie goes along, the CSRF token does not. */
    public Browser crossSite() {
        return new Browser(app, login, session, null);
    }

    public Api.Reply get(String path) {
        return read(request(path).get());
    }

    public Api.Reply delete(String path) {
        return read(withCsrf(request(path)).delete());
    }

    /** Sends raw bytes, a multipart form say, as a form post from a page would. */
    public Api.Reply postBytes(String path, byte[] body, String contentType) {
        return read(withCsrf(request(path)).post(Entity.entity(body, contentType)));
    }

    public Api.Reply post(String path, Object body) {
        try {
            String json = body == null ? "" : JSON.writeValueAsString(body);
            return read(withCsrf(request(path)).post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Api.Reply put(String path, Object body) {
        try {
            String json = body == null ? "" : JSON.writeValueAsString(body);
            return read(withCsrf(request(path)).put(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Invocation.Builder request(String path) {
        return app.client()
                .target(app.baseUrl() + path)
                .request(MediaType.APPLICATION_JSON)
                .cookie(COOKIE, session);
    }

    private Invocation.Builder withCsrf(Invocation.Builder builder) {
        return csrfToken == null ? builder : builder.header("X-CSRF-Token", csrfToken);
    }

    private static Api.Reply read(Response response) {
        String text = response.hasEntity() ? response.readEntity(String.class) : "";
        JsonNode json = null;
        if (!text.isEmpty()) {
            try {
                json = JSON.readTree(text);
            } catch (Exception notJson) {
                json = null;
            }
        }
        return new Api.Reply(response.getStatus(), json, text, response);
    }
}
