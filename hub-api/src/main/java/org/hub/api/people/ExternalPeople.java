package org.hub.api.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hub.api.audit.AuditLog;
import org.hub.api.auth.AuthService;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.common.HubException;
import org.hub.api.users.Department;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * People who come from the organisation's identity provider: found by the provider's subject,
 * created at their first sign-in (just in time) with their department mapped by name, and their
 * profile kept as the provider says on later sign-ins. Their role stays the Hub's to give.
 */
public final class ExternalPeople {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public ExternalPeople(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The Hub person this is, created if new; 403 for a deactivated person (whatever the provider
     * says: deactivation is the Hub's decision), 409 when a different person already has the
     * username.
     */
    public User signIn(ExternalPerson person) {
        return jdbi.inTransaction(handle -> {
            ExternalIdentityDao identities = handle.attach(ExternalIdentityDao.class);
            UserDao users = handle.attach(UserDao.class);
            Instant now = clock.instant();
            Optional<Long> linked = identities.userId(person.issuer(), person.subject());
            if (linked.isPresent()) {
                User user = users.findById(linked.get()).orElseThrow();
                requireActive(user);
                identities.seen(person.issuer(), person.subject(), now);
                return refresh(handle, user, person, now);
            }
            Optional<User> sameName = users.findByUsername(person.username());
            if (sameName.isPresent()) {
                // An existing Hub account (made by an administrator before single sign-on) is
                // taken over only when the provider vouches for the same email address: a
                // username alone may be someone else's at the provider.
                User user = sameName.get();
                if (!user.email().equalsIgnoreCase(person.email())) {
                    throw HubException.conflict("A Hub account named '" + person.username()
                            + "' already exists with another email address: ask an administrator.");
                }
                requireActive(user);
                identities.link(person.issuer(), person.subject(), user.id(), now);
                audit.record(handle, user, "user.link", "user:" + user.username(), person.issuer());
                return refresh(handle, user, person, now);
            }
            Long departmentId = department(handle, person.department(), now)
                    .map(Department::id)
                    .orElse(null);
            long id = users.insert(
                    person.username(),
                    person.displayName(),
                    person.email(),
                    departmentId,
                    Role.MEMBER.wireName(),
                    PasswordHasher.NO_PASSWORD,
                    now);
            identities.link(person.issuer(), person.subject(), id, now);
            User created = users.findById(id).orElseThrow();
            audit.record(
                    handle,
                    created,
                    "user.create",
                    "user:" + created.username(),
                    "first sign-in via " + person.issuer());
            return created;
        });
    }

    /** Whether this person signs in through an identity provider (so signing out should end that too). */
    public boolean isExternal(User user) {
        return jdbi.onDemand(ExternalIdentityDao.class).isLinked(user.id());
    }

    private static void requireActive(User user) {
        if (!user.active()) {
            throw HubException.forbidden(AuthService.DEACTIVATED);
        }
    }

    private User refresh(Handle handle, User user, ExternalPerson person, Instant now) {
        // No department claim keeps the one the person has: an administrator may have set it.
        Long departmentId = person.department().isPresent()
                ? department(handle, person.department(), now)
                        .map(Department::id)
                        .orElse(null)
                : user.department() == null ? null : user.department().id();
        Long currentDepartment =
                user.department() == null ? null : user.department().id();
        if (user.displayName().equals(person.displayName())
                && user.email().equals(person.email())
                && Objects.equals(currentDepartment, departmentId)) {
            return user;
        }
        UserDao users = handle.attach(UserDao.class);
        users.update(
                user.id(),
                person.displayName(),
                person.email(),
                departmentId,
                user.role().wireName(),
                now);
        audit.record(handle, user, "user.update", "user:" + user.username(), "from " + person.issuer());
        return users.findById(user.id()).orElseThrow();
    }

    private Optional<Department> department(Handle handle, Optional<String> name, Instant now) {
        return new DepartmentsByName(audit).findOrCreate(handle, name, now);
    }
}
