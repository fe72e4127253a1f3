package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Covers the one HTML-escaping rule snippets, Markdown source and pages share. */
class HtmlTest {

    @Test
    void escapesTheFiveCharactersAndNothingElse() {
        assertThat(Html.escape("<a href=\"x\">Tom's & Jerry's</a> é/…"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#x27;s &amp; Jerry&#x27;s&lt;/a&gt; é/…");
        assertThat(Html.escape(null)).isEmpty();
    }
}
