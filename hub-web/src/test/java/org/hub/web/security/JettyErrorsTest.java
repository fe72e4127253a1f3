package org.hub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/**
 * Answers Jetty gives itself, before any of Hub's filters run (a URI it cannot decode or finds
 * ambiguous), carry Hub's security headers and, where Jetty has read the path, the API's JSON
 * error shape under /api/; and the access log is off unless asked for.
 */
class JettyErrorsTest extends AppTestBase {
    @Test
    void anUndecodablePathAnswers400WithTheSecurityHeadersAndNoInternals() throws IOException {
        for (String path : new String[] {"/api/v1/threads/%zz", "/threads/%zz"}) {
            for (String accept : new String[] {"application/json", "text/html,*/*;q=0.8"}) {
                RawAnswer answer = raw("GET " + path + " HTTP/1.1", "Accept: " + accept);
                assertThat(answer.status()).as(path).isEqualTo(400);
                assertSecurityHeaders(answer);
                // Jetty refuses the request line before it reads the path or the Accept header,
                // so its page cannot be the API's JSON; it says nothing of the server either way.
                assertThat(answer.body()).doesNotContain("<script", "Exception", "org.eclipse", "Jetty");
            }
        }
    }

    @Test
    void aPathJettyReadsButRefusesAnswersTheApisJsonError() throws IOException {
        // An encoded separator or dot-segment is read, then refused as ambiguous: Jetty knows the path.
        for (String path : new String[] {"/api/v1/threads/a%2Fb", "/api/v1/threads/%2e%2e/x"}) {
            RawAnswer answer = raw("GET " + path + " HTTP/1.1", "User-Agent: generated-client");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertSecurityHeaders(answer);
            assertThat(answer.header("content-type")).as(path).startsWith("application/json");
            JsonNode error = new ObjectMapper().readTree(answer.body());
            assertThat(error.get("code").asInt()).isEqualTo(400);
            assertThat(error.get("message").asText()).contains("URL").doesNotContain("Ambiguous", "org.eclipse");
        }
    }

    @Test
    void theShippedConfigurationWritesNoAccessLog() {
        // config.yml's HUB_REQUEST_LOG_LEVEL defaults to OFF: Jetty has no request log to write to.
        assertThat(app.environment().getApplicationContext().getServer().getRequestLog())
                .isNull();
    }

    private static void assertSecurityHeaders(RawAnswer answer) {
        assertThat(answer.header("content-security-policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.header("referrer-policy")).isEqualTo("same-origin");
        assertThat(answer.header("x-frame-options")).isEqualTo("DENY");
        assertThat(answer.header("cache-control")).isEqualTo("private, no-store");
    }

    /** An HTTP/1.1 exchange over a plain socket: an HTTP client library would refuse to send the bad URI. */
    private RawAnswer raw(String requestLine, String header) throws IOException {
        URI base = URI.create(app.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + base.getAuthority() + "\r\n" + header
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return RawAnswer.parse(all.toString(StandardCharsets.UTF_8));
        }
    }

    private record RawAnswer(int status, Map<String, String> headers, String body) {
        static RawAnswer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete HTTP answer: " + text).isPositive();
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new RawAnswer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }
}
