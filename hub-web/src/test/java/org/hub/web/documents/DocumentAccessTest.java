package org.hub.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.documents.Documents.awaitHit;
import static org.hub.web.documents.Documents.document;
import static org.hub.web.documents.Documents.uploaded;
import static org.hub.web.documents.Documents.word;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.hub.api.testing.TestFiles;
import org.hub.web.support.Api;
import org.hub.web.support.ApiChecks;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;

/** Who may see a document: a private group's files are invisible to non-members; versions stay downloadable. */
class DocumentAccessTest extends AppTestBase {

    @Test
    void aPrivateGroupsDocumentIsHiddenFromNonMembersInEveryWay() throws Exception {
        String dept = api.department("Children's Services");
        Api owner = api.user(dept, "member");
        Api member = api.user(dept, "member");
        Api outsider = api.user(api.department("Highways"), "member");
        String group = Documents.group(owner, "private");
        expect(
                owner.post(
                        "/api/v1/groups/" + group + "/members",
                        Map.of("username", member.username(), "role", "member")),
                201);

        String titleWord = word();
        String v1Phrase = word();
        String v2Phrase = word();
        byte[] v1 = TestFiles.docx("Case review notes: the " + v1Phrase + " was discussed.");
        JsonNode created = uploaded(
                owner,
                group,
                new Multipart()
                        .field("title", "Case review " + titleWord)
                        .field("description", "Confidential")
                        .file(
                                "review.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                v1));
        long id = created.get("id").asLong();
        byte[] v2 = TestFiles.pdf("Case review notes, revised: the " + v2Phrase + " was agreed.");
        Multipart secondVersion = new Multipart().file("review-v2.pdf", "application/pdf", v2);
        JsonNode second = expect(
                        member.postBytes(
                                "/api/v1/documents/" + id + "/versions",
                                secondVersion.bytes(),
                                secondVersion.contentType()),
                        201)
                .json();
        assertThat(second.get("version").asInt()).isEqualTo(2);

        // Members find it by its text and title, and read every version.
        awaitHit(member, v2Phrase, document(id));
        awaitHit(member, titleWord, document(id));
        assertThat(expect(member.get("/api/v1/groups/" + group + "/documents"), 200)
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(id);
        assertDownload(member, id, null, v2);
        assertDownload(member, id, 1, v1);
        assertDownload(member, id, 2, v2);

        // Someone outside the group cannot tell the document exists.
        ApiChecks.assertError(outsider.get("/api/v1/documents/" + id), 404);
        ApiChecks.assertError(outsider.get("/api/v1/groups/" + group + "/documents"), 404);
        ApiChecks.assertError(outsider.get("/api/v1/documents/" + id + "/content"), 404);
        ApiChecks.assertError(outsider.get("/api/v1/documents/" + id + "/content?version=1"), 404);
        ApiChecks.assertError(outsider.get("/api/v1/documents/" + id + "/content?version=2"), 404);
        Multipart sneaky = new Multipart().file("x.txt", "text/plain", TestFiles.utf8("x"));
        ApiChecks.assertError(
                outsider.postBytes("/api/v1/documents/" + id + "/versions", sneaky.bytes(), sneaky.contentType()), 404);
        ApiChecks.assertError(outsider.delete("/api/v1/documents/" + id), 404);
        // The same answer as for a document that never existed.
        assertThat(outsider.get("/api/v1/documents/" + id).field("message"))
                .isEqualTo(outsider.get("/api/v1/documents/" + (id + 1_000_000))
                        .field("message")
                        .replace(String.valueOf(id + 1_000_000), String.valueOf(id)));
        for (String q : new String[] {v2Phrase, titleWord, "Confidential " + titleWord}) {
            JsonNode results = Documents.search(outsider, q).json();
            assertThat(results.get("total").asLong()).as("hits for %s", q).isZero();
            assertThat(results.get("facets").toString()).doesNotContain(group);
        }
        assertThat(expect(outsider.get("/api/v1/search/suggest?q=Case%20review%20" + titleWord), 200)
                        .json()
                        .get("suggestions"))
                .isEmpty();

        // The moment they are added, they see it; removed again, it is gone.
        expect(
                owner.post(
                        "/api/v1/groups/" + group + "/members",
                        Map.of("username", outsider.username(), "role", "member")),
                201);
        awaitHit(outsider, v2Phrase, document(id));
        assertDownload(outsider, id, 1, v1);
        expect(owner.delete("/api/v1/groups/" + group + "/members/" + outsider.username()), 204);
        ApiChecks.assertError(outsider.get("/api/v1/documents/" + id + "/content?version=1"), 404);
        assertThat(Documents.search(outsider, v2Phrase).json().get("total").asLong())
                .isZero();
    }

    @Test
    void aNewVersionKeepsTheOldOnesDownloadable() throws Exception {
        Api officer = api.user(api.department("Estates"), "member");
        String group = Documents.group(officer, "open");
        byte[] first = TestFiles.utf8("Lease terms, first draft " + System.nanoTime());
        byte[] second = TestFiles.utf8("Lease terms, second draft " + System.nanoTime());
        long id = uploaded(
                        officer,
                        group,
                        new Multipart().field("title", "Lease terms").file("lease.txt", "text/plain", first))
                .get("id")
                .asLong();
        Multipart v2 = new Multipart().file("lease-v2.txt", "text/plain", second);
        JsonNode document = expect(
                        officer.postBytes("/api/v1/documents/" + id + "/versions", v2.bytes(), v2.contentType()), 201)
                .json();

        assertThat(document.get("version").asInt()).isEqualTo(2);
        assertThat(document.get("filename").asText()).isEqualTo("lease-v2.txt");
        assertThat(document.get("versions")).hasSize(2);
        assertThat(document.get("versions").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(document.get("versions").get(0).get("size").asLong()).isEqualTo(first.length);
        assertThat(document.get("versions").get(1).get("sha256").asText())
                .isEqualTo(document.get("sha256").asText());
        assertDownload(officer, id, null, second);
        assertDownload(officer, id, 1, first);
        ApiChecks.assertError(officer.get("/api/v1/documents/" + id + "/content?version=3"), 404);
        assertThat(officer.get("/api/v1/documents/" + id + "/content?version=abc")
                        .status())
                .isBetween(400, 404);
    }

    @Test
    void aDeletedDocumentLeavesReadsDownloadsAndSearch() throws Exception {
        String dept = api.department("Planning");
        Api uploader = api.user(dept, "member");
        Api colleague = api.user(dept, "member");
        String group = Documents.group(uploader, "open");
        expect(colleague.post("/api/v1/groups/" + group + "/join", null), 200);
        String phrase = word();
        long id = uploaded(
                        uploader,
                        group,
                        new Multipart()
                                .field("title", "Local plan draft")
                                .file(
                                        "plan.odt",
                                        "application/vnd.oasis.opendocument.text",
                                        TestFiles.odt("The " + phrase + " site allocation is withdrawn.")))
                .get("id")
                .asLong();
        awaitHit(colleague, phrase, document(id));

        // Only the uploader (or the group's moderators) may delete it.
        ApiChecks.assertError(colleague.delete("/api/v1/documents/" + id), 403);
        expect(uploader.delete("/api/v1/documents/" + id), 204);
        ApiChecks.assertError(colleague.get("/api/v1/documents/" + id), 404);
        ApiChecks.assertError(colleague.get("/api/v1/documents/" + id + "/content?version=1"), 404);
        assertThat(expect(colleague.get("/api/v1/groups/" + group + "/documents"), 200)
                        .json()
                        .get("items"))
                .isEmpty();
        long deadline = System.nanoTime() + Documents.SEARCH_DEADLINE.toNanos();
        while (Documents.search(colleague, phrase).json().get("total").asLong() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Documents.search(colleague, phrase).json().get("total").asLong())
                .isZero();
    }

    private static void assertDownload(Api as, long id, Integer version, byte[] expected) {
        String path = "/api/v1/documents/" + id + "/content" + (version == null ? "" : "?version=" + version);
        try (Response response = as.getResponse(path)) {
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeaderString("Content-Disposition")).startsWith("attachment;");
            assertThat(response.readEntity(byte[].class)).as(path).isEqualTo(expected);
        }
    }
}
