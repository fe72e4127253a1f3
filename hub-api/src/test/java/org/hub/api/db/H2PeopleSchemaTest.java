package org.hub.api.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The migrations and people DAOs on H2 in PostgreSQL mode, with the flags config.yml uses. */
class H2PeopleSchemaTest extends PeopleSchemaContract {
    @Override
    protected Optional<Database> createDatabase() throws Exception {
        Path folder = Files.createTempDirectory("hub-h2-");
        return Optional.of(new Database("jdbc:h2:" + folder.resolve("hub").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "hub", ""));
    }
}
