package org.hub.api.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.hub.api.users.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GuidanceDao} on a migrated database: slug uniqueness, drafts left out unless asked for,
 * the status, tag and overdue filters, keyset pages, optimistic versions and the synonym list.
 */
abstract class GuidanceDaoContract extends DatabaseTest {
    private TestHub hub;
    private GuidanceDao guidance;
    private User owner;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            guidance = jdbi().onDemand(GuidanceDao.class);
            owner = hub.curator();
        }
    }

    @Test
    void anItemReadsBackBySlugAndTheSlugIsUnique() {
        String slug = TestHub.unique("dao-guidance");
        long countBefore = guidance.count();
        long id = guidance.insert(
                slug,
                "Lone working",
                "Call in **twice**",
                "<p>Call in</p>",
                "safety,visits",
                "published",
                LocalDate.of(2027, 3, 1),
                owner.id(),
                null,
                TestHub.NOW);

        Guidance read = guidance.findBySlug(slug).orElseThrow();
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.title()).isEqualTo("Lone working");
        assertThat(read.tags()).containsExactly("safety", "visits");
        assertThat(read.status()).isEqualTo(GuidanceStatus.PUBLISHED);
        assertThat(read.reviewBy()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(read.owner().username()).isEqualTo(owner.username());
        assertThat(read.sourcePostId()).isNull();
        assertThat(read.sourceThreadId()).isNull();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.overdue()).as("the service decides").isFalse();
        assertThat(guidance.count()).isEqualTo(countBefore + 1);
        assertThat(guidance.countSlug(slug)).isEqualTo(1);
        assertThat(guidance.findBySlug("no-such-" + slug)).isEmpty();
        assertThat(guidance.findAll(List.of(id))).extracting(Guidance::slug).containsExactly(slug);

        assertThatThrownBy(() -> insert(slug, "published", TestHub.TODAY, "")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> insert(TestHub.unique("dao-guidance"), "secret", TestHub.TODAY, ""))
                .as("status is checked")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void draftsAreListedOnlyWhenAskedFor() {
        String tag = TestHub.unique("tag");
        long published = insert(TestHub.unique("dao-guidance"), "published", TestHub.TODAY, tag);
        long draft = insert(TestHub.unique("dao-guidance"), "draft", TestHub.TODAY, tag);
        long archived = insert(TestHub.unique("dao-guidance"), "archived", TestHub.TODAY, tag);

        assertThat(ids(guidance.list(false, null, tag, null, Long.MAX_VALUE, 10)))
                .containsExactly(published, archived);
        assertThat(ids(guidance.list(true, null, tag, null, Long.MAX_VALUE, 10)))
                .as("published, then drafts, then archived")
                .containsExactly(published, draft, archived);
        assertThat(ids(guidance.list(true, "draft", tag, null, Long.MAX_VALUE, 10)))
                .containsExactly(draft);
        assertThat(ids(guidance.list(false, "draft", tag, null, Long.MAX_VALUE, 10)))
                .isEmpty();
    }

    @Test
    void aTagMatchesWholeTagsOnly() {
        String tag = TestHub.unique("care");
        long exact = insert(TestHub.unique("dao-guidance"), "published", TestHub.TODAY, "adult," + tag + ",homes");
        insert(TestHub.unique("dao-guidance"), "published", TestHub.TODAY, "child" + tag);
        insert(TestHub.unique("dao-guidance"), "published", TestHub.TODAY, tag + "rs");
        assertThat(ids(guidance.list(false, null, tag, null, Long.MAX_VALUE, 10)))
                .containsExactly(exact);
    }

    @Test
    void overdueMeansPublishedAndDueBeforeTheDay() {
        String tag = TestHub.unique("tag");
        LocalDate day = TestHub.TODAY;
        long due = insert(TestHub.unique("dao-guidance"), "published", day.minusDays(1), tag);
        insert(TestHub.unique("dao-guidance"), "published", day, tag);
        insert(TestHub.unique("dao-guidance"), "draft", day.minusYears(1), tag);
        insert(TestHub.unique("dao-guidance"), "archived", day.minusYears(1), tag);
        assertThat(ids(guidance.list(true, null, tag, day, Long.MAX_VALUE, 10))).containsExactly(due);
    }

    @Test
    void itemsPageNewestFirstFromTheCursorAndOldestFirstForTheIndexer() {
        String tag = TestHub.unique("tag");
        long first = insert(TestHub.unique("dao-guidance"), "published", TestHub.TODAY, tag);
        long second = insert(TestHub.unique("dao-guidance"), "published", TestHub.TODAY, tag);
        long third = insert(TestHub.unique("dao-guidance"), "published", TestHub.TODAY, tag);

        assertThat(ids(guidance.list(false, null, tag, null, Long.MAX_VALUE, 2)))
                .containsExactly(third, second);
        assertThat(ids(guidance.list(false, null, tag, null, GuidanceOrder.key(GuidanceStatus.PUBLISHED, second), 2)))
                .containsExactly(first);
        assertThat(ids(guidance.after(first, 2))).containsExactly(second, third);
    }

    @Test
    void anEditNeedsTheVersionItWasBasedOn() {
        String slug = TestHub.unique("dao-guidance");
        long id = insert(slug, "draft", TestHub.TODAY, "");
        LocalDate later = TestHub.TODAY.plusMonths(1);
        assertThat(guidance.update(id, 2, "t", "b", "<p>b</p>", "", "published", later, TestHub.NOW))
                .isZero();
        assertThat(guidance.update(id, 1, "New", "b", "<p>b</p>", "x", "published", later, TestHub.NOW))
                .isEqualTo(1);
        assertThat(guidance.update(id, 1, "Again", "b", "<p>b</p>", "", "draft", later, TestHub.NOW))
                .isZero();
        Guidance read = guidance.findBySlug(slug).orElseThrow();
        assertThat(read.title()).isEqualTo("New");
        assertThat(read.status()).isEqualTo(GuidanceStatus.PUBLISHED);
        assertThat(read.reviewBy()).isEqualTo(later);
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void synonymsAreReplacedAsAWholeAndKeepTheirOrder() {
        guidance.clearSynonyms();
        guidance.insertSynonym(2, "bin|refuse|waste");
        guidance.insertSynonym(1, "asc|adult social care");
        assertThat(guidance.synonyms()).containsExactly("asc|adult social care", "bin|refuse|waste");
        guidance.clearSynonyms();
        assertThat(guidance.synonyms()).isEmpty();
    }

    private long insert(String slug, String status, LocalDate reviewBy, String tags) {
        return guidance.insert(
                slug, "Guidance " + slug, "Body", "<p>Body</p>", tags, status, reviewBy, owner.id(), null, TestHub.NOW);
    }

    private static List<Long> ids(List<Guidance> items) {
        return items.stream().map(Guidance::id).toList();
    }
}
