package org.hub.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ThreadActivity#fold}: one entry per thread, its answers counted, other items alone. */
class ThreadActivityTest {
    private static SearchResponse.Hit hit(String type, long id, Long thread) {
        String url = type.equals("post") ? "/threads/" + thread + "#post-" + id : "/" + type + "s/" + id;
        return new SearchResponse.Hit(
                type, id, "T" + id, "", "", List.of(), url, thread, null, null, List.of(), null, Instant.EPOCH, 0f);
    }

    @Test
    void answersFoldIntoTheirThreadInTheOrderOfTheNewest() {
        List<ThreadActivity> folded = ThreadActivity.fold(
                List.of(
                        hit("post", 12, 7L),
                        hit("post", 11, 7L),
                        hit("document", 3, null),
                        hit("post", 10, 7L),
                        hit("thread", 8, 8L),
                        hit("post", 9, 8L)),
                10);
        assertThat(folded).hasSize(3);
        assertThat(folded.get(0).answers()).isEqualTo(3);
        assertThat(folded.get(0).started()).isFalse();
        assertThat(folded.get(0).url()).as("several: the thread").isEqualTo("/threads/7");
        assertThat(folded.get(0).latest().id()).isEqualTo(12);
        assertThat(folded.get(1).latest().type()).isEqualTo("document");
        assertThat(folded.get(1).url()).isEqualTo("/documents/3");
        assertThat(folded.get(2).started()).isTrue();
        assertThat(folded.get(2).answers()).isEqualTo(1);
    }

    @Test
    void theLimitCountsEntriesButLaterAnswersStillFoldIn() {
        List<ThreadActivity> folded = ThreadActivity.fold(
                List.of(hit("post", 5, 1L), hit("post", 4, 2L), hit("post", 3, 1L), hit("thread", 2, 3L)), 2);
        assertThat(folded).extracting(a -> a.latest().threadId()).containsExactly(1L, 2L);
        assertThat(folded.get(0).answers()).isEqualTo(2);
    }
}
