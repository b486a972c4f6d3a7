-- Strikemap store schema 6 on PostgreSQL/PostGIS: cheaper lookups and article writes (issue 16).
--
-- An article's lookup (geo.store_postgis._CANDIDATES) reads each candidate event's reports
-- stored since the votes the writer keeps (`r.event_fid = e.fid AND r.fid > last`). With no
-- index on both, PostgreSQL ANDed the event's reports with the primary key's range
-- `fid > last`: every report stored since `last` in the whole store, which grows with the store
-- for an event not touched for a while. This index reads just that event's newest reports.
CREATE INDEX IF NOT EXISTS event_reports_event_fid ON event_reports (event_fid, fid);

-- An article's text (about 4 KB of news) is compressed when stored; lz4 costs the server a
-- fraction of the default pglz's CPU for a similar size. Only where the server was built with
-- lz4 (PostgreSQL 14 and newer, most packages); elsewhere pglz stays. Rows already stored
-- keep their compression; reading is the same either way.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'
             AND 'lz4' = ANY (enumvals)) THEN
    ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4;
  END IF;
END $$;
