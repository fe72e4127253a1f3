package org.hub.web.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A community of practice. The three username lists are disjoint: the owner is not repeated
 * among the moderators, and {@code memberUsernames} holds the plain members only (neither the
 * owner nor a moderator), so a seeder can add moderators with role {@code moderator} and members
 * with role {@code member} without adding anyone twice.
 *
 * @param visibility {@code open}, {@code restricted} or {@code private}
 */
public record DemoGroup(
        String slug,
        String name,
        String description,
        String visibility,
        String ownerUsername,
        List<String> moderatorUsernames,
        List<String> memberUsernames) {

    public DemoGroup {
        moderatorUsernames = List.copyOf(moderatorUsernames);
        memberUsernames = List.copyOf(memberUsernames);
    }

    /** Everyone who may post in the group: owner, moderators, then members. */
    public List<String> allMembers() {
        List<String> all = new ArrayList<>(1 + moderatorUsernames.size() + memberUsernames.size());
        all.add(ownerUsername);
        all.addAll(moderatorUsernames);
        all.addAll(memberUsernames);
        return List.copyOf(all);
    }
}
