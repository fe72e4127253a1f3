package org.hub.web.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.hub.api.common.ApiError;

/**
 * Jetty's own error answers, for requests it refuses before any Hub filter runs: a path it cannot
 * decode ({@code /api/v1/threads/%zz}), a header block too large. They
 * get the security headers every other answer has, and the API's JSON error shape instead of
 * Jetty's HTML page under {@code /api/} or when the client asks for JSON. No stack traces, as
 * Dropwizard's default already ensured.
 */
public final class HubErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    public HubErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeadersFilter.apply(
                path(request), (name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateCacheControl(Response response) {
        // Jetty's default would replace the policy the security headers set.
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        if (!path(request).startsWith("/api/")) {
            super.generateResponse(request, response, code, message, cause, callback);
            return;
        }
        byte[] body = JSON.writeValueAsBytes(apiError(code));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Jetty's JSON, chosen by the {@code Accept} header, in the API's shape. This is what a
     * request the HTTP parser refused gets: Jetty then knows no path (it substitutes
     * {@code /badMessage}), so an API client asking for JSON is the only sign it is one.
     */
    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        try {
            writer.write(JSON.writeValueAsString(apiError(code)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(Request request) {
        String path = request.getHttpURI().getPath();
        return path == null ? "" : path;
    }

    private static ApiError apiError(int code) {
        return new ApiError(code, describe(code));
    }

    /**
     * Jetty's message may quote the request back ("Bad URI: ..."); the client gets the status's
     * plain meaning, which says enough for a URL it built itself.
     */
    private static String describe(int code) {
        if (code == 400) {
            return "The request could not be read: check the URL's %-escapes and path segments.";
        }
        String reason = HttpStatus.getMessage(code);
        return reason == null ? "The request could not be handled." : reason + ".";
    }
}
