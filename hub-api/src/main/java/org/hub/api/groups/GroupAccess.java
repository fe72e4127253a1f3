package org.hub.api.groups;

import org.hub.api.users.User;

/**
 * Who may do what in a group (DESIGN.md "Who sees what"), decided from the group as the viewer
 * sees it. Every feature asks here rather than repeating the rules.
 */
public final class GroupAccess {
    /**
     * {@link #canSee} as SQL, for queries over a group aliased {@code g} with {@code :admin} and
     * {@code :viewerId} bound: visible unless private and the viewer is neither admin nor a member.
     */
    public static final String VISIBLE_SQL = """
            (:admin OR g.visibility <> 'private' OR EXISTS (
                SELECT 1 FROM memberships v WHERE v.group_id = g.id AND v.user_id = :viewerId AND v.role <> 'pending'))
            """;

    private GroupAccess() {}

    public static boolean canSee(Group group, User viewer) {
        return viewer.isAdmin() || group.visibility() != Visibility.PRIVATE || isMember(group);
    }

    /** Only members post, admins included: they join first. */
    public static boolean canPost(Group group, User viewer) {
        return isMember(group);
    }

    public static boolean canModerate(Group group, User viewer) {
        return viewer.isAdmin() || group.myRole() != null && group.myRole().isModerator();
    }

    private static boolean isMember(Group group) {
        return group.myRole() != null && group.myRole().isMember();
    }
}
