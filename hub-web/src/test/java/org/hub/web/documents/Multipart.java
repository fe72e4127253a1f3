package org.hub.web.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.hub.api.testing.TestFiles;

/**
 * A {@code multipart/form-data} body built byte by byte, so tests can send what browsers never
 * would: NUL and control characters in file names, huge part headers, too many parts.
 */
final class Multipart {
    private final String boundary =
            "hub-test-boundary-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", TestFiles.utf8(value));
        return this;
    }

    /** The file part; {@code filename} goes into the header as it is, UTF-8 encoded, only {@code "} escaped. */
    Multipart file(String filename, String contentType, byte[] content) {
        part(
                "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename.replace("\"", "\\\"") + "\"\r\n"
                        + "Content-Type: " + contentType + "\r\n",
                content);
        return this;
    }

    /** A part with any headers at all, e.g. one far longer than a part header may be. */
    Multipart rawPart(String headers, byte[] content) {
        part(headers, content);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64);
        out.writeBytes(body.toByteArray());
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    private void part(String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
