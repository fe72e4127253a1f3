package org.hub.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.documents.Documents.awaitExtraction;
import static org.hub.web.documents.Documents.awaitHit;
import static org.hub.web.documents.Documents.document;
import static org.hub.web.documents.Documents.uploaded;
import static org.hub.web.documents.Documents.word;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.hub.api.testing.TestFiles;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text inside uploaded PDF, Word, OpenDocument, HTML, plain-text and CSV files finds the document, with a snippet. */
class DocumentTextSearchTest extends AppTestBase {
    private Api officer;
    private Api colleague;
    private String group;

    @BeforeAll
    void organisation() {
        String dept = api.department("Legal Services");
        officer = api.user(dept, "member");
        colleague = api.user(api.department("Housing"), "member");
        group = Documents.group(officer, "open");
    }

    @Test
    void aPhraseInsideAPdfFindsIt() throws Exception {
        assertFoundByInnerPhrase(
                "retention.pdf",
                "application/pdf",
                phrase -> TestFiles.pdf("Records are kept for six years under the " + phrase + " schedule."));
    }

    @Test
    void aPhraseInsideAWordDocxFindsIt() throws Exception {
        assertFoundByInnerPhrase(
                "template.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                phrase -> TestFiles.docx("Use this letter when the " + phrase + " applies to a tenancy."));
    }

    @Test
    void aPhraseInsideAnOpenDocumentTextFindsIt() throws Exception {
        assertFoundByInnerPhrase(
                "policy.odt",
                "application/vnd.oasis.opendocument.text",
                phrase -> TestFiles.odt("The council follows the " + phrase + " when it reviews a complaint."));
    }

    @Test
    void aPhraseInsideAnHtmlPageFindsItButNotItsMarkup() throws Exception {
        String hiddenInScript = word();
        JsonNode hit = assertFoundByInnerPhrase(
                "guide.html",
                "text/html",
                phrase -> TestFiles.utf8("<!doctype html><html><head><title>Guide</title><script>var " + hiddenInScript
                        + " = 1;</script></head>" + "<body><h1>Guide</h1><p>Ask for the " + phrase
                        + " before any home visit.</p></body></html>"));
        assertThat(hit.get("snippet").asText()).doesNotContain("<p>").doesNotContain("<script");
        // Script is not text a reader sees, so it must not make the page findable.
        assertThat(Documents.search(colleague, hiddenInScript)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void aPhraseInsidePlainTextFindsIt() throws Exception {
        assertFoundByInnerPhrase(
                "notes.txt",
                "text/plain",
                phrase -> TestFiles.utf8("Meeting notes.\nAgreed to adopt the " + phrase + " from April.\n"));
    }

    @Test
    void aPhraseInsideACsvFindsIt() throws Exception {
        assertFoundByInnerPhrase(
                "budget.csv",
                "text/csv",
                phrase -> TestFiles.utf8("service,line,amount\nlibraries," + phrase + ",1200\nparks,mowing,800\n"));
    }

    @Test
    void aFileThatCannotBeParsedIsStoredAndFoundByTitleAndDescription() throws Exception {
        String titleWord = word();
        String descriptionWord = word();
        byte[] broken = TestFiles.utf8("%PDF-1.7\nthis is not really a PDF at all, just a damaged header\n");
        JsonNode document = uploaded(
                officer,
                group,
                new Multipart()
                        .field("title", "Damaged scan " + titleWord)
                        .field("description", "Scanned minutes, " + descriptionWord + " meeting")
                        .file("scan.pdf", "application/pdf", broken));
        long id = document.get("id").asLong();

        assertThat(awaitExtraction(officer, id).get("textStatus").asText()).isEqualTo("failed");
        awaitHit(colleague, titleWord, document(id));
        JsonNode byDescription = awaitHit(colleague, descriptionWord, document(id));
        assertThat(byDescription.get("snippet").asText()).contains("<mark>" + descriptionWord + "</mark>");
        // Stored as sent, byte for byte.
        try (var response = colleague.getResponse("/api/v1/documents/" + id + "/content")) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(byte[].class)).isEqualTo(broken);
        }
    }

    private interface FileWithPhrase {
        byte[] write(String phrase) throws IOException;
    }

    /**
     * Uploads a file whose text holds a two-word phrase found nowhere else (not in its title,
     * description or name), then searches for that exact phrase as a colleague from another
     * department would.
     */
    private JsonNode assertFoundByInnerPhrase(String filename, String contentType, FileWithPhrase file)
            throws Exception {
        String first = word();
        String second = word();
        String phrase = first + " " + second;
        JsonNode document = uploaded(
                officer,
                group,
                new Multipart()
                        .field("title", "Shared " + filename)
                        .field("description", "A file the team uses")
                        .field("tags", "reference")
                        .file(filename, contentType, file.write(phrase)));
        long id = document.get("id").asLong();
        assertThat(document.get("filename").asText()).isEqualTo(filename);

        JsonNode hit = awaitHit(colleague, "\"" + phrase + "\"", document(id));
        assertThat(hit.get("title").asText()).isEqualTo("Shared " + filename);
        assertThat(hit.get("url").asText()).isEqualTo("/documents/" + id);
        assertThat(hit.get("snippet").asText())
                .contains("<mark>" + first + "</mark>")
                .contains(second);
        assertThat(awaitExtraction(colleague, id).get("textStatus").asText()).isEqualTo("done");
        // One word of the phrase alone finds it too, and the phrase in the wrong order does not.
        awaitHit(colleague, second, document(id));
        assertThat(Documents.search(colleague, "\"" + second + " " + first + "\"")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        return hit;
    }
}
