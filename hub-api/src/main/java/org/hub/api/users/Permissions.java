package org.hub.api.users;

import org.hub.api.common.HubException;

/** The hub-wide role rules, in one place. Group-level rules live with groups. */
public final class Permissions {
    private Permissions() {}

    public static void requireAdmin(User user) {
        if (!user.isAdmin()) {
            throw HubException.forbidden("Only administrators may do that.");
        }
    }

    public static void requireCurator(User user) {
        if (!user.isCurator()) {
            throw HubException.forbidden("Only curators and administrators may do that.");
        }
    }
}
