package org.hub.api.directory;

import java.util.List;

/**
 * What a directory sync did: the usernames it created, updated and deactivated, and the entries it
 * skipped with why (so an administrator can fix them in the directory).
 */
public record SyncReport(
        int created,
        int updated,
        int deactivated,
        List<String> createdUsernames,
        List<String> updatedUsernames,
        List<String> deactivatedUsernames,
        List<String> skipped) {

    static SyncReport of(List<String> created, List<String> updated, List<String> deactivated, List<String> skipped) {
        return new SyncReport(
                created.size(),
                updated.size(),
                deactivated.size(),
                List.copyOf(created),
                List.copyOf(updated),
                List.copyOf(deactivated),
                List.copyOf(skipped));
    }

    /** One line per change, for the command's output. */
    public String describe() {
        return "created " + created + " " + createdUsernames + ", updated " + updated + " " + updatedUsernames
                + ", deactivated " + deactivated + " " + deactivatedUsernames
                + (skipped.isEmpty() ? "" : ", skipped " + skipped);
    }
}
