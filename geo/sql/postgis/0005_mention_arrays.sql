-- Strikemap store schema 5 on PostgreSQL/PostGIS: an article's mentions as JSON arrays.
--
-- Why (issue 16): the writing client built a JSON object per mention (about 26 an article of
-- news, 12 keys each) and the server parsed them into jsonb objects (keys sorted) only to
-- read each key back: about a fifth of the client's CPU an article went to those objects.
-- strikemap_add_article (schema step 4) now takes each mention as an array of its values in
-- geo.store._MENTION_FIELDS order (text, start, end, name, kind, geonameid, lat, lon, oblast,
-- oblast_iso, in_ukraine, role), and writes the same rows; everything else is unchanged.

CREATE OR REPLACE FUNCTION strikemap_add_article(doc jsonb) RETURNS boolean
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

  -- Each mention a JSON array of its values (geo.store._MENTION_FIELDS order): cheaper to
  -- write, send and parse than an object per mention.
  INSERT INTO mentions (article_id, text, start, "end", name, kind, geonameid, lat, lon, oblast,
                        oblast_iso, in_ukraine, role)
  SELECT art, m->>0, (m->>1)::float8, (m->>2)::float8, m->>3, m->>4, (m->>5)::float8,
         (m->>6)::float8, (m->>7)::float8, m->>8, m->>9, (m->>10)::boolean, m->>11
  FROM jsonb_array_elements(COALESCE(doc->'mentions', '[]')) AS e(m);

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
