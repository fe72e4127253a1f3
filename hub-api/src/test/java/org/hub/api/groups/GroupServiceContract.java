package org.hub.api.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hub.api.testing.HubAssertions.assertRefused;

import java.util.ArrayList;
import java.util.List;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.Page;
import org.hub.api.testing.DatabaseTest;
import org.hub.api.testing.TestHub;
import org.hub.api.users.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupService}: who sees open, restricted and private groups, joining and join requests,
 * who may add, promote and remove members, the last owner, settings and search access tokens.
 */
abstract class GroupServiceContract extends DatabaseTest {
    private TestHub hub;
    private GroupService groups;

    @BeforeAll
    void wire() {
        if (database() != null) {
            hub = new TestHub(jdbi());
            groups = hub.groups();
        }
    }

    @Test
    void theCreatorOwnsTheNewGroup() {
        User creator = hub.member();
        String slug = TestHub.unique("svc-group");
        Group group = groups.create(creator, new GroupService.NewGroup(slug, "  Libraries  ", null, Visibility.OPEN));
        assertThat(group.slug()).isEqualTo(slug);
        assertThat(group.name()).as("stripped").isEqualTo("Libraries");
        assertThat(group.description()).isEmpty();
        assertThat(group.myRole()).isEqualTo(GroupRole.OWNER);
        assertThat(group.memberCount()).isEqualTo(1);
        assertThat(groups.mine(creator)).extracting(Group::slug).containsExactly(slug);
    }

    @Test
    void aTakenSlugIsAConflictAndABadOneIsRefused() {
        User creator = hub.member();
        String slug = TestHub.unique("svc-group");
        groups.create(creator, new GroupService.NewGroup(slug, "First", "", Visibility.OPEN));
        assertRefused(
                () -> groups.create(hub.member(), new GroupService.NewGroup(slug, "Second", "", Visibility.OPEN)), 409);
        assertRefused(
                () -> groups.create(creator, new GroupService.NewGroup("Not A Slug", "Name", "", Visibility.OPEN)),
                422);
        assertRefused(
                () -> groups.create(
                        creator, new GroupService.NewGroup(TestHub.unique("svc-group"), " ", "", Visibility.OPEN)),
                422);
        assertRefused(
                () -> groups.create(creator, new GroupService.NewGroup(TestHub.unique("svc-group"), "Name", "", null)),
                422);
        assertThat(groups.visible(slug, creator).name()).isEqualTo("First");
    }

    @Test
    void aPrivateGroupsSlugIsRefusedExactlyAsAPublicGroupsIs() {
        // Issue 11, finding 6: "is taken" for a slug whose group page answers 404 confirmed a private group.
        User owner = hub.member();
        Group hidden = create(owner, Visibility.PRIVATE);
        Group open = create(owner, Visibility.OPEN);
        User outsider = hub.member();
        assertThatThrownBy(() -> groups.visible(hidden.slug(), outsider)).isInstanceOf(NotFoundException.class);

        HubException forHidden = refusal(outsider, hidden.slug(), Visibility.PRIVATE);
        HubException forOpen = refusal(outsider, open.slug(), Visibility.PRIVATE);
        assertThat(forHidden.status()).isEqualTo(409).isEqualTo(forOpen.status());
        assertThat(forHidden.errors()).isEqualTo(forOpen.errors());
        assertThat(shape(forHidden.getMessage(), hidden.slug())).isEqualTo(shape(forOpen.getMessage(), open.slug()));
        assertThat(forHidden.getMessage()).doesNotContain("taken", "exists", "private");
        // The suggestion is free, and says nothing about the slugs next to the one asked for.
        String suggestion = forHidden.getMessage().replaceAll("(?s).*for example '([a-z0-9-]+)'.*", "$1");
        assertThat(suggestion).matches(java.util.regex.Pattern.quote(hidden.slug()) + "-[a-z2-9]{4}");
        assertThat(groups.create(outsider, new GroupService.NewGroup(suggestion, "Mine", "", Visibility.OPEN))
                        .slug())
                .isEqualTo(suggestion);
        // Whatever the new group's own visibility, and for the members who can see it too.
        assertThat(shape(refusal(outsider, hidden.slug(), Visibility.OPEN).getMessage(), hidden.slug()))
                .isEqualTo(shape(forOpen.getMessage(), open.slug()));
        assertThat(shape(refusal(owner, hidden.slug(), Visibility.OPEN).getMessage(), hidden.slug()))
                .isEqualTo(shape(forOpen.getMessage(), open.slug()));
    }

