package org.hub.web.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.documents.BlobStore;
import org.hub.api.documents.DocumentDao;
import org.hub.api.documents.MultipartUpload;
import org.hub.api.documents.StoredBlob;
import org.hub.api.groups.GroupRole;
import org.hub.api.groups.GroupService;
import org.hub.api.groups.Visibility;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.GuidanceStatus;
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
 * the product enforces and carries its outbox events: the indexer picks it all up. Threads are
 * back-dated with a settable clock so the hub looks lived-in. Documents are generated, uploaded
 * like any other, and their text extracted before {@link #seed} returns.
 */
public final class DemoSeeder {
    private static final Duration EXTRACTION_TIMEOUT = Duration.ofMinutes(2);
    private static final int THREADS_PER_PROGRESS_LINE = 40;

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final BlobStore blobs;
    private final SettableClock clock = new SettableClock();

    /** @param blobs the document folder, initialised */
    public DemoSeeder(Jdbi jdbi, PasswordHasher hasher, BlobStore blobs) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.blobs = blobs;
    }

    /** Told as each step goes: {@code done} of {@code total} items (equal when the step is finished). */
    @FunctionalInterface
    public interface Progress {
        void step(String what, int done, int total);

        Progress NONE = (what, done, total) -> {};
    }

    public record Summary(
            int departments,
            int users,
            int groups,
            int threads,
            int posts,
            int guidance,
            int documents,
            String exampleCurator,
            String exampleMember) {}

    public boolean hubHasContent() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM threads")
                                .mapTo(Long.class)
                                .one())
                        > 0
                || jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM hub_groups")
                                .mapTo(Long.class)
                                .one())
                        > 0;
    }

    public Summary seed(DemoOrganisation org, User admin, String password) {
        return seed(org, admin, password, Progress.NONE);
    }

    public Summary seed(DemoOrganisation org, User admin, String password, Progress progress) {
        DemoServices services = DemoServices.create(jdbi, hasher, blobs, clock);
        Instant now = Instant.now();
        clock.set(now.minus(Duration.ofDays(400)));

        Map<String, User> people = people(org, services.users(), admin, password, progress);
        groups(org, services.groups(), people, progress);
        int posts = threads(org, services.threads(), people, now, progress);
        clock.set(now.minus(Duration.ofDays(30)));
        guidance(org, services.guidance(), people, LocalDate.ofInstant(now, ZoneOffset.UTC), progress);
        services.synonyms().replace(admin, org.synonyms());
        documents(org, services, people, progress);
        // The demo is a year of history, not news: nobody's first sign-in should open on hundreds
        // of notifications about it.
        services.notifier().settleWithoutTelling();

        String curator = org.users().stream()
                .filter(u -> u.role().equals("curator"))
                .findFirst()
                .map(DemoUser::username)
                .orElse("admin");
        String member = org.users().stream()
                .filter(u -> u.role().equals("member"))
                .findFirst()
                .map(DemoUser::username)
                .orElse("admin");
        return new Summary(
                org.departments().size(),
                org.users().size(),
                org.groups().size(),
                org.threads().size(),
                posts,
                org.guidance().size(),
                org.documents().size(),
                curator,
                member);
    }

    private static Map<String, User> people(
            DemoOrganisation org, UserService users, User admin, String password, Progress progress) {
        org.departments().forEach(d -> users.createDepartment(admin, d.slug(), d.name()));
        Map<String, User> people = new HashMap<>();
        for (DemoUser u : org.users()) {
            people.put(
                    u.username(),
                    users.create(
                            admin,
                            new UserService.NewUser(
                                    u.username(),
                                    u.displayName(),
                                    u.email(),
                                    u.departmentSlug(),
                                    password,
                                    Role.fromWire(u.role()))));
        }
        progress.step("people", people.size(), org.users().size());
        return people;
    }

    private static void groups(DemoOrganisation org, GroupService groups, Map<String, User> people, Progress progress) {
        for (DemoGroup g : org.groups()) {
            User owner = people.get(g.ownerUsername());
            groups.create(
                    owner,
                    new GroupService.NewGroup(
                            g.slug(), g.name(), g.description(), Visibility.fromWire(g.visibility())));
            g.moderatorUsernames().forEach(m -> groups.addMember(owner, g.slug(), m, GroupRole.MODERATOR));
            g.memberUsernames().forEach(m -> groups.addMember(owner, g.slug(), m, GroupRole.MEMBER));
        }
        progress.step("groups", org.groups().size(), org.groups().size());
    }

    private int threads(
            DemoOrganisation org, ThreadService threads, Map<String, User> people, Instant now, Progress progress) {
        int posts = 0;
        int done = 0;
        for (DemoThread t : org.threads()) {
            Instant asked = now.minus(Duration.ofDays(t.daysAgo())).minus(Duration.ofHours(3));
            clock.set(asked);
            HubThread thread = threads.create(
                    people.get(t.authorUsername()),
                    t.groupSlug(),
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
            done++;
            if (done % THREADS_PER_PROGRESS_LINE == 0 || done == org.threads().size()) {
                progress.step("threads", done, org.threads().size());
            }
        }
        return posts;
    }

    private static void guidance(
            DemoOrganisation org,
            GuidanceService guidance,
            Map<String, User> people,
            LocalDate today,
            Progress progress) {
        for (DemoGuidance g : org.guidance()) {
            guidance.create(
                    people.get(g.ownerUsername()),
                    new GuidanceService.NewGuidance(
                            g.title(),
                            g.bodyMarkdown(),
                            g.tags(),
                            GuidanceStatus.fromWire(g.status()),
                            today.plusDays(g.reviewInDays()),
                            null));
        }
        progress.step("guidance", org.guidance().size(), org.guidance().size());
    }

    /**
     * Generates and uploads the documents, then extracts their text with the same worker the server
     * runs, so they are searchable by their contents as soon as the index is built.
     */
    private void documents(DemoOrganisation org, DemoServices services, Map<String, User> people, Progress progress) {
        for (DemoDocument d : org.documents()) {
            StoredBlob blob;
            try {
                blob = blobs.store(new ByteArrayInputStream(DemoDocumentFiles.render(d)), Long.MAX_VALUE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot store the demo document " + d.file(), e);
            }
            MultipartUpload.Form form = new MultipartUpload.Form(
                    Map.of("title", d.title(), "description", d.description(), "tags", String.join(",", d.tags())),
                    Optional.of(new MultipartUpload.UploadedFile(blob, d.file(), null)));
            services.documents().upload(people.get(d.uploader()), d.groupSlug(), form);
        }
        progress.step("documents", org.documents().size(), org.documents().size());
        extractText(services, progress);
    }

    private void extractText(DemoServices services, Progress progress) {
        DocumentDao dao = jdbi.onDemand(DocumentDao.class);
        int total = dao.pending().size();
        services.extraction().start();
        try {
            Instant deadline = Instant.now().plus(EXTRACTION_TIMEOUT);
            int pending = total;
            while (pending > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            pending + " demo documents were still waiting for text extraction after "
                                    + EXTRACTION_TIMEOUT.toSeconds() + " s");
                }
                Thread.sleep(100);
                pending = dao.pending().size();
            }
            progress.step("document text", total, total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting the demo documents' text", e);
        } finally {
            try {
                services.extraction().stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
