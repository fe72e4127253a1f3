-- Tags may now hold spaces ("stage 1"), so the stored separator changes from a space to a comma
-- (which a tag can never contain). Until now a tag was [a-z0-9-]{1,40}: every space in these
-- columns is a separator, and replacing it is exact. Revisions do not store tags.
UPDATE threads SET tags = REPLACE(tags, ' ', ',');
UPDATE documents SET tags = REPLACE(tags, ' ', ',');
UPDATE guidance SET tags = REPLACE(tags, ' ', ',');
