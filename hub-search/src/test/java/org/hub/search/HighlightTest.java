package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.ALL;
import static org.hub.search.Items.request;
import static org.hub.search.Items.thread;

import org.junit.jupiter.api.Test;

/** Covers snippets: matches in mark tags, everything else HTML-escaped, sensible length. */
class HighlightTest {

    @Test
    void marksMatchesAndEscapesHtml() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(
                    index,
                    thread(1, "Scripts", "Do not paste <script>alert('x')</script> into the intranet & expect safety"));
            String snippet =
                    index.search(request("intranet", ALL)).hits().get(0).snippetHtml();
            assertThat(snippet).contains("<mark>intranet</mark>");
            assertThat(snippet)
                    .doesNotContain("<script>")
                    .contains("&lt;script&gt;")
                    .contains("&amp;");
        }
    }

    @Test
    void snippetIsNearTheMatchAndShort() throws Exception {
        String filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40);
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(index, thread(1, "Long", filler + "The pension scheme closes in May. " + filler));
            String snippet = index.search(request("pension", ALL)).hits().get(0).snippetHtml();
            assertThat(snippet).contains("<mark>pension</mark>");
            assertThat(snippet.length()).isLessThan(400);
        }
    }

    @Test
    void startOfBodyWhenOnlyTheTitleMatched() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(index, thread(1, "Pension <b>questions</b>", "Ask <here> about anything."));
            String snippet = index.search(request("pension", ALL)).hits().get(0).snippetHtml();
            assertThat(snippet).isEqualTo("Ask &lt;here&gt; about anything.");
        }
    }

    @Test
    void browseShowsEscapedStartOfBody() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(index, thread(1, "T", "<i>x</i> " + "word ".repeat(100)));
            String snippet = index.search(request("", ALL)).hits().get(0).snippetHtml();
            assertThat(snippet).startsWith("&lt;i&gt;x&lt;/i&gt;").endsWith("…");
            assertThat(snippet.length()).isLessThan(260);
        }
    }
}
