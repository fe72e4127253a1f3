package org.hub.web;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.auth.SecretTokens;
import org.hub.api.demo.DemoOrganisation;
import org.hub.api.demo.DemoSeeder;
import org.hub.api.people.UserService;
import org.hub.api.users.User;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar hub.jar seed-demo config.yml}: fills an empty hub with a realistic council
 * (departments, people, groups of every visibility, 200 threads with answers, guidance, synonyms)
 * and prints how to sign in. The server indexes it all when it next starts.
 */
public final class SeedDemoCommand extends ConfiguredCommand<HubConfiguration> {
    public SeedDemoCommand() {
        super("seed-demo", "Fill an empty hub with a realistic demo organisation (stop the server first)");
    }

    @Override
    protected void run(Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config) {
        DataSourceFactory db = config.getDatabase();
        Jdbi jdbi = CommandDatabase.open(withoutSyncPerCommit(db.getUrl()), db.getUser(), db.getPassword());
        PasswordHasher hasher = config.getAuth().passwordHasher();
        DemoSeeder seeder = new DemoSeeder(jdbi, hasher);
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
        DemoSeeder.Summary summary = seeder.seed(DemoOrganisation.generate(42), admin, demoPassword);
        System.out.printf("seed-demo: %d departments, %d people, %d groups, %d threads with %d answers, %d guidance items.%n",
                summary.departments(), summary.users(), summary.groups(), summary.threads(), summary.posts(),
                summary.guidance());
        System.out.printf("Sign in as any demo person with the password %s, for example %s (curator) or %s (member).%n",
                demoPassword, summary.exampleCurator(), summary.exampleMember());
        if (adminCreated && generatedAdmin) {
            System.out.printf("The administrator is admin, password %s (shown once).%n", adminPassword);
        }
        System.out.println("Start the server (java -jar hub-web/target/hub.jar server config.yml): it indexes everything on start.");
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
