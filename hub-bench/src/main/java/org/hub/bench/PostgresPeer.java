package org.hub.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.hub.api.users.User;
import org.hub.search.eval.Cranfield;
import org.jdbi.v3.core.Jdbi;

/**
 * Benchmark 5: the peer. PostgreSQL full-text search done the way Discourse does it: one weighted
 * tsvector per post (title A, tags B, body D; answers carry their thread's title), a GIN index,
 * {@code ts_rank_cd}, {@code ts_headline} for the page's snippets, and the same access rule (open and
 * restricted groups, plus the viewer's private groups looked up per search). Same corpus (copied
 * from the hub's database), same query mix, same run, interleaved with the hub's SearchService.
 * The hub does more per search: it also counts the total and four facets.
 * Then Cranfield nDCG@10 / MAP for the peer, with Discourse's AND of the words and with OR.
 *
 * <pre>java -cp hub-bench/target/hub-bench.jar org.hub.bench.PostgresPeer DATA_FOLDER [seconds]
 *   (PostgreSQL from HUB_PEER_URL, default jdbc:postgresql://127.0.0.1:5432/test, user postgres,
 *    password PGPASSWORD)</pre>
 */
public final class PostgresPeer {
    private static final String SCHEMA = "hub_peer";

    private PostgresPeer() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        String url = System.getenv().getOrDefault("HUB_PEER_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("HUB_PEER_USER", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");

