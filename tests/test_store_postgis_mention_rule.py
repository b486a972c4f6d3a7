"""Schema step 8 (issue 16): a mention's article is checked once a statement instead of by a
foreign key row by row. The rule is the key's: no mention of an article that does not exist
(by INSERT, COPY or UPDATE, nothing of the statement kept), the articles named locked against a
concurrent delete, and no article deleted or re-keyed while mentions name it."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from geo.store import open_store

_MENTION = ("Kharkiv", 0, 7, "Kharkiv", "settlement", 706483, 49.98, 36.25, "Kharkiv Oblast",
            "UA-63", True, "strike")
_COLUMNS = ('article_id, text, start, "end", name, kind, geonameid, lat, lon, oblast, '
            "oblast_iso, in_ukraine, role")


def _article(db: Any, aid: str) -> None:
    db.execute("INSERT INTO articles (id, content_key, story_id, added, text) "
               "VALUES (%s, %s, %s, '2025-11-24', 'A strike on Kharkiv.')", (aid, f"k-{aid}", aid))


def _mentions(db: Any, *ids: str) -> None:
    with db.cursor().copy(f"COPY mentions ({_COLUMNS}) FROM STDIN") as copy:
        for aid in ids:
            copy.write_row((aid, *_MENTION))


@pytest.fixture()
def url(postgis_url: str) -> str:
    with open_store(postgis_url):  # the schema, every step
        pass
    with psycopg.connect(postgis_url, autocommit=True) as db:
        assert db.execute("SELECT max(version) FROM strikemap_migrations").fetchone()[0] >= 8
        assert not db.execute("SELECT 1 FROM pg_constraint WHERE conrelid = 'mentions'::regclass "
                              "AND contype = 'f'").fetchall()  # the row-by-row key is gone
        _article(db, "a1")
        _article(db, "a2")
    return postgis_url


def _count(url: str) -> int:
    with psycopg.connect(url) as db:
        return int(db.execute("SELECT count(*) FROM mentions").fetchone()[0])


def test_mentions_of_stored_articles_are_written(url: str) -> None:
    with psycopg.connect(url) as db:
        _mentions(db, "a1", "a2", "a1")
        db.execute(f"INSERT INTO mentions ({_COLUMNS}) VALUES ('a2', "
                   + ", ".join(["%s"] * len(_MENTION)) + ")", _MENTION)
    assert _count(url) == 4


@pytest.mark.parametrize("how", ["copy", "insert", "update"])
def test_a_mention_of_no_article_is_refused_with_its_statement(url: str, how: str) -> None:
    with psycopg.connect(url, autocommit=True) as db:
        _mentions(db, "a1")
    with psycopg.connect(url) as db, pytest.raises(psycopg.errors.ForeignKeyViolation,
                                                   match="nope"):
        if how == "copy":
            _mentions(db, "a1", "nope", "a2")
        elif how == "insert":
            db.execute(f"INSERT INTO mentions ({_COLUMNS}) SELECT * FROM (VALUES "
                       "('a2', 'x', 1, 2, 'x', 'settlement', 1, 1.0, 1.0, 'o', 'UA-63', true, 's'),"
                       "('nope', 'x', 1, 2, 'x', 'settlement', 1, 1.0, 1.0, 'o', 'UA-63', true, "
                       "'s')) v")
        else:
            db.execute("UPDATE mentions SET article_id = 'nope' WHERE article_id = 'a1'")
    assert _count(url) == 1
    with psycopg.connect(url) as db:
        assert db.execute("SELECT article_id FROM mentions").fetchall() == [("a1",)]


def test_an_article_that_mentions_name_cannot_go_nor_change_its_id(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as db:
        _mentions(db, "a1")
        for sql in ("DELETE FROM articles WHERE id = 'a1'",
                    "UPDATE articles SET id = 'a9' WHERE id = 'a1'"):
            with pytest.raises(psycopg.errors.ForeignKeyViolation, match="a1"):
                db.execute(sql)
        db.execute("UPDATE articles SET url = 'https://news.example/1' WHERE id = 'a1'")
        db.execute("DELETE FROM articles WHERE id = 'a2'")  # no mention names it
        db.execute("DELETE FROM mentions")
        db.execute("DELETE FROM articles WHERE id = 'a1'")  # its mentions gone first
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_the_articles_named_are_locked_until_the_mentions_commit(url: str) -> None:
    """As the key did: a delete of an article waits for the transaction writing its mentions
    (here it gives up after its lock timeout), then finds them and is refused."""
    with psycopg.connect(url) as writer, psycopg.connect(url, autocommit=True) as other:
        _mentions(writer, "a1")  # not committed
        other.execute("SET lock_timeout = '300ms'")
        with pytest.raises(psycopg.errors.LockNotAvailable):
            other.execute("DELETE FROM articles WHERE id = 'a1'")
        other.execute("DELETE FROM articles WHERE id = 'a2'")  # not named: not locked
        writer.commit()
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            other.execute("DELETE FROM articles WHERE id = 'a1'")
