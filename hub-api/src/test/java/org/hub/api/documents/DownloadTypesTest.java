package org.hub.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DownloadTypes: the served type allow-list and detection of the stored type from bytes. */
class DownloadTypesTest {
    @TempDir
    Path dir;

    private final DownloadTypes types = new DownloadTypes();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/pdf",
                "text/plain",
                "text/csv",
                "image/png",
                "image/jpeg",
                "image/gif",
                "application/msword",
                "application/vnd.ms-excel",
                "application/vnd.ms-powerpoint",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "application/vnd.oasis.opendocument.text",
                "application/vnd.oasis.opendocument.spreadsheet",
                "application/vnd.oasis.opendocument.presentation",
                "application/zip"
            })
    void harmlessTypesAreServedAsTheyAre(String type) {
        assertThat(DownloadTypes.forDownload(type)).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/html",
                "image/svg+xml",
                "application/xhtml+xml",
                "application/javascript",
                "text/javascript",
                "application/xml",
                "text/xml",
                "application/x-shockwave-flash",
                "multipart/x-mixed-replace",
                "application/vnd.ms-word.document.macroenabled.12",
                "text/html; charset=UTF-8",
                "nonsense",
                "",
                " "
            })
    void everythingElseIsServedAsOctetStream(String type) {
        assertThat(DownloadTypes.forDownload(type)).isEqualTo(DownloadTypes.OCTET_STREAM);
    }

    @Test
    void parametersAndCaseAreNormalised() {
        assertThat(DownloadTypes.forDownload("Text/Plain; charset=UTF-8")).isEqualTo("text/plain");
        assertThat(DownloadTypes.forDownload(null)).isEqualTo(DownloadTypes.OCTET_STREAM);
    }

    @Test
    void detectsFromBytesNotFromTheClaim() throws IOException {
        Path html = write(
                "notes.txt",
                "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>");

        String detected = types.detect(html, "application/pdf", "notes.pdf");

        assertThat(detected).isEqualTo("text/html");
        assertThat(DownloadTypes.forDownload(detected)).isEqualTo(DownloadTypes.OCTET_STREAM);
    }

    @Test
    void detectsPdfWhateverItIsCalled() throws IOException {
        Path pdf = Files.write(
                dir.resolve("upload"),
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(types.detect(pdf, "text/plain", "photo.png")).isEqualTo("application/pdf");
    }

    @Test
    void declaredTypeMayOnlyNarrowTheDetectedOne() throws IOException {
        Path csv = write("upload", "name,department\nAda,Finance\n");

        assertThat(types.detect(csv, "text/csv", null)).isEqualTo("text/csv");
        assertThat(types.detect(csv, "text/html", null)).isEqualTo("text/plain");
        assertThat(types.detect(csv, "application/pdf", null)).isEqualTo("text/plain");
    }

    @Test
    void unknownBytesStayUnknownWhateverTheClaim() throws IOException {
        Path blob = Files.write(dir.resolve("upload"), new byte[] {0, 1, 2, 3, (byte) 0xfe, (byte) 0xff, 0, 7});

        assertThat(types.detect(blob, "application/pdf", null)).isEqualTo(DownloadTypes.OCTET_STREAM);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
