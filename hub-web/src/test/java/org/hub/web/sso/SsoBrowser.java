package org.hub.web.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as sign-in needs one: keeps cookies (per host, as browsers do) and follows
 * redirects one step at a time, so a test can stop at the provider's redirect back to Hub and
 * tamper with what comes next.
 */
final class SsoBrowser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final String publicUrl;
    private final String actualUrl;

    SsoBrowser() {
        this("", "");
    }

    /**
     * A browser that reaches {@code publicUrl} (Hub's configured address, which the provider
     * redirects to) at {@code actualUrl}, where the test's application listens: as a DNS name
     * would resolve to the server.
     */
    SsoBrowser(String publicUrl, String actualUrl) {
        this.publicUrl = publicUrl;
        this.actualUrl = actualUrl;
    }

    private URI resolve(URI uri) {
        String text = uri.toString();
        return !publicUrl.isEmpty() && text.startsWith(publicUrl)
                ? URI.create(actualUrl + text.substring(publicUrl.length()))
                : uri;
    }

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(resolve(uri)).GET().build());
    }

    /** GETs with this Cookie header as well as the cookies kept. */
    HttpResponse<String> get(URI uri, String cookieHeader) {
        return send(HttpRequest.newBuilder(resolve(uri))
                .header("Cookie", cookieHeader)
                .GET()
                .build());
    }

    HttpResponse<String> postForm(URI uri, String form) {
        return send(HttpRequest.newBuilder(resolve(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** GETs {@code uri} and follows redirects while they do not go to {@code stopAt}'s path; answers the last response. */
    HttpResponse<String> follow(URI uri, String stopAtPath) {
        HttpResponse<String> response = get(uri);
        for (int hops = 0; hops < 10; hops++) {
            Optional<URI> next = location(response);
            if (next.isEmpty() || (stopAtPath != null && next.get().getPath().equals(stopAtPath))) {
                return response;
            }
            response = get(next.get());
        }
        throw new AssertionError("More than 10 redirects from " + uri);
    }

    /** GETs {@code uri} and follows every redirect. */
    HttpResponse<String> followAll(URI uri) {
        return follow(uri, null);
    }

    static Optional<URI> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(location -> response.uri()
                .resolve(location));
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name) && !cookie.hasExpired())
                .map(HttpCookie::getValue)
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    void forget(String cookieName) {
        cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(cookieName))
                .toList()
                .forEach(cookie -> cookies.getCookieStore().getURIs().forEach(uri -> cookies.getCookieStore()
                        .remove(uri, cookie)));
    }

    /** The CSRF token the page's forms carry. */
    static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
