package org.hub.api.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hub.api.audit.AuditLog;
import org.hub.api.auth.Credentials;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.common.HubException;
import org.hub.api.people.DepartmentsByName;
import org.hub.api.people.UserService;
import org.hub.api.users.Department;
import org.hub.api.users.Permissions;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings Hub's people in line with the staff directory: creates the new, updates the changed and
 * deactivates those who left, revoking their sessions and API tokens in the same transaction.
 *
 * <p>The directory is read completely before anything is written, and everything is written in one
 * transaction: a directory that cannot be reached, refuses the bind or fails mid-search changes
 * nothing. Only people the sync created or linked are ever deactivated by it; local accounts and
 * the break-glass administrator are left alone. Deactivation is one-way here: someone who returns
 * to the directory is reactivated by an administrator, as with single sign-on.
 */
public final class DirectorySync {
    private static final int MAX_TITLE = 200;

    private final Jdbi jdbi;
    private final DirectoryReader reader;
    private final LdapSettings settings;
    private final DepartmentsByName departments;
    private final AuditLog audit;
    private final Clock clock;

    public DirectorySync(Jdbi jdbi, LdapSettings settings, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.reader = new DirectoryReader(settings);
        this.settings = settings;
        this.departments = new DepartmentsByName(audit);
        this.audit = audit;
        this.clock = clock;
    }

    /** An administrator's sync (the API): 403 for anyone else. */
    public SyncReport syncAs(User actor) {
        Permissions.requireAdmin(actor);
        return sync(actor);
    }

    /** The sync as the jar's command or the schedule runs it: no acting person. */
    public SyncReport sync() {
        return sync(null);
    }

    private SyncReport sync(User actor) {
        List<DirectoryEntry> entries = reader.readAll();
        if (entries.isEmpty()) {
            // An empty answer is far likelier a wrong base DN or filter than everyone leaving.
            throw HubException.conflict("The directory returned nobody for base DN '" + settings.baseDn()
                    + "' and filter '" + settings.filter() + "': nothing was changed.");
        }
        return jdbi.inTransaction(handle -> apply(handle, actor, entries));
    }

    private SyncReport apply(Handle handle, User actor, List<DirectoryEntry> entries) {
        Instant now = clock.instant();
        UserDao users = handle.attach(UserDao.class);
        DirectoryPersonDao fromDirectory = handle.attach(DirectoryPersonDao.class);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> deactivated = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (DirectoryEntry entry : entries) {
            String username =
                    entry.username() == null ? "" : entry.username().strip().toLowerCase(Locale.ROOT);
            if (!username.isEmpty()) {
                // Still in the directory even if the entry is unusable: not a reason to deactivate.
                present.add(username);
            }
            Optional<String> problem = problem(username, entry);
            if (problem.isPresent()) {
                skipped.add(entry.dn() + ": " + problem.get());
                continue;
            }
            String title = entry.title()
                    .map(t -> t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t)
                    .orElse(null);
            Optional<User> existing = users.findByUsername(username);
            if (existing.isEmpty()) {
                Long departmentId = departments
                        .findOrCreate(handle, entry.department(), now)
                        .map(Department::id)
                        .orElse(null);
                long id = users.insert(
                        username,
                        entry.displayName().strip(),
                        entry.email().strip(),
                        departmentId,
                        Role.MEMBER.wireName(),
                        PasswordHasher.NO_PASSWORD,
                        now);
                fromDirectory.insert(id, entry.dn(), title, now);
                audit.record(handle, actor, "user.create", "user:" + username, "from the staff directory");
                created.add(username);
                continue;
            }
            User user = existing.get();
            if (!fromDirectory.isFromDirectory(user.id())) {
                // A local account is taken over only when the directory has the same email address:
                // the same username alone may be someone else.
                if (!user.email().equalsIgnoreCase(entry.email().strip())) {
                    skipped.add(
                            entry.dn() + ": a local Hub account '" + username + "' exists with another email address");
                    continue;
                }
                fromDirectory.insert(user.id(), entry.dn(), title, now);
                audit.record(handle, actor, "user.link", "user:" + username, "to the staff directory");
            }
            if (refresh(handle, actor, user, entry, title, now)) {
                updated.add(username);
            }
        }
        for (String username : fromDirectory.activeUsernames()) {
            if (present.contains(username) || username.equalsIgnoreCase(settings.breakGlassAdmin())) {
                continue;
            }
            User leaver = users.findByUsername(username).orElseThrow();
            users.setActive(leaver.id(), false, now);
            Credentials.revokeAllOf(handle, leaver.id(), now);
            audit.record(handle, actor, "user.deactivate", "user:" + username, "no longer in the staff directory");
            deactivated.add(username);
        }
        SyncReport report = SyncReport.of(created, updated, deactivated, skipped);
        audit.record(
                handle,
                actor,
                "directory.sync",
                "directory",
                "created " + created.size() + ", updated " + updated.size() + ", deactivated " + deactivated.size());
        return report;
    }

    /** Whether the profile changed, and if so writes it: the role stays the Hub's to give. */
    private boolean refresh(Handle handle, User actor, User user, DirectoryEntry entry, String title, Instant now) {
        DirectoryPersonDao fromDirectory = handle.attach(DirectoryPersonDao.class);
        Long departmentId = entry.department().isPresent()
                ? departments
                        .findOrCreate(handle, entry.department(), now)
                        .map(Department::id)
                        .orElse(null)
                : null;
        Long current = user.department() == null ? null : user.department().id();
        String displayName = entry.displayName().strip();
        String email = entry.email().strip();
        boolean titleChanged = !Objects.equals(fromDirectory.title(user.id()).orElse(null), title);
        fromDirectory.update(user.id(), entry.dn(), title, now);
        if (user.displayName().equals(displayName)
                && user.email().equals(email)
                && Objects.equals(current, departmentId)
                && !titleChanged) {
            return false;
        }
        handle.attach(UserDao.class)
                .update(user.id(), displayName, email, departmentId, user.role().wireName(), now);
        audit.record(handle, actor, "user.update", "user:" + user.username(), "from the staff directory");
        return true;
    }

    private Optional<String> problem(String username, DirectoryEntry entry) {
        if (!UserService.USERNAME.matcher(username).matches()) {
            return Optional.of(
                    "username '" + username + "' is not 3 to 40 letters, digits, dots, dashes or underscores");
        }
        if (username.equalsIgnoreCase(settings.breakGlassAdmin())) {
            return Optional.of("'" + username + "' is the break-glass administrator, kept local");
        }
        String email = entry.email() == null ? "" : entry.email().strip();
        if (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return Optional.of("no usable email address");
        }
        String name = entry.displayName() == null ? "" : entry.displayName().strip();
        if (name.isEmpty() || name.length() > 200) {
            return Optional.of("no display name of 1 to 200 characters");
        }
        return Optional.empty();
    }
}
