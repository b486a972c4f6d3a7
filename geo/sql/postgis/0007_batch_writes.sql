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

-- The sources and events of a batch's new articles (their rows and mentions came by COPY),
-- set by set instead of report by report: the same rows as strikemap_add_article's, decided
-- by the client (which also folds the several merges of one event in a batch into one update).
--   articles: each new article's one source {"n", "article_id", "source", "added",
--          "added_by"}, in order;
--   fresh: the new events, in the order they were made, each in its final state (its merges
--          in this batch applied): {"n", "id", "art", values..., "source", "title",
--          "published", "match_key", "url", "disputed", "reports"}; "sources" is counted here;
--   merged: stored events (or made by an earlier call), once each: {"fid" or "event_id",
--          the last merge's "figures" and "disputed", the first "date", "url" and point
--          given (each filled only where missing), "k": reports added};
--   sources: (event "fid" or "event_id", "art") for every report: the article's sources
--          the event lacks are added and counted;
--   reports: every report in order, {"n", "fid" or "event_id", the report's columns}.
DROP FUNCTION IF EXISTS strikemap_add_events(jsonb);
CREATE OR REPLACE FUNCTION strikemap_add_events(p_articles jsonb, p_fresh jsonb,
                                                p_merged jsonb, p_sources jsonb,
                                                p_reports jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_sources (article_id, source, added, added_by)
  SELECT a.article_id, a.source, a.added, a.added_by
  FROM jsonb_to_recordset(p_articles) AS a(n integer, article_id text, source text,
                                           added text, added_by text)
  ORDER BY a.n;

  INSERT INTO events (geom, id, date, place, place_kind, lat, lon, oblast, oblast_iso,
                      geo_precision, weapon, drones, drones_downed, missiles, missiles_downed,
                      killed, injured, sentence, start, "end", article_id, source, title,
                      published, sources, reports, match_key, url, disputed)
  SELECT ST_SetSRID(ST_MakePoint(e.lon, e.lat), 4326), e.id, e.date, e.place, e.place_kind,
         e.lat, e.lon, e.oblast, e.oblast_iso, e.geo_precision, e.weapon, e.drones,
         e.drones_downed, e.missiles, e.missiles_downed, e.killed, e.injured, e.sentence,
         e.start, e."end", e.art, e.source, e.title, e.published, 0, e.reports, e.match_key,
         e.url, e.disputed
  FROM jsonb_to_recordset(p_fresh) AS e(
    n integer, id text, art text, date text, place text, place_kind text, lat float8,
    lon float8, oblast text, oblast_iso text, geo_precision float8, weapon text, drones float8,
    drones_downed float8, missiles float8, missiles_downed float8, killed float8,
    injured float8, sentence text, start float8, "end" float8, source text, title text,
    published text, match_key text, url text, disputed text, reports integer)
  ORDER BY e.n;

  UPDATE events SET
    drones = (m.figures->>'drones')::integer,
    drones_downed = (m.figures->>'drones_downed')::integer,
    missiles = (m.figures->>'missiles')::integer,
    missiles_downed = (m.figures->>'missiles_downed')::integer,
    killed = (m.figures->>'killed')::integer,
    injured = (m.figures->>'injured')::integer,
    disputed = m.disputed,
    date = COALESCE(events.date, m.date), url = COALESCE(events.url, m.url),
    reports = events.reports + m.k,
    lat = CASE WHEN m.has_point AND events.lat IS NULL THEN m.lat ELSE events.lat END,
    lon = CASE WHEN m.has_point AND events.lat IS NULL THEN m.lon ELSE events.lon END,
    geom = CASE WHEN m.has_point AND events.lat IS NULL
                THEN ST_SetSRID(ST_MakePoint(m.lon, m.lat), 4326) ELSE events.geom END
  FROM (SELECT COALESCE(x.fid, (SELECT fid FROM events WHERE id = x.event_id)) AS target, x.*
        FROM jsonb_to_recordset(p_merged) AS x(fid bigint, event_id text, figures jsonb,
          disputed text, date text, url text, has_point boolean, lat float8, lon float8,
          k integer)) AS m
  WHERE events.fid = m.target;

  WITH t AS (SELECT COALESCE(p.fid, (SELECT fid FROM events WHERE id = p.event_id)) AS fid,
                    p.art
             FROM jsonb_to_recordset(p_sources) AS p(fid bigint, event_id text, art text)),
  added AS (INSERT INTO event_sources (event_fid, source)
            SELECT t.fid, s.source FROM t JOIN article_sources s ON s.article_id = t.art
            ON CONFLICT DO NOTHING RETURNING event_fid),
  counted AS (SELECT event_fid, COUNT(*) AS k FROM added GROUP BY event_fid)
  UPDATE events SET sources = events.sources + counted.k FROM counted
  WHERE events.fid = counted.event_fid;

  INSERT INTO event_reports (event_fid, article_id, story_id, origin, report_id, date, place,
                             place_kind, lat, lon, oblast, oblast_iso, geo_precision, weapon,
                             drones, drones_downed, missiles, missiles_downed, killed,
                             injured, sentence, start, "end", source, match_key, how, url)
  SELECT COALESCE(r.fid, (SELECT fid FROM events WHERE id = r.event_id)), r.article_id,
         r.story_id, r.origin, r.report_id, r.date, r.place, r.place_kind, r.lat, r.lon,
         r.oblast, r.oblast_iso, r.geo_precision, r.weapon, r.drones, r.drones_downed,
         r.missiles, r.missiles_downed, r.killed, r.injured, r.sentence, r.start, r."end",
         r.source, r.match_key, r.how, r.url
  FROM jsonb_to_recordset(p_reports) AS r(
    n integer, fid bigint, event_id text, article_id text, story_id text, origin text,
    report_id text, date text, place text, place_kind text, lat float8, lon float8,
    oblast text, oblast_iso text, geo_precision float8, weapon text, drones float8,
    drones_downed float8, missiles float8, missiles_downed float8, killed float8,
    injured float8, sentence text, start float8, "end" float8, source text, match_key text,
    how text, url text)
  ORDER BY r.n;
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
