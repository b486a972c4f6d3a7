-- Strikemap store schema 8 on PostgreSQL/PostGIS: a mention's article checked once a statement
-- (issue 16).
--
-- Why: the foreign key mentions.article_id -> articles.id checked each mention on its own (a
-- queued trigger event, then a query locking the article's row, per row): about 26 rows an
-- article of news, so about half again the cost of writing the mentions themselves (PostgreSQL
-- 15, COPY of 26 rows an article: 0.135 ms of the server's CPU with the key, 0.070 without).
-- These statement triggers keep the same rule, set by set:
-- - mentions inserted or updated must name articles that exist; the articles they name are
--   locked FOR KEY SHARE, as the foreign key locked them (a concurrent delete of one waits
--   for this transaction, then finds the mentions and is refused);
-- - an article that mentions name cannot be deleted, nor its id changed.
-- The same error class as the foreign key's (foreign_key_violation, SQLSTATE 23503).

ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_article_id_fkey;

CREATE OR REPLACE FUNCTION strikemap_mentions_article() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  wanted bigint;
  locked bigint;
  missing text;
BEGIN
  SELECT count(DISTINCT article_id) INTO wanted FROM strikemap_new_mentions;
  IF wanted = 0 THEN
    RETURN NULL;
  END IF;
  SELECT count(*) INTO locked
  FROM (SELECT 1 FROM articles a
        WHERE a.id IN (SELECT article_id FROM strikemap_new_mentions)
        FOR KEY SHARE OF a) x;
  IF locked < wanted THEN
    SELECT min(n.article_id) INTO missing FROM strikemap_new_mentions n
    WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = n.article_id);
    RAISE EXCEPTION 'insert or update on table "mentions" names an article that does not exist'
      USING ERRCODE = 'foreign_key_violation',
            DETAIL = format('Key (article_id)=(%s) is not present in table "articles".',
                            missing);
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS mentions_article_insert ON mentions;
CREATE TRIGGER mentions_article_insert AFTER INSERT ON mentions
  REFERENCING NEW TABLE AS strikemap_new_mentions
  FOR EACH STATEMENT EXECUTE FUNCTION strikemap_mentions_article();
DROP TRIGGER IF EXISTS mentions_article_update ON mentions;
CREATE TRIGGER mentions_article_update AFTER UPDATE ON mentions
  REFERENCING NEW TABLE AS strikemap_new_mentions
  FOR EACH STATEMENT EXECUTE FUNCTION strikemap_mentions_article();

-- An article deleted, or its id changed, while mentions still name it: refused.
CREATE OR REPLACE FUNCTION strikemap_articles_mentioned() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  named text;
BEGIN
  SELECT min(o.id) INTO named FROM strikemap_old_articles o
  WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = o.id)
    AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = o.id);
  IF named IS NOT NULL THEN
    RAISE EXCEPTION 'update or delete on table "articles" leaves mentions of an article that is gone'
      USING ERRCODE = 'foreign_key_violation',
            DETAIL = format('Key (id)=(%s) is still referenced from table "mentions".', named);
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS articles_mentioned_delete ON articles;
CREATE TRIGGER articles_mentioned_delete AFTER DELETE ON articles
  REFERENCING OLD TABLE AS strikemap_old_articles
  FOR EACH STATEMENT EXECUTE FUNCTION strikemap_articles_mentioned();
DROP TRIGGER IF EXISTS articles_mentioned_update ON articles;
CREATE TRIGGER articles_mentioned_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS strikemap_old_articles
  FOR EACH STATEMENT EXECUTE FUNCTION strikemap_articles_mentioned();
