package org.hub.api.common.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ordinary Markdown renders to the expected HTML, plain text and excerpts. */
class MarkdownRendererTest {

    private static final Pattern LINK = Pattern.compile("<a ([^>]*)>");
    private static final Pattern REL = Pattern.compile("rel=\"([^\"]*)\"");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headingsMoveOneLevelDownBelowThePageTitle() {
        assertThat(renderer.toHtml("# One\n\n## Two\n\n##### Five\n\n###### Six"))
                .isEqualTo("<h2>One</h2>\n<h3>Two</h3>\n<h6>Five</h6>\n<h6>Six</h6>\n");
    }

    @Test
    void inlineFormatting() {
        assertThat(renderer.toHtml("Some *em*, **strong** and `a < b` code."))
                .isEqualTo("<p>Some <em>em</em>, <strong>strong</strong> and <code>a &lt; b</code> code.</p>\n");
    }

    @Test
    void lists() {
        assertThat(renderer.toHtml("- a\n- b\n\n3. c\n4. d"))
                .isEqualTo("<ul><li>a</li><li>b</li></ul>\n<ol start=\"3\"><li>c</li><li>d</li></ol>\n");
    }

    @Test
    void fencedCodeKeepsItsLanguageAndEscapesItsContent() {
        assertThat(renderer.toHtml("```java\nif (a < b && c) {}\n```"))
                .isEqualTo("<pre><code class=\"language-java\">if (a &lt; b &amp;&amp; c) {}\n</code></pre>\n");
    }

    @Test
    void codeLanguageThatIsNotASingleTokenIsDropped() {
        assertThat(renderer.toHtml("```\"x onclick=y\nz\n```")).isEqualTo("<pre><code>z\n</code></pre>\n");
    }

    @Test
    void tablesKeepColumnAlignment() {
        assertThat(renderer.toHtml("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |"))
                .isEqualTo("<table><thead><tr><th align=\"left\">a</th><th align=\"center\">b</th>"
                        + "<th align=\"right\">c</th></tr></thead><tbody><tr><td align=\"left\">1</td>"
                        + "<td align=\"center\">2</td><td align=\"right\">3</td></tr></tbody></table>\n");
    }

    @Test
    void blockquoteRuleAndHardBreak() {
        assertThat(renderer.toHtml("> quoted\n\n---\n\nline  \nbreak"))
                .isEqualTo("<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr />\n<p>line<br />\nbreak</p>\n");
    }

    @Test
    void everyKindOfLinkGetsNofollowNoopener() {
        String html =
                renderer.toHtml("[inline](https://ok.example/a \"T\") <https://ok.example/b> https://ok.example/c "
                        + "someone@ok.example [relative](/groups/x) [ref]\n\n[ref]: http://ok.example/d");

        List<String> links = LINK.matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(links).hasSize(6);
        assertThat(links).allSatisfy(link -> assertThat(rels(link)).contains("nofollow", "noopener"));
        assertThat(html)
                .contains("href=\"https://ok.example/a\" title=\"T\"")
                .contains("href=\"https://ok.example/b\"")
                .contains("href=\"https://ok.example/c\"")
                .contains("href=\"mailto:someone&#64;ok.example\"")
                .contains("href=\"/groups/x\"")
                .contains("href=\"http://ok.example/d\"")
                .doesNotContain("target=");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(renderer.toHtml("Hello <b>there</b>\n\n<div onclick=\"x()\">block</div>"))
                .isEqualTo("<p>Hello &lt;b&gt;there&lt;/b&gt;</p>\n"
                        + "<p>&lt;div onclick&#61;&#34;x()&#34;&gt;block&lt;/div&gt;</p>\n");
    }

    @Test
    void imagesBecomeLinksLabelledWithTheirAltText() {
        String html = renderer.toHtml("![A *chart*](https://ok.example/c.png \"Q3\") ![](https://ok.example/d.png)");

        assertThat(withSortedRels(html))
                .isEqualTo(
                        "<p><a href=\"https://ok.example/c.png\" title=\"Q3\" rel=\"nofollow noopener\">A chart</a> "
                                + "<a href=\"https://ok.example/d.png\" rel=\"nofollow noopener\">https://ok.example/d.png</a></p>\n");
    }

    @Test
    void linkWithForbiddenSchemeKeepsOnlyItsText() {
        assertThat(renderer.toHtml("[click](javascript:alert(1)) and <vbscript:x>"))
                .isEqualTo("<p>click and vbscript:x</p>\n");
    }

