package org.hub.api.common.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The XSS corpus's checker catches unsafe HTML on its own, with no sanitizer involved. */
class SafeHtmlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//x></SCRIPT>",
                "<p onclick=\"alert(1)\">x</p>",
                "<p ONMOUSEOVER=alert(1)>x</p>",
                "<p style=\"color:red\">x</p>",
                "<div>x</div>",
                "<img src=\"https://ok.example/a.png\" alt=\"a\">",
                "<iframe src=\"https://ok.example\"></iframe>",
                "<svg/onload=alert(1)>",
                "<scr\u0000ipt>alert(1)</script>",
                "<a href=\"javascript:alert(1)\" rel=\"nofollow noopener\">x</a>",
                "<a href=\" JaVaScRiPt:alert(1)\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;x\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"javascript&colon;alert(1)\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"&amp;#106;avascript:alert(1)\" rel=\"nofollow noopener\">x</a>",
                "<a href='vbscript:msgbox(1)' rel='nofollow noopener'>x</a>",
                "<a href=data:text/html,x rel=nofollow>x</a>",
                "<a href=\"file:///etc/passwd\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"https://ok.example\">no rel</a>",
                "<a href=\"https://ok.example\" rel=\"nofollow\">half a rel</a>",
                "<a href=\"https://ok.example\" rel=\"nofollow noopener\" target=\"_blank\">x</a>",
                "<a href=\"https://ok.example\" rel=\"nofollow noopener\" id=\"login\">x</a>",
                "<code class=\"x\" onmouseover=\"x\">x</code>",
            })
    void flagsUnsafeHtml(String html) {
        assertThat(SafeHtml.violations(html)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>text &lt;script&gt; javascript:alert(1) onerror&#61;x data: &lt;img&gt;</p>",
                "<a href=\"https://ok.example/a?b&#61;1&amp;c&#61;2\" rel=\"noopener nofollow\">x</a>",
                "<a href=\"/groups/x#top\" title=\"t\" rel=\"nofollow noopener\">x</a>",
                "<a href=\"mailto:a&#64;ok.example\" rel=\"nofollow noopener\">a</a>",
                "<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;</code></pre>",
                "<table><thead><tr><th align=\"left\">a</th></tr></thead></table>",
                "<ol start=\"3\"><li>x</li></ol><hr /><p>a<br />b</p>",
            })
    void acceptsSafeHtml(String html) {
        assertThat(SafeHtml.violations(html)).isEmpty();
    }
}
