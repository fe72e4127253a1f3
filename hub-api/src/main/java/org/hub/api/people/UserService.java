package org.hub.api.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hub.api.audit.AuditLog;
import org.hub.api.auth.Credentials;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.auth.PasswordPolicy;
import org.hub.api.common.HubException;
import org.hub.api.common.NotFoundException;
import org.hub.api.common.TextRules;
import org.hub.api.common.UniqueViolation;
import org.hub.api.users.Department;
import org.hub.api.users.Permissions;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Departments and people: who may create and change them, and the rules their fields follow. */
public final class UserService {
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public UserService(Jdbi jdbi, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewUser(
            String username, String displayName, String email, String department, String password, Role role) {}

    public record UserChanges(String displayName, String email, String department, Role role) {}

    public List<Department> departments() {
        return jdbi.onDemand(DepartmentDao.class).list();
    }

    public Department createDepartment(User actor, String slug, String name) {
        Permissions.requireAdmin(actor);
        List<String> errors = new ArrayList<>();
        if (slug == null || !TextRules.SLUG.matcher(slug).matches()) {
            errors.add("slug must be 1 to 60 lowercase letters, digits or hyphens.");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add("name must be 1 to 200 characters.");
        }
        failIfAny(errors);
        // A slug created twice at once: the second run finds the first's row and answers 409.
        return UniqueViolation.retry(
                3,
                () -> jdbi.inTransaction(handle -> {
                    DepartmentDao departments = handle.attach(DepartmentDao.class);
                    if (departments.findBySlug(slug).isPresent()) {
                        throw HubException.conflict("A department with slug '" + slug + "' already exists.");
                    }
                    long id = departments.insert(slug, name.strip(), clock.instant());
                    audit.record(handle, actor, "department.create", "department:" + slug, name.strip());
                    return new Department(id, slug, name.strip());
                }));
    }

    /** Everyone, by username, for administrators: {@code limit} of them after {@code afterUsername}. */
    public List<User> list(User actor, String afterUsername, int limit) {
        Permissions.requireAdmin(actor);
        return jdbi.onDemand(UserDao.class).listAfter(afterUsername == null ? "" : afterUsername, limit);
    }

    public User find(String username) {
        return jdbi.onDemand(UserDao.class)
                .findByUsername(username)
                .orElseThrow(() -> new NotFoundException("user", username));
    }

    public User create(User actor, NewUser request) {
        Permissions.requireAdmin(actor);
        // Two admins (or a double click) creating one username race to its unique key: the loser
        // runs again, finds the winner's row and answers 409 like any taken username.
        return UniqueViolation.retry(
                3, () -> jdbi.inTransaction(handle -> createInTransaction(handle, actor, request)));
    }

    /** Creates the first administrator on an empty database; answers empty if there are users already. */
    public Optional<User> bootstrapAdmin(String password) {
        return jdbi.inTransaction(handle -> {
            if (handle.attach(UserDao.class).count() > 0) {
                return Optional.empty();
            }
            NewUser admin = new NewUser("admin", "Administrator", "admin@hub.local", null, password, Role.ADMIN);
            return Optional.of(createInTransaction(handle, null, admin));
        });
    }

    private User createInTransaction(Handle handle, User actor, NewUser request) {
        List<String> errors = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            errors.add("username must be 3 to 40 lowercase letters, digits, dots, hyphens or underscores.");
        }
        validateProfile(request.displayName(), request.email(), errors);
        errors.addAll(PasswordPolicy.DEFAULT.problems(
                request.password(), request.username(), request.displayName(), request.email()));
        if (request.role() == null) {
            errors.add("role must be one of member, curator, admin.");
        }
        Long departmentId = departmentId(handle, request.department(), errors);
        failIfAny(errors);
        UserDao users = handle.attach(UserDao.class);
        if (users.findByUsername(request.username()).isPresent()) {
            throw HubException.conflict("A user named '" + request.username() + "' already exists.");
        }
        long id = users.insert(
                request.username(),
                request.displayName().strip(),
                request.email().strip(),
                departmentId,
                request.role().wireName(),
                hasher.hash(request.password()),
                clock.instant());
        audit.record(
                handle,
                actor,
                "user.create",
                "user:" + request.username(),
                "role " + request.role().wireName());
        return users.findById(id).orElseThrow();
    }

    public User update(User actor, String username, UserChanges changes) {
        Permissions.requireAdmin(actor);
        return jdbi.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            User existing = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
            List<String> errors = new ArrayList<>();
            validateProfile(changes.displayName(), changes.email(), errors);
            if (changes.role() == null) {
                errors.add("role must be one of member, curator, admin.");
            }
            Long departmentId = departmentId(handle, changes.department(), errors);
            failIfAny(errors);
            if (existing.id() == actor.id() && changes.role() != Role.ADMIN) {
                throw HubException.conflict("You cannot remove your own administrator role.");
            }
            users.update(
                    existing.id(),
                    changes.displayName().strip(),
                    changes.email().strip(),
                    departmentId,
                    changes.role().wireName(),
                    clock.instant());
            if (existing.role() != changes.role()) {
                audit.record(
                        handle,
                        actor,
                        "user.role",
                        "user:" + username,
                        existing.role().wireName() + " -> " + changes.role().wireName());
            }
            audit.record(handle, actor, "user.update", "user:" + username, null);
            return users.findById(existing.id()).orElseThrow();
        });
    }

    /** Deactivates a user and revokes every token and session they hold, in one transaction. */
    public User deactivate(User actor, String username) {
        Permissions.requireAdmin(actor);
        return jdbi.inTransaction(handle -> {
            UserDao users = handle.attach(UserDao.class);
            User existing = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
            if (existing.id() == actor.id()) {
                throw HubException.conflict("You cannot deactivate yourself.");
            }
            Instant now = clock.instant();
            users.setActive(existing.id(), false, now);
            Credentials.revokeAllOf(handle, existing.id(), now);
            audit.record(handle, actor, "user.deactivate", "user:" + username, null);
            return users.findById(existing.id()).orElseThrow();
        });
    }

    private static void validateProfile(String displayName, String email, List<String> errors) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            errors.add("displayName must be 1 to 200 characters.");
        }
        if (email == null
                || email.length() > 320
                || !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email must be an email address.");
        }
    }

    private static Long departmentId(Handle handle, String slug, List<String> errors) {
        if (slug == null) {
            return null;
        }
        Optional<Department> department = handle.attach(DepartmentDao.class).findBySlug(slug);
        if (department.isEmpty()) {
            errors.add("department '" + slug + "' does not exist.");
            return null;
        }
        return department.get().id();
    }

    private static void failIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw HubException.invalid(errors.get(0), errors);
        }
    }
}