    @Test
    void emptyInputRendersNothing() {
        assertThat(renderer.toHtml("")).isEmpty();
        assertThat(renderer.toPlainText("  \n ")).isEmpty();
        assertThat(renderer.excerpt("", 10)).isEmpty();
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> renderer.toHtml(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> renderer.toPlainText(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void plainTextHasOneLinePerBlockAndNoMarkupOrUrls() {
        String markdown = "# Title\n\nSome *em* and `code`, a [link](https://ok.example/hidden) and <b>raw</b>.\n\n"
                + "- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode block\n```\n\n"
                + "![diagram](https://ok.example/d.png) line  \nbreak";

        assertThat(renderer.toPlainText(markdown))
                .isEqualTo("Title\nSome em and code, a link and <b>raw</b>.\none\ntwo\na b\n1 2\ncode block\n"
                        + "diagram line\nbreak");
    }

    @Test
    void plainTextDecodesEntitiesBecauseItIsNotHtml() {
        assertThat(renderer.toPlainText("Fish &amp; chips &lt;3")).isEqualTo("Fish & chips <3");
    }

    @Test
    void excerptReturnsShortTextWhole() {
        assertThat(renderer.excerpt("# Hi\n\nthere *you*", 20)).isEqualTo("Hi there you");
    }

    @Test
    void excerptCutsAtAWordBoundaryAndFitsTheLimit() {
        String excerpt = renderer.excerpt("The quick brown fox jumps over the lazy dog", 20);

        assertThat(excerpt).isEqualTo("The quick brown fox\u2026").hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void excerptCutsInsideAWordRatherThanLosingMostOfTheRoom() {
        assertThat(renderer.excerpt("a Pneumonoultramicroscopicsilicovolcanoconiosis", 12))
                .isEqualTo("a Pneumonou\u2026");
    }

    @Test
    void excerptNeverSplitsASurrogatePair() {
        String excerpt = renderer.excerpt("\uD83D\uDE00".repeat(10), 6);

        assertThat(excerpt).isEqualTo("\uD83D\uDE00\uD83D\uDE00\u2026");
    }

    @Test
    void excerptRejectsANonPositiveLimit() {
        assertThatThrownBy(() -> renderer.excerpt("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestingTooDeepToParseFallsBackToEscapedSource() throws Exception {
        String markdown = ">".repeat(5_000) + " <script>x</script>\nnext";

        // A small, fixed stack makes the overflow certain whatever the JVM's default stack size.
        String[] result = new String[2];
        Thread smallStack = new Thread(
                null,
                () -> {
                    result[0] = renderer.toHtml(markdown);
                    result[1] = renderer.toPlainText(markdown);
                },
                "small-stack",
                256 * 1024);
        smallStack.start();
        smallStack.join();

        assertThat(result[0])
                .isEqualTo("<p>" + "&gt;".repeat(5_000) + " &lt;script&gt;x&lt;/script&gt;<br />\nnext</p>");
        assertThat(result[1]).isEqualTo(markdown);
    }

    @Test
    void deepNestingRendersSafelyOnAnOrdinaryStack() {
        for (String markdown : List.of(
                ">".repeat(20_000) + " <script>x</script>",
                "- ".repeat(20_000) + "<script>x</script>",
                "*".repeat(20_000) + "<script>x</script>" + "*".repeat(20_000))) {
            String html = renderer.toHtml(markdown);

            assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;");
            assertThat(SafeHtml.violations(html)).isEmpty();
            assertThat(renderer.toPlainText(markdown)).contains("<script>x</script>");
        }
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<String> documents = IntStream.range(0, 200)
                .mapToObj(i -> "## Doc " + i + "\n\n- [link " + i + "](https://ok.example/" + i
                        + ")\n\n| a |\n|---|\n| " + i + " |")
                .toList();
        List<String> expected = documents.stream().map(renderer::toHtml).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = documents.stream()
                    .map(doc -> pool.submit(() -> renderer.toHtml(doc)))
                    .toList();
            for (int i = 0; i < documents.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sanitizer keeps rels in a set, so their order is not stable between runs. */
    private static String withSortedRels(String html) {
        return REL.matcher(html)
                .replaceAll(rel -> "rel=\""
                        + String.join(" ", new TreeSet<>(List.of(rel.group(1).split(" ")))) + "\"");
    }

    @Test
    void mentionsBecomeProfileLinksInProseOnly() {
        String html = renderer.toHtml(
                "Thanks @sam.jones. Ask @kim-l, not `@code` or [@linked](https://example.org) or kim@example.org");
        assertThat(html)
                .contains("Thanks <a href=\"/users/sam.jones\"", ">&#64;sam.jones</a>. Ask")
                .contains("<a href=\"/users/kim-l\"", ">&#64;kim-l</a>, not")
                .contains("<code>&#64;code</code>")
                .doesNotContain("/users/code", "/users/linked", "/users/example");
        assertThat(
                        renderer.mentions(
                                "@sam.jones and @kim-l and @sam.jones again; `@code`, [@linked](https://example.org), a@b.org, @ab"))
                .containsExactly("sam.jones", "kim-l");
    }

    private static List<String> rels(String linkAttributes) {
        Matcher rel = REL.matcher(linkAttributes);
        return rel.find() ? List.of(rel.group(1).split(" ")) : List.of();
    }
}
