package org.hub.api.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.groups.GroupService;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.people.DepartmentDao;
import org.hub.api.threads.FlagService;
import org.hub.api.threads.ModerationService;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.jdbi.v3.core.Jdbi;

/**
 * The community services on one database, wired as the application wires them, at a fixed time;
 * and the people the tests act as. The one place tests build services, so a change to their
 * constructors is made here once.
 */
public final class TestHub {
    /** The time every service sees: guidance review dates are judged against this day. */
    public static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    private final Jdbi jdbi;
    private final GroupService groups;
    private final ThreadService threads;
    private final GuidanceService guidance;
    private final ModerationService moderation;
    private final FlagService flags;
    private final HubServices services;

    public TestHub(Jdbi jdbi) {
        this.jdbi = jdbi;
        // The cheapest Argon2 settings: these tests create people but never sign in.
        HubServices services = new HubServices(jdbi, new PasswordHasher(8, 1, 1), Clock.fixed(NOW, ZoneOffset.UTC));
        this.services = services;
        this.groups = services.groups();
        this.threads = services.threads();
        this.guidance = services.guidance();
        this.moderation = services.moderation();
        this.flags = services.flags();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public GroupService groups() {
        return groups;
    }

    public ThreadService threads() {
        return threads;
    }

    public GuidanceService guidance() {
        return guidance;
    }

    public ModerationService moderation() {
        return moderation;
    }

    public FlagService flags() {
        return flags;
    }

    /** Every service, for the features not listed here (notifications, subscriptions). */
    public HubServices services() {
        return services;
    }

    public User member() {
        return person(Role.MEMBER, null);
    }

    public User curator() {
        return person(Role.CURATOR, null);
    }

    public User admin() {
        return person(Role.ADMIN, null);
    }

    /** A member of a new department, whose slug is the answer's {@code department().slug()}. */
    public User memberOfNewDepartment() {
        String slug = unique("dept");
        long departmentId = jdbi.onDemand(DepartmentDao.class).insert(slug, "Department " + slug, NOW);
        return person(Role.MEMBER, departmentId);
    }

    /** A person who has been deactivated. */
    public User inactiveMember() {
        User user = member();
        jdbi.onDemand(UserDao.class).setActive(user.id(), false, NOW);
        return jdbi.onDemand(UserDao.class).findById(user.id()).orElseThrow();
    }

    private User person(Role role, Long departmentId) {
        UserDao users = jdbi.onDemand(UserDao.class);
        String username = unique(role.wireName());
        long id = users.insert(
                username,
                "Person " + username,
                username + "@example.org",
                departmentId,
                role.wireName(),
                "$not-a-hash$",
                NOW);
        return users.findById(id).orElseThrow();
    }

    /** A value no other test uses: lowercase letters, digits and hyphens, so it is a valid slug or username. */
    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet();
    }
}
