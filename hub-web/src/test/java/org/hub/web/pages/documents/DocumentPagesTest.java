package org.hub.web.pages.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hub.web.pages.PageClient;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document pages: uploading without JavaScript, versions, CSRF in multipart forms' bodies (never URLs), 404 for hidden ones. */
class DocumentPagesTest extends AppTestBase {
    private static final String BOUNDARY = "page-test-boundary";
    private static final Map<String, String> MULTIPART =
            Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);

    private Api member;
    private Api outsider;
    private String openSlug;
    private String privateSlug;

    @BeforeAll
    void groups() {
        String department = api.department("Estates");
        member = api.user(department, "member");
        outsider = api.user(department, "member");
        openSlug = Api.unique("estates");
        privateSlug = Api.unique("estates-private");
        Api.expect(
                member.post(
                        "/api/v1/groups",
                        Map.of("slug", openSlug, "name", "Estates practice", "description", "", "visibility", "open")),
                201);
        Api.expect(
                member.post(
                        "/api/v1/groups",
                        Map.of(
                                "slug",
                                privateSlug,
                                "name",
                                "Estates board papers",
                                "description",
                                "",
                                "visibility",
                                "private")),
                201);
    }

    private PageClient browserOf(Api person) {
        return PageClient.signedIn(app, person.username(), "password-" + person.username());
    }

    /**
     * A form as a browser sends it: the hidden CSRF field first, as the pages place it (none if
     * {@code token} is null), the fields, then the file part (empty name and content if none was
     * chosen).
     */
    private static String form(String token, Map<String, String> fields, String filename, String content) {
        Map<String, String> ordered = new LinkedHashMap<>();
        if (token != null) {
            ordered.put("csrf", token);
        }
        ordered.putAll(fields);
        StringBuilder body = new StringBuilder();
        ordered.forEach((name, value) -> body.append("--")
                .append(BOUNDARY)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(BOUNDARY)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
                .append(filename)
                .append("\"\r\n")
                .append("Content-Type: ")
                .append(filename.isEmpty() ? "application/octet-stream" : "text/plain")
                .append("\r\n\r\n")
                .append(content)
                .append("\r\n");
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private static String localPart(HttpResponse<String> redirect) {
        URI uri = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The token of the page's upload form: its first field, and never in its action. */
    private static String tokenIn(String page) {
        assertThat(page).as("no form action carries the token").doesNotContain("csrf=");
        var m = Pattern.compile(
                        "enctype=\"multipart/form-data\"[^>]*>\\s*<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">")
                .matcher(page);
        assertThat(m.find()).as("token as the upload form's first field").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> upload(PageClient browser, String slug, String title, String filename, String text) {
        String token = tokenIn(browser.get("/groups/" + slug + "/documents").body());
        return browser.postRaw(
                "/groups/" + slug + "/documents",
                form(
                        token,
                        Map.of("title", title, "description", "Where the <b>keys</b> are", "tags", "keys, estates"),
                        filename,
                        text),
                MULTIPART);
    }

    @Test
    void aMemberUploadsADocumentAndANewVersionThroughThePlainForms() {
        PageClient browser = browserOf(member);
        assertThat(browser.get("/groups/" + openSlug).body()).contains("href=\"/groups/" + openSlug + "/documents\"");
        String title = "Key register " + Api.unique("d");
        HttpResponse<String> uploaded = upload(browser, openSlug, title, "keys.txt", "Key 12 is with reception.");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);

        HttpResponse<String> page = browser.get(localPart(uploaded));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<h1>" + title + "</h1>",
                        "The document was uploaded",
                        "Where the &lt;b&gt;keys&lt;/b&gt; are",
                        "keys.txt",
                        "Estates practice",
                        "Test " + member.username(),
                        "Upload a new version");
        String path = URI.create(uploaded.headers().firstValue("Location").orElseThrow())
                .getRawPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertThat(PageClient.decoded(page.body())).contains("/api/v1/documents/" + id + "/content?version=1");

        String token = tokenIn(page.body());
        HttpResponse<String> second = browser.postRaw(
                "/documents/" + id + "/versions",
                form(token, Map.of(), "keys-v2.txt", "Key 12 is now with security."),
                MULTIPART);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(303);
        String withVersions = PageClient.decoded(browser.get("/documents/" + id).body());
        assertThat(withVersions)
                .contains(
                        "Version 2: keys-v2.txt",
                        "Version 1: keys.txt",
                        "/api/v1/documents/" + id + "/content?version=2");

        HttpResponse<String> download = browser.get("/api/v1/documents/" + id + "/content?version=2");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Key 12 is now with security.");

        assertThat(browser.get("/groups/" + openSlug + "/documents").body()).contains(title);
    }

    @Test
    void anUploadWithoutAFileIsShownAgainWithTheErrorAndStoresNothing() {
        PageClient browser = browserOf(member);
        String title = "No file " + Api.unique("d");
        HttpResponse<String> rejected = upload(browser, openSlug, title, "", "");
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("There is a problem", "href=\"#upload-file\"", "Choose a file to upload");
        assertThat(browser.get("/groups/" + openSlug + "/documents").body()).doesNotContain(title);
    }

    @Test
    void anUploadWithoutTheTokenIsRefusedAndStoresNothing() {
        PageClient browser = browserOf(member);
        String title = "Forged " + Api.unique("d");
        HttpResponse<String> forged = browser.postRaw(
                "/groups/" + openSlug + "/documents", form(null, Map.of("title", title), "forged.txt", "x"), MULTIPART);
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongToken = browser.postRaw(
                "/groups/" + openSlug + "/documents",
                form("forged", Map.of("title", title), "forged.txt", "x"),
                MULTIPART);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        // The URL is no longer a way in: the right token there, none in the body, is refused.
        String token = browser.csrfOf("/");
        HttpResponse<String> inTheUrl = browser.postRaw(
                "/groups/" + openSlug + "/documents?csrf=" + token,
                form(null, Map.of("title", title), "forged.txt", "x"),
                MULTIPART);
        assertThat(inTheUrl.statusCode()).isEqualTo(403);
        assertThat(browser.get("/groups/" + openSlug + "/documents").body()).doesNotContain(title);
    }

    @Test
    void aPrivateGroupsDocumentPagesAre404ForOutsidersAndTheirUploadsStoreNothing() {
        PageClient owner = browserOf(member);
        String title = "Board minutes " + Api.unique("d");
        HttpResponse<String> uploaded = upload(owner, privateSlug, title, "minutes.txt", "Confidential.");
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String path = URI.create(uploaded.headers().firstValue("Location").orElseThrow())
                .getRawPath();

        PageClient browser = browserOf(outsider);
        String token = browser.csrfOf("/");
        for (String page : List.of(path, "/groups/" + privateSlug + "/documents")) {
            HttpResponse<String> answer = browser.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body())
                    .as(page)
                    .contains("<h1>Page not found</h1>")
                    .doesNotContain(title);
        }
        assertThat(browser.postRaw(path + "/versions", form(token, Map.of(), "x.txt", "overwrite"), MULTIPART)
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.postRaw(
                                "/groups/" + privateSlug + "/documents",
                                form(token, Map.of("title", "Planted"), "x.txt", "planted"),
                                MULTIPART)
                        .statusCode())
                .isEqualTo(404);
        assertThat(owner.get(path).body()).doesNotContain("Version 2");
        assertThat(owner.get("/groups/" + privateSlug + "/documents").body()).doesNotContain("Planted");
    }
}
