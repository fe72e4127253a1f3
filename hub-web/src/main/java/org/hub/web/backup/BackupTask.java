package org.hub.web.backup;

import io.dropwizard.servlets.tasks.PostBodyTask;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /tasks/backup} on the admin port: a backup of the running server, without stopping
 * it, into the configured backup folder. Prints where it went.
 */
public final class BackupTask extends PostBodyTask {
    private final Backup backup;
    private final Path folder;

    public BackupTask(Backup backup, Path folder) {
        super("backup");
        this.backup = backup;
        this.folder = folder;
    }

    @Override
    public void execute(Map<String, List<String>> parameters, String body, PrintWriter output) {
        output.println(backup.writeInto(folder));
    }
}
