package org.hub.api.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Tags}: commas are the only separator, each tag normalised, and the reasons a tag is refused. */
class TagsTest {
    @Test
    void aCommaSeparatedBoxGivesOneTagPerCommaNotPerWord() {
        List<String> errors = new ArrayList<>();
        List<String> tags = Tags.clean(Tags.parse("complaints, stage 1, repairs"), errors);
        assertThat(errors).isEmpty();
        assertThat(tags).containsExactly("complaints", "stage 1", "repairs");
    }

    @Test
    void tagsAreLowerCasedTrimmedCollapsedAndKeptOnce() {
        List<String> errors = new ArrayList<>();
        List<String> tags = Tags.clean(Tags.parse("  Stage\t 1 ,stage 1,, COUNCIL-TAX ,"), errors);
        assertThat(errors).isEmpty();
        assertThat(tags).containsExactly("stage 1", "council-tax");
    }

    @Test
    void storedTagsRoundTripWithTheirSpaces() {
        List<String> tags = List.of("stage 1", "repairs", "o'neill & sons");
        assertThat(Tags.split(Tags.join(tags))).containsExactlyElementsOf(tags);
        assertThat(Tags.split("")).isEmpty();
    }

    @Test
    void refusalsSayWhichTagAndWhy() {
        assertThat(refusal("x".repeat(41)))
                .startsWith("tags must be at most 40 characters each")
                .contains("41");
        assertThat(refusal("say \"when\"")).startsWith("tags may only use").contains("say \"when\"");
        assertThat(refusal(" ")).startsWith("tags must not be empty");
        assertThat(refusal("---")).as("punctuation alone is no tag").startsWith("tags may only use");
        List<String> errors = new ArrayList<>();
        Tags.clean(IntStream.range(0, 11).mapToObj(i -> "tag " + i).toList(), errors);
        assertThat(errors).singleElement().asString().startsWith("tags: at most 10");
        assertThat(Tags.clean(List.of("x".repeat(40)), new ArrayList<>())).hasSize(1);
    }

    @Test
    void aFilterValueIsNormalisedLikeTheTagsItLooksFor() {
        assertThat(Tags.filter("  Stage   1 ")).isEqualTo("stage 1");
        assertThat(Tags.filter(" ")).isNull();
        assertThat(Tags.filter(null)).isNull();
        assertThatThrownBy(() -> Tags.filter("x".repeat(41)))
                .hasMessageStartingWith("tag must be at most 40 characters");
    }

    private static String refusal(String tag) {
        List<String> errors = new ArrayList<>();
        assertThat(Tags.clean(List.of(tag), errors)).isEmpty();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }
}