    @Test
    void aSuggestionForTheLongestSlugIsStillAValidSlug() {
        String longest = TestHub.unique("s").concat("-").concat("x".repeat(60)).substring(0, 60);
        groups.create(hub.member(), new GroupService.NewGroup(longest, "Long", "", Visibility.PRIVATE));
        String message = refusal(hub.member(), longest, Visibility.OPEN).getMessage();
        String suggestion = message.replaceAll("(?s).*for example '([a-z0-9-]+)'.*", "$1");
        assertThat(suggestion).hasSizeLessThanOrEqualTo(60).startsWith(longest.substring(0, 50));
        assertThat(groups.create(hub.member(), new GroupService.NewGroup(suggestion, "Long", "", Visibility.OPEN))
                        .slug())
                .isEqualTo(suggestion);
    }

    private HubException refusal(User creator, String slug, Visibility visibility) {
        try {
            groups.create(creator, new GroupService.NewGroup(slug, "Another", "", visibility));
        } catch (HubException e) {
            return e;
        }
        throw new AssertionError("Creating a second group '" + slug + "' was not refused");
    }

    /** The message with the slug and the random part of its suggestion taken out. */
    private static String shape(String message, String slug) {
        return message.replace(slug, "<slug>").replaceAll("<slug>-[a-z2-9]{4}", "<slug>-<random>");
    }

    @Test
    void aPrivateGroupIsHiddenFromOutsidersAsIfItDidNotExist() {
        User owner = hub.member();
        Group hidden = create(owner, Visibility.PRIVATE);
        User outsider = hub.member();

        assertThatThrownBy(() -> groups.visible(hidden.slug(), outsider))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No group " + hidden.slug() + " was found.");
        assertThatThrownBy(() -> groups.join(outsider, hidden.slug())).isInstanceOf(NotFoundException.class);
        assertThat(groups.visible(hidden.slug(), hub.admin()).myRole()).isNull();
        assertThat(groups.visible(hidden.slug(), owner).myRole()).isEqualTo(GroupRole.OWNER);
        assertThat(allVisible(outsider)).doesNotContain(hidden.slug());
        assertThat(allVisible(owner)).contains(hidden.slug());
    }

    @Test
    void anyoneSeesOpenAndRestrictedGroups() {
        User owner = hub.member();
        Group open = create(owner, Visibility.OPEN);
        Group restricted = create(owner, Visibility.RESTRICTED);
        User outsider = hub.member();
        assertThat(groups.visible(open.slug(), outsider).myRole()).isNull();
        assertThat(groups.visible(restricted.slug(), outsider).myRole()).isNull();
        assertThat(allVisible(outsider)).contains(open.slug(), restricted.slug());
    }

    @Test
    void joiningAnOpenGroupIsImmediateAndJoiningTwiceChangesNothing() {
        Group open = create(hub.member(), Visibility.OPEN);
        User joiner = hub.member();
        GroupService.JoinResult joined = groups.join(joiner, open.slug());
        assertThat(joined.pending()).isFalse();
        assertThat(joined.group().myRole()).isEqualTo(GroupRole.MEMBER);
        assertThat(joined.group().memberCount()).isEqualTo(2);

        GroupService.JoinResult again = groups.join(joiner, open.slug());
        assertThat(again.pending()).isFalse();
        assertThat(again.group().memberCount()).isEqualTo(2);
    }

    @Test
    void joiningARestrictedGroupIsARequestUntilAModeratorApproves() {
        User owner = hub.member();
        Group restricted = create(owner, Visibility.RESTRICTED);
        User applicant = hub.member();

        GroupService.JoinResult requested = groups.join(applicant, restricted.slug());
        assertThat(requested.pending()).isTrue();
        assertThat(requested.group().myRole()).isEqualTo(GroupRole.PENDING);
        assertThat(requested.group().memberCount())
                .as("a request is not a member")
                .isEqualTo(1);
        assertThat(groups.join(applicant, restricted.slug()).pending())
                .as("asking again")
                .isTrue();
        assertThat(groups.mine(applicant)).isEmpty();

        Membership approved = groups.addMember(owner, restricted.slug(), applicant.username(), GroupRole.MEMBER);
        assertThat(approved.role()).isEqualTo(GroupRole.MEMBER);
        assertThat(groups.visible(restricted.slug(), applicant).myRole()).isEqualTo(GroupRole.MEMBER);
        assertThat(groups.visible(restricted.slug(), owner).memberCount()).isEqualTo(2);
    }

