package org.hub.api.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.groups.GroupRole;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.guidance.GuidanceDao;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.GuidanceStatus;
import org.hub.api.guidance.SynonymService;
import org.hub.api.people.UserService;
import org.hub.api.threads.HubThread;
import org.hub.api.threads.Post;
import org.hub.api.threads.ThreadKind;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.Role;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a {@link DemoOrganisation} through the real services, so the demo data obeys every rule
 * the product enforces and carries its outbox events: the indexer picks it all up on start.
 * Threads are back-dated with a settable clock so the hub looks lived-in.
 */
public final class DemoSeeder {
    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final SettableClock clock = new SettableClock();

    public DemoSeeder(Jdbi jdbi, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.hasher = hasher;
    }

    public record Summary(int departments, int users, int groups, int threads, int posts, int guidance,
                          String exampleCurator, String exampleMember) {
    }

    public boolean hubHasContent() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM threads").mapTo(Long.class).one()) > 0
                || jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM hub_groups").mapTo(Long.class).one()) > 0;
    }

    public Summary seed(DemoOrganisation org, User admin, String password) {
        HubServices services = new HubServices(jdbi, hasher, clock);
        UserService users = services.users();
        GroupService groups = services.groups();
        ThreadService threads = services.threads();
        GuidanceService guidance = services.guidance();
        Instant now = Instant.now();
        clock.set(now.minus(Duration.ofDays(400)));

        org.departments().forEach(d -> users.createDepartment(admin, d.slug(), d.name()));
        Map<String, User> people = new HashMap<>();
        for (DemoUser u : org.users()) {
            people.put(u.username(), users.create(admin, new UserService.NewUser(u.username(), u.displayName(),
                    u.email(), u.departmentSlug(), password, Role.fromWire(u.role()))));
        }
        for (DemoGroup g : org.groups()) {
            User owner = people.get(g.ownerUsername());
            groups.create(owner, new GroupService.NewGroup(g.slug(), g.name(), g.description(),
                    Visibility.fromWire(g.visibility())));
            g.moderatorUsernames().forEach(m -> groups.addMember(owner, g.slug(), m, GroupRole.MODERATOR));
            g.memberUsernames().forEach(m -> groups.addMember(owner, g.slug(), m, GroupRole.MEMBER));
        }
        int posts = 0;
        for (DemoThread t : org.threads()) {
            Instant asked = now.minus(Duration.ofDays(t.daysAgo())).minus(Duration.ofHours(3));
            clock.set(asked);
            HubThread thread = threads.create(people.get(t.authorUsername()), t.groupSlug(),
                    new ThreadService.NewThread(t.title(), t.bodyMarkdown(), ThreadKind.fromWire(t.kind()), t.tags()));
            List<DemoPost> replies = t.posts();
            long[] postIds = new long[replies.size()];
            for (int i = 0; i < replies.size(); i++) {
                clock.set(asked.plus(Duration.ofMinutes(40L * (i + 1))));
                DemoPost reply = replies.get(i);
                Post post = threads.reply(people.get(reply.authorUsername()), thread.id(), reply.bodyMarkdown());
                postIds[i] = post.id();
                for (String thanker : reply.thankedBy()) {
                    threads.thank(people.get(thanker), post.id());
                }
                posts++;
            }
            if (t.acceptedPostIndex() != null) {
                threads.accept(people.get(t.authorUsername()), thread.id(), postIds[t.acceptedPostIndex()]);
            }
        }
        clock.set(now.minus(Duration.ofDays(30)));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (DemoGuidance g : org.guidance()) {
            guidance.create(people.get(g.ownerUsername()), new GuidanceService.NewGuidance(g.title(), g.bodyMarkdown(),
                    g.tags(), GuidanceStatus.fromWire(g.status()), today.plusDays(g.reviewInDays()), null));
        }
        List<List<String>> synonyms = SynonymService.clean(org.synonyms());
        jdbi.useTransaction(handle -> {
            GuidanceDao dao = handle.attach(GuidanceDao.class);
            dao.clearSynonyms();
            for (int i = 0; i < synonyms.size(); i++) {
                dao.insertSynonym(i, String.join("|", synonyms.get(i)));
            }
        });
        String curator = org.users().stream().filter(u -> u.role().equals("curator")).findFirst()
                .map(DemoUser::username).orElse("admin");
        String member = org.users().stream().filter(u -> u.role().equals("member")).findFirst()
                .map(DemoUser::username).orElse("admin");
        return new Summary(org.departments().size(), org.users().size(), org.groups().size(), org.threads().size(),
                posts, org.guidance().size(), curator, member);
    }

    /** A clock the seeder moves back in time as it writes, so content gets plausible dates. */
    static final class SettableClock extends Clock {
        private volatile Instant instant = Instant.now();

        void set(Instant to) {
            instant = to;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
