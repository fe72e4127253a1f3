package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Covers the item builder: it names what the record's constructor takes by position. */
class IndexedItemTest {

    @Test
    void theBuilderNamesWhatTheConstructorTakesByPosition() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        IndexedItem positional = new IndexedItem(
                ItemType.POST,
                7,
                "Title",
                "Body",
                List.of("a"),
                "hr",
                "HR",
                "d",
                "Dept",
                "bob",
                "Bob",
                t,
                "/threads/3#post-7",
                Set.of("g:1"),
                true,
                true,
                false,
                3);
        IndexedItem built = IndexedItem.builder(ItemType.POST, 7)
                .title("Title")
                .body("Body")
                .tags(List.of("a"))
                .group("hr", "HR")
                .department("d", "Dept")
                .author("bob", "Bob")
                .createdAt(t)
                .url("/threads/3#post-7")
                .accessTokens(Set.of("g:1"))
                .answered(true)
                .promoted(true)
                .threadId(3)
                .build();
        assertThat(built).isEqualTo(positional);
    }
}
