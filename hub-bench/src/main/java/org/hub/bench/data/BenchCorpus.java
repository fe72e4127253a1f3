package org.hub.bench.data;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.threads.Tags;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fills an empty hub with an organisation sized for benchmarks: departments, people, groups of
 * every visibility, threads and answers. Rows go in with explicit ids in JDBI batches (the
 * services would take hours at a million posts); no outbox rows are written, so the index is
 * built afterwards by {@code reindex} or by the server's first start, as after a restore.
 *
 * <p>"Posts" counts everything searchable: threads plus answers, one thread per four posts.
 */
public final class BenchCorpus {
    private static final int BATCH = 2_000;
    private static final String[][] DEPARTMENTS = {
        {"adult-social-care", "Adult Social Care"}, {"childrens-services", "Children's Services"},
        {"housing", "Housing"}, {"planning", "Planning and Building Control"},
        {"highways", "Highways and Transport"}, {"waste", "Waste and Recycling"},
        {"revenues", "Revenues and Benefits"}, {"public-health", "Public Health"},
        {"libraries", "Libraries and Culture"}, {"digital", "Digital and IT"},
        {"legal", "Legal and Democratic Services"}, {"communications", "Communications"},
    };
    private static final String[] VISIBILITIES = {
        "open", "restricted", "private", "open", "private", "restricted", "open", "private", "open", "open"
    };

    /** Who to sign in as to benchmark: a member of several private groups, and one of none. */
    public static final String VIEWER = "bench-viewer";

    public static final String OUTSIDER = "bench-outsider";
    public static final int VIEWER_PRIVATE_GROUPS = 5;

    private final Jdbi jdbi;
    private final DiscussionText text;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public BenchCorpus(Jdbi jdbi, DiscussionText text) {
        this.jdbi = jdbi;
        this.text = text;
    }

    public record Summary(
            int departments, int users, int groups, int privateGroups, int threads, int answers, Duration took) {}

    public boolean hubHasContent() {
        return jdbi.withHandle(
                        h -> h.createQuery("SELECT (SELECT COUNT(*) FROM threads) + (SELECT COUNT(*) FROM hub_groups)")
                                .mapTo(Long.class)
                                .one())
                > 0;
    }

