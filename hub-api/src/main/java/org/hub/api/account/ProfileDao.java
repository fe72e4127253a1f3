package org.hub.api.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The self-described part of a person: job title, bio and declared expertise. */
public interface ProfileDao {
    record Row(String jobTitle, String bio, String expertise) {}

    @SqlQuery("SELECT job_title, bio, expertise FROM users WHERE id = :userId")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(Row.class)
    Optional<Row> find(long userId);

    @SqlUpdate("""
            UPDATE users SET display_name = :displayName, job_title = :jobTitle, bio = :bio,
                   expertise = :expertise, updated_at = :now
            WHERE id = :userId
            """)
    int update(long userId, String displayName, String jobTitle, String bio, String expertise, Instant now);
}
