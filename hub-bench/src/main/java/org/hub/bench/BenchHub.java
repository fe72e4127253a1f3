package org.hub.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.db.Migrations;
import org.hub.api.people.UserService;
import org.hub.api.search.SearchService;
import org.hub.api.users.User;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A hub's data folder (as {@code bench-data} and {@code reindex} left it, server stopped) wired
 * the way HubApplication wires it, so in-process benchmarks run the code that serves
 * {@code /api/v1/search}: SearchService with the viewer's access tokens from the database.
 */
public final class BenchHub implements AutoCloseable {
    private final Jdbi jdbi;
    private final SearchIndex index;
    private final SearchService search;
    private final UserService users;

    private BenchHub(Jdbi jdbi, SearchIndex index) {
        HubServices services = new HubServices(jdbi, PasswordHasher.DEFAULT, Clock.systemUTC());
        this.jdbi = jdbi;
        this.index = index;
        this.search = services.search(index);
        this.users = services.users();
    }

    /** The H2 database of a data folder laid out as config.yml lays it out ({@code data/db/hub}). */
    public static Jdbi database(Path dataFolder) {
        String url = "jdbc:h2:" + dataFolder.toAbsolutePath().resolve("db/hub")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Migrations.migrate(url, "hub", "");
        // A pool, as the server has: without one every search's access-token lookup would open (and,
        // being the only connection, reopen the whole embedded database) anew.
        return Jdbi.create(JdbcConnectionPool.create(url, "hub", "")).installPlugin(new SqlObjectPlugin());
    }

    public static BenchHub open(Path dataFolder) {
        SearchIndex index = SearchIndex.open(dataFolder.resolve("index"), SearchIndexOptions.defaults());
        index.refreshNow();
        return new BenchHub(database(dataFolder), index);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public SearchIndex index() {
        return index;
    }

    public SearchService search() {
        return search;
    }

    public User user(String username) {
        return users.find(username);
    }

    @Override
    public void close() {
        index.close();
    }
}
