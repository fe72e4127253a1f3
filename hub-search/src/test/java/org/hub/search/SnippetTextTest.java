package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SnippetText}: a snippet's HTML as plain text with the offsets of its matches. */
class SnippetTextTest {
    @Test
    void entitiesAreDecodedAndMarksBecomeOffsets() {
        SnippetText plain = SnippetText.fromHtml(
                "We&#x27;ve <mark>damp</mark> &amp; <mark>mould</mark> &lt;b&gt; a&#x2F;b &quot;x&quot;");
        assertThat(plain.text()).isEqualTo("We've damp & mould <b> a/b \"x\"");
        assertThat(plain.highlights())
                .containsExactly(new SnippetText.Highlight(6, 10), new SnippetText.Highlight(13, 18));
        assertThat(plain.highlights())
                .extracting(h -> plain.text().substring(h.start(), h.end()))
                .containsExactly("damp", "mould");
    }

    @Test
    void offsetsCountUtf16UnitsAndStrayAmpersandsStay() {
        SnippetText plain = SnippetText.fromHtml("😀 <mark>café</mark> R&D &#128512;");
        assertThat(plain.text()).isEqualTo("😀 café R&D 😀");
        assertThat(plain.highlights()).containsExactly(new SnippetText.Highlight(3, 7));
        assertThat(SnippetText.fromHtml(null)).isEqualTo(new SnippetText("", List.of()));
    }

    @Test
    void aRealHighlightRoundTrips() throws Exception {
        try (SearchIndex index = Items.newIndex()) {
            Items.addAll(index, Items.thread(1, "Boiler", "We've had damp in the flat & it's <worse> now"));
            SearchHit hit =
                    index.search(Items.request("damp", Items.ALL)).hits().get(0);
            SnippetText plain = SnippetText.fromHtml(hit.snippetHtml());
            assertThat(plain.text()).isEqualTo("We've had damp in the flat & it's <worse> now");
            assertThat(plain.highlights()).singleElement().satisfies(h -> assertThat(
                            plain.text().substring(h.start(), h.end()))
                    .isEqualTo("damp"));
        }
    }
}