    /** Writes the corpus; {@code passwordHash} is shared by every person (hashing a million times is not the point). */
    public Summary write(int posts, long seed, String passwordHash) {
        Instant start = Instant.now();
        Random random = new Random(seed);
        int threads = Math.max(1, posts / 4);
        int answers = posts - threads;
        int users = Math.max(50, posts / 250);
        int groups = Math.max(30, posts / 2_000);
        Instant epoch = Instant.now().minus(Duration.ofDays(3 * 365));
        long spanSeconds = Duration.ofDays(3 * 365).toSeconds();

        long firstUserId = nextId("users");
        long firstGroupId = nextId("hub_groups");
        jdbi.useTransaction(h -> {
            departments(h, epoch);
            people(h, users, firstUserId, passwordHash, epoch);
        });
        List<Long> privateGroups = jdbi.inTransaction(h -> groups(h, groups, firstGroupId, firstUserId, epoch));
        List<List<Long>> membersByGroup = jdbi.inTransaction(
                h -> memberships(h, random, groups, firstGroupId, users, firstUserId, privateGroups, epoch));

        // Each answer picks its thread at random: answers per thread vary like a real forum's.
        int[] answerThread = new int[answers];
        int[] answerCount = new int[threads];
        for (int i = 0; i < answers; i++) {
            answerThread[i] = random.nextInt(threads);
            answerCount[answerThread[i]]++;
        }
        java.util.Arrays.sort(answerThread);
        long firstThreadId = nextId("threads");
        long firstPostId = nextId("posts");
        long[] firstAnswerOf = new long[threads];
        for (int i = answers - 1; i >= 0; i--) {
            firstAnswerOf[answerThread[i]] = firstPostId + i;
        }
        int[] threadGroup = new int[threads];
        long[] threadAuthor = new long[threads];
        long[] threadCreated = new long[threads];
        for (int t = 0; t < threads; t += BATCH) {
            int end = Math.min(threads, t + BATCH);
            int from = t;
            jdbi.useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch("""
                        INSERT INTO threads (id, group_id, kind, title, body, body_html, tags, author_id, created_at,
                                             updated_at, version, accepted_post_id)
                        VALUES (:id, :groupId, :kind, :title, :body, :bodyHtml, :tags, :authorId, :createdAt,
                                :createdAt, 1, :accepted)""");
                for (int i = from; i < end; i++) {
                    int g = random.nextInt(groups);
                    List<Long> members = membersByGroup.get(g);
                    long author = members.get(random.nextInt(members.size()));
                    Instant created = epoch.plusSeconds(spanSeconds * i / threads);
                    boolean question = random.nextInt(10) < 7;
                    String body = text.body(random, 2 + random.nextInt(7));
                    Long accepted = question && answerCount[i] > 0 && random.nextInt(10) < 4 ? firstAnswerOf[i] : null;
                    threadGroup[i] = g;
                    threadAuthor[i] = author;
                    threadCreated[i] = created.getEpochSecond();
                    batch.bind("id", firstThreadId + i)
                            .bind("groupId", firstGroupId + g)
                            .bind("kind", question ? "question" : "discussion")
                            .bind("title", text.title(random))
                            .bind("body", body)
                            .bind("bodyHtml", markdown.toHtml(body))
                            .bind("tags", tags(random))
                            .bind("authorId", author)
                            .bind("createdAt", created)
                            .bind("accepted", accepted)
                            .add();
                }
                batch.execute();
            });
        }
        for (int p = 0; p < answers; p += BATCH) {
            int end = Math.min(answers, p + BATCH);
            int from = p;
            jdbi.useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch("""
                        INSERT INTO posts (id, thread_id, body, body_html, author_id, created_at, updated_at, version)
                        VALUES (:id, :threadId, :body, :bodyHtml, :authorId, :createdAt, :createdAt, 1)""");
                for (int i = from; i < end; i++) {
                    int t = answerThread[i];
                    List<Long> members = membersByGroup.get(threadGroup[t]);
                    long author = members.get(random.nextInt(members.size()));
                    if (author == threadAuthor[t] && members.size() > 1) {
                        author = members.get((members.indexOf(author) + 1) % members.size());
                    }
                    Instant created =
                            Instant.ofEpochSecond(threadCreated[t]).plusSeconds(600L + random.nextInt(86_400 * 7));
                    String body = text.body(random, 1 + random.nextInt(5));
                    batch.bind("id", firstPostId + i)
                            .bind("threadId", firstThreadId + t)
                            .bind("body", body)
                            .bind("bodyHtml", markdown.toHtml(body))
                            .bind("authorId", author)
                            .bind("createdAt", created)
                            .add();
                }
                batch.execute();
            });
        }
        restartIdentity("threads", firstThreadId + threads);
        restartIdentity("posts", firstPostId + answers);
        restartIdentity("users", firstUserId + users + 2);
        restartIdentity("hub_groups", firstGroupId + groups);
        return new Summary(
                DEPARTMENTS.length,
                users + 2,
                groups,
                privateGroups.size(),
                threads,
                answers,
                Duration.between(start, Instant.now()));
    }

    private void departments(Handle h, Instant at) {
        PreparedBatch batch =
                h.prepareBatch("INSERT INTO departments (slug, name, created_at) VALUES (:slug, :name, :at)");
        for (String[] d : DEPARTMENTS) {
            batch.bind("slug", d[0]).bind("name", d[1]).bind("at", at).add();
        }
        batch.execute();
    }

    /** Officers officer-1..n across the departments, plus the two benchmark viewers. */
    private void people(Handle h, int users, long firstUserId, String passwordHash, Instant at) {
        List<Long> deptIds = h.createQuery("SELECT id FROM departments ORDER BY id")
                .mapTo(Long.class)
                .list();
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO users (id, username, display_name, email, department_id, role, active, password_hash,
                                   created_at, updated_at)
                VALUES (:id, :username, :name, :email, :dept, 'member', TRUE, :hash, :at, :at)""");
        for (int i = 0; i < users + 2; i++) {
            String username = i == users ? VIEWER : i == users + 1 ? OUTSIDER : "officer-" + (i + 1);
            batch.bind("id", firstUserId + i)
                    .bind("username", username)
                    .bind("name", "Officer " + (i + 1))
                    .bind("email", username + "@bench.invalid")
                    .bind("dept", deptIds.get(i % deptIds.size()))
                    .bind("hash", passwordHash)
                    .bind("at", at)
                    .add();
        }
        batch.execute();
    }

    private List<Long> groups(Handle h, int groups, long firstGroupId, long creator, Instant at) {
        List<Long> privateGroups = new ArrayList<>();
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO hub_groups (id, slug, name, description, visibility, created_by, created_at, updated_at)
                VALUES (:id, :slug, :name, :description, :visibility, :creator, :at, :at)""");
        for (int g = 0; g < groups; g++) {
            String visibility = VISIBILITIES[g % VISIBILITIES.length];
            String[] dept = DEPARTMENTS[g % DEPARTMENTS.length];
            if (visibility.equals("private")) {
                privateGroups.add(firstGroupId + g);
            }
            batch.bind("id", firstGroupId + g)
                    .bind("slug", "cop-" + (g + 1))
                    .bind("name", dept[1] + " community " + (g + 1))
                    .bind("description", "A " + visibility + " community of practice of " + dept[1] + ".")
                    .bind("visibility", visibility)
                    .bind("creator", creator)
                    .bind("at", at)
                    .add();
        }
        batch.execute();
        return privateGroups;
    }

    /** Everyone joins two to six groups; the viewer joins several private ones. Answers the members per group. */
    private List<List<Long>> memberships(
            Handle h,
            Random random,
            int groups,
            long firstGroupId,
            int users,
            long firstUserId,
            List<Long> privateGroups,
            Instant at) {
        List<Set<Long>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new LinkedHashSet<>());
            members.get(g).add(firstUserId + g % users);
        }
        for (int u = 0; u < users; u++) {
            int joins = 2 + random.nextInt(5);
            for (int j = 0; j < joins; j++) {
                members.get(random.nextInt(groups)).add(firstUserId + u);
            }
        }
        long viewer = firstUserId + users;
        for (int i = 0; i < Math.min(VIEWER_PRIVATE_GROUPS, privateGroups.size()); i++) {
            members.get((int) (privateGroups.get(i) - firstGroupId)).add(viewer);
        }
        for (int g = 0; g < groups; g++) {
            if (!privateGroups.contains(firstGroupId + g) && g % 3 == 0) {
                members.get(g).add(viewer);
            }
        }
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO memberships (group_id, user_id, role, created_at) VALUES (:group, :user, :role, :at)""");
        List<List<Long>> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            boolean first = true;
            for (long user : members.get(g)) {
                batch.bind("group", firstGroupId + g)
                        .bind("user", user)
                        .bind("role", first ? "owner" : "member")
                        .bind("at", at)
                        .add();
                first = false;
            }
            // the benchmark viewers read but do not write: authors are officers only
            out.add(members.get(g).stream().filter(u -> u < firstUserId + users).toList());
        }
        batch.execute();
        return out;
    }

    private String tags(Random random) {
        int n = random.nextInt(4);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            tags.add(text.tag(random));
        }
        return Tags.join(new ArrayList<>(tags));
    }

    private long nextId(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)
                .mapTo(Long.class)
                .one());
    }

    /** Rows were written with explicit ids: move the identity past them so the app's inserts do not collide. */
    private void restartIdentity(String table, long next) {
        jdbi.useHandle(h -> {
            if (isPostgres(h)) {
                h.createQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), :v)")
                        .bind("v", next - 1)
                        .mapTo(Long.class)
                        .one();
            } else {
                h.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        });
    }

    private static boolean isPostgres(Handle h) {
        try {
            return h.getConnection()
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
