package org.hub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Finding the CSRF field at the start of a multipart body; and no template puts the token in a URL. */
class MultipartCsrfFieldTest {
    private static String part(String disposition, String value) {
        return "--B\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + value + "\r\n";
    }

    @Test
    void findsTheFieldFirstOrAfterOtherFields() {
        String file = part("name=\"file\"; filename=\"a.txt\"", "bytes") + "--B--\r\n";
        assertThat(MultipartCsrfField.field(part("name=\"csrf\"", "tok-1") + file, "B"))
                .isEqualTo("tok-1");
        assertThat(MultipartCsrfField.field(
                        part("name=\"title\"", "A title") + part("name=\"csrf\"", "tok-2") + file, "B"))
                .isEqualTo("tok-2");
    }

    @Test
    void noFieldAFileNamedCsrfOrACutBodyGiveNone() {
        assertThat(MultipartCsrfField.field(part("name=\"title\"", "x") + "--B--\r\n", "B"))
                .isNull();
        assertThat(MultipartCsrfField.field(part("name=\"csrf\"; filename=\"csrf\"", "tok") + "--B--\r\n", "B"))
                .isNull();
        assertThat(MultipartCsrfField.field("--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok", "B"))
                .as("the value's end is not within the look-ahead")
                .isNull();
        assertThat(MultipartCsrfField.field(part("name=\"csrfx\"", "tok") + "--B--\r\n", "B"))
                .isNull();
    }

    @Test
    void noTemplatePutsTheTokenInAUrl() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/hub/web/pages"))) {
            templates = files.filter(p -> p.toString().endsWith(".mustache")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            assertThat(Files.readString(template, StandardCharsets.UTF_8))
                    .as(template.toString())
                    .doesNotContain("csrf=");
        }
    }
}
