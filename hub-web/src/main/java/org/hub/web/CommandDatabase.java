package org.hub.web;

import io.dropwizard.db.DataSourceFactory;
import org.hub.api.db.Migrations;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The database for the jar's offline commands (reindex, seed-demo, backup): migrated, no pool. */
public final class CommandDatabase {
    private CommandDatabase() {}

    public static Jdbi open(DataSourceFactory db) {
        return open(db.getUrl(), db.getUser(), db.getPassword());
    }

    public static Jdbi open(String url, String user, String password) {
        String orEmpty = password == null ? "" : password;
        String kept = keptOpen(url);
        Migrations.migrate(kept, user, orEmpty);
        return Jdbi.create(kept, user, orEmpty).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Without a pool every handle opens its own connection, and embedded H2 closes and reopens the
     * whole database file whenever the last connection goes: slow for a command of a thousand
     * transactions. Keep it open until the command's JVM exits (H2 closes it cleanly then). The
     * server's URL turns H2's exit hook off (DB_CLOSE_ON_EXIT=FALSE, so the server's lifecycle
     * can commit the index before the pool closes the database); a command has no such
     * lifecycle and needs the hook back.
     */
    static String keptOpen(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String withExitHook = url.replaceAll("(?i);DB_CLOSE_ON_EXIT=FALSE", "");
        return withExitHook.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY")
                ? withExitHook
                : withExitHook + ";DB_CLOSE_DELAY=-1";
    }
}
