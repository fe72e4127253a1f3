package org.hub.web.backup;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.hub.web.CommandDatabase;
import org.hub.web.HubConfiguration;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar hub.jar backup config.yml [--to folder]}: a backup with the server stopped (the
 * embedded H2 file allows one process). A running server is backed up through its admin task
 * instead: {@code curl -X POST localhost:8081/tasks/backup}.
 */
public final class BackupCommand extends ConfiguredCommand<HubConfiguration> {
    public BackupCommand() {
        super("backup", "Back up the database and documents (stop the server first, or POST /tasks/backup)");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser
                .addArgument("--to")
                .dest("to")
                .help("folder to write the backup into (default: the configured backup folder)");
    }

    @Override
    protected void run(Bootstrap<HubConfiguration> bootstrap, Namespace namespace, HubConfiguration config) {
        DataSourceFactory db = config.getDatabase();
        Jdbi jdbi = CommandDatabase.open(db);
        String to = namespace.getString("to");
        Backup backup = Backup.of(config, jdbi, Clock.systemUTC());
        System.out.println(
                backup.writeInto(Path.of(to != null ? to : config.getBackup().getPath())));
    }
}
