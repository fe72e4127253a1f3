package org.hub.web.pages.admin;

import org.hub.api.users.Role;

/** Roles as the add-a-person form names them, so the list and the form use the same words. */
final class RoleLabels {
    private RoleLabels() {}

    static String of(Role role) {
        return switch (role) {
            case MEMBER -> "Member";
            case CURATOR -> "Guidance curator";
            case ADMIN -> "Administrator";
        };
    }
}
