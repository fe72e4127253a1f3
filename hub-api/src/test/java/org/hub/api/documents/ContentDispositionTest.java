package org.hub.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ContentDisposition: RFC 6266 attachment values with an ASCII fallback and an RFC 5987 UTF-8 name. */
class ContentDispositionTest {
    @Test
    void plainAsciiName() {
        assertThat(ContentDisposition.attachment("report-2026_v2.pdf"))
                .isEqualTo("attachment; filename=\"report-2026_v2.pdf\"; filename*=UTF-8''report-2026_v2.pdf");
    }

    @Test
    void spacesAreQuotedInTheFallbackAndEncodedInTheExtendedValue() {
        assertThat(ContentDisposition.attachment("board minutes.docx"))
                .isEqualTo("attachment; filename=\"board minutes.docx\"; filename*=UTF-8''board%20minutes.docx");
    }

    @Test
    void nonAsciiNameKeepsAccentsOnlyInTheExtendedValue() {
        String value = ContentDisposition.attachment("Résumé – ôl-ofal 議事録.pdf");

        assertThat(value).startsWith("attachment; filename=\"Resume _ ol-ofal ___.pdf\"; filename*=UTF-8''");
        String encoded = value.substring(value.indexOf("''") + 2);
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Résumé – ôl-ofal 議事録.pdf");
    }

    @Test
    void quotesBackslashesAndPercentCannotBreakOutOfTheFallback() {
        String value = ContentDisposition.attachment("a\"b%22c.txt");

        assertThat(value).isEqualTo("attachment; filename=\"a_b_22c.txt\"; filename*=UTF-8''a%22b%2522c.txt");
    }

    @Test
    void headerInjectionIsImpossible() {
        String value = ContentDisposition.attachment("x.txt\r\nSet-Cookie: a=b");

        assertThat(value).doesNotContain("\r").doesNotContain("\n");
        assertThat(value.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).isTrue();
    }

    @Test
    void pathsAndEmptyNamesAreCleanedFirst() {
        assertThat(ContentDisposition.attachment("../../etc/passwd"))
                .isEqualTo("attachment; filename=\"passwd\"; filename*=UTF-8''passwd");
        assertThat(ContentDisposition.attachment("")).isEqualTo("attachment; filename=\"file\"; filename*=UTF-8''file");
    }
}
