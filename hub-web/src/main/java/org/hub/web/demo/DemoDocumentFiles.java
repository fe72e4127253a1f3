package org.hub.web.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The bytes of a {@link DemoDocument} in its format: a PDF (PDFBox), a Word file (POI) or CSV. */
final class DemoDocumentFiles {
    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 11;
    private static final float HEADING_SIZE = 14;

    private DemoDocumentFiles() {}

    static byte[] render(DemoDocument document) {
        try {
            return switch (document.format()) {
                case PDF -> pdf(document.sections());
                case DOCX -> docx(document.sections());
                case CSV -> csv(document.rows());
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate the demo document " + document.file(), e);
        }
    }

    private static byte[] csv(List<List<String>> rows) {
        String text = rows.stream()
                .map(row -> row.stream().map(DemoDocumentFiles::csvField).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String csvField(String value) {
        return value.matches(".*[,\"\r\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static byte[] docx(List<DemoDocument.Section> sections) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (DemoDocument.Section section : sections) {
                XWPFRun heading = doc.createParagraph().createRun();
                heading.setBold(true);
                heading.setFontSize(HEADING_SIZE);
                heading.setText(section.heading());
                for (String paragraph : section.paragraphs()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText(paragraph);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A4 pages of wrapped lines in the standard Helvetica fonts (no font files to ship). */
    private static byte[] pdf(List<DemoDocument.Section> sections) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = new PdfWriter(doc);
            for (DemoDocument.Section section : sections) {
                writer.paragraph(section.heading(), bold, HEADING_SIZE);
                for (String paragraph : section.paragraphs()) {
                    writer.paragraph(paragraph, regular, BODY_SIZE);
                }
            }
            writer.close();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Lays lines out top to bottom, starting a new page when one is full. */
    private static final class PdfWriter {
        private final PDDocument doc;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument doc) {
            this.doc = doc;
        }

        void paragraph(String text, PDType1Font font, float size) throws IOException {
            float leading = size * 1.4f;
            for (String line : wrap(text, font, size)) {
                if (content == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
            y -= leading / 2;
        }

        private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }
    }
}
