-- Strikemap store schema 7 on PostgreSQL/PostGIS: a batch of articles written in one
-- transaction (issue 16).
--
-- Why: batch ingest wrote each article with its own lookups and its own write statement
-- (strikemap_add_article), about three round trips and a PL/pgSQL call an article; the
-- server's fixed price per statement and per transaction, and the writer waiting on each
-- round trip, kept PostGIS ingest at a third of the GeoPackage's speed.
-- geo.store_postgis.PostGISStore.add_batch now looks up a whole batch at once, decides it in
-- Python (the same rules), sends the articles, their sources and mentions by COPY, and
-- these two functions do the rest, in order: the same rows as strikemap_add_article and the
-- duplicate path (geo.store_postgis), article by article.

-- The events of a batch's new articles: [{"art": article id, "new": {...}} or {"art": ...,
-- "merge": {...}}, in report order]; as strikemap_add_article's events, except that a new
-- event arrives with its final "id" (decided by the client, which knows the ids taken), and a
-- merge names its event by "fid" (a stored event) or "event_id" (one made by this batch).
CREATE OR REPLACE FUNCTION strikemap_add_events(items jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  art text;
  item jsonb;
  ev jsonb;
  target bigint;
  added integer;
BEGIN
  FOR item IN SELECT value FROM jsonb_array_elements(items) WITH ORDINALITY
               ORDER BY ordinality LOOP
    art := item->>'art';
    IF item ? 'new' THEN
      ev := item->'new';
      INSERT INTO events (geom, id, date, place, place_kind, lat, lon, oblast, oblast_iso,
                          geo_precision, weapon, drones, drones_downed, missiles,
                          missiles_downed, killed, injured, sentence, start, "end", article_id,
                          source, title, published, sources, reports, match_key, url)
      SELECT ST_SetSRID(ST_MakePoint(e.lon, e.lat), 4326), ev->>'id',
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
      target := COALESCE((ev->>'fid')::bigint,
                         (SELECT fid FROM events WHERE id = ev->>'event_id'));
      INSERT INTO event_sources (event_fid, source)
      SELECT target, source FROM article_sources WHERE article_id = art
      ON CONFLICT DO NOTHING;
      GET DIAGNOSTICS added = ROW_COUNT;
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
END $$;

-- An exact copy of a stored article (the same text again): its source recorded, its link
-- given to the article and its events that have none, and a new source counted on every
-- event the article backs; true when the source is new. What the duplicate path of
-- PostGISStore._add does in five statements.
CREATE OR REPLACE FUNCTION strikemap_add_copy(art text, src text, added text, added_by text,
                                              link text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  fresh boolean;
  target bigint;
  n integer;
BEGIN
  INSERT INTO article_sources (article_id, source, added, added_by)
  VALUES (art, src, added, added_by) ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  fresh := n > 0;
  IF link IS NOT NULL THEN
    UPDATE articles SET url = link WHERE id = art AND url IS NULL;
    UPDATE events SET url = link WHERE article_id = art AND url IS NULL;
  END IF;
  IF fresh THEN
    FOR target IN SELECT DISTINCT event_fid FROM event_reports WHERE article_id = art LOOP
      INSERT INTO event_sources (event_fid, source)
      SELECT target, source FROM article_sources WHERE article_id = art
      ON CONFLICT DO NOTHING;
      GET DIAGNOSTICS n = ROW_COUNT;
      UPDATE events SET sources = sources + n WHERE fid = target;
    END LOOP;
  END IF;
  RETURN fresh;
END $$;
