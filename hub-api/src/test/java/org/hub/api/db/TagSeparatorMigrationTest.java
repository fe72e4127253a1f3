package org.hub.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hub.api.testing.TestDatabase;
import org.hub.api.threads.Tags;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * V6: tags stored before it (space-separated, when a tag could hold no space) read back as the
 * same tags after it (comma-separated), on H2 and, where reachable, PostgreSQL.
 */
class TagSeparatorMigrationTest {
    @Test
    void spaceSeparatedTagsReadBackUnchangedAfterV6() throws Exception {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(TestDatabase.h2());
        TestDatabase.postgres().ifPresent(databases::add);
        for (TestDatabase db : databases) {
            Flyway.configure()
                    .dataSource(db.url(), db.user(), db.password())
                    .locations("classpath:db/migration")
                    .target("4")
                    .load()
                    .migrate();
            Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());
            Instant now = Instant.parse("2026-11-22T10:15:30Z");
            long owner = jdbi.withHandle(h -> h.createUpdate("""
                            INSERT INTO users (username, display_name, email, role, password_hash, created_at, updated_at)
                            VALUES ('old-curator', 'Old Curator', 'old@example.org', 'curator', 'x', :now, :now)
                            """)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO guidance (slug, title, body, body_html, tags, status, review_by, owner_id,
                                                  created_at, updated_at, version)
                            VALUES ('old', 'Old', 'b', '<p>b</p>', 'council-tax repairs 2024', 'published', :review,
                                    :owner, :now, :now, 1)
                            """)
                    .bind("review", LocalDate.parse("2030-01-01"))
                    .bind("owner", owner)
                    .bind("now", now)
                    .execute());

            Migrations.migrate(db.url(), db.user(), db.password());

            String stored = jdbi.withHandle(h -> h.createQuery("SELECT tags FROM guidance WHERE slug = 'old'")
                    .mapTo(String.class)
                    .one());
            assertThat(Tags.split(stored)).as(db.url()).containsExactly("council-tax", "repairs", "2024");
        }
    }
}
