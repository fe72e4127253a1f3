package org.hub.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.hub.api.documents.ExtractionLimits;
import org.hub.api.documents.ExtractionResult;
import org.hub.api.documents.TextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's generated documents: every format present, posted by group members, and their text extractable. */
class DemoDocumentFilesTest {
    private final DemoOrganisation org = DemoOrganisation.generate(42L);

    @TempDir
    Path folder;

    @Test
    void everyFormatIsThereAndUploadersBelongToTheirGroup() {
        assertThat(org.documents()).hasSizeBetween(4, 6);
        assertThat(org.documents()).extracting(DemoDocument::format).contains(DemoDocument.Format.values());
        for (DemoDocument d : org.documents()) {
            assertThat(org.group(d.groupSlug()).allMembers()).as(d.file()).contains(d.uploader());
            assertThat(d.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
        }
        assertThat(org.documents()).extracting(DemoDocument::file).doesNotHaveDuplicates();
    }

    @Test
    void theTextOfEveryGeneratedFileCanBeExtracted() throws Exception {
        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.defaults())) {
            for (DemoDocument d : org.documents()) {
                Path file = folder.resolve(d.file());
                Files.write(file, DemoDocumentFiles.render(d));
                ExtractionResult result = extractor.extract(file, d.file());
                assertThat(result.failure()).as(d.file()).isEmpty();
                String expected = d.format() == DemoDocument.Format.CSV
                        ? d.rows().get(1).get(1)
                        : d.sections().get(1).paragraphs().get(0).split(" ")[0];
                assertThat(result.text()).as(d.file()).contains(expected);
                Set<String> words = java.util.Arrays.stream(
                                result.text().toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                        .collect(Collectors.toSet());
                String lastWords = d.format() == DemoDocument.Format.CSV
                        ? ""
                        : d.sections()
                                .get(d.sections().size() - 1)
                                .paragraphs()
                                .get(0)
                                .toLowerCase(java.util.Locale.ROOT);
                assertThat(java.util.Arrays.stream(lastWords.split("\\W+"))
                                .filter(w -> !w.isEmpty())
                                .collect(Collectors.toSet()))
                        .as(d.file())
                        .isSubsetOf(words);
            }
        }
    }
}
