package org.hub.web.pages.common;

import org.hub.api.groups.Group;
import org.hub.api.groups.GroupRole;
import org.hub.api.groups.Visibility;

/** A group in a list or at the top of its page, as the templates show it. */
public record GroupItem(
        String slug,
        String name,
        String description,
        String visibility,
        long memberCount,
        String myRole,
        boolean member,
        boolean pending,
        boolean isPrivate,
        boolean restricted) {

    public static GroupItem of(Group g) {
        GroupRole role = g.myRole();
        return new GroupItem(
                g.slug(),
                g.name(),
                g.description(),
                g.visibility().wireName(),
                g.memberCount(),
                role == null ? null : role.wireName(),
                role != null && role.isMember(),
                role == GroupRole.PENDING,
                g.visibility() == Visibility.PRIVATE,
                g.visibility() == Visibility.RESTRICTED);
    }

    public boolean oneMember() {
        return memberCount == 1;
    }
}
