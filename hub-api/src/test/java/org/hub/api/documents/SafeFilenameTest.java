package org.hub.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SafeFilename: path segments, control and bidi characters, dots, whitespace, length, normalisation. */
class SafeFilenameTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "report.pdf | report.pdf",
                "../../etc/passwd | passwd",
                "../ | file",
                "..\\..\\windows\\system32\\cmd.exe | cmd.exe",
                "/etc/passwd | passwd",
                "C:\\x\\y.pdf | y.pdf",
                "\\\\server\\share\\minutes.docx | minutes.docx",
                "mixed/dirs\\and/more\\name.txt | name.txt",
                ".. | file",
                "... | file",
                ".bashrc | bashrc",
                "name.pdf... | name.pdf",
                "'name.pdf   ' | name.pdf",
                "'   spaced    out\tname.pdf ' | spaced out name.pdf",
                "'' | file",
                "'   ' | file",
            })
    void cleans(String uploaded, String expected) {
        assertThat(SafeFilename.clean(uploaded)).isEqualTo(expected);
    }

    @Test
    void nullBecomesFallback() {
        assertThat(SafeFilename.clean(null)).isEqualTo("file");
    }

    @Test
    void stripsNulAndOtherControls() {
        assertThat(SafeFilename.clean("inv\u0000oice.pdf\u0000.exe")).isEqualTo("invoice.pdf.exe");
        assertThat(SafeFilename.clean("a\u0007b\u007fc\u0085d.txt")).isEqualTo("abcd.txt");
        assertThat(SafeFilename.clean("line\r\nbreak.txt")).isEqualTo("line break.txt");
    }

    @Test
    void stripsBidiOverridesSoTheRealExtensionShows() {
        // Displayed as "evilexe.pdf" by a bidi-aware renderer; really an .exe.
        assertThat(SafeFilename.clean("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
        assertThat(SafeFilename.clean(
                        "\u202A\u202B\u202C\u202D\u202Ea\u2066\u2067\u2068\u2069b\u200E\u200F\u061Cc.txt"))
                .isEqualTo("abc.txt");
        assertThat(SafeFilename.clean("\uFEFFbom.txt")).isEqualTo("bom.txt");
    }

    @Test
    void stripsUnpairedSurrogates() {
        assertThat(SafeFilename.clean("a\uD800b\uDC00c.txt")).isEqualTo("abc.txt");
        assertThat(SafeFilename.clean("emoji-\uD83D\uDE00.txt")).isEqualTo("emoji-\uD83D\uDE00.txt");
    }

    @Test
    void normalisesToNfc() {
        String decomposed = "re\u0301sume\u0301.pdf";
        assertThat(SafeFilename.clean(decomposed)).isEqualTo("r\u00e9sum\u00e9.pdf");
        // A combining mark hidden behind an override joins its letter once the override is gone.
        assertThat(SafeFilename.clean("e\u202E\u0301.txt")).isEqualTo("\u00e9.txt");
    }

    @Test
    void keepsUnicodeNames() {
        assertThat(SafeFilename.clean("Gwasanaethau cymdeithasol – ôl-ofal.docx"))
                .isEqualTo("Gwasanaethau cymdeithasol – ôl-ofal.docx");
        assertThat(SafeFilename.clean("議事録.pdf")).isEqualTo("議事録.pdf");
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String cleaned = SafeFilename.clean("a".repeat(10_000) + ".pdf");

        assertThat(cleaned).hasSize(SafeFilename.MAX_LENGTH).endsWith("aaa.pdf");
    }

    @Test
    void longNamesWithoutUsableExtensionAreCut() {
        assertThat(SafeFilename.clean("b".repeat(10_000))).isEqualTo("b".repeat(200));
        assertThat(SafeFilename.clean("c".repeat(300) + "." + "d".repeat(50)))
                .hasSize(200)
                .startsWith("ccc");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String cleaned = SafeFilename.clean("\uD83D\uDE00".repeat(500) + ".txt");

        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(200);
        assertThat(cleaned).endsWith(".txt");
        assertThat(Character.isHighSurrogate(cleaned.charAt(cleaned.length() - 5)))
                .isFalse();
    }

    @Test
    void cuttingDoesNotLeaveTrailingDotsOrSpaces() {
        String cleaned = SafeFilename.clean("x".repeat(195) + " . . . . . . . . . . .pdf");

        assertThat(cleaned).isEqualTo("x".repeat(195) + ".pdf");
    }
}
