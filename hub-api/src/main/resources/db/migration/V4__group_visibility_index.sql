-- Every search reads the ids of the groups its viewer may see: the open and restricted groups
-- and the viewer's own memberships. This index lets that be read without scanning every group
-- row (names, descriptions) on each search.
CREATE INDEX hub_groups_visibility ON hub_groups(visibility, id);
