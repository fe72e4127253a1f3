package org.hub.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.documents.Documents.upload;

import io.dropwizard.testing.ConfigOverride;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.hub.api.testing.TestFiles;
import org.hub.web.support.Api;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploads past the configured size limit, or with too many or too large parts, are refused and leave nothing behind. */
class UploadLimitsTest extends AppTestBase {
    /** Dropwizard reads {@code 1MB} as a million bytes. */
    private static final int LIMIT = 1_000_000;

    private Api officer;
    private String group;

    @Override
    protected ConfigOverride[] configOverrides() {
        return new ConfigOverride[] {ConfigOverride.config("documents.maxUploadSize", "1MB")};
    }

    @BeforeAll
    void organisation() {
        officer = api.user(api.department("Procurement"), "member");
        group = Documents.group(officer, "open");
    }

    @AfterEach
    void nothingLeftBehind() {
        assertThat(Documents.storedFiles(documentsFolder()))
                .as("files in the documents folder")
                .isEmpty();
        assertThat(Api.expect(officer.get("/api/v1/groups/" + group + "/documents"), 200)
                        .json()
                        .get("items"))
                .as("documents in the group")
                .isEmpty();
    }

    @Test
    void anUploadOverTheLimitAnswers413WithTheLimitInItsMessage() {
        Api.Reply reply = upload(
                officer,
                group,
                new Multipart().field("title", "Tender pack").file("tender.txt", "text/plain", filled(LIMIT + 1)));
        ApiChecks.assertError(reply, 413);
        assertThat(reply.field("message")).contains("1 MB");
    }

    @Test
    void anUploadStreamedWithoutALengthIsStoppedAtTheLimit() throws Exception {
        // No Content-Length: the server cannot refuse up front and must count while it writes to disk.
        Multipart form = new Multipart()
                .field("title", "Framework agreement")
                .file("framework.txt", "text/plain", filled(3 * LIMIT));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/v1/groups/" + group + "/documents"))
                .header("Authorization", "Bearer " + officer.token())
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.bytes())))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":413").contains("1 MB");
    }

    @Test
    void anUploadJustUnderTheLimitIsAccepted() {
        Api.Reply reply = upload(
                officer,
                group,
                new Multipart().field("title", "Specification").file("spec.txt", "text/plain", filled(LIMIT - 1024)));
        Api.expect(reply, 201);
        // Delete it again so the check after each test sees an empty group and folder.
        Api.expect(officer.delete("/api/v1/documents/" + reply.json().get("id").asLong()), 204);
        Path blob = blobOf(reply.field("sha256"));
        assertThat(blob).exists();
        assertThat(blob.toFile().delete()).isTrue();
    }

    @Test
    void tooManyPartsAnswer400() {
        Multipart form = new Multipart();
        for (int i = 0; i < 50; i++) {
            form.field("extra" + i, "x");
        }
        form.file("many.txt", "text/plain", filled(10));
        ApiChecks.assertError(upload(officer, group, form), 400);
    }

    @Test
    void aFormFieldOverItsLimitIsRefused() {
        Api.Reply reply = upload(
                officer,
                group,
                new Multipart()
                        .field("description", "d".repeat(64 * 1024))
                        .file("notes.txt", "text/plain", filled(10)));
        assertThat(reply.status()).isBetween(400, 499);
        ApiChecks.assertError(reply, reply.status());
    }

    @Test
    void aPartHeaderThatNeverEndsAnswers400() {
        Api.Reply reply = upload(
                officer,
                group,
                new Multipart()
                        .rawPart(
                                "Content-Disposition: form-data; name=\"title\"\r\nX-Padding: " + "p".repeat(100_000)
                                        + "\r\n",
                                TestFiles.utf8("Title"))
                        .file("notes.txt", "text/plain", filled(10)));
        ApiChecks.assertError(reply, 400);
    }

    @Test
    void aSecondFilePartIsRefusedAndTheFirstIsNotKept() {
        Api.Reply reply = upload(
                officer,
                group,
                new Multipart()
                        .file("one.txt", "text/plain", TestFiles.utf8("first file " + System.nanoTime()))
                        .file("two.txt", "text/plain", TestFiles.utf8("second file")));
        assertThat(reply.status()).isBetween(400, 499);
        ApiChecks.assertError(reply, reply.status());
    }

    @Test
    void anUploadToAGroupTheUploaderMayNotPostInIsRefusedAndNotKept() {
        Api outsider = api.user(api.department("Audit"), "member");
        Multipart form = new Multipart()
                .field("title", "Unwanted")
                .file("unwanted.txt", "text/plain", TestFiles.utf8("not for this group " + System.nanoTime()));
        ApiChecks.assertError(upload(outsider, group, form), 403);
        String hidden = Documents.group(api.user(api.department("Audit"), "member"), "private");
        ApiChecks.assertError(upload(outsider, hidden, form), 404);
        ApiChecks.assertError(upload(outsider, "no-such-group-" + System.nanoTime(), form), 404);
        assertThat(Documents.storedFiles(documentsFolder())).isEmpty();
    }

    private Path documentsFolder() {
        return app.dataFolder().resolve("documents");
    }

    private Path blobOf(String sha256) {
        return documentsFolder()
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
