package org.hub.web.demo;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.sourceforge.argparse4j.inf.Namespace;
import org.apache.lucene.store.LockObtainFailedException;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.auth.SecretTokens;
import org.hub.api.documents.BlobStore;
import org.hub.api.people.UserService;
import org.hub.api.users.User;
import org.hub.search.SearchIndex;
import org.hub.search.SearchIndexException;
import org.hub.search.SearchIndexOptions;
import org.hub.web.CommandDatabase;
import org.hub.web.HubConfiguration;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar hub.jar seed-demo config.yml}: fills an empty hub with a realistic council
 * (departments, people, groups of every visibility, 200 threads with answers, guidance, documents,
 * synonyms), builds the search index, and prints how to sign in. Run it with the server stopped:
 * the index allows one writer.
 */
public final class SeedDemoCommand extends ConfiguredCommand<HubConfiguration> {
    public SeedDemoCommand() {
        super("seed-demo", "Fill an empty hub with a realistic demo organisation (stop the server first)");
    }

    @Override
    protected void run(Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config) {
        Instant start = Instant.now();
        DataSourceFactory db = config.getDatabase();
        Jdbi jdbi = CommandDatabase.open(withoutSyncPerCommit(db.getUrl()), db.getUser(), db.getPassword());
        PasswordHasher hasher = config.getAuth().passwordHasher();
        DemoSeeder seeder = new DemoSeeder(jdbi, hasher, documentFolder(config));
        if (seeder.hubHasContent()) {
            System.out.println("seed-demo: this hub already has groups or threads; seed-demo only fills an empty hub.");
            return;
        }
        UserService users = new HubServices(jdbi, hasher, Clock.systemUTC()).users();
        String adminPassword = config.getAuth().getInitialAdminPassword();
        boolean generatedAdmin = adminPassword == null || adminPassword.isBlank();
        if (generatedAdmin) {
            adminPassword = SecretTokens.randomText(12);
        }
        boolean adminCreated = users.bootstrapAdmin(adminPassword).isPresent();
        User admin = users.find("admin");
        String demoPassword = System.getenv().getOrDefault("HUB_DEMO_PASSWORD", SecretTokens.randomText(12));
        DemoSeeder.Summary summary =
                seeder.seed(DemoOrganisation.generate(42), admin, demoPassword, SeedDemoCommand::printProgress);
        long items = buildIndex(
                new HubServices(jdbi, hasher, Clock.systemUTC()),
                Path.of(config.getSearch().getIndexPath()));
        System.out.printf(
                "seed-demo: %d departments, %d people, %d groups, %d threads with %d answers, %d guidance items, "
                        + "%d documents; %d items indexed.%n",
                summary.departments(),
                summary.users(),
                summary.groups(),
                summary.threads(),
                summary.posts(),
                summary.guidance(),
                summary.documents(),
                items);
        System.out.printf(
                "Sign in as any demo person with the password %s, for example %s (curator) or %s (member).%n",
                demoPassword, summary.exampleCurator(), summary.exampleMember());
        if (adminCreated && generatedAdmin) {
            System.out.printf("The administrator is admin, password %s (shown once).%n", adminPassword);
        }
        System.out.printf(
                "Done in %d s. Start the server: java -jar hub-web/target/hub.jar server config.yml%n",
                Duration.between(start, Instant.now()).toSeconds());
    }

    private static void printProgress(String what, int done, int total) {
        if (done == total) {
            System.out.printf("Seeding %s… %d%n", what, total);
        } else {
            System.out.printf("Seeding %s… %d/%d%n", what, done, total);
        }
    }

    private static BlobStore documentFolder(HubConfiguration config) {
        try {
            return new BlobStore(Path.of(config.getDocuments().getStoragePath())).init();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot prepare the document folder "
                            + config.getDocuments().getStoragePath(),
                    e);
        }
    }

    /** Builds the index as {@code reindex} does, so the first page the server serves shows the demo. */
    private static long buildIndex(HubServices services, Path path) {
        System.out.println("Indexing…");
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the index folder " + path, e);
        }
        try (SearchIndex index = SearchIndex.open(path, SearchIndexOptions.defaults())) {
            return services.reindexer().rebuild(index, progress -> {});
        } catch (SearchIndexException e) {
            if (e.getCause() instanceof LockObtainFailedException) {
                throw new IllegalStateException("The index at " + path + " is in use: stop the server first.", e);
            }
            throw e;
        }
    }

    /**
     * The server syncs every commit to disk (WRITE_DELAY=0). Seeding is one batch of a thousand small
     * commits that is either finished or run again on an empty hub, so on H2 it lets the store
     * flush in the background; closing the database at the end writes everything.
     */
    static String withoutSyncPerCommit(String url) {
        return url.startsWith("jdbc:h2:") ? url.replace("WRITE_DELAY=0", "WRITE_DELAY=500") : url;
    }
}
