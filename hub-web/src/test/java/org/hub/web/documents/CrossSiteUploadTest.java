package org.hub.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.documents.Documents.uploaded;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.hub.api.testing.TestFiles;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.hub.web.support.Browser;
import org.junit.jupiter.api.Test;

/**
 * The cross-site upload of the finding: a form on another site posts a multipart upload (or a new
 * version) to the API, and the browser sends the signed-in person's session cookie along. Without
 * the session's CSRF token the API refuses it and stores nothing.
 */
class CrossSiteUploadTest extends AppTestBase {
    @Test
    void anUploadWithOnlyTheSessionCookieIsRefusedAndStoresNothing() {
        Api owner = api.user(api.department("Cross-site"), "member");
        String group = Documents.group(owner, "private");
        Browser victim = Browser.signIn(app, owner.username(), "password-" + owner.username());
        List<?> filesBefore = Documents.storedFiles(app.dataFolder().resolve("documents"));

        Multipart forged = new Multipart()
                .field("title", "Planted by another site")
                .file("planted.txt", "text/plain", TestFiles.utf8("planted " + Documents.word()));
        Api.Reply refused = victim.crossSite()
                .postBytes("/api/v1/groups/" + group + "/documents", forged.bytes(), forged.contentType());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.field("message")).contains("X-CSRF-Token");
        JsonNode listed =
                expect(owner.get("/api/v1/groups/" + group + "/documents"), 200).json();
        assertThat(listed.get("items")).as("no document was created").isEmpty();
        assertThat(Documents.storedFiles(app.dataFolder().resolve("documents")))
                .as("no bytes were kept")
                .hasSameSizeAs(filesBefore);
    }

    @Test
    void aNewVersionWithOnlyTheSessionCookieIsRefusedAndTheDocumentIsUnchanged() {
        Api owner = api.user(api.department("Cross-site"), "member");
        String group = Documents.group(owner, "private");
        JsonNode document = uploaded(
                owner,
                group,
                new Multipart()
                        .field("title", "Genuine")
                        .file("genuine.txt", "text/plain", TestFiles.utf8("genuine text")));
        long id = document.get("id").asLong();
        Browser victim = Browser.signIn(app, owner.username(), "password-" + owner.username());

        Multipart forged = new Multipart().file("replaced.txt", "text/plain", TestFiles.utf8("replaced text"));
        Api.Reply refused = victim.crossSite()
                .postBytes("/api/v1/documents/" + id + "/versions", forged.bytes(), forged.contentType());

        assertThat(refused.status()).isEqualTo(403);
        JsonNode after = expect(owner.get("/api/v1/documents/" + id), 200).json();
        assertThat(after.toString()).contains("genuine.txt").doesNotContain("replaced.txt");
    }

    @Test
    void everyStateChangeByCookieNeedsTheTokenWhileReadingDoesNot() {
        Api owner = api.user(api.department("Cross-site"), "member");
        Browser browser = Browser.signIn(app, owner.username(), "password-" + owner.username());
        Browser crossSite = browser.crossSite();
        String slug = Api.unique("xsite");
        Map<String, String> group =
                Map.of("slug", slug, "name", "Cross-site " + slug, "description", "", "visibility", "open");

        assertThat(crossSite.get("/api/v1/me").status())
                .as("reading by cookie alone")
                .isEqualTo(200);
        assertThat(crossSite.post("/api/v1/groups", group).status()).isEqualTo(403);
        assertThat(owner.get("/api/v1/groups/" + slug).status())
                .as("not created")
                .isEqualTo(404);
        assertThat(crossSite.post("/api/v1/auth/logout", null).status()).isEqualTo(403);
        assertThat(browser.get("/api/v1/me").status()).as("still signed in").isEqualTo(200);

        assertThat(browser.csrfToken()).isNotBlank();
        assertThat(Browser.withCookie(app, browser.session())
                        .post("/api/v1/groups", group)
                        .status())
                .as("a wrong or missing token")
                .isEqualTo(403);
        assertThat(browser.post("/api/v1/groups", group).status())
                .as("with the token")
                .isEqualTo(201);
        assertThat(owner.post(
                                "/api/v1/groups",
                                Map.of(
                                        "slug",
                                        Api.unique("xsite"),
                                        "name",
                                        "By token",
                                        "description",
                                        "",
                                        "visibility",
                                        "open"))
                        .status())
                .as("bearer tokens need none")
                .isEqualTo(201);
    }
}
