package org.hub.api.common.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every payload in markdown/xss-payloads.txt renders to HTML that passes {@link SafeHtml}. */
class MarkdownRendererXssTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:([ntr0])|u\\{([0-9A-Fa-f]{1,6})\\})");

    @ParameterizedTest(name = "[{index}] line {0}")
    @MethodSource("payloads")
    void rendersPayloadSafely(int line, String markdown) {
        String html = RENDERER.toHtml(markdown);

        assertThat(SafeHtml.violations(html))
                .as("payload on line %d rendered as%n%s", line, html)
                .isEmpty();
    }

    @ParameterizedTest(name = "[{index}] line {0}")
    @MethodSource("payloads")
    void plainTextAndExcerptNeverFail(int line, String markdown) {
        assertThat(RENDERER.toPlainText(markdown)).doesNotContain("\u0000");
        assertThat(RENDERER.excerpt(markdown, 40).length()).isLessThanOrEqualTo(40);
    }

    @Test
    void corpusIsLargeEnoughToMeanSomething() {
        assertThat(payloads()).hasSizeGreaterThanOrEqualTo(80);
    }

    static List<Arguments> payloads() {
        List<String> lines = readCorpus();
        return Stream.iterate(0, i -> i < lines.size(), i -> i + 1)
                .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("%%"))
                .map(i -> Arguments.of(i + 1, unescape(lines.get(i))))
                .toList();
    }

    private static List<String> readCorpus() {
        try (InputStream in = MarkdownRendererXssTest.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
            assertThat(in).as("markdown/xss-payloads.txt on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String line) {
        return ESCAPE.matcher(line).replaceAll(match -> Matcher.quoteReplacement(decode(match)));
    }

    private static String decode(MatchResult escape) {
        if (escape.group(2) != null) {
            return Character.toString(Integer.parseInt(escape.group(2), 16));
        }
        return switch (escape.group(1)) {
            case "n" -> "\n";
            case "t" -> "\t";
            case "r" -> "\r";
            default -> "\u0000";
        };
    }
}
