package org.hub.api.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hub.api.groups.GroupDao;
import org.hub.api.guidance.GuidanceDao;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.hub.api.users.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ThreadDao} on a migrated database: counts of live answers, the kind and "unanswered"
 * filters, keyset pages, optimistic versions, soft deletes, thanks, revisions and promoted guidance.
 */
abstract class ThreadDaoContract extends DatabaseTest {
    private TestHub hub;
    private ThreadDao threads;
    private GroupDao groups;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            threads = jdbi().onDemand(ThreadDao.class);
            groups = jdbi().onDemand(GroupDao.class);
        }
    }

    @Test
    void aThreadReadsBackWithItsTagsBodyAndLiveAnswerCount() {
        User author = hub.member();
        long group = group(author, "open");
        long id = threads.insertThread(
                group,
                "question",
                "Gritting routes",
                "Which roads first?",
                "<p>Which roads first?</p>",
                "winter roads",
                author.id(),
                TestHub.NOW);
        long kept = threads.insertPost(id, "The A-roads", "<p>The A-roads</p>", author.id(), TestHub.NOW);
        long deleted = threads.insertPost(id, "Never mind", "<p>Never mind</p>", author.id(), TestHub.NOW);
        assertThat(threads.deletePost(deleted, TestHub.NOW)).isEqualTo(1);

        ThreadSummary summary = threads.findSummary(id).orElseThrow();
        assertThat(summary.title()).isEqualTo("Gritting routes");
        assertThat(summary.kind()).isEqualTo(ThreadKind.QUESTION);
        assertThat(summary.tags()).containsExactly("winter", "roads");
        assertThat(summary.author().username()).isEqualTo(author.username());
        assertThat(summary.version()).isEqualTo(1);
        assertThat(summary.acceptedPostId()).isNull();
        assertThat(summary.postCount()).as("deleted answers do not count").isEqualTo(1);
        assertThat(summary.createdAt()).isEqualTo(TestHub.NOW);
        assertThat(threads.bodies(id))
                .isEqualTo(new ThreadDao.Bodies("Which roads first?", "<p>Which roads first?</p>"));
        assertThat(threads.postIds(id)).containsExactly(kept);
        assertThat(threads.findRow(id).orElseThrow().groupId()).isEqualTo(group);
    }

    @Test
    void listsFilterByKindAndUnansweredNewestFirstFromTheCursor() {
        User author = hub.member();
        long group = group(author, "open");
        long discussion = thread(group, author, "discussion");
        long answered = thread(group, author, "question");
        long open = thread(group, author, "question");
        long answer = threads.insertPost(answered, "Yes", "<p>Yes</p>", author.id(), TestHub.NOW);
        threads.setAccepted(answered, answer, TestHub.NOW);

        assertThat(ids(threads.listInGroup(group, null, false, Long.MAX_VALUE, 10)))
                .containsExactly(open, answered, discussion);
        assertThat(ids(threads.listInGroup(group, "question", false, Long.MAX_VALUE, 10)))
                .containsExactly(open, answered);
        assertThat(ids(threads.listInGroup(group, null, true, Long.MAX_VALUE, 10)))
                .containsExactly(open);
        assertThat(ids(threads.listInGroup(group, null, false, Long.MAX_VALUE, 2)))
                .containsExactly(open, answered);
        assertThat(ids(threads.listInGroup(group, null, false, answered, 2))).containsExactly(discussion);
    }

    @Test
    void questionsAcrossGroupsLeaveOutPrivateGroupsAndFilterByDepartment() {
        User owner = hub.member();
        User asker = hub.memberOfNewDepartment();
        User outsider = hub.member();
        long open = group(owner, "open");
        long hidden = group(owner, "private");
        groups.insertMembership(hidden, asker.id(), "member", TestHub.NOW);
        long inOpen = thread(open, asker, "question");
        long inHidden = thread(hidden, asker, "question");
        long byOwner = thread(open, owner, "question");
        long discussion = thread(open, asker, "discussion");

        List<Long> seenByOutsider =
                ids(threads.listVisible(outsider.id(), false, null, "question", false, Long.MAX_VALUE, 1000));
        assertThat(seenByOutsider).contains(inOpen, byOwner).doesNotContain(inHidden, discussion);
        assertThat(ids(threads.listVisible(asker.id(), false, null, "question", false, Long.MAX_VALUE, 1000)))
                .contains(inOpen, inHidden);
        assertThat(ids(threads.listVisible(outsider.id(), true, null, "question", false, Long.MAX_VALUE, 1000)))
                .as("an admin")
                .contains(inHidden);
        assertThat(ids(threads.listVisible(
                        asker.id(), false, asker.department().slug(), "question", false, Long.MAX_VALUE, 1000)))
                .containsExactly(inHidden, inOpen);
    }

    @Test
    void anEditNeedsTheVersionItWasBasedOn() {
        User author = hub.member();
        long id = thread(group(author, "open"), author, "discussion");
        assertThat(threads.updateThread(id, 2, "Stale", "b", "<p>b</p>", "", TestHub.NOW))
                .isZero();
        assertThat(threads.updateThread(id, 1, "Fresh", "b", "<p>b</p>", "new", TestHub.NOW))
                .isEqualTo(1);
        assertThat(threads.updateThread(id, 1, "Again", "b", "<p>b</p>", "", TestHub.NOW))
                .isZero();
        ThreadRow row = threads.findRow(id).orElseThrow();
        assertThat(row.title()).isEqualTo("Fresh");
        assertThat(row.version()).isEqualTo(2);
        assertThat(row.tags()).isEqualTo("new");

        long post = threads.insertPost(id, "p", "<p>p</p>", author.id(), TestHub.NOW);
        assertThat(threads.updatePost(post, 2, "x", "<p>x</p>", TestHub.NOW)).isZero();
        assertThat(threads.updatePost(post, 1, "x", "<p>x</p>", TestHub.NOW)).isEqualTo(1);
        assertThat(threads.findPostRow(post).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aDeletedThreadIsNeverReadBack() {
        User author = hub.member();
        long group = group(author, "open");
        long id = thread(group, author, "question");
        assertThat(threads.deleteThread(id, TestHub.NOW)).isEqualTo(1);
        assertThat(threads.deleteThread(id, TestHub.NOW)).as("already deleted").isZero();
        assertThat(threads.findRow(id)).isEmpty();
        assertThat(threads.findSummary(id)).isEmpty();
        assertThat(ids(threads.listInGroup(group, null, false, Long.MAX_VALUE, 10)))
                .doesNotContain(id);
        assertThat(threads.updateThread(id, 1, "t", "b", "<p>b</p>", "", TestHub.NOW))
                .isZero();
    }

    @Test
    void thanksCountOncePerPersonAndOnlyOnLiveAnswers() {
        User author = hub.member();
        User reader = hub.member();
        User other = hub.member();
        long id = thread(group(author, "open"), author, "question");
        long answer = threads.insertPost(id, "a", "<p>a</p>", author.id(), TestHub.NOW);
        long later = threads.insertPost(id, "b", "<p>b</p>", author.id(), TestHub.NOW);
        long receivedBefore = threads.thanksReceived(author.id());

        assertThat(threads.thank(answer, reader.id(), TestHub.NOW)).isEqualTo(1);
        assertThat(threads.thank(answer, reader.id(), TestHub.NOW)).as("twice").isZero();
        threads.thank(answer, other.id(), TestHub.NOW);
        threads.thank(later, reader.id(), TestHub.NOW);

        Post asReader = threads.findPost(answer, reader.id(), false).orElseThrow();
        assertThat(asReader.thanks()).isEqualTo(2);
        assertThat(asReader.thankedByMe()).isTrue();
        assertThat(threads.findPost(answer, author.id(), false).orElseThrow().thankedByMe())
                .isFalse();
        assertThat(threads.posts(id, reader.id(), false)).extracting(Post::id).containsExactly(answer, later);
        assertThat(threads.thanksReceived(author.id())).isEqualTo(receivedBefore + 3);

        threads.deletePost(later, TestHub.NOW);
        assertThat(threads.thanksReceived(author.id())).isEqualTo(receivedBefore + 2);
        assertThat(threads.findPost(later, reader.id(), false)).isEmpty();
        assertThat(threads.findPostRow(later)).isEmpty();
    }

    @Test
    void revisionsPageInOrderAndLeaveOutDeletedAnswers() {
        User author = hub.member();
        long id = thread(group(author, "open"), author, "question");
        threads.insertRevision(id, null, 1, author.id(), TestHub.NOW, "Title", "First");
        threads.insertRevision(id, null, 2, author.id(), TestHub.NOW, "Title", "Second");
        long post = threads.insertPost(id, "p", "<p>p</p>", author.id(), TestHub.NOW);
        threads.insertRevision(id, post, 1, author.id(), TestHub.NOW, null, "p");
        long gone = threads.insertPost(id, "g", "<p>g</p>", author.id(), TestHub.NOW);
        threads.insertRevision(id, gone, 1, author.id(), TestHub.NOW, null, "g");
        threads.deletePost(gone, TestHub.NOW);

        List<Revision> all = threads.revisions(id, 0, 10, false);
        assertThat(all).extracting(Revision::body).containsExactly("First", "Second", "p");
        assertThat(all.get(2).postId()).isEqualTo(post);
        assertThat(all.get(0).postId()).isNull();
        assertThat(all.get(0).editor().username()).isEqualTo(author.username());
        assertThat(threads.revisions(id, all.get(0).id(), 1, false))
                .extracting(Revision::body)
                .containsExactly("Second");
    }

    @Test
    void promotedGuidanceShowsDraftsOnlyWhenAsked() {
        User author = hub.member();
        long id = thread(group(author, "open"), author, "question");
        long post = threads.insertPost(id, "p", "<p>p</p>", author.id(), TestHub.NOW);
        GuidanceDao guidance = jdbi().onDemand(GuidanceDao.class);
        String published = TestHub.unique("published");
        String draft = TestHub.unique("draft");
        guidance.insert(published, "Published", "", "", "", "published", TestHub.TODAY, author.id(), post, TestHub.NOW);
        guidance.insert(draft, "Draft", "", "", "", "draft", TestHub.TODAY, author.id(), post, TestHub.NOW);

        assertThat(threads.promotedGuidance(id, false))
                .containsExactly(new HubThread.GuidanceRef(published, "Published"));
        assertThat(threads.promotedGuidance(id, true))
                .extracting(HubThread.GuidanceRef::slug)
                .containsExactly(published, draft);
    }

    private long group(User owner, String visibility) {
        long id = groups.insert(TestHub.unique("dao-thread-group"), "Group", "", visibility, owner.id(), TestHub.NOW);
        groups.insertMembership(id, owner.id(), "owner", TestHub.NOW);
        return id;
    }

    private long thread(long group, User author, String kind) {
        return threads.insertThread(group, kind, "A " + kind, "Body", "<p>Body</p>", "", author.id(), TestHub.NOW);
    }

    private static List<Long> ids(List<ThreadSummary> summaries) {
        return summaries.stream().map(ThreadSummary::id).toList();
    }
}