        try (BenchHub hub = BenchHub.open(data);
                Connection pg = DriverManager.getConnection(url, user, password)) {
            long posts = copyCorpus(hub.jdbi(), pg);
            List<QueryMix.Search> mix = QueryMix.generate(hub.jdbi(), 1000, 11);
            User viewer = hub.user("bench-viewer");
            System.out.printf("peer: %d posts in PostgreSQL %s, %d searches in the mix%n", posts, url, mix.size());
            int rounds = Integer.parseInt(System.getProperty("hub.bench.rounds", "3"));
            for (int clients : new int[] {1, 2, 8}) {
                // Interleaved rounds: the shared machine's load changes by the minute, so each pair
                // runs back to back and the medians over rounds are reported.
                List<LoadRun.Result> hubRuns = new ArrayList<>();
                List<LoadRun.Result> pgRuns = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    LoadRun.Result h = LoadRun.run(
                            "hub",
                            () -> s -> hub.search().search(viewer, s.toQuery()),
                            mix,
                            clients,
                            seconds / 4,
                            seconds);
                    LoadRun.Result p = LoadRun.run(
                            "postgres",
                            () -> new PeerClient(url, user, password, viewer.id()),
                            mix,
                            clients,
                            seconds / 4,
                            seconds);
                    System.out.println("peer round " + (round + 1) + ": " + h + " | " + p);
                    hubRuns.add(h);
                    pgRuns.add(p);
                }
                double ht = median(hubRuns, LoadRun.Result::throughput);
                double pt = median(pgRuns, LoadRun.Result::throughput);
                double h50 = median(hubRuns, LoadRun.Result::p50);
                double p50 = median(pgRuns, LoadRun.Result::p50);
                double h99 = median(hubRuns, LoadRun.Result::p99);
                double p99 = median(pgRuns, LoadRun.Result::p99);
                double hc = median(hubRuns, LoadRun.Result::cpuMsPerSearch);
                double pc = median(pgRuns, LoadRun.Result::cpuMsPerSearch);
                System.out.printf(
                        "RESULT peer clients=%d hub_searches_per_s=%.1f postgres_searches_per_s=%.1f "
                                + "hub_p50_ms=%.1f postgres_p50_ms=%.1f hub_p99_ms=%.1f postgres_p99_ms=%.1f "
                                + "hub_over_postgres_throughput=%.2f hub_cpu_ms_per_search=%.2f postgres_cpu_ms_per_search=%.2f "
                                + "postgres_over_hub_cpu=%.2f (medians of %d interleaved rounds)%n",
                        clients, ht, pt, h50, p50, h99, p99, ht / pt, hc, pc, pc / hc, rounds);
            }
            Cranfield cranfield = Cranfield.bundledOr(args.length > 2 ? Path.of(args[2]) : null);
            loadCranfield(pg, cranfield);
            System.out.println("RESULT cranfield_postgres_and " + cranfield.evaluate(q -> rankCranfield(pg, q, false)));
            System.out.println("RESULT cranfield_postgres_or " + cranfield.evaluate(q -> rankCranfield(pg, q, true)));
        }
    }

    /** Copies threads and answers with what the search needs; skipped when the copy is already complete. */
    static long copyCorpus(Jdbi hub, Connection pg) throws SQLException {
        long expected = hub.withHandle(
                h -> h.createQuery("SELECT (SELECT COUNT(*) FROM threads) + (SELECT COUNT(*) FROM posts)")
                        .mapTo(Long.class)
                        .one());
        try (Statement st = pg.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            st.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".meta (posts BIGINT)");
            try (ResultSet rs = st.executeQuery("SELECT posts FROM " + SCHEMA + ".meta")) {
                if (rs.next() && rs.getLong(1) == expected) {
                    return expected;
                }
            }
            for (String table : List.of("posts", "groups", "memberships", "meta")) {
                st.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + table);
            }
            st.execute("CREATE TABLE " + SCHEMA + ".meta (posts BIGINT)");
            st.execute("CREATE TABLE " + SCHEMA
                    + ".groups (id BIGINT PRIMARY KEY, slug TEXT NOT NULL, visibility TEXT NOT NULL)");
            st.execute("CREATE TABLE " + SCHEMA
                    + ".memberships (user_id BIGINT, group_id BIGINT, PRIMARY KEY (user_id, group_id))");
            st.execute("""
                    CREATE TABLE %s.posts (kind TEXT NOT NULL, id BIGINT NOT NULL, group_id BIGINT NOT NULL,
                        dept TEXT, answered BOOLEAN NOT NULL, created_at TIMESTAMPTZ NOT NULL, title TEXT NOT NULL,
                        tags TEXT NOT NULL, body TEXT NOT NULL, search_data TSVECTOR, PRIMARY KEY (kind, id))""".formatted(SCHEMA));
        }
        pg.setAutoCommit(false);
        copy(
                hub,
                pg,
                "SELECT id, slug, visibility FROM hub_groups",
                "INSERT INTO " + SCHEMA + ".groups VALUES (?, ?, ?)",
                3);
        copy(
                hub,
                pg,
                "SELECT user_id, group_id FROM memberships WHERE role <> 'pending'",
                "INSERT INTO " + SCHEMA + ".memberships VALUES (?, ?)",
                2);
        String insert =
                "INSERT INTO " + SCHEMA + ".posts (kind, id, group_id, dept, answered, created_at, title, tags, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        copy(hub, pg, """
                SELECT 'thread', t.id, t.group_id, d.slug, t.accepted_post_id IS NOT NULL, t.created_at, t.title, t.tags, t.body
                FROM threads t JOIN users u ON u.id = t.author_id LEFT JOIN departments d ON d.id = u.department_id
                WHERE t.deleted_at IS NULL""", insert, 9);
        copy(hub, pg, """
                SELECT 'post', p.id, t.group_id, d.slug, COALESCE(t.accepted_post_id = p.id, FALSE), p.created_at, t.title, t.tags, p.body
                FROM posts p JOIN threads t ON t.id = p.thread_id JOIN users u ON u.id = p.author_id
                LEFT JOIN departments d ON d.id = u.department_id
                WHERE p.deleted_at IS NULL AND t.deleted_at IS NULL""", insert, 9);
        try (Statement st = pg.createStatement()) {
            st.execute("""
                    UPDATE %s.posts SET search_data =
                        setweight(to_tsvector('english', title), 'A') ||
                        setweight(to_tsvector('english', tags), 'B') ||
                        setweight(to_tsvector('english', body), 'D')""".formatted(SCHEMA));
            st.execute("CREATE INDEX posts_search ON " + SCHEMA + ".posts USING GIN (search_data)");
            st.execute("CREATE INDEX posts_created ON " + SCHEMA + ".posts (created_at)");
            st.execute("INSERT INTO " + SCHEMA + ".meta VALUES (" + expected + ")");
        }
        pg.commit();
        pg.setAutoCommit(true);
        try (Statement st = pg.createStatement()) {
            st.execute("VACUUM ANALYZE " + SCHEMA + ".posts");
        }
        return expected;
    }

    private static void copy(Jdbi hub, Connection pg, String select, String insert, int columns) throws SQLException {
        hub.useHandle(h -> {
            try (PreparedStatement ps = pg.prepareStatement(insert)) {
                int[] n = {0};
                h.createQuery(select)
                        .setFetchSize(1000)
                        .map((rs, ctx) -> {
                            for (int c = 1; c <= columns; c++) {
                                Object v = rs.getObject(c);
                                if (v instanceof java.time.OffsetDateTime odt) {
                                    v = Timestamp.from(odt.toInstant());
                                }
                                ps.setObject(c, v);
                            }
                            ps.addBatch();
                            if (++n[0] % 1000 == 0) {
                                ps.executeBatch();
                            }
                            return 1;
                        })
                        .forEach(x -> {});
                ps.executeBatch();
            }
        });
    }

    /** One benchmark client: its own connection, as each Discourse web worker holds one. */
    static final class PeerClient implements LoadRun.Client {
        private final Connection connection;
        private final long viewerId;
        private final Path backendStat;

        PeerClient(String url, String user, String password, long viewerId) {
            try {
                this.connection = DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            this.viewerId = viewerId;
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                this.backendStat = Path.of("/proc/" + rs.getInt(1) + "/stat");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The JDBC thread's CPU plus the PostgreSQL backend's (from /proc: the server runs on this machine). */
        @Override
        public long cpuNanos() {
            long own = LoadRun.Client.super.cpuNanos();
            try {
                String stat = java.nio.file.Files.readString(backendStat);
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                return own + ticks * 10_000_000L; // USER_HZ is 100 on Linux
            } catch (java.io.IOException | RuntimeException e) {
                return own;
            }
        }

        @Override
        public void search(QueryMix.Search search) throws SQLException {
            Long[] groups = privateGroups();
            PeerQuery q = PeerQuery.of(search);
            StringBuilder sql = new StringBuilder("""
                    WITH q AS (SELECT websearch_to_tsquery('english', ?) AS query)
                    SELECT hit.kind, hit.id, hit.title,
                           ts_headline('english', hit.body, q.query,
                                       'MaxFragments=1,MinWords=15,MaxWords=35,StartSel=<mark>,StopSel=</mark>')
                    FROM (SELECT p.kind, p.id, p.title, p.body, p.created_at, ts_rank_cd(p.search_data, q.query) AS rank
                          FROM %s.posts p JOIN %s.groups g ON g.id = p.group_id, q
                          WHERE p.search_data @@ q.query
                            AND (g.visibility <> 'private' OR g.id = ANY (?))""".formatted(SCHEMA, SCHEMA));
            List<Object> params = new ArrayList<>();
            if (q.tag() != null) {
                sql.append(" AND (' ' || p.tags || ' ') LIKE ?");
                params.add("% " + q.tag() + " %");
            }
            if (q.group() != null) {
                sql.append(" AND g.slug = ?");
                params.add(q.group());
            }
            if (q.dept() != null) {
                sql.append(" AND p.dept = ?");
                params.add(q.dept());
            }
            if (q.unanswered()) {
                sql.append(" AND NOT p.answered");
            }
            if (q.kind() != null) {
                sql.append(" AND p.kind = ?");
                params.add(q.kind());
            }
            sql.append(q.newest() ? " ORDER BY p.created_at DESC" : " ORDER BY rank DESC")
                    .append(" LIMIT 20) hit, q")
                    .append(q.newest() ? " ORDER BY hit.created_at DESC" : " ORDER BY hit.rank DESC");
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                ps.setString(1, q.text());
                ps.setArray(2, connection.createArrayOf("bigint", groups));
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(3 + i, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(4);
                    }
                }
            }
        }

        private Long[] privateGroups() throws SQLException {
            try (PreparedStatement ps =
                    connection.prepareStatement("SELECT m.group_id FROM " + SCHEMA + ".memberships m JOIN " + SCHEMA
                            + ".groups g ON g.id = m.group_id WHERE m.user_id = ? AND g.visibility = 'private'")) {
                ps.setLong(1, viewerId);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids.toArray(Long[]::new);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** The mix's filters (tag:, group:, dept:, is:unanswered, type, sort) split off the words for SQL. */
    record PeerQuery(
            String text, String tag, String group, String dept, boolean unanswered, String kind, boolean newest) {
        static PeerQuery of(QueryMix.Search s) {
            StringBuilder text = new StringBuilder();
            String tag = null;
            String group = null;
            String dept = null;
            boolean unanswered = false;
            for (String token : s.q().split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                if (token.startsWith("tag:")) {
                    tag = token.substring(4);
                } else if (token.startsWith("group:")) {
                    group = token.substring(6);
                } else if (token.startsWith("dept:")) {
                    dept = token.substring(5);
                } else if (token.equals("is:unanswered")) {
                    unanswered = true;
                } else {
                    text.append(text.isEmpty() ? "" : " ").append(token);
                }
            }
            return new PeerQuery(text.toString(), tag, group, dept, unanswered, s.type(), "newest".equals(s.sort()));
        }
    }

    static void loadCranfield(Connection pg, Cranfield cranfield) throws SQLException {
        try (Statement st = pg.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + SCHEMA + ".cranfield");
            st.execute("CREATE TABLE " + SCHEMA
                    + ".cranfield (id BIGINT PRIMARY KEY, title TEXT, body TEXT, search_data TSVECTOR)");
        }
        try (PreparedStatement ps = pg.prepareStatement("INSERT INTO " + SCHEMA + ".cranfield VALUES (?, ?, ?, "
                + "setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'D'))")) {
            for (Cranfield.Doc d : cranfield.docs()) {
                ps.setLong(1, d.id());
                ps.setString(2, d.title());
                ps.setString(3, d.body());
                ps.setString(4, d.title());
                ps.setString(5, d.body());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = pg.createStatement()) {
            st.execute("CREATE INDEX cranfield_search ON " + SCHEMA + ".cranfield USING GIN (search_data)");
        }
    }

    /** Discourse ANDs the words of a search; {@code or} relaxes that to any word, for the best the peer can do. */
    static List<String> rankCranfield(Connection pg, String query, boolean or) {
        String tsquery = or
                ? "to_tsquery('english', replace(websearch_to_tsquery('english', ?)::text, ' & ', ' | '))"
                : "websearch_to_tsquery('english', ?)";
        String sql = "WITH q AS (SELECT " + tsquery + " AS query) SELECT c.id FROM " + SCHEMA + ".cranfield c, q "
                + "WHERE c.search_data @@ q.query ORDER BY ts_rank_cd(c.search_data, q.query) DESC, c.id LIMIT "
                + Cranfield.DEPTH;
        try (PreparedStatement ps = pg.prepareStatement(sql)) {
            ps.setString(1, query);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Long.toString(rs.getLong(1)));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<LoadRun.Result> runs, java.util.function.ToDoubleFunction<LoadRun.Result> f) {
        return Medians.median(runs.stream().map(r -> f.applyAsDouble(r)).toList());
    }
}
