package org.hub.web.pages;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hub.web.support.HubTestApp;

/**
 * A browser without JavaScript: signs in through the {@code /login} form, keeps the session cookie,
 * reads pages and posts their forms with the CSRF token the page carried. Does not follow redirects,
 * so tests see each answer.
 */
public final class PageClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HubTestApp app;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String session;

    public PageClient(HubTestApp app) {
        this.app = app;
    }

    public static PageClient signedIn(HubTestApp app, String username, String password) {
        PageClient client = new PageClient(app);
        HttpResponse<String> answer = client.post("/login", Map.of("username", username, "password", password));
        if (answer.statusCode() != 303) {
            throw new AssertionError(
                    "Sign-in as " + username + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return client;
    }

    public String session() {
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET().build());
    }

    /** Posts a url-encoded form exactly as given (no token added). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** Posts a body of any content type, e.g. a multipart upload. */
    public HttpResponse<String> postRaw(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** Posts a form the way the page at {@code formPage} would: with the CSRF token it carries. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("csrf", csrfOf(formPage));
        return post(action, withToken);
    }

    public String csrfOf(String page) {
        HttpResponse<String> answer = get(page);
        Matcher m = CSRF.matcher(answer.body());
        if (!m.find()) {
            throw new AssertionError("No CSRF field on " + page + " (" + answer.statusCode() + ")");
        }
        return m.group(1);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.baseUrl() + path));
        if (session != null) {
            builder.header("Cookie", "hub_session=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            answer.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("hub_session="))
                    .findFirst()
                    .ifPresent(c -> {
                        String value =
                                c.substring("hub_session=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                        session = value.isEmpty() ? null : value;
                    });
            return answer;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page's text with the entities Mustache writes in attributes turned back, for readable assertions. */
    public static String decoded(String html) {
        return html.replace("&#61;", "=").replace("&amp;", "&");
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
