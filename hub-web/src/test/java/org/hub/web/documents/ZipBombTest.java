package org.hub.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.web.documents.Documents.awaitExtraction;
import static org.hub.web.documents.Documents.awaitHit;
import static org.hub.web.documents.Documents.document;
import static org.hub.web.documents.Documents.uploaded;
import static org.hub.web.documents.Documents.word;
import static org.hub.web.support.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hub.api.testing.TestFiles;
import org.hub.web.support.Api;
import org.hub.web.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .docx zip bomb is stored, its extraction is cut short without filling the heap, and the server carries on. */
class ZipBombTest extends AppTestBase {
    private static final long INFLATED = 1L << 30;
    /** Far below the gigabyte the bomb inflates to, far above what a capped, streamed parse needs. */
    private static final long MAX_OLD_GEN_GROWTH = 256L << 20;

    @Test
    void aDocxThatInflatesToAGigabyteIsStoredButNotInflated(@TempDir Path folder) throws Exception {
        Api officer = api.user(api.department("Customer Services"), "member");
        String group = Documents.group(officer, "open");
        byte[] bomb = Files.readAllBytes(TestFiles.docxBomb(folder.resolve("bomb.docx"), INFLATED));
        assertThat(bomb.length).as("compressed size").isLessThan(5 << 20);

        List<MemoryPoolMXBean> oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .toList();
        assertThat(oldGen).as("the heap's old generation pool").isNotEmpty();
        System.gc();
        long before =
                oldGen.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        oldGen.forEach(MemoryPoolMXBean::resetPeakUsage);

        String titleWord = word();
        JsonNode stored = uploaded(
                officer,
                group,
                new Multipart()
                        .field("title", "Complaints log " + titleWord)
                        .file(
                                "complaints.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                bomb));
        long id = stored.get("id").asLong();

        // While it is being handled, the server answers other requests.
        expect(officer.get("/api/v1/me"), 200);
        JsonNode extracted = awaitExtraction(officer, id);
        long peak =
                oldGen.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        assertThat(extracted.get("textStatus").asText()).isIn("failed", "done");
        assertThat(peak - before)
                .as("old generation growth while extracting, bytes")
                .isLessThan(MAX_OLD_GEN_GROWTH);

        // Stored whole and still downloadable, and findable by its title.
        try (Response download = officer.getResponse("/api/v1/documents/" + id + "/content")) {
            assertThat(download.getStatus()).isEqualTo(200);
            assertThat(download.readEntity(byte[].class)).isEqualTo(bomb);
        }
        awaitHit(officer, titleWord, document(id));

        // And the extraction pipeline still works for the next, ordinary upload.
        String phrase = word();
        long next = uploaded(
                        officer,
                        group,
                        new Multipart()
                                .field("title", "Complaints summary")
                                .file(
                                        "summary.docx",
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        TestFiles.docx(
                                                "Most complaints this month concern the " + phrase + " service.")))
                .get("id")
                .asLong();
        awaitHit(officer, phrase, document(next));
    }
}
