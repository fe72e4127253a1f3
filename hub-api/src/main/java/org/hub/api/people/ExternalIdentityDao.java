package org.hub.api.people;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which Hub person an identity provider's subject is. */
public interface ExternalIdentityDao {
    @SqlQuery("SELECT user_id FROM external_identities WHERE issuer = :issuer AND subject = :subject")
    Optional<Long> userId(String issuer, String subject);

    @SqlQuery("SELECT COUNT(*) > 0 FROM external_identities WHERE user_id = :userId")
    boolean isLinked(long userId);

    @SqlUpdate("""
            INSERT INTO external_identities (issuer, subject, user_id, created_at, last_seen_at)
            VALUES (:issuer, :subject, :userId, :now, :now)
            """)
    void link(String issuer, String subject, long userId, Instant now);

    @SqlUpdate("UPDATE external_identities SET last_seen_at = :now WHERE issuer = :issuer AND subject = :subject")
    void seen(String issuer, String subject, Instant now);
}
