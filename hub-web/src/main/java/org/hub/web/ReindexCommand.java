package org.hub.web;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.sourceforge.argparse4j.inf.Namespace;
import org.apache.lucene.store.LockObtainFailedException;
import org.hub.api.HubServices;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexOptions;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar hub.jar reindex config.yml}: rebuilds the search index from the database, with
 * a progress line per batch. Run it with the server stopped: the index allows one writer.
 */
public final class ReindexCommand extends ConfiguredCommand<HubConfiguration> {
    public ReindexCommand() {
        super("reindex", "Rebuild the search index from the database (stop the server first)");
    }

    @Override
    protected void run(Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config)
            throws Exception {
        DataSourceFactory db = config.getDatabase();
        Jdbi jdbi = CommandDatabase.open(db);
        Path path = Path.of(config.getSearch().getIndexPath());
        Files.createDirectories(path);
        Instant start = Instant.now();
        try (SearchIndex index = SearchIndex.open(path, SearchIndexOptions.defaults())) {
            HubServices services = new HubServices(jdbi, config.getAuth().passwordHasher(), Clock.systemUTC());
            long items = services.reindexer().rebuild(index, progress -> {
                if (progress.done() == progress.total() || progress.done() % 10_000 == 0) {
                    System.out.printf(
                            "reindex: %s %d/%d%n", progress.type().wireName(), progress.done(), progress.total());
                }
            });
            Duration took = Duration.between(start, Instant.now());
            System.out.printf(
                    "reindex: done, %d items in %.1f s (%.0f items/s)%n",
                    items, took.toMillis() / 1000.0, items * 1000.0 / Math.max(1, took.toMillis()));
        } catch (org.hub.search.SearchIndexException e) {
            if (e.getCause() instanceof LockObtainFailedException) {
                throw new IllegalStateException("The index at " + path + " is in use: stop the server first.", e);
            }
            throw e;
        }
    }
}
