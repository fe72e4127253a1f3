package org.hub.api.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hub.api.testing.HubAssertions.assertRefused;

import java.util.ArrayList;
import java.util.List;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.Page;
import org.hub.api.groups.Group;
import org.hub.api.groups.GroupRole;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.hub.api.users.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ThreadService}: who may ask, answer, edit, delete, accept and thank; what a private
 * group hides; edits against a stale version; revisions; and the question lists with cursors.
 */
abstract class ThreadServiceContract extends DatabaseTest {
    private TestHub hub;
    private ThreadService threads;
    private GroupService groups;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            threads = hub.threads();
            groups = hub.groups();
        }
    }

    @Test
    void membersAskAndOutsidersMustJoinFirst() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User outsider = hub.member();

        assertRefused(() -> ask(outsider, group), 403);
        assertRefused(() -> ask(hub.admin(), group), 403);
        groups.join(outsider, group.slug());
        HubThread asked = threads.create(
                outsider,
                group.slug(),
                new ThreadService.NewThread(
                        "  Bin days  ", "Which **day**?", ThreadKind.QUESTION, List.of("Bins", "bins", "waste")));
        assertThat(asked.title()).isEqualTo("Bin days");
        assertThat(asked.tags()).as("lower-cased, once each").containsExactly("bins", "waste");
        assertThat(asked.bodyHtml()).contains("<strong>day</strong>");
        assertThat(asked.version()).isEqualTo(1);
        assertThat(asked.posts()).isEmpty();
        assertThat(asked.group().slug()).isEqualTo(group.slug());
    }

    @Test
    void aPendingRequestDoesNotLetYouPost() {
        User owner = hub.member();
        Group group = group(owner, Visibility.RESTRICTED);
        User applicant = hub.member();
        groups.join(applicant, group.slug());
        assertRefused(() -> ask(applicant, group), 403);
        HubThread thread = ask(owner, group);
        assertRefused(() -> threads.reply(applicant, thread.id(), "Me too"), 403);
        assertThat(threads.get(applicant, thread.id()).title())
                .as("restricted groups are readable")
                .isNotBlank();
    }

    @Test
    void badInputIsRefusedWithEveryReason() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        assertThatThrownBy(() -> threads.create(
                        owner,
                        group.slug(),
                        new ThreadService.NewThread(" ", "x".repeat(50_001), null, List.of("not a \"tag\""))))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).hasSize(4);
                });
        HubThread thread = ask(owner, group);
        assertRefused(() -> threads.reply(owner, thread.id(), "   "), 422);
        assertRefused(
                () -> threads.update(owner, thread.id(), new ThreadService.ThreadEdit("t", "b", null, null)), 422);
        assertRefused(() -> threads.accept(owner, thread.id(), null), 422);
    }

    @Test
    void tagsWithSpacesAreStoredReadAndEditedAsWhole() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        HubThread asked = threads.create(
                owner,
                group.slug(),
                new ThreadService.NewThread(
                        "Disrepair complaint",
                        "Which stage?",
                        ThreadKind.QUESTION,
                        Tags.parse("Complaints, stage   1 , repairs")));
        assertThat(threads.get(owner, asked.id()).tags())
                .as("read back from the database")
                .containsExactly("complaints", "stage 1", "repairs");
        HubThread edited = threads.update(
                owner,
                asked.id(),
                new ThreadService.ThreadEdit("Disrepair complaint", "Which stage?", List.of("Stage  2"), 1));
        assertThat(threads.get(owner, edited.id()).tags()).containsExactly("stage 2");
    }

    @Test
    void aPrivateGroupsThreadsAndAnswersAreNotFoundForOutsiders() {
        User owner = hub.member();
        Group group = group(owner, Visibility.PRIVATE);
        HubThread thread = ask(owner, group);
        Post answer = threads.reply(owner, thread.id(), "Only for us");
        User outsider = hub.member();

        assertThatThrownBy(() -> threads.get(outsider, thread.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No thread " + thread.id() + " was found.");
        assertThatThrownBy(() -> threads.getPost(outsider, answer.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No post " + answer.id() + " was found.");
        assertThatThrownBy(() -> threads.reply(outsider, thread.id(), "Hello")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> threads.thank(outsider, answer.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> threads.revisions(outsider, thread.id(), 10, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> threads.listInGroup(outsider, group.slug(), null, false, 10, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(threads.get(hub.admin(), thread.id()).posts())
                .extracting(Post::id)
                .containsExactly(answer.id());
    }

    @Test
    void theAuthorOrAModeratorEditsAndEveryEditIsARevision() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User author = joined(group);
        User bystander = joined(group);
        HubThread thread = ask(author, group);

        assertRefused(() -> threads.update(bystander, thread.id(), edit("Mine now", 1)), 403);
        HubThread edited = threads.update(author, thread.id(), edit("Clearer title", 1));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.tags()).as("tags left out stay").isEqualTo(thread.tags());
        assertRefused(() -> threads.update(owner, thread.id(), edit("From an old copy", 1)), 409);
        assertThat(threads.update(owner, thread.id(), edit("Tidied by the owner", 2))
                        .title())
                .isEqualTo("Tidied by the owner");

        List<Revision> revisions =
                threads.revisions(author, thread.id(), 10, null).items();
        assertThat(revisions).extracting(Revision::version).containsExactly(1, 2, 3);
        assertThat(revisions)
                .extracting(Revision::title)
                .containsExactly(thread.title(), "Clearer title", "Tidied by the owner");
        assertThat(revisions.get(2).editor().username()).isEqualTo(owner.username());
    }

    @Test
    void answersAreEditedByTheirAuthorOrAModeratorAgainstTheirVersion() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User author = joined(group);
        User bystander = joined(group);
        Post answer = threads.reply(author, ask(owner, group).id(), "First words");

        assertRefused(() -> threads.updatePost(bystander, answer.id(), "Not mine", 1), 403);
        assertThat(threads.updatePost(author, answer.id(), "Better words", 1).version())
                .isEqualTo(2);
        assertRefused(() -> threads.updatePost(author, answer.id(), "From an old copy", 1), 409);
        assertRefused(() -> threads.updatePost(author, answer.id(), "No version", null), 422);
        assertThat(threads.updatePost(owner, answer.id(), "Moderated", 2).body())
                .isEqualTo("Moderated");
    }

    @Test
    void theAuthorOrAModeratorDeletesAndADeletedThreadIsGone() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User moderator = joined(group);
        groups.addMember(owner, group.slug(), moderator.username(), GroupRole.MODERATOR);
        User author = joined(group);
        User bystander = joined(group);
        HubThread mine = ask(author, group);
        HubThread moderated = ask(author, group);

        assertRefused(() -> threads.delete(bystander, mine.id()), 403);
        threads.delete(author, mine.id());
        assertThatThrownBy(() -> threads.get(author, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> threads.delete(author, mine.id())).isInstanceOf(NotFoundException.class);
        threads.delete(moderator, moderated.id());
        assertThat(threads.listInGroup(owner, group.slug(), null, false, 50, null)
                        .items())
                .extracting(ThreadSummary::id)
                .doesNotContain(mine.id(), moderated.id());
    }

    @Test
    void answersAreDeletedByTheirAuthorOrAModerator() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User author = joined(group);
        User bystander = joined(group);
        HubThread thread = ask(owner, group);
        Post first = threads.reply(author, thread.id(), "One");
        Post second = threads.reply(author, thread.id(), "Two");

        assertRefused(() -> threads.deletePost(bystander, first.id()), 403);
        threads.deletePost(author, first.id());
        threads.deletePost(owner, second.id());
        assertThat(threads.get(owner, thread.id()).posts()).isEmpty();
        assertThatThrownBy(() -> threads.getPost(owner, first.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAskerOrAModeratorAcceptsOneAnswerOfAQuestion() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User asker = joined(group);
        User answerer = joined(group);
        HubThread question = ask(asker, group);
        Post first = threads.reply(answerer, question.id(), "Try this");
        Post second = threads.reply(answerer, question.id(), "Or this");

        assertRefused(() -> threads.accept(answerer, question.id(), first.id()), 403);
        HubThread accepted = threads.accept(asker, question.id(), first.id());
        assertThat(accepted.acceptedPostId()).isEqualTo(first.id());
        assertThat(accepted.posts()).extracting(Post::accepted).containsExactly(true, false);

        HubThread changed = threads.accept(owner, question.id(), second.id());
        assertThat(changed.acceptedPostId())
                .as("replaces the earlier acceptance")
                .isEqualTo(second.id());
        assertThat(changed.posts()).extracting(Post::accepted).containsExactly(false, true);

        HubThread other = ask(asker, group);
        assertRefused(() -> threads.accept(asker, other.id(), first.id()), 422);
        HubThread discussion = threads.create(
                asker, group.slug(), new ThreadService.NewThread("Chat", "", ThreadKind.DISCUSSION, List.of()));
        Post reply = threads.reply(answerer, discussion.id(), "Hi");
        assertRefused(() -> threads.accept(asker, discussion.id(), reply.id()), 422);

        threads.deletePost(answerer, second.id());
        assertThat(threads.get(asker, question.id()).acceptedPostId())
                .as("a deleted answer is not accepted")
                .isNull();
    }

    @Test
    void thanksCountOnceAndNobodyThanksThemselves() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User answerer = joined(group);
        Post answer = threads.reply(answerer, ask(owner, group).id(), "Here you are");
        User reader = hub.member();

        assertRefused(() -> threads.thank(answerer, answer.id()), 403);
        assertThat(threads.thank(reader, answer.id()).thanks())
                .as("readers need not join to thank")
                .isEqualTo(1);
        Post again = threads.thank(reader, answer.id());
        assertThat(again.thanks()).isEqualTo(1);
        assertThat(again.thankedByMe()).isTrue();
        threads.thank(owner, answer.id());
        assertThat(threads.thanksReceived(answerer)).isEqualTo(2);
    }

    @Test
    void theQuestionListShowsWhatTheViewerMaySeeAndUnansweredOnes() {
        User owner = hub.memberOfNewDepartment();
        Group open = group(owner, Visibility.OPEN);
        Group hidden = group(owner, Visibility.PRIVATE);
        HubThread answered = ask(owner, open);
        HubThread waiting = ask(owner, open);
        HubThread secret = ask(owner, hidden);
        threads.accept(
                owner,
                answered.id(),
                threads.reply(owner, answered.id(), "Done").id());
        User outsider = hub.member();
        String department = owner.department().slug();

        assertThat(threads.questions(outsider, false, department, 10, null).items())
                .extracting(ThreadSummary::id)
                .containsExactly(waiting.id(), answered.id());
        assertThat(threads.questions(owner, false, department, 10, null).items())
                .extracting(ThreadSummary::id)
                .containsExactly(secret.id(), waiting.id(), answered.id());
        assertThat(threads.questions(owner, true, department, 10, null).items())
                .extracting(ThreadSummary::id)
                .containsExactly(secret.id(), waiting.id());
        assertThat(threads.listInGroup(owner, open.slug(), null, false, 10, null)
                        .items()
                        .get(1)
                        .postCount())
                .isEqualTo(1);
    }

    @Test
    void aGroupsThreadsPageNewestFirstWithACursor() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(0, ask(owner, group).id());
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<ThreadSummary> page = threads.listInGroup(owner, group.slug(), ThreadKind.QUESTION, false, 2, cursor);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(t -> seen.add(t.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(threads.listInGroup(owner, group.slug(), ThreadKind.DISCUSSION, false, 2, null)
                        .items())
                .isEmpty();
    }

    private Group group(User owner, Visibility visibility) {
        return groups.create(
                owner, new GroupService.NewGroup(TestHub.unique("svc-thread-group"), "Group", "", visibility));
    }

    private User joined(Group group) {
        User user = hub.member();
        groups.join(user, group.slug());
        return user;
    }

    private HubThread ask(User author, Group group) {
        return threads.create(
                author,
                group.slug(),
                new ThreadService.NewThread(
                        "Question " + TestHub.unique("q"),
                        "What should we do?",
                        ThreadKind.QUESTION,
                        List.of("roads")));
    }

    private static ThreadService.ThreadEdit edit(String title, int version) {
        return new ThreadService.ThreadEdit(title, "Edited body", null, version);
    }
}