    @Test
    void aRequestIsGrantedWhenTheGroupNoLongerNeedsApproval() {
        User owner = hub.member();
        Group group = create(owner, Visibility.RESTRICTED);
        User applicant = hub.member();
        groups.join(applicant, group.slug());
        groups.update(owner, group.slug(), new GroupService.GroupSettings(group.name(), "", Visibility.OPEN));

        GroupService.JoinResult joined = groups.join(applicant, group.slug());
        assertThat(joined.pending()).isFalse();
        assertThat(joined.group().myRole()).isEqualTo(GroupRole.MEMBER);
    }

    @Test
    void anAdminJoinsWithoutApproval() {
        Group restricted = create(hub.member(), Visibility.RESTRICTED);
        Group hidden = create(hub.member(), Visibility.PRIVATE);
        User admin = hub.admin();
        assertThat(groups.join(admin, restricted.slug()).group().myRole()).isEqualTo(GroupRole.MEMBER);
        assertThat(groups.join(admin, hidden.slug()).group().myRole()).isEqualTo(GroupRole.MEMBER);
    }

    @Test
    void moderatorsAddMembersButOnlyOwnersAppointModeratorsAndOwners() {
        User owner = hub.member();
        Group group = create(owner, Visibility.RESTRICTED);
        User moderator = hub.member();
        User member = hub.member();
        groups.addMember(owner, group.slug(), moderator.username(), GroupRole.MODERATOR);
        groups.addMember(moderator, group.slug(), member.username(), GroupRole.MEMBER);

        assertRefused(() -> groups.addMember(member, group.slug(), hub.member().username(), GroupRole.MEMBER), 403);
        assertRefused(() -> groups.addMember(moderator, group.slug(), member.username(), GroupRole.MODERATOR), 403);
        assertRefused(() -> groups.addMember(moderator, group.slug(), moderator.username(), GroupRole.MEMBER), 403);
        assertRefused(() -> groups.addMember(hub.member(), group.slug(), member.username(), GroupRole.MEMBER), 403);
        assertThat(groups.addMember(owner, group.slug(), member.username(), GroupRole.OWNER)
                        .role())
                .isEqualTo(GroupRole.OWNER);
        assertThat(groups.addMember(hub.admin(), group.slug(), moderator.username(), GroupRole.OWNER)
                        .role())
                .as("admins act as owners")
                .isEqualTo(GroupRole.OWNER);
    }

    @Test
    void onlyRealActiveAccountsAndRealRolesAreAdded() {
        User owner = hub.member();
        Group group = create(owner, Visibility.OPEN);
        assertRefused(
                () -> groups.addMember(owner, group.slug(), "nobody-" + TestHub.unique("x"), GroupRole.MEMBER), 422);
        assertRefused(
                () -> groups.addMember(owner, group.slug(), hub.inactiveMember().username(), GroupRole.MEMBER), 422);
        assertRefused(() -> groups.addMember(owner, group.slug(), hub.member().username(), GroupRole.PENDING), 422);
        assertRefused(() -> groups.addMember(owner, group.slug(), hub.member().username(), null), 422);
    }

    @Test
    void theLastOwnerCannotStepDownOrLeave() {
        User owner = hub.member();
        Group group = create(owner, Visibility.OPEN);
        assertRefused(() -> groups.addMember(owner, group.slug(), owner.username(), GroupRole.MEMBER), 409);
        assertRefused(() -> groups.removeMember(owner, group.slug(), owner.username()), 409);

        User second = hub.member();
        groups.addMember(owner, group.slug(), second.username(), GroupRole.OWNER);
        groups.removeMember(owner, group.slug(), owner.username());
        assertThat(groups.visible(group.slug(), owner).myRole()).isNull();
        assertRefused(() -> groups.removeMember(second, group.slug(), second.username()), 409);
    }

    @Test
    void membersLeaveThemselvesAndModeratorsRemoveOthersButNotOwners() {
        User owner = hub.member();
        Group group = create(owner, Visibility.OPEN);
        User moderator = hub.member();
        User member = hub.member();
        User leaver = hub.member();
        groups.addMember(owner, group.slug(), moderator.username(), GroupRole.MODERATOR);
        groups.join(member, group.slug());
        groups.join(leaver, group.slug());

        assertRefused(() -> groups.removeMember(member, group.slug(), leaver.username()), 403);
        groups.removeMember(leaver, group.slug(), leaver.username());
        assertThat(groups.visible(group.slug(), leaver).myRole()).isNull();
        assertRefused(() -> groups.removeMember(moderator, group.slug(), owner.username()), 403);
        groups.removeMember(moderator, group.slug(), member.username());
        assertThatThrownBy(() -> groups.removeMember(moderator, group.slug(), member.username()))
                .as("no longer a member")
                .isInstanceOf(NotFoundException.class);
        assertThat(groups.visible(group.slug(), owner).memberCount()).isEqualTo(2);
    }

