package org.hub.api.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hub.api.testing.HubAssertions.assertRefused;

import java.util.List;
import java.util.Map;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.groups.DeclinedRequest;
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
 * {@link ModerationService}, {@link FlagService} and the moderation of memberships: hidden posts
 * gone for members and marked for moderators, locked threads, moves, flags with their queue and
 * outcomes, the personal-data threshold, declined requests, un-accepting and undoing thanks;
 * each change audited and queued for the index.
 */
abstract class ModerationServiceContract extends DatabaseTest {
    private TestHub hub;
    private ThreadService threads;
    private GroupService groups;
    private ModerationService moderation;
    private FlagService flags;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            threads = hub.threads();
            groups = hub.groups();
            moderation = hub.moderation();
            flags = hub.flags();
        }
    }

    /** A group with an owner, a moderator, an author and a bystanding member; a question by the author, answered by them. */
    private final class World {
        final User owner = hub.member();
        final Group group;
        final User moderator = hub.member();
        final User author;
        final User member;
        final HubThread thread;
        final Post answer;

        World(Visibility visibility) {
            group = groups.create(
                    owner, new GroupService.NewGroup(TestHub.unique("mod-group"), "Group", "", visibility));
            groups.addMember(owner, group.slug(), moderator.username(), GroupRole.MODERATOR);
            author = memberOf(group);
            member = memberOf(group);
            thread = threads.create(
                    author,
                    group.slug(),
                    new ThreadService.NewThread(
                            "Question " + TestHub.unique("q"), "What now?", ThreadKind.QUESTION, List.of()));
            answer = threads.reply(author, thread.id(), "An answer with a phone number 07700 900123");
        }
    }

    @Test
    void aHiddenPostIsGoneForMembersAndMarkedForModerators() {
        World w = new World(Visibility.OPEN);
        long queuedBefore = outboxRows(w.answer.id());

        assertRefused(() -> moderation.hide(w.member, w.answer.id()), 403);
        assertRefused(() -> moderation.hide(w.author, w.answer.id()), 403);
        Post hidden = moderation.hide(w.moderator, w.answer.id());

        assertThat(hidden.hidden()).isTrue();
        assertThat(threads.get(w.member, w.thread.id()).posts()).isEmpty();
        assertThat(threads.get(w.author, w.thread.id()).posts())
                .as("authors are ordinary members")
                .isEmpty();
        assertThatThrownBy(() -> threads.getPost(w.member, w.answer.id())).isInstanceOf(NotFoundException.class);
        assertRefused(() -> threads.thank(w.member, w.answer.id()), 404);
        assertThat(threads.revisions(w.member, w.thread.id(), 10, null).items())
                .extracting(Revision::postId)
                .containsOnlyNulls();
        assertThat(threads.listInGroup(w.member, w.group.slug(), null, false, 10, null)
                        .items()
                        .get(0)
                        .postCount())
                .as("counts do not reveal hidden posts")
                .isZero();
        assertThat(threads.get(w.owner, w.thread.id()).posts())
                .extracting(Post::id, Post::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(w.answer.id(), true));
        assertThat(threads.get(hub.admin(), w.thread.id()).posts()).hasSize(1);
        assertThat(outboxRows(w.answer.id())).as("the index drops it").isGreaterThan(queuedBefore);
        assertThat(audited("post.hide", "post:" + w.answer.id())).isEqualTo(1);

        Post shown = moderation.unhide(w.owner, w.answer.id());
        assertThat(shown.hidden()).isFalse();
        assertThat(threads.get(w.member, w.thread.id()).posts())
                .extracting(Post::id)
                .containsExactly(w.answer.id());
        assertThat(audited("post.unhide", "post:" + w.answer.id())).isEqualTo(1);
    }

    @Test
    void aLockedThreadTakesNoNewAnswersUntilUnlocked() {
        World w = new World(Visibility.OPEN);
        assertRefused(() -> moderation.lock(w.author, w.thread.id(), true), 403);
        assertThat(moderation.lock(w.moderator, w.thread.id(), true).locked()).isTrue();

        assertThatThrownBy(() -> threads.reply(w.member, w.thread.id(), "Me too"))
                .isInstanceOfSatisfying(HubException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("locked");
                });
        assertThat(threads.get(w.member, w.thread.id()).posts()).hasSize(1);
        assertThat(audited("thread.lock", "thread:" + w.thread.id())).isEqualTo(1);

        assertThat(moderation.lock(w.owner, w.thread.id(), false).locked()).isFalse();
        assertThat(threads.reply(w.member, w.thread.id(), "Now I can").body()).isEqualTo("Now I can");
    }

    @Test
    void aMovedThreadFollowsItsNewGroupsAccessAtOnce() {
        World w = new World(Visibility.OPEN);
        Group secret = groups.create(
                w.moderator, new GroupService.NewGroup(TestHub.unique("mod-secret"), "Secret", "", Visibility.PRIVATE));
        Group elsewhere = groups.create(
                hub.member(), new GroupService.NewGroup(TestHub.unique("mod-other"), "Other", "", Visibility.OPEN));

        assertRefused(() -> moderation.move(w.author, w.thread.id(), secret.slug()), 403);
        assertRefused(() -> moderation.move(w.moderator, w.thread.id(), elsewhere.slug()), 403);
        assertRefused(() -> moderation.move(w.moderator, w.thread.id(), w.group.slug()), 422);
        assertRefused(() -> moderation.move(w.moderator, w.thread.id(), " "), 422);
        assertRefused(() -> moderation.move(w.owner, w.thread.id(), secret.slug()), 404);
        long queued = outboxRows(w.answer.id());

        HubThread moved = moderation.move(w.moderator, w.thread.id(), secret.slug());

        assertThat(moved.group().slug()).isEqualTo(secret.slug());
        assertRefused(() -> threads.get(w.member, w.thread.id()), 404);
        assertRefused(() -> threads.getPost(w.author, w.answer.id()), 404);
        assertThat(threads.listInGroup(w.member, w.group.slug(), null, false, 10, null)
                        .items())
                .isEmpty();
        assertThat(outboxRows(w.answer.id())).as("its posts are reindexed too").isGreaterThan(queued);
        assertThat(auditDetail("thread.move", "thread:" + w.thread.id()))
                .isEqualTo("from " + w.group.slug() + " to " + secret.slug());
    }

    @Test
    void flagsQueueForModeratorsAndTheFlaggerSeesTheOutcome() {
        World w = new World(Visibility.OPEN);
        User outsider = hub.member();

        FlagService.Flagged first = flags.flag(outsider, w.answer.id(), FlagReason.WRONG_OR_OUTDATED);
        assertThat(first.created()).isTrue();
        assertThat(first.flag().outcome()).isNull();
        FlagService.Flagged again = flags.flag(outsider, w.answer.id(), FlagReason.OFFENSIVE);
        assertThat(again.created()).as("once per person").isFalse();
        assertThat(again.flag().reason()).isEqualTo(FlagReason.WRONG_OR_OUTDATED);
        flags.flag(w.member, w.answer.id(), FlagReason.OFF_TOPIC);
        assertRefused(() -> flags.flag(w.author, w.answer.id(), FlagReason.OFF_TOPIC), 403);
        assertRefused(() -> flags.flag(w.member, w.answer.id(), null), 422);

        assertRefused(() -> flags.queue(w.member, w.group.slug(), 10, null), 403);
        List<FlaggedPost> queue =
                flags.queue(w.moderator, w.group.slug(), 10, null).items();
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).postId()).isEqualTo(w.answer.id());
        assertThat(queue.get(0).flagCount()).isEqualTo(2);
        assertThat(queue.get(0).reasons())
                .isEqualTo(Map.of(FlagReason.WRONG_OR_OUTDATED, 1L, FlagReason.OFF_TOPIC, 1L));

        assertRefused(() -> flags.decide(w.member, w.answer.id(), FlagOutcome.HIDDEN), 403);
        Post decided = flags.decide(w.moderator, w.answer.id(), FlagOutcome.HIDDEN);
        assertThat(decided.hidden()).isTrue();
        assertRefused(() -> flags.decide(w.owner, w.answer.id(), FlagOutcome.DISMISSED), 409);
        assertThat(flags.queue(w.moderator, w.group.slug(), 10, null).items()).isEmpty();

        Flag mine = flags.mine(outsider, 10, null).items().get(0);
        assertThat(mine.outcome()).isEqualTo(FlagOutcome.HIDDEN);
        assertThat(mine.decidedAt()).isEqualTo(TestHub.NOW);
        assertThat(flags.mine(w.owner, 10, null).items()).isEmpty();
        assertThat(audited("post.flag", "post:" + w.answer.id())).isEqualTo(2);
        assertThat(audited("flag.hidden", "post:" + w.answer.id())).isEqualTo(1);

        List<FlagOutcomeNotice> toTell = flags.outcomesToNotify(1000).stream()
                .filter(n -> n.postId() == w.answer.id())
                .toList();
        assertThat(toTell)
                .extracting(FlagOutcomeNotice::flaggerId)
                .containsExactlyInAnyOrder(outsider.id(), w.member.id());
        flags.markOutcomesNotified(
                toTell.stream().map(FlagOutcomeNotice::flagId).toList());
        assertThat(flags.outcomesToNotify(1000)).noneMatch(n -> n.postId() == w.answer.id());
    }

    @Test
    void personalDataFlaggedByThreePeopleIsHiddenUntilAModeratorDecides() {
        World w = new World(Visibility.OPEN);
        flags.flag(hub.member(), w.answer.id(), FlagReason.PERSONAL_DATA);
        flags.flag(hub.member(), w.answer.id(), FlagReason.OFFENSIVE);
        flags.flag(hub.member(), w.answer.id(), FlagReason.PERSONAL_DATA);
        assertThat(threads.get(w.member, w.thread.id()).posts())
                .as("two are not enough")
                .hasSize(1);

        flags.flag(w.member, w.answer.id(), FlagReason.PERSONAL_DATA);

        assertThat(threads.get(hub.member(), w.thread.id()).posts()).isEmpty();
        assertRefused(() -> flags.flag(hub.member(), w.answer.id(), FlagReason.PERSONAL_DATA), 404);
        FlaggedPost queued =
                flags.queue(w.owner, w.group.slug(), 10, null).items().get(0);
        assertThat(queued.hidden()).isTrue();
        assertThat(queued.flagCount()).isEqualTo(4);
        assertThat(queued.reasons()).containsEntry(FlagReason.PERSONAL_DATA, 3L);

        Post dismissed = flags.decide(w.moderator, w.answer.id(), FlagOutcome.DISMISSED);

        assertThat(dismissed.hidden()).isFalse();
        assertThat(threads.get(w.member, w.thread.id()).posts()).hasSize(1);
        assertThat(flags.mine(w.member, 10, null).items().get(0).outcome()).isEqualTo(FlagOutcome.DISMISSED);
    }

    @Test
    void aDeclinedRequestKeepsItsReasonForTheApplicant() {
        World w = new World(Visibility.RESTRICTED);
        User applicant = hub.member();
        groups.join(applicant, w.group.slug());

        assertRefused(() -> groups.decline(w.member, w.group.slug(), applicant.username(), "No"), 403);
        assertRefused(() -> groups.decline(w.moderator, w.group.slug(), w.member.username(), "No"), 404);
        assertRefused(() -> groups.decline(w.moderator, w.group.slug(), applicant.username(), "x".repeat(1001)), 422);
        groups.decline(w.moderator, w.group.slug(), applicant.username(), "  For the housing team only  ");

        assertThat(groups.visible(w.group.slug(), applicant).myRole()).isNull();
        List<DeclinedRequest> declined =
                groups.declinedRequests(applicant, 10, null).items();
        assertThat(declined).hasSize(1);
        assertThat(declined.get(0).group().slug()).isEqualTo(w.group.slug());
        assertThat(declined.get(0).reason()).isEqualTo("For the housing team only");
        assertThat(groups.declinedRequests(w.member, 10, null).items()).isEmpty();
        assertThat(groups.declinesToNotify(1000)).anyMatch(n -> n.userId() == applicant.id());
        assertThat(audited("member.decline", "group:" + w.group.slug())).isEqualTo(1);

        groups.join(applicant, w.group.slug());
        groups.addMember(w.owner, w.group.slug(), applicant.username(), GroupRole.MEMBER);
        assertThat(groups.declinedRequests(applicant, 10, null).items())
                .as("let in after all")
                .isEmpty();
    }

    @Test
    void askersWithdrawAcceptanceAndThankersTakeBackThanks() {
        World w = new World(Visibility.OPEN);
        Post other = threads.reply(w.member, w.thread.id(), "Another view");
        threads.accept(w.author, w.thread.id(), other.id());
        threads.thank(w.author, other.id());

        assertRefused(() -> threads.unaccept(w.member, w.thread.id()), 403);
        HubThread unaccepted = threads.unaccept(w.author, w.thread.id());
        assertThat(unaccepted.acceptedPostId()).isNull();
        assertThat(unaccepted.posts()).noneMatch(Post::accepted);
        assertThat(threads.unaccept(w.author, w.thread.id()).acceptedPostId())
                .as("again: no change")
                .isNull();
        assertThat(audited("thread.unaccept", "thread:" + w.thread.id())).isEqualTo(1);

        Post unthanked = threads.unthank(w.author, other.id());
        assertThat(unthanked.thanks()).isZero();
        assertThat(unthanked.thankedByMe()).isFalse();
        assertThat(threads.unthank(w.author, other.id()).thanks()).isZero();
        assertThat(audited("post.unthank", "post:" + other.id())).isEqualTo(1);
    }

    private User memberOf(Group group) {
        User user = hub.member();
        groups.addMember(hub.admin(), group.slug(), user.username(), GroupRole.MEMBER);
        return user;
    }

    private long outboxRows(long postId) {
        return jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM index_queue WHERE item_type = 'post' AND item_id = :id")
                .bind("id", postId)
                .mapTo(Long.class)
                .one());
    }

    private long audited(String action, String target) {
        return jdbi().withHandle(
                        h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :action AND target = :target")
                                .bind("action", action)
                                .bind("target", target)
                                .mapTo(Long.class)
                                .one());
    }

    private String auditDetail(String action, String target) {
        return jdbi().withHandle(
                        h -> h.createQuery("SELECT detail FROM audit_log WHERE action = :action AND target = :target")
                                .bind("action", action)
                                .bind("target", target)
                                .mapTo(String.class)
                                .one());
    }
}
