-- Strikemap store schema 4 on PostgreSQL/PostGIS: an article's writes in one call.
--
-- Why: geo.store_postgis sent each article as ~19 statements (begin, lock, lookups, the
-- article, its source, its mentions, one statement per event, commit). Each statement costs
-- the client (psycopg) and the server a fixed price that dwarfed the work: 2.3 ms of CPU an
-- article against the GeoPackage's 0.4 ms. These functions take the writer lock in one
-- statement and write a whole article from one JSON document (the same rows and the same
-- rules as before: the client still decides which event each report joins and merges the
-- figures by geo.merge_rule; the functions only store its decisions).
-- CREATE OR REPLACE: a store taken back to an older step and migrated again keeps working.

-- The writer lock (an advisory transaction lock), waiting at most `wait_ms`; then the usual
-- lock timeout `after` for the transaction's row locks.
CREATE OR REPLACE FUNCTION strikemap_writer_lock(wait_ms integer, lock_key bigint, after text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('lock_timeout', wait_ms::text, true);
  PERFORM pg_advisory_xact_lock(lock_key);
  PERFORM set_config('lock_timeout', after, true);
END $$;

-- The near-copy index's band keys of each article (geo.dedup.StoryIndex): a writer that
-- planned an article without the writer lock checks that no article committed since shares
-- one (strikemap_add_article's check). Older articles have none; they precede every check.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS bands bigint[];

-- One new article: {"article": {...articles columns, signature as hex, bands}, "source":
-- {...}, "mentions": [...], "events": [{"new": {...}} or {"merge": {...}}, in report order],
-- optionally "check": {...} and "lock": {"wait_ms", "key", "after"} (the writer lock taken
-- here: the caller sends this one statement as its own transaction)}. Integer columns arrive as float8 and are cast on insert (as a
-- bound float parameter was).
--
-- "check" (a plan made before the writer lock): the newest article and report fids the
-- plan's lookups saw, the article's ids and its events' place keys. If an article committed
-- since has the same text or id or shares a near-copy band, or a report committed since has
-- one of the place keys (a new event there, a report joining one, a date filled in: all
-- come with a report of that key), the plan may be stale: nothing is written and the result
-- is false (the caller plans again under the lock). Else true.
DROP FUNCTION IF EXISTS strikemap_add_article(jsonb);
CREATE FUNCTION strikemap_add_article(doc jsonb) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  art text := doc->'article'->>'id';
  item jsonb;
  ev jsonb;
  target bigint;
  added integer;
  stale boolean;
  seqscan text;
  my_bands bigint[] := ARRAY(SELECT jsonb_array_elements_text(
                            COALESCE(NULLIF(doc->'article'->'bands', 'null'), '[]')))::bigint[];
BEGIN
  IF doc ? 'lock' THEN  -- called on its own (one statement, one transaction): lock first
    PERFORM strikemap_writer_lock((doc->'lock'->>'wait_ms')::integer,
                                  (doc->'lock'->>'key')::bigint, doc->'lock'->>'after');
  END IF;
  IF doc ? 'check' THEN
    -- Only the few rows newer than the plan's lookups are read, through the primary keys
    -- (OFFSET 0: those rows first, then the conditions), and never by a sequential scan (a
    -- table that grew since its last ANALYZE looks small: its whole was read each time).
    seqscan := current_setting('enable_seqscan');
    PERFORM set_config('enable_seqscan', 'off', true);
    stale := EXISTS (SELECT 1 FROM (SELECT a.content_key, a.id, a.bands FROM articles a
                                    WHERE a.fid > (doc->'check'->>'articles')::bigint
                                    OFFSET 0) a
                     WHERE a.content_key = doc->'article'->>'content_key'
                        OR a.id IN (SELECT jsonb_array_elements_text(doc->'check'->'ids'))
                        OR a.bands && my_bands)
          OR EXISTS (SELECT 1 FROM (SELECT r.match_key FROM event_reports r
                                    WHERE r.fid > (doc->'check'->>'reports')::bigint
                                    OFFSET 0) r
                     WHERE r.match_key IN (SELECT jsonb_array_elements_text(
                                             doc->'check'->'keys')));
    PERFORM set_config('enable_seqscan', seqscan, true);
    IF stale THEN
      RETURN false;
    END IF;
  END IF;

  INSERT INTO articles (id, content_key, story_id, similarity, dataset, published, title, source,
                        added, signature, text, lang, url, added_by, bands)
  SELECT a.id, a.content_key, a.story_id, a.similarity, a.dataset, a.published, a.title,
         a.source, a.added, decode(a.signature, 'hex'), a.text, a.lang, a.url, a.added_by,
         NULLIF(my_bands, '{}')
  FROM jsonb_to_record(doc->'article') AS a(
    id text, content_key text, story_id text, similarity float8, dataset text, published text,
    title text, source text, added text, signature text, text text, lang text, url text,
    added_by text);

  INSERT INTO article_sources (article_id, source, added, added_by)
  SELECT art, s.source, s.added, s.added_by
  FROM jsonb_to_record(doc->'source') AS s(source text, added text, added_by text);

  INSERT INTO mentions (article_id, text, start, "end", name, kind, geonameid, lat, lon, oblast,
                        oblast_iso, in_ukraine, role)
  SELECT art, m.text, m.start, m."end", m.name, m.kind, m.geonameid, m.lat, m.lon, m.oblast,
         m.oblast_iso, m.in_ukraine, m.role
  FROM jsonb_to_recordset(COALESCE(doc->'mentions', '[]')) AS m(
    text text, start float8, "end" float8, name text, kind text, geonameid float8, lat float8,
    lon float8, oblast text, oblast_iso text, in_ukraine boolean, role text);

  FOR item IN SELECT value FROM jsonb_array_elements(COALESCE(doc->'events', '[]'))
               WITH ORDINALITY ORDER BY ordinality LOOP
    IF item ? 'new' THEN
      -- A new event (its id: the report's, or a hash when another event has it), its first
      -- report and its sources (the article's).
      ev := item->'new';
      INSERT INTO events (geom, id, date, place, place_kind, lat, lon, oblast, oblast_iso,
                          geo_precision, weapon, drones, drones_downed, missiles,
                          missiles_downed, killed, injured, sentence, start, "end", article_id,
                          source, title, published, sources, reports, match_key, url)
      SELECT ST_SetSRID(ST_MakePoint(e.lon, e.lat), 4326),
             CASE WHEN EXISTS (SELECT 1 FROM events x WHERE x.id = ev->>'event_id')
                  THEN ev->>'other_id' ELSE ev->>'event_id' END,
             e.date, e.place, e.place_kind, e.lat, e.lon, e.oblast, e.oblast_iso,
             e.geo_precision, e.weapon, e.drones, e.drones_downed, e.missiles,
             e.missiles_downed, e.killed, e.injured, e.sentence, e.start, e."end", art,
             ev->>'source', ev->>'title', ev->>'published',
             (SELECT COUNT(*) FROM article_sources WHERE article_id = art), 1,
             ev->>'match_key', ev->>'url'
      FROM jsonb_to_record(ev->'values') AS e(
        date text, place text, place_kind text, lat float8, lon float8, oblast text,
        oblast_iso text, geo_precision float8, weapon text, drones float8,
        drones_downed float8, missiles float8, missiles_downed float8, killed float8,
        injured float8, sentence text, start float8, "end" float8)
      RETURNING fid INTO target;
      INSERT INTO event_sources (event_fid, source)
      SELECT target, source FROM article_sources WHERE article_id = art;
    ELSE
      ev := item->'merge';
      target := (ev->>'fid')::bigint;
      INSERT INTO event_sources (event_fid, source)
      SELECT target, source FROM article_sources WHERE article_id = art
      ON CONFLICT DO NOTHING;
      GET DIAGNOSTICS added = ROW_COUNT;
      -- The figures merged by the client (geo.merge_rule); date, link and position filled
      -- when missing (a position only whole).
      UPDATE events SET
        drones = (ev->'figures'->>'drones')::integer,
        drones_downed = (ev->'figures'->>'drones_downed')::integer,
        missiles = (ev->'figures'->>'missiles')::integer,
        missiles_downed = (ev->'figures'->>'missiles_downed')::integer,
        killed = (ev->'figures'->>'killed')::integer,
        injured = (ev->'figures'->>'injured')::integer,
        disputed = ev->>'disputed',
        date = COALESCE(date, ev->>'date'), url = COALESCE(url, ev->>'url'),
        reports = reports + 1, sources = sources + added,
        lat = CASE WHEN (ev->>'has_point')::boolean AND lat IS NULL
                   THEN (ev->>'lat')::float8 ELSE lat END,
        lon = CASE WHEN (ev->>'has_point')::boolean AND lat IS NULL
                   THEN (ev->>'lon')::float8 ELSE lon END,
        geom = CASE WHEN (ev->>'has_point')::boolean AND lat IS NULL
                    THEN ST_SetSRID(ST_MakePoint((ev->>'lon')::float8, (ev->>'lat')::float8),
                                    4326) ELSE geom END
      WHERE fid = target;
    END IF;
    INSERT INTO event_reports (event_fid, article_id, story_id, origin, report_id, date, place,
                               place_kind, lat, lon, oblast, oblast_iso, geo_precision, weapon,
                               drones, drones_downed, missiles, missiles_downed, killed,
                               injured, sentence, start, "end", source, match_key, how, url)
    SELECT target, r.article_id, r.story_id, r.origin, r.report_id, r.date, r.place,
           r.place_kind, r.lat, r.lon, r.oblast, r.oblast_iso, r.geo_precision, r.weapon,
           r.drones, r.drones_downed, r.missiles, r.missiles_downed, r.killed, r.injured,
           r.sentence, r.start, r."end", r.source, r.match_key, r.how, r.url
    FROM jsonb_to_record(ev->'report') AS r(
      article_id text, story_id text, origin text, report_id text, date text, place text,
      place_kind text, lat float8, lon float8, oblast text, oblast_iso text,
      geo_precision float8, weapon text, drones float8, drones_downed float8, missiles float8,
      missiles_downed float8, killed float8, injured float8, sentence text, start float8,
      "end" float8, source text, match_key text, how text, url text);
  END LOOP;
  -- Store.version(): dashboards see the change.
  UPDATE strikemap_state SET changes = changes + 1, last_change = doc->'article'->>'added'
  WHERE id = 1;
  RETURN true;
END $$;
