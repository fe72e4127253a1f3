package org.hub.web;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import org.hub.api.HubServices;
import org.hub.api.directory.SyncReport;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar hub.jar sync-directory config.yml}: syncs people from the staff directory once
 * and prints what it created, updated and deactivated. Safe beside a running server: the changes
 * are one transaction, and sessions and tokens are checked against the database on every request.
 */
public final class SyncDirectoryCommand extends ConfiguredCommand<HubConfiguration> {
    public SyncDirectoryCommand() {
        super("sync-directory", "Sync people from the staff directory (ldap: in the config) and print the report");
    }

    @Override
    protected void run(Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config) {
        HubConfiguration.LdapFactory ldap = config.getLdap();
        if (!ldap.isEnabled()) {
            throw new IllegalStateException("ldap.url (HUB_LDAP_URL) is not set: there is no directory to sync from.");
        }
        Jdbi jdbi = CommandDatabase.open(config.getDatabase());
        HubServices services = new HubServices(jdbi, config.getAuth().passwordHasher(), Clock.systemUTC());
        SyncReport report = services.directorySync(
                        ldap.settings(config.getOidc().getBreakGlassAdmin()))
                .sync();
        System.out.println("sync-directory: " + report.describe());
    }
}
