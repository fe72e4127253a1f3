-- Staff directory sync (issue 14). A row here says the person came from the directory: only they
-- may be deactivated when they leave it, never local accounts (the break-glass admin among them).
-- Keyed by the username the directory gives; the title is the directory's, kept for the profile.
CREATE TABLE directory_people (
    user_id    BIGINT        PRIMARY KEY REFERENCES users(id),
    entry_dn   VARCHAR(1000) NOT NULL,
    title      VARCHAR(200),
    synced_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
