package org.hub.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hub.api.testing.HubAssertions.assertRefused;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.hub.api.common.markdown.MarkdownRenderer;
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
 * Notifications from the outbox to the inbox: who is told what, that repeats collapse, that nobody
 * is told of what they may not see (at delivery and when reading), that muted means nothing, and
 * that a delivery stopped half-way loses and duplicates nothing.
 */
abstract class NotificationContract extends DatabaseTest {
    private TestHub hub;
    private GroupService groups;
    private ThreadService threads;
    private SubscriptionService subscriptions;
    private NotificationService inbox;
    private Notifier notifier;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            groups = hub.groups();
            threads = hub.threads();
            subscriptions = hub.services().subscriptions();
            inbox = hub.services().notifications();
            notifier = hub.services().notifier();
        }
    }

    @Test
    void askWatchedTagAnswerAcceptJourney() {
        User asker = hub.member();
        Group group = group(asker, Visibility.OPEN);
        User expert = hub.member();
        String tag = TestHub.unique("bins");
        subscriptions.followTag(expert, tag, "watching");

        HubThread question = threads.create(
                asker,
                group.slug(),
                new ThreadService.NewThread(
                        "Bin days?", "Which day are bins collected?", ThreadKind.QUESTION, List.of(tag)));
        notifier.drain();
        assertThat(inbox.list(expert, true, 20, null).items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NEW_THREAD);
            assertThat(n.thread().id()).isEqualTo(question.id());
            assertThat(n.thread().title()).isEqualTo("Bin days?");
            assertThat(n.actor().username()).isEqualTo(asker.username());
            assertThat(n.excerpt()).isEqualTo("Which day are bins collected?");
            assertThat(n.read()).isFalse();
        });
        assertThat(inbox.unreadCount(asker))
                .as("nobody is told of their own act")
                .isZero();

        groups.join(expert, group.slug());
        Post answer = threads.reply(expert, question.id(), "Tuesdays, **every** other week.");
        notifier.drain();
        assertThat(inbox.list(asker, true, 20, null).items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ANSWER);
            assertThat(n.actor().username()).isEqualTo(expert.username());
            assertThat(n.excerpt()).isEqualTo("Tuesdays, every other week.");
            assertThat(n.count()).isEqualTo(1);
        });

        threads.accept(asker, question.id(), answer.id());
        notifier.drain();
        assertThat(inbox.list(expert, true, 20, null).items())
                .extracting(Notification::kind)
                .containsExactly(NotificationKind.ACCEPTED, NotificationKind.NEW_THREAD);
        assertThat(inbox.unreadCount(expert)).isEqualTo(2);
        assertThat(notifier.drain()).as("each change notifies once").isZero();
        assertThat(inbox.unreadCount(expert)).isEqualTo(2);
    }

    @Test
    void historySettledWithoutTellingReachesNoInbox() {
        User asker = hub.member();
        Group group = group(asker, Visibility.OPEN);
        User expert = hub.member();
        String tag = TestHub.unique("archive");
        subscriptions.followTag(expert, tag, "watching");
        threads.create(
                asker,
                group.slug(),
                new ThreadService.NewThread("Old question", "Asked a year ago.", ThreadKind.QUESTION, List.of(tag)));

        assertThat(notifier.settleWithoutTelling()).isPositive();
        assertThat(notifier.drain()).as("nothing left to deliver").isZero();
        assertThat(inbox.unreadCount(expert)).isZero();

        threads.create(
                asker,
                group.slug(),
                new ThreadService.NewThread("New question", "Asked today.", ThreadKind.QUESTION, List.of(tag)));
        notifier.drain();
        assertThat(inbox.unreadCount(expert))
                .as("what comes after is told as usual")
                .isEqualTo(1);
    }

    @Test
    void flaggersHearTheModeratorsDecision() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        HubThread question = ask(owner, group, "Fly-tipping reports");
        User author = hub.member();
        groups.join(author, group.slug());
        Post answer = threads.reply(author, question.id(), "Call this number.");
        User first = hub.member();
        User second = hub.member();
        hub.flags().flag(first, answer.id(), org.hub.api.threads.FlagReason.WRONG_OR_OUTDATED);
        hub.flags().flag(second, answer.id(), org.hub.api.threads.FlagReason.OFF_TOPIC);
        notifier.drain();
        assertThat(inbox.unreadCount(first)).as("nothing until decided").isZero();

        hub.flags().decide(owner, answer.id(), org.hub.api.threads.FlagOutcome.HIDDEN);
        notifier.drain();
        for (User flagger : List.of(first, second)) {
            assertThat(inbox.list(flagger, true, 20, null).items())
                    .singleElement()
                    .satisfies(n -> {
                        assertThat(n.kind()).isEqualTo(NotificationKind.FLAG_DECIDED);
                        assertThat(n.thread().id()).isEqualTo(question.id());
                        assertThat(n.excerpt())
                                .isEqualTo("A moderator hid the post you flagged.")
                                .doesNotContain("Call this number");
                    });
        }
        assertThat(inbox.list(author, false, 20, null).items())
                .as("only flaggers are told")
                .extracting(Notification::kind)
                .doesNotContain(NotificationKind.FLAG_DECIDED);
        assertThat(notifier.drain()).as("told once").isZero();
    }

    @Test
    void repeatsCollapseUntilRead() {
        User asker = hub.member();
        Group group = group(asker, Visibility.OPEN);
        HubThread question = ask(asker, group, "Gritting routes?");
        for (int i = 0; i < 3; i++) {
            User answerer = hub.member();
            groups.join(answerer, group.slug());
            threads.reply(answerer, question.id(), "Answer " + i);
        }
        notifier.drain();
        List<Notification> items = inbox.list(asker, false, 20, null).items();
        assertThat(items).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ANSWER);
            assertThat(n.count()).as("3 new answers on one thread").isEqualTo(3);
            assertThat(n.excerpt()).isEqualTo("Answer 2");
        });
        assertThat(inbox.markRead(asker, List.of(items.get(0).id()), false)).isZero();

        User late = hub.member();
        groups.join(late, group.slug());
        threads.reply(late, question.id(), "Answer 3");
        notifier.drain();
        assertThat(inbox.list(asker, false, 20, null).items())
                .extracting(Notification::count, Notification::read)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(3, true));
        assertThat(inbox.list(asker, true, 20, null).items()).hasSize(1);
    }

    @Test
    void mentionsLinkAndTellOnlyThoseWhoMaySee() {
        User owner = hub.member();
        Group group = group(owner, Visibility.PRIVATE);
        User insider = hub.member();
        groups.addMember(owner, group.slug(), insider.username(), GroupRole.MEMBER);
        User outsider = hub.member();
        HubThread thread = ask(owner, group, "Budget lines");
        notifier.drain();
        int before = inbox.unreadCount(insider);

        Post post = threads.reply(
                owner, thread.id(), "Over to @" + insider.username() + " and @" + outsider.username() + ".");
        assertThat(post.bodyHtml()).contains("href=\"/users/" + insider.username() + "\"");
        notifier.drain();
        assertThat(inbox.list(insider, true, 1, null).items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(n.thread().id()).isEqualTo(thread.id());
        });
        assertThat(inbox.unreadCount(insider)).isEqualTo(before + 1);
        assertThat(inbox.list(outsider, false, 20, null).items()).isEmpty();
        assertThat(inbox.unreadCount(outsider)).isZero();
    }

    @Test
    void joinRequestsReachModeratorsAndDecisionsReachTheApplicant() {
        User owner = hub.member();
        Group group = group(owner, Visibility.RESTRICTED);
        User moderator = hub.member();
        groups.addMember(owner, group.slug(), moderator.username(), GroupRole.MODERATOR);
        User member = hub.member();
        groups.addMember(owner, group.slug(), member.username(), GroupRole.MEMBER);
        User applicant = hub.member();
        User declined = hub.member();

        groups.join(applicant, group.slug());
        groups.join(declined, group.slug());
        notifier.drain();
        for (User mod : List.of(owner, moderator)) {
            assertThat(inbox.list(mod, true, 20, null).items()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.JOIN_REQUEST);
                assertThat(n.group().slug()).isEqualTo(group.slug());
                assertThat(n.count()).as("two requests, one row").isEqualTo(2);
                assertThat(n.actor().username()).isEqualTo(declined.username());
            });
        }
        assertThat(inbox.unreadCount(member))
                .as("members do not decide requests")
                .isZero();

        groups.addMember(moderator, group.slug(), applicant.username(), GroupRole.MEMBER);
        groups.removeMember(moderator, group.slug(), declined.username());
        notifier.drain();
        assertThat(inbox.list(applicant, true, 20, null).items())
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.JOIN_DECIDED);
                    assertThat(n.excerpt()).contains("approved");
                    assertThat(n.actor().username()).isEqualTo(moderator.username());
                });
        assertThat(inbox.list(declined, true, 20, null).items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.JOIN_DECIDED);
            assertThat(n.excerpt()).contains("declined");
        });
    }

    @Test
    void thanksReachTheAnswerAndCollapse() {
        User asker = hub.member();
        Group group = group(asker, Visibility.OPEN);
        User answerer = hub.member();
        groups.join(answerer, group.slug());
        HubThread question = ask(asker, group, "Parking permits");
        Post answer = threads.reply(answerer, question.id(), "Apply online.");
        notifier.drain();
        int before = inbox.unreadCount(answerer);
        threads.thank(asker, answer.id());
        threads.thank(asker, answer.id()); // thanking again adds nothing
        threads.thank(hub.member(), answer.id());
        notifier.drain();
        assertThat(inbox.unreadCount(answerer)).isEqualTo(before + 1);
        assertThat(inbox.list(answerer, true, 1, null).items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.THANKS);
            assertThat(n.count()).isEqualTo(2);
        });
    }

    /** The access matrix: for each way of not being allowed to see, nothing in the inbox or the count. */
    @Test
    void nobodyIsToldWhatTheyMayNotSee() {
        String tag = TestHub.unique("secret");
        User owner = hub.member();

        // Never could: watching a tag used in a private group one is not in.
        Group closed = group(owner, Visibility.PRIVATE);
        User neverCould = hub.member();
        subscriptions.followTag(neverCould, tag, "watching");
        HubThread inClosed = askTagged(owner, closed, tag);
        User mentionedOutsider = hub.member();
        threads.reply(owner, inClosed.id(), "cc @" + mentionedOutsider.username());

        // Left the group before delivery.
        Group left = group(owner, Visibility.PRIVATE);
        User leaver = hub.member();
        groups.addMember(owner, left.slug(), leaver.username(), GroupRole.MEMBER);
        ask(owner, left, "Restructure");
        groups.removeMember(leaver, left.slug(), leaver.username());

        // The group turned private before delivery.
        Group turning = group(owner, Visibility.OPEN);
        User tagWatcher = hub.member();
        subscriptions.followTag(tagWatcher, tag, "watching");
        askTagged(owner, turning, tag);
        groups.update(owner, turning.slug(), new GroupService.GroupSettings(turning.name(), "", Visibility.PRIVATE));

        // The item was deleted before delivery.
        Group open = group(owner, Visibility.OPEN);
        User member = hub.member();
        groups.join(member, open.slug());
        HubThread deleted = ask(owner, open, "Soon gone");
        threads.delete(owner, deleted.id());

        // Muted: the group, and a tag (another tag, so that the watchers above see nothing new).
        String mutedTag = TestHub.unique("noise");
        User muter = hub.member();
        groups.join(muter, open.slug());
        subscriptions.followGroup(muter, open.slug(), "muted");
        User tagMuter = hub.member();
        groups.join(tagMuter, open.slug());
        subscriptions.followTag(tagMuter, mutedTag, "muted");
        askTagged(owner, open, mutedTag);
        notifier.drain();

        for (User person : List.of(neverCould, mentionedOutsider, leaver, tagWatcher, member, muter, tagMuter)) {
            if (person == member) {
                // told of the open group's tagged thread, but not of the deleted one
                assertThat(inbox.list(person, false, 20, null).items())
                        .extracting(n -> n.thread().id())
                        .doesNotContain(deleted.id())
                        .hasSize(1);
                continue;
            }
            assertThat(inbox.list(person, false, 20, null).items())
                    .as(person.username())
                    .isEmpty();
            assertThat(inbox.unreadCount(person)).as(person.username()).isZero();
        }

        // Delivered, then the reader loses sight of it: gone from the list and the count.
        Group later = group(owner, Visibility.PRIVATE);
        User reader = hub.member();
        groups.addMember(owner, later.slug(), reader.username(), GroupRole.MEMBER);
        HubThread seen = ask(owner, later, "Seen then hidden");
        notifier.drain();
        assertThat(inbox.unreadCount(reader)).isEqualTo(1);
        groups.removeMember(owner, later.slug(), reader.username());
        assertThat(inbox.list(reader, false, 20, null).items()).isEmpty();
        assertThat(inbox.unreadCount(reader)).isZero();
        groups.addMember(owner, later.slug(), reader.username(), GroupRole.MEMBER);
        assertThat(inbox.unreadCount(reader)).isEqualTo(1);
        threads.delete(owner, seen.id());
        assertThat(inbox.unreadCount(reader)).as("deleted after delivery").isZero();
    }

    @Test
    void aDeliveryStoppedHalfWayLosesAndRepeatsNothing() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        List<User> members = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            User member = hub.member();
            groups.join(member, group.slug());
            members.add(member);
        }
        notifier.drain();
        HubThread thread = ask(owner, group, "Big fan-out");
        long seq = jdbi().withHandle(h -> h.createQuery(
                        "SELECT seq FROM index_queue WHERE event = 'thread.created' AND item_id = :id")
                .bind("id", thread.id())
                .mapTo(Long.class)
                .one());
        Clock clock = Clock.fixed(TestHub.NOW, ZoneOffset.UTC);
        RecipientPlanner planner = new RecipientPlanner(new MarkdownRenderer());
        int[] batches = {0};
        Notifier crashing = new Notifier(jdbi(), planner, clock, 3, s -> {
            if (s == seq && ++batches[0] == 2) {
                throw new IllegalStateException("the server stops mid-batch");
            }
        });
        assertThat(crashing.step()).isTrue();
        assertThatThrownBy(crashing::step).hasMessageContaining("mid-batch");
        assertThat(rows(thread))
                .as("the first batch of 3 is kept, the second rolled back")
                .isEqualTo(3);

        Notifier restarted = new Notifier(jdbi(), planner, clock, 3, s -> {});
        restarted.drain();
        assertThat(rows(thread)).isEqualTo(7);
        assertThat(distinctRecipients(thread)).isEqualTo(7);
        for (User member : members) {
            assertThat(inbox.list(member, true, 20, null).items())
                    .extracting(n -> n.thread().id())
                    .containsExactly(thread.id());
        }
        assertThat(restarted.drain()).isZero();
        assertThat(rows(thread)).isEqualTo(7);
    }

    @Test
    void followLevelsAreSetListedAndChecked() {
        User owner = hub.member();
        Group secret = group(owner, Visibility.PRIVATE);
        Group open = group(owner, Visibility.OPEN);
        HubThread thread = ask(owner, secret, "Hidden thread");
        User other = hub.member();

        assertRefused(() -> subscriptions.followGroup(other, secret.slug(), "watching"), 404);
        assertRefused(() -> subscriptions.followThread(other, thread.id(), "watching"), 404);
        assertRefused(() -> subscriptions.followGroup(other, open.slug(), "loud"), 422);
        assertRefused(() -> subscriptions.followGroup(other, open.slug(), null), 422);
        assertRefused(() -> subscriptions.followTag(other, "Not A Tag!", "watching"), 422);
        assertThat(subscriptions.mine(other)).isEmpty();

        subscriptions.followGroup(other, open.slug(), "watching");
        subscriptions.followGroup(other, open.slug(), "muted");
        subscriptions.followTag(other, "Potholes", "tracking");
        subscriptions.followGroup(owner, secret.slug(), "watching");
        subscriptions.followThread(owner, thread.id(), "normal");
        assertThat(subscriptions.mine(other))
                .extracting(Subscription::target, Subscription::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("group", SubscriptionLevel.MUTED),
                        org.assertj.core.groups.Tuple.tuple("tag", SubscriptionLevel.TRACKING));
        assertThat(subscriptions.mine(other).get(1).tag()).isEqualTo("potholes");
        assertThat(subscriptions.mine(owner)).extracting(Subscription::target).containsExactly("group", "thread");
    }

    @Test
    void markingReadNeedsIdsOrAllAndTouchesOnlyMine() {
        User owner = hub.member();
        Group group = group(owner, Visibility.OPEN);
        User member = hub.member();
        groups.join(member, group.slug());
        ask(owner, group, "One");
        ask(owner, group, "Two");
        notifier.drain();
        List<Notification> mine = inbox.list(member, true, 20, null).items();
        assertThat(mine).hasSize(2);
        User stranger = hub.member();
        assertRefused(() -> inbox.markRead(member, List.of(), false), 422);
        assertRefused(() -> inbox.markRead(member, List.of(1L), true), 422);
        assertThat(inbox.markRead(stranger, List.of(mine.get(0).id()), false)).isZero();
        assertThat(inbox.unreadCount(member)).as("another's ids change nothing").isEqualTo(2);
        assertThat(inbox.markRead(member, List.of(mine.get(0).id()), false)).isEqualTo(1);
        assertThat(inbox.list(member, false, 1, null).nextCursor()).isNotNull();
        assertThat(inbox.markRead(member, null, true)).isZero();
    }

    private int rows(HubThread thread) {
        return jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notifications WHERE thread_id = :t")
                .bind("t", thread.id())
                .mapTo(Integer.class)
                .one());
    }

    private int distinctRecipients(HubThread thread) {
        return jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(DISTINCT recipient_id) FROM notifications WHERE thread_id = :t")
                .bind("t", thread.id())
                .mapTo(Integer.class)
                .one());
    }

    private Group group(User owner, Visibility visibility) {
        return groups.create(owner, new GroupService.NewGroup(TestHub.unique("g"), "Group", "", visibility));
    }

    private HubThread ask(User author, Group group, String title) {
        return threads.create(
                author,
                group.slug(),
                new ThreadService.NewThread(title, "Body of " + title, ThreadKind.QUESTION, List.of()));
    }

    private HubThread askTagged(User author, Group group, String tag) {
        return threads.create(
                author,
                group.slug(),
                new ThreadService.NewThread("Tagged " + tag, "About " + tag, ThreadKind.QUESTION, List.of(tag)));
    }
}
