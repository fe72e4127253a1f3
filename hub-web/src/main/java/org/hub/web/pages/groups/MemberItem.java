package org.hub.web.pages.groups;

import org.hub.api.groups.GroupRole;
import org.hub.api.groups.Membership;

/** A member of a group, or a request to join it. */
public record MemberItem(
        String username, String displayName, String department, String role, boolean pending, boolean moderator) {

    static MemberItem of(Membership m) {
        return new MemberItem(
                m.username(),
                m.displayName(),
                m.department() == null ? "" : m.department().name(),
                m.role().wireName(),
                m.role() == GroupRole.PENDING,
                m.role().isModerator());
    }
}
