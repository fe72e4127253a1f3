package org.hub.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.documents.Documents.uploaded;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.hub.api.testing.TestFiles;
import org.hub.web.support.Api;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile uploads: file names that try to climb out of the folder or disguise themselves, pages
 * and images that would run script if served inline, and blobs damaged on disk.
 */
class UploadSafetyTest extends AppTestBase {
    private static final String SHA256_PATH = "[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}";
    private Api officer;
    private String group;

    @BeforeAll
    void organisation() {
        officer = api.user(api.department("Finance"), "member");
        group = Documents.group(officer, "open");
    }

    /** An uploaded name, and the name the hub keeps and offers back for it. */
    record HostileName(String uploaded, String kept) {
        @Override
        public String toString() {
            return kept;
        }
    }

    static List<HostileName> hostileNames() {
        return List.of(
                new HostileName("../../../../etc/passwd", "passwd"),
                new HostileName("..\\..\\windows\\win.ini", "win.ini"),
                new HostileName("/etc/cron.d/evil", "evil"),
                new HostileName("C:\\Users\\Public\\Desktop\\report.txt", "report.txt"),
                new HostileName("\\\\fileserver\\share\\minutes.txt", "minutes.txt"),
                new HostileName("in\u0000voice.txt", "invoice.txt"),
                new HostileName("a\u0007b\u001bc\u007fd\u0085e\u0009f.txt", "abcde f.txt"),
                new HostileName("invoice\u202Etxt.exe", "invoicetxt.exe"),
                new HostileName("\u2066report\u2069\u200F.txt", "report.txt"),
                new HostileName("..", "file"),
                new HostileName("x".repeat(20_000) + ".txt", "x".repeat(196) + ".txt"),
                new HostileName("é".repeat(3000) + ".pdf", "é".repeat(196) + ".pdf"));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void aHostileFileNameIsStoredByHashAndOfferedBackSanitised(HostileName name) throws Exception {
        byte[] content = TestFiles.utf8("content of " + name.kept() + " " + System.nanoTime());
        JsonNode document = uploaded(
                officer,
                group,
                new Multipart()
                        .field(
                                "title",
                                "Upload "
                                        + name.kept()
                                                .substring(
                                                        0,
                                                        Math.min(20, name.kept().length())))
                        .file(name.uploaded(), "text/plain", content));

        assertThat(document.get("filename").asText()).isEqualTo(name.kept());
        String sha256 = sha256(content);
        assertThat(document.get("sha256").asText()).isEqualTo(sha256);

        // On disk: one file named by its hash, nothing named after the upload, nothing outside the folder.
        Path documents = app.dataFolder().resolve("documents");
        Path blob = documents
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        assertThat(blob).exists().hasBinaryContent(content);
        for (Path stored : Documents.storedFiles(documents)) {
            assertThat(documents.relativize(stored).toString().replace('\\', '/'))
                    .matches(SHA256_PATH);
        }
        // The folders a climbing name would land in beside or above the documents folder hold none of them.
        for (Path folder : List.of(app.dataFolder(), app.dataFolder().getParent())) {
            try (var beside = Files.list(folder)) {
                assertThat(beside.map(p -> p.getFileName().toString()))
                        .doesNotContain("passwd", "win.ini", "evil", "report.txt", "minutes.txt", "invoice.txt");
            }
        }

        try (Response download =
                officer.getResponse("/api/v1/documents/" + document.get("id").asLong() + "/content")) {
            assertThat(download.getStatus()).isEqualTo(200);
            String disposition = download.getHeaderString("Content-Disposition");
            assertThat(disposition).startsWith("attachment; filename=\"").contains("; filename*=UTF-8''");
            assertThat(disposition.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
            assertThat(disposition).doesNotContain("/").doesNotContain("\\");
            String encoded =
                    disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
            assertThat(java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .isEqualTo(name.kept());
            assertThat(download.readEntity(byte[].class)).isEqualTo(content);
        }
    }

    @Test
    void anHtmlPageIsDownloadedAsAnAttachmentThatCannotRunScript() throws Exception {
        byte[] page = TestFiles.utf8("<html><body><script>fetch('/api/v1/me').then(r => r.text()).then(alert)</script>"
                + "<p>Opening hours</p></body></html>");
        assertServedInert(
                uploaded(
                        officer,
                        group,
                        new Multipart().field("title", "Opening hours page").file("hours.html", "text/html", page)),
                page);
    }

    @Test
    void anSvgImageIsDownloadedAsAnAttachmentThatCannotRunScript() throws Exception {
        byte[] svg = TestFiles.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\">"
                + "<script>alert(1)</script><circle r=\"10\"/></svg>");
        assertServedInert(
                uploaded(officer, group, new Multipart().field("title", "Logo").file("logo.svg", "image/svg+xml", svg)),
                svg);
    }

    @Test
    void aPdfKeepsItsHarmlessTypeOnDownload() throws Exception {
        byte[] pdf = TestFiles.pdf("Annual accounts");
        JsonNode document = uploaded(
                officer,
                group,
                new Multipart().field("title", "Accounts").file("accounts.pdf", "application/pdf", pdf));
        try (Response download =
                officer.getResponse("/api/v1/documents/" + document.get("id").asLong() + "/content")) {
            assertThat(download.getMediaType().toString()).isEqualTo("application/pdf");
            assertThat(download.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.getHeaderString("Content-Disposition")).startsWith("attachment;");
        }
    }

    @Test
    void aBlobDamagedOnDiskGivesAClearErrorInsteadOfItsBytes() throws Exception {
        byte[] content = TestFiles.utf8("Pay scales 2026, band 4: 28,770 " + System.nanoTime());
        JsonNode document = uploaded(
                officer, group, new Multipart().field("title", "Pay scales").file("pay.txt", "text/plain", content));
        String sha256 = document.get("sha256").asText();
        Path blob = app.dataFolder()
                .resolve("documents")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        byte[] tampered = content.clone();
        tampered[tampered.length - 1] ^= 1;
        Files.write(blob, tampered);

        Api.Reply reply = officer.get("/api/v1/documents/" + document.get("id").asLong() + "/content");
        ApiChecks.assertError(reply, 500);
        assertThat(reply.field("message")).containsIgnoringCase("damaged");
        assertThat(reply.text())
                .doesNotContain(sha256)
                .doesNotContain(app.dataFolder().toString());
    }

    private void assertServedInert(JsonNode document, byte[] content) {
        assertThat(document.get("contentType").asText()).isNotEmpty();
        try (Response download =
                officer.getResponse("/api/v1/documents/" + document.get("id").asLong() + "/content")) {
            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.getMediaType().toString()).isEqualTo("application/octet-stream");
            assertThat(download.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.getHeaderString("Cache-Control")).contains("private");
            assertThat(download.getHeaderString("Content-Disposition")).startsWith("attachment;");
            assertThat(download.readEntity(byte[].class)).isEqualTo(content);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
