package org.hub.api.groups;

import org.hub.api.users.User;

/**
 * Who may do what in a group (DESIGN.md "Who sees what"), decided from the group as the viewer
 * sees it. Every feature asks here rather than repeating the rules.
 */
public final class GroupAccess {
    private GroupAccess() {
    }

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
