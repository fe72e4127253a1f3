package org.hub.api.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.hub.api.threads.ThreadKind;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupDao} on a migrated database: a viewer's role and the member count, which groups a
 * viewer may list, members and join requests, slug uniqueness and keyset pages.
 */
abstract class GroupDaoContract extends DatabaseTest {
    private TestHub hub;
    private GroupDao groups;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            groups = jdbi().onDemand(GroupDao.class);
        }
    }

    @Test
    void aGroupReadsBackWithTheViewersRoleAndCountsOnlyRealMembers() {
        User owner = hub.member();
        User applicant = hub.member();
        User outsider = hub.member();
        String slug = TestHub.unique("dao-group");
        long id =
                groups.insert(slug, "Road safety", "Speed limits near schools", "restricted", owner.id(), TestHub.NOW);
        groups.insertMembership(id, owner.id(), "owner", TestHub.NOW);
        groups.insertMembership(id, applicant.id(), "pending", TestHub.NOW);

        Group asOwner = groups.findBySlug(slug, owner.id()).orElseThrow();
        assertThat(asOwner)
                .isEqualTo(new Group(
                        id,
                        slug,
                        "Road safety",
                        "Speed limits near schools",
                        Visibility.RESTRICTED,
                        1,
                        GroupRole.OWNER));
        assertThat(groups.findById(id, applicant.id()).orElseThrow().myRole()).isEqualTo(GroupRole.PENDING);
        assertThat(groups.findById(id, outsider.id()).orElseThrow().myRole()).isNull();
        assertThat(groups.findBySlug("no-such-" + slug, owner.id())).isEmpty();
        assertThat(groups.roleOf(id, applicant.id())).contains("pending");
        assertThat(groups.roleOf(id, outsider.id())).isEmpty();
    }

    @Test
    void theSlugIsUnique() {
        User owner = hub.member();
        String slug = TestHub.unique("dao-group");
        assertThat(groups.countSlug(slug)).isZero();
        groups.insert(slug, "First", "", "open", owner.id(), TestHub.NOW);
        assertThat(groups.countSlug(slug)).isEqualTo(1);
        assertThatThrownBy(() -> groups.insert(slug, "Second", "", "open", owner.id(), TestHub.NOW))
                .isInstanceOf(RuntimeException.class);
        assertThat(groups.findBySlug(slug, owner.id()).orElseThrow().name()).isEqualTo("First");
    }

    @Test
    void visibilityAndRoleAreChecked() {
        User owner = hub.member();
        assertThatThrownBy(() ->
                        groups.insert(TestHub.unique("dao-group"), "Secret", "", "secret", owner.id(), TestHub.NOW))
                .isInstanceOf(RuntimeException.class);
        long id = groups.insert(TestHub.unique("dao-group"), "Fine", "", "open", owner.id(), TestHub.NOW);
        assertThatThrownBy(() -> groups.insertMembership(id, owner.id(), "boss", TestHub.NOW))
                .isInstanceOf(RuntimeException.class);
        groups.insertMembership(id, owner.id(), "owner", TestHub.NOW);
        assertThatThrownBy(() -> groups.insertMembership(id, owner.id(), "member", TestHub.NOW))
                .as("one membership per person and group")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aPrivateGroupIsListedOnlyToItsMembersAndAdmins() {
        User owner = hub.member();
        User member = hub.member();
        User applicant = hub.member();
        User outsider = hub.member();
        User admin = hub.admin();
        long open = group(owner, "open");
        long restricted = group(owner, "restricted");
        long hidden = group(owner, "private");
        groups.insertMembership(hidden, member.id(), "member", TestHub.NOW);
        groups.insertMembership(hidden, applicant.id(), "pending", TestHub.NOW);

        assertThat(visibleIds(outsider, false)).contains(open, restricted).doesNotContain(hidden);
        assertThat(visibleIds(applicant, false))
                .as("a pending request shows nothing")
                .doesNotContain(hidden);
        assertThat(visibleIds(member, false)).contains(open, restricted, hidden);
        assertThat(visibleIds(admin, true)).contains(open, restricted, hidden);
    }

    @Test
    void groupsPageNewestFirstFromTheCursor() {
        User owner = hub.member();
        long first = group(owner, "open");
        long second = group(owner, "open");
        long third = group(owner, "open");

        List<Group> page = groups.listVisible(owner.id(), false, third + 1, 2);
        assertThat(page).extracting(Group::id).containsExactly(third, second);
        assertThat(groups.listVisible(owner.id(), false, second, 1))
                .extracting(Group::id)
                .containsExactly(first);
    }

    @Test
    void myGroupsAreThoseIBelongToByNameWithoutRequests() {
        User me = hub.member();
        User owner = hub.member();
        long zebra = groups.insert(TestHub.unique("dao-group"), "Zebra crossings", "", "open", owner.id(), TestHub.NOW);
        long allotments =
                groups.insert(TestHub.unique("dao-group"), "Allotments", "", "private", owner.id(), TestHub.NOW);
        long waiting = groups.insert(TestHub.unique("dao-group"), "Bins", "", "restricted", owner.id(), TestHub.NOW);
        groups.insertMembership(zebra, me.id(), "member", TestHub.NOW);
        groups.insertMembership(allotments, me.id(), "moderator", TestHub.NOW);
        groups.insertMembership(waiting, me.id(), "pending", TestHub.NOW);

        assertThat(groups.listMine(me.id())).extracting(Group::name).containsExactly("Allotments", "Zebra crossings");
    }

    @Test
    void membersPageOldestAccountFirstAndRequestsOnlyWhenAsked() {
        User owner = hub.member();
        User moderator = hub.member();
        User applicant = hub.member();
        long id = group(owner, "restricted");
        groups.insertMembership(id, moderator.id(), "moderator", TestHub.NOW);
        groups.insertMembership(id, applicant.id(), "pending", TestHub.NOW);

        assertThat(groups.members(id, false, 0, 10))
                .extracting(GroupDao.MemberRow::userId)
                .containsExactly(owner.id(), moderator.id());
        List<GroupDao.MemberRow> all = groups.members(id, true, 0, 10);
        assertThat(all)
                .extracting(row -> row.membership().role())
                .containsExactly(GroupRole.OWNER, GroupRole.MODERATOR, GroupRole.PENDING);
        assertThat(all.get(2).membership().username()).isEqualTo(applicant.username());
        assertThat(groups.members(id, true, owner.id(), 1))
                .extracting(GroupDao.MemberRow::userId)
                .containsExactly(moderator.id());
        assertThat(groups.findById(id, owner.id()).orElseThrow().memberCount()).isEqualTo(2);
    }

    @Test
    void membershipsChangeRoleAndLeaveAndOwnersAreCounted() {
        User owner = hub.member();
        User other = hub.member();
        long id = group(owner, "open");
        groups.insertMembership(id, other.id(), "member", TestHub.NOW);
        assertThat(groups.ownerCount(id)).isEqualTo(1);

        assertThat(groups.updateMembership(id, other.id(), "owner")).isEqualTo(1);
        assertThat(groups.ownerCount(id)).isEqualTo(2);
        assertThat(groups.lockForMembershipChange(id)).isEqualTo(id);
        assertThat(groups.deleteMembership(id, other.id())).isEqualTo(1);
        assertThat(groups.deleteMembership(id, other.id())).as("already gone").isZero();
        assertThat(groups.roleOf(id, other.id())).isEmpty();
        assertThat(groups.ownerCount(id)).isEqualTo(1);
    }

    @Test
    void settingsChangeButTheSlugStays() {
        User owner = hub.member();
        long id = group(owner, "open");
        String slug = groups.findById(id, owner.id()).orElseThrow().slug();
        assertThat(groups.update(id, "Renamed", "New words", "private", TestHub.NOW))
                .isEqualTo(1);
        Group changed = groups.findById(id, owner.id()).orElseThrow();
        assertThat(changed.slug()).isEqualTo(slug);
        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.description()).isEqualTo("New words");
        assertThat(changed.visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void aGroupsLiveItemsAreTheOnesNotDeleted() {
        User owner = hub.member();
        var group = hub.groups()
                .create(owner, new GroupService.NewGroup(TestHub.unique("dao-group"), "Items", "", Visibility.OPEN));
        var threads = hub.threads();
        var kept = threads.create(
                owner, group.slug(), new ThreadService.NewThread("Kept", "", ThreadKind.DISCUSSION, List.of()));
        var gone = threads.create(
                owner, group.slug(), new ThreadService.NewThread("Gone", "", ThreadKind.DISCUSSION, List.of()));
        var keptReply = threads.reply(owner, kept.id(), "A reply that stays");
        var deletedReply = threads.reply(owner, kept.id(), "A reply deleted");
        threads.reply(owner, gone.id(), "A reply in a deleted thread");
        threads.deletePost(owner, deletedReply.id());
        threads.delete(owner, gone.id());

        assertThat(groups.threadIds(group.id())).containsExactly(kept.id());
        assertThat(groups.postIds(group.id())).containsExactly(keptReply.id());
        assertThat(groups.documentIds(group.id())).isEmpty();
    }

    private long group(User owner, String visibility) {
        long id = groups.insert(TestHub.unique("dao-group"), "Group", "", visibility, owner.id(), TestHub.NOW);
        groups.insertMembership(id, owner.id(), "owner", TestHub.NOW);
        return id;
    }

    /** Every group the viewer may list, page by page. */
    private List<Long> visibleIds(User viewer, boolean admin) {
        List<Long> ids = new ArrayList<>();
        long before = Long.MAX_VALUE;
        for (List<Group> page; !(page = groups.listVisible(viewer.id(), admin, before, 50)).isEmpty(); ) {
            page.forEach(g -> ids.add(g.id()));
            before = page.get(page.size() - 1).id();
        }
        return ids;
    }
}
