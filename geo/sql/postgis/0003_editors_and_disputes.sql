-- Strikemap store schema 3 on PostgreSQL/PostGIS (the GeoPackage store's schema 6): who added
-- each article and source (an editor, geo.access), and the figures an event's stories
-- disagree on (geo.merge_rule), as the GeoPackage store has them.

ALTER TABLE articles ADD COLUMN added_by text;
ALTER TABLE article_sources ADD COLUMN added_by text;
ALTER TABLE events ADD COLUMN disputed text;
