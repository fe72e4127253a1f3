package org.hub.api.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hub.api.testing.HubAssertions.assertRefused;

import java.util.ArrayList;
import java.util.List;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.Page;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupRole;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.hub.api.threads.HubThread;
import org.hub.api.threads.Post;
import org.hub.api.threads.ThreadKind;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GuidanceService}: only curators write; drafts only curators see; publishing and archiving;
 * review dates and "overdue"; slugs made from titles and kept unique; promotion of an answer.
 */
abstract class GuidanceServiceContract extends DatabaseTest {
    private TestHub hub;
    private GuidanceService guidance;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            guidance = hub.guidance();
        }
    }

    @Test
    void onlyCuratorsAndAdminsWriteGuidance() {
        User member = hub.member();
        assertRefused(() -> guidance.create(member, item("Members may not", GuidanceStatus.PUBLISHED)), 403);
        Guidance mine = guidance.create(hub.curator(), item("Curated " + TestHub.unique("t"), null));
        assertThat(guidance.create(hub.admin(), item("By an admin " + TestHub.unique("t"), null))
                        .owner()
                        .isAdmin())
                .isTrue();
        assertRefused(() -> guidance.update(member, mine.slug(), edit(mine, GuidanceStatus.PUBLISHED)), 403);
    }

    @Test
    void aNewItemIsADraftDueForReviewInSixMonths() {
        User curator = hub.curator();
        Guidance created = guidance.create(curator, item("Winter gritting " + TestHub.unique("t"), null));
        assertThat(created.status()).isEqualTo(GuidanceStatus.DRAFT);
        assertThat(created.reviewBy()).isEqualTo(TestHub.TODAY.plusMonths(GuidanceService.DEFAULT_REVIEW_MONTHS));
        assertThat(created.owner().username()).isEqualTo(curator.username());
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.bodyHtml()).contains("<strong>");
    }

    @Test
    void draftsAreHiddenFromMembersUntilPublished() {
        User curator = hub.curator();
        User member = hub.member();
        Guidance draft = guidance.create(curator, item("Draft " + TestHub.unique("t"), GuidanceStatus.DRAFT));

        assertThatThrownBy(() -> guidance.get(member, draft.slug()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No guidance " + draft.slug() + " was found.");
        assertThat(guidance.get(curator, draft.slug()).title()).isEqualTo(draft.title());
        assertThat(guidance.get(hub.admin(), draft.slug()).status()).isEqualTo(GuidanceStatus.DRAFT);

        Guidance published = guidance.update(curator, draft.slug(), edit(draft, GuidanceStatus.PUBLISHED));
        assertThat(published.status()).isEqualTo(GuidanceStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(2);
        assertThat(guidance.get(member, draft.slug()).status()).isEqualTo(GuidanceStatus.PUBLISHED);

        Guidance archived = guidance.update(curator, draft.slug(), edit(published, GuidanceStatus.ARCHIVED));
        assertThat(guidance.get(member, archived.slug()).status())
                .as("archived stays readable")
                .isEqualTo(GuidanceStatus.ARCHIVED);
    }

    @Test
    void membersListNoDraftsEvenWhenTheyAskForThem() {
        User curator = hub.curator();
        String tag = TestHub.unique("tag");
        Guidance draft = guidance.create(curator, tagged("Draft", GuidanceStatus.DRAFT, tag));
        Guidance published = guidance.create(curator, tagged("Published", GuidanceStatus.PUBLISHED, tag));
        User member = hub.member();

        assertThat(slugs(guidance.list(member, tag, null, false, 10, null))).containsExactly(published.slug());
        assertThat(guidance.list(member, tag, GuidanceStatus.DRAFT, false, 10, null)
                        .items())
                .isEmpty();
        assertThat(slugs(guidance.list(curator, tag, null, false, 10, null)))
                .containsExactly(published.slug(), draft.slug());
        assertThat(slugs(guidance.list(curator, tag, GuidanceStatus.DRAFT, false, 10, null)))
                .containsExactly(draft.slug());
    }

    @Test
    void publishedItemsPastTheirReviewDateAreOverdue() {
        User curator = hub.curator();
        String tag = TestHub.unique("tag");
        Guidance stale = guidance.create(
                curator,
                new GuidanceService.NewGuidance(
                        "Stale " + tag, "b", List.of(tag), GuidanceStatus.PUBLISHED, TestHub.TODAY.minusDays(1), null));
        Guidance dueToday = guidance.create(
                curator,
                new GuidanceService.NewGuidance(
                        "Due " + tag, "b", List.of(tag), GuidanceStatus.PUBLISHED, TestHub.TODAY, null));
        Guidance staleDraft = guidance.create(
                curator,
                new GuidanceService.NewGuidance(
                        "Old draft " + tag,
                        "b",
                        List.of(tag),
                        GuidanceStatus.DRAFT,
                        TestHub.TODAY.minusYears(1),
                        null));

        assertThat(stale.overdue()).isTrue();
        assertThat(dueToday.overdue()).isFalse();
        assertThat(staleDraft.overdue()).as("only published items are overdue").isFalse();
        assertThat(guidance.get(hub.member(), stale.slug()).overdue()).isTrue();
        assertThat(slugs(guidance.list(curator, tag, null, true, 10, null))).containsExactly(stale.slug());
    }

    @Test
    void slugsComeFromTitlesAndStayUnique() {
        User curator = hub.curator();
        String title = "Café opening hours " + TestHub.unique("t");
        Guidance first = guidance.create(curator, item(title, null));
        Guidance second = guidance.create(curator, item(title, null));
        Guidance third = guidance.create(curator, item(title, null));
        assertThat(first.slug()).isEqualTo(GuidanceService.slugOf(title)).startsWith("cafe-opening-hours-");
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
        assertThat(third.slug()).isEqualTo(first.slug() + "-3");

        assertThat(GuidanceService.slugOf("  What's new?!  ")).isEqualTo("what-s-new");
        assertThat(GuidanceService.slugOf("???")).isEqualTo("guidance");
        assertThat(GuidanceService.slugOf("word ".repeat(30)))
                .hasSizeLessThanOrEqualTo(60)
                .doesNotEndWith("-");
    }

    @Test
    void anEditNeedsTheVersionItWasBasedOnAndKeepsWhatItLeavesOut() {
        User curator = hub.curator();
        Guidance created = guidance.create(
                curator,
                new GuidanceService.NewGuidance(
                        "Edited " + TestHub.unique("t"),
                        "b",
                        List.of("keep"),
                        GuidanceStatus.PUBLISHED,
                        TestHub.TODAY.plusDays(10),
                        null));
        Guidance edited = guidance.update(
                curator,
                created.slug(),
                new GuidanceService.GuidanceEdit("New title", "New body", null, null, null, 1));
        assertThat(edited.title()).isEqualTo("New title");
        assertThat(edited.slug()).as("links keep working").isEqualTo(created.slug());
        assertThat(edited.tags()).containsExactly("keep");
        assertThat(edited.status()).isEqualTo(GuidanceStatus.PUBLISHED);
        assertThat(edited.reviewBy()).isEqualTo(TestHub.TODAY.plusDays(10));
        assertRefused(
                () -> guidance.update(
                        curator,
                        created.slug(),
                        new GuidanceService.GuidanceEdit("Old copy", "b", null, null, null, 1)),
                409);
        assertRefused(
                () -> guidance.update(
                        curator,
                        created.slug(),
                        new GuidanceService.GuidanceEdit("No version", "b", null, null, null, null)),
                422);
        assertThatThrownBy(() -> guidance.update(
                        curator,
                        "no-such-" + created.slug(),
                        new GuidanceService.GuidanceEdit("t", "b", null, null, null, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAnswerIsPromotedOnlyByACuratorWhoCanSeeIt() {
        User owner = hub.member();
        GroupService groups = hub.groups();
        ThreadService threads = hub.threads();
        Group hidden = groups.create(
                owner, new GroupService.NewGroup(TestHub.unique("promote"), "Private", "", Visibility.PRIVATE));
        HubThread question = threads.create(
                owner, hidden.slug(), new ThreadService.NewThread("How do we?", "", ThreadKind.QUESTION, List.of()));
        Post answer = threads.reply(owner, question.id(), "Like this");

        User curator = hub.curator();
        assertRefused(() -> guidance.create(curator, promoted("From hidden", answer)), 422);
        User insider = hub.curator();
        groups.addMember(owner, hidden.slug(), insider.username(), GroupRole.MEMBER);
        Guidance promoted = guidance.create(insider, promoted("From an answer " + TestHub.unique("t"), answer));
        assertThat(promoted.sourcePostId()).isEqualTo(answer.id());
        assertThat(promoted.sourceThreadId()).isEqualTo(question.id());

        assertThat(threads.get(owner, question.id()).guidance())
                .as("a draft is not shown to members")
                .isEmpty();
        assertThat(threads.get(insider, question.id()).guidance())
                .extracting(HubThread.GuidanceRef::slug)
                .containsExactly(promoted.slug());
    }

    @Test
    void publishedGuidanceNamesAPrivateSourceOnlyToThoseWhoMayReadIt() {
        // Issue 11, finding 12: the thread's id and link went to everyone who could read the guidance.
        User owner = hub.member();
        Group hidden = hub.groups()
                .create(owner, new GroupService.NewGroup(TestHub.unique("source"), "Private", "", Visibility.PRIVATE));
        HubThread question = hub.threads()
                .create(owner, hidden.slug(), new ThreadService.NewThread("Who?", "", ThreadKind.QUESTION, List.of()));
        Post answer = hub.threads().reply(owner, question.id(), "Them");
        User insider = hub.curator();
        hub.groups().addMember(owner, hidden.slug(), insider.username(), GroupRole.MEMBER);
        String title = "Promoted from private " + TestHub.unique("t");
        Guidance published = guidance.create(
                insider,
                new GuidanceService.NewGuidance(title, "Body", List.of(), GuidanceStatus.PUBLISHED, null, answer.id()));
        assertThat(published.sourceThreadId()).isEqualTo(question.id());

        User outsider = hub.member();
        User outsideCurator = hub.curator();
        for (User stranger : List.of(outsider, outsideCurator)) {
            Guidance seen = guidance.get(stranger, published.slug());
            assertThat(seen.title()).isEqualTo(title);
            assertThat(seen.sourcePostId()).as("post id for a stranger").isNull();
            assertThat(seen.sourceThreadId()).as("thread id for a stranger").isNull();
            assertThat(guidance.list(stranger, null, null, false, 100, null).items())
                    .filteredOn(g -> g.slug().equals(published.slug()))
                    .singleElement()
                    .satisfies(g -> {
                        assertThat(g.sourcePostId()).isNull();
                        assertThat(g.sourceThreadId()).isNull();
                    });
        }
        for (User reader : List.of(owner, insider, hub.admin())) {
            Guidance seen = guidance.get(reader, published.slug());
            assertThat(seen.sourcePostId()).isEqualTo(answer.id());
            assertThat(seen.sourceThreadId()).isEqualTo(question.id());
        }
        // Joining shows it; an answer deleted since is named to no one.
        hub.groups().addMember(owner, hidden.slug(), outsider.username(), GroupRole.MEMBER);
        assertThat(guidance.get(outsider, published.slug()).sourceThreadId()).isEqualTo(question.id());
        hub.threads().deletePost(owner, answer.id());
        assertThat(guidance.get(owner, published.slug()).sourcePostId()).isNull();
    }

    @Test
    void guidancePagesWithACursor() {
        User curator = hub.curator();
        String tag = TestHub.unique("tag");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(
                    0,
                    guidance.create(curator, tagged("Paged " + i, GuidanceStatus.PUBLISHED, tag))
                            .slug());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Guidance> page = guidance.list(hub.member(), tag, null, false, 2, cursor);
            page.items().forEach(g -> seen.add(g.slug()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    private static GuidanceService.NewGuidance item(String title, GuidanceStatus status) {
        return new GuidanceService.NewGuidance(title, "Do it **this** way.", List.of(), status, null, null);
    }

    private static GuidanceService.NewGuidance tagged(String title, GuidanceStatus status, String tag) {
        return new GuidanceService.NewGuidance(title + " " + tag, "b", List.of(tag), status, null, null);
    }

    private static GuidanceService.NewGuidance promoted(String title, Post answer) {
        return new GuidanceService.NewGuidance(title, answer.body(), List.of(), null, null, answer.id());
    }

    private static GuidanceService.GuidanceEdit edit(Guidance current, GuidanceStatus status) {
        return new GuidanceService.GuidanceEdit(current.title(), current.body(), null, status, null, current.version());
    }

    private static List<String> slugs(Page<Guidance> page) {
        return page.items().stream().map(Guidance::slug).toList();
    }
}
