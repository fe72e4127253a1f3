package org.hub.api.auth;

import org.hub.api.common.HubException;
import org.hub.api.users.User;

/** The hub-wide role rules, in one place. Group-level rules live with groups. */
public final class Permissions {
    private Permissions() {
    }

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
