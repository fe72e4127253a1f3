package org.hub.web.demo;

import java.util.List;
import java.util.Locale;

/**
 * A document of the demo library ({@code documents.yml}), generated at seed time in the format its
 * file name says: a PDF or Word file from {@code sections}, a CSV file from {@code rows}.
 *
 * @param groupSlug      the group it is shared in
 * @param uploader       a member of that group who may post in it
 * @param tags           at most 10 lowercase tags
 */
public record DemoDocument(
        @com.fasterxml.jackson.annotation.JsonProperty("group")
        String groupSlug,

        String uploader,
        String file,
        String title,
        String description,
        List<String> tags,
        List<Section> sections,
        List<List<String>> rows) {

    public enum Format {
        PDF,
        DOCX,
        CSV
    }

    public DemoDocument {
        description = description == null ? "" : description.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        sections = sections == null ? List.of() : List.copyOf(sections);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        Format format = formatOf(file);
        if ((format == Format.CSV) == rows.isEmpty() || (format != Format.CSV) == sections.isEmpty()) {
            throw new IllegalArgumentException(file + ": a CSV file needs rows, a PDF or Word file sections");
        }
    }

    /** A heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {
        public Section {
            paragraphs = paragraphs.stream().map(String::strip).toList();
        }
    }

    public Format format() {
        return formatOf(file);
    }

    private static Format formatOf(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        } else if (name.endsWith(".docx")) {
            return Format.DOCX;
        } else if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        throw new IllegalArgumentException("demo documents are .pdf, .docx or .csv: " + file);
    }
}