    @Test
    void aModeratorDeclinesARequest() {
        User owner = hub.member();
        Group group = create(owner, Visibility.RESTRICTED);
        User applicant = hub.member();
        groups.join(applicant, group.slug());
        groups.removeMember(owner, group.slug(), applicant.username());
        assertThat(groups.visible(group.slug(), applicant).myRole()).isNull();
    }

    @Test
    void requestsAreListedOnlyToThoseWhoMayApproveThem() {
        User owner = hub.member();
        Group group = create(owner, Visibility.RESTRICTED);
        User member = hub.member();
        User applicant = hub.member();
        groups.addMember(owner, group.slug(), member.username(), GroupRole.MEMBER);
        groups.join(applicant, group.slug());

        assertThat(groups.members(owner, group.slug(), 10, null).items())
                .extracting(Membership::username)
                .containsExactly(owner.username(), member.username(), applicant.username());
        assertThat(groups.members(member, group.slug(), 10, null).items())
                .extracting(Membership::username)
                .containsExactly(owner.username(), member.username());
    }

    @Test
    void membersPageWithACursor() {
        User owner = hub.member();
        Group group = create(owner, Visibility.OPEN);
        List<String> expected = new ArrayList<>(List.of(owner.username()));
        for (int i = 0; i < 4; i++) {
            User joiner = hub.member();
            groups.join(joiner, group.slug());
            expected.add(joiner.username());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Membership> page = groups.members(owner, group.slug(), 2, cursor);
            page.items().forEach(m -> seen.add(m.username()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
        assertRefused(() -> groups.members(owner, group.slug(), 2, "not-a-cursor"), 400);
    }

    @Test
    void onlyOwnersAndAdminsChangeSettings() {
        User owner = hub.member();
        Group group = create(owner, Visibility.OPEN);
        User moderator = hub.member();
        groups.addMember(owner, group.slug(), moderator.username(), GroupRole.MODERATOR);
        var settings = new GroupService.GroupSettings("Renamed", "New words", Visibility.PRIVATE);

        assertRefused(() -> groups.update(moderator, group.slug(), settings), 403);
        Group changed = groups.update(owner, group.slug(), settings);
        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(groups.update(
                                hub.admin(),
                                group.slug(),
                                new GroupService.GroupSettings("By an admin", "", Visibility.OPEN))
                        .name())
                .isEqualTo("By an admin");
        assertRefused(
                () -> groups.update(owner, group.slug(), new GroupService.GroupSettings("", "", Visibility.OPEN)), 422);
    }

    @Test
    void makingAGroupPrivateHidesItFromOutsidersAtOnce() {
        User owner = hub.member();
        Group group = create(owner, Visibility.OPEN);
        User outsider = hub.member();
        groups.visible(group.slug(), outsider);
        groups.update(owner, group.slug(), new GroupService.GroupSettings(group.name(), "", Visibility.PRIVATE));
        assertThatThrownBy(() -> groups.visible(group.slug(), outsider)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchTokensFollowWhatTheViewerMaySee() {
        User owner = hub.member();
        Group open = create(owner, Visibility.OPEN);
        Group restricted = create(owner, Visibility.RESTRICTED);
        Group hidden = create(owner, Visibility.PRIVATE);
        User outsider = hub.member();

        assertThat(groups.accessTokens(outsider))
                .contains("all", token(open), token(restricted))
                .doesNotContain(token(hidden), "role:curator");
        assertThat(groups.accessTokens(owner)).contains(token(hidden));
        assertThat(groups.accessTokens(hub.curator()))
                .contains("all", "role:curator")
                .doesNotContain(token(hidden));
        assertThat(groups.accessTokens(hub.admin())).contains("all", "role:curator", token(hidden));

        User applicant = hub.member();
        groups.update(owner, hidden.slug(), new GroupService.GroupSettings(hidden.name(), "", Visibility.RESTRICTED));
        groups.join(applicant, hidden.slug());
        groups.update(owner, hidden.slug(), new GroupService.GroupSettings(hidden.name(), "", Visibility.PRIVATE));
        assertThat(groups.accessTokens(applicant))
                .as("a pending request grants nothing")
                .doesNotContain(token(hidden));
    }

    private Group create(User owner, Visibility visibility) {
        return groups.create(
                owner,
                new GroupService.NewGroup(
                        TestHub.unique("svc-group"), "Group " + visibility, "About " + visibility, visibility));
    }

    private static String token(Group group) {
        return "g:" + group.id();
    }

    private List<String> allVisible(User viewer) {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            Page<Group> page = groups.list(viewer, 50, cursor);
            page.items().forEach(g -> slugs.add(g.slug()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return slugs;
    }
}
