package org.hub.web.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the {@code csrf} field of a {@code multipart/form-data} body without consuming it. An
 * upload streams its file straight into storage and is never buffered whole, so only the first
 * {@value #LOOKAHEAD} bytes are read (and put back for the resource); our forms put the hidden
 * field first, and a browser sends parts in the order of the form, so the token is there, far
 * ahead of the file. Keeping the token in the body keeps it out of URLs, the address bar and the
 * access log.
 */
final class MultipartCsrfField {
    static final int LOOKAHEAD = 16 * 1024;
    private static final Pattern CSRF_PART = Pattern.compile(
            "(?i)content-disposition:\\s*form-data\\s*;\\s*name=\"?" + CsrfFilter.FIELD + "\"?\\s*(\r\n|$)");

    private MultipartCsrfField() {}

    /** The field's value, or null when the body's first {@value #LOOKAHEAD} bytes have none. */
    static String read(ContainerRequestContext request, String boundary) {
        if (boundary == null || boundary.isEmpty()) {
            return null;
        }
        BufferedInputStream body = new BufferedInputStream(request.getEntityStream(), LOOKAHEAD);
        byte[] head;
        try {
            body.mark(LOOKAHEAD);
            head = body.readNBytes(LOOKAHEAD);
            body.reset();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the start of a multipart form", e);
        }
        request.setEntityStream(body);
        return field(new String(head, StandardCharsets.ISO_8859_1), boundary);
    }

    /** Walks the parts in {@code head} (bytes as ISO-8859-1 chars) for the first one named csrf. */
    static String field(String head, String boundary) {
        String delimiter = "--" + boundary;
        int at = head.indexOf(delimiter);
        while (at >= 0) {
            int headersStart = at + delimiter.length();
            if (!head.startsWith("\r\n", headersStart)) {
                return null; // the closing delimiter "--boundary--", or a truncated body
            }
            int headersEnd = head.indexOf("\r\n\r\n", headersStart);
            if (headersEnd < 0) {
                return null;
            }
            int next = head.indexOf("\r\n" + delimiter, headersEnd + 4);
            if (next < 0) {
                return null;
            }
            String headers = head.substring(headersStart + 2, headersEnd + 2);
            if (CSRF_PART.matcher(headers).find()
                    && !headers.toLowerCase(Locale.ROOT).contains("filename")) {
                return head.substring(headersEnd + 4, next);
            }
            at = next + 2;
        }
        return null;
    }
}
