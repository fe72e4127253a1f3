package org.hub.api.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which Hub people came from the staff directory (and so may be deactivated when they leave it). */
public interface DirectoryPersonDao {
    @SqlQuery("SELECT title FROM directory_people WHERE user_id = :userId")
    Optional<String> title(long userId);

    @SqlQuery("SELECT COUNT(*) > 0 FROM directory_people WHERE user_id = :userId")
    boolean isFromDirectory(long userId);

    @SqlQuery("""
            SELECT u.username FROM directory_people p JOIN users u ON u.id = p.user_id
            WHERE u.active = TRUE ORDER BY u.username
            """)
    List<String> activeUsernames();

    @SqlUpdate("""
            INSERT INTO directory_people (user_id, entry_dn, title, synced_at)
            VALUES (:userId, :dn, :title, :now)
            """)
    void insert(long userId, String dn, String title, Instant now);

    @SqlUpdate("UPDATE directory_people SET entry_dn = :dn, title = :title, synced_at = :now WHERE user_id = :userId")
    int update(long userId, String dn, String title, Instant now);
}
