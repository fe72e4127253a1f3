package org.hub.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where the pages redirect to (issue 11, finding 12): a path on this site, given relative, whatever
 * Host header or {@code next} parameter a request carries; never an address built from the request.
 */
class SignInRedirectTest extends AppTestBase {
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location:\\s*(\\S+)\\s*$");

    private Api member;
    private String password;

    @BeforeAll
    void person() {
        member = api.user(api.department("Redirects"), "member");
        password = "password-" + member.username();
    }

    @Test
    void aForgedHostHeaderDoesNotChooseWhereSigningInLeads() throws IOException {
        String form = "username=" + member.username() + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=%2Fgroups";
        for (Map<String, String> forged : List.of(
                Map.of("Host", "evil.example"),
                Map.of("Host", "evil.example:8443"),
                Map.of("Host", "localhost", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"))) {
            String answer = raw("POST", "/login", forged, form);
            assertThat(answer).as(answer).startsWith("HTTP/1.1 303");
            assertThat(location(answer)).isEqualTo("/groups");
        }
    }

    @Test
    void aForgedHostHeaderDoesNotChooseWhereASignInPromptLeads() throws IOException {
        String answer = raw("GET", "/groups?page=2", Map.of("Host", "evil.example"), null);
        assertThat(answer).as(answer).startsWith("HTTP/1.1 303");
        assertThat(location(answer)).isEqualTo("/login?next=%2Fgroups%3Fpage%3D2");
    }

    @Test
    void onlyPathsOnThisSiteAreReturnedTo() {
        for (String next : List.of(
                "//evil.example",
                "//evil.example/steal",
                "/\\evil.example",
                "/\\/evil.example",
                "https://evil.example/",
                "http:evil.example",
                "javascript:alert(1)",
                "\\\\evil.example",
                "/\t/evil.example",
                "/\r\nSet-Cookie: x=y",
                " //evil.example",
                "evil.example",
                "/a b")) {
            HttpResponse<String> answer = new PageClient(app)
                    .post("/login", Map.of("username", member.username(), "password", password, "next", next));
            assertThat(answer.statusCode())
                    .as("next=%s: %s", next, answer.body())
                    .isEqualTo(303);
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertThat(location).as("next=%s", next).isEqualTo("/");
        }
        HttpResponse<String> local = new PageClient(app)
                .post(
                        "/login",
                        Map.of("username", member.username(), "password", password, "next", "/search?q=council+tax"));
        assertThat(local.headers().firstValue("Location")).hasValue("/search?q=council+tax");
        URI parsed = URI.create(local.headers().firstValue("Location").orElseThrow());
        assertThat(parsed.getScheme()).isNull();
        assertThat(parsed.getAuthority()).isNull();
    }

    @Test
    void theSignInFormOfASignedInPersonAlsoReturnsOnlyToThisSite() {
        PageClient browser = PageClient.signedIn(app, member.username(), password);
        assertThat(browser.get("/login?next=%2F%2Fevil.example").headers().firstValue("Location"))
                .hasValue("/");
        assertThat(browser.get("/login?next=%2Fguidance").headers().firstValue("Location"))
                .hasValue("/guidance");
    }

    /** One HTTP/1.1 request written by hand, since HTTP clients will not send a Host of our choosing. */
    private String raw(String method, String path, Map<String, String> headers, String form) throws IOException {
        URI base = URI.create(app.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            request.append("Content-Length: ").append(body.length).append("\r\n");
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String location(String answer) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        Matcher m = LOCATION.matcher(head);
        assertThat(m.find()).as("a Location header in %s", head).isTrue();
        return m.group(1);
    }
}
