"""A backfill writes its mentions without their index and builds it once at its end (issue 16,
session 23): the same rows as with the index all along, the index there after the batch, and a
backfill killed midway leaves a store whose next write (of any connection) builds it again."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from geo.store import SQLiteStore, open_store

ROOT = Path(__file__).resolve().parent.parent
PLACES = [("Kharkiv", 49.98, 36.25, "UA-63"), ("Sumy", 50.91, 34.80, "UA-59"),
          ("Odesa", 46.48, 30.72, "UA-51")]


def _doc(n: int) -> tuple[dict[str, Any], str]:
    """Article `n`: a few mentions (with and without positions) and one drone event."""
    name, lat, lon, iso = PLACES[n % len(PLACES)]
    text = (f"Report {n}: drones struck {name} overnight, the governor said; "
            + " ".join(f"w{n}x{i}" for i in range(40)))
    mentions = [{"text": name, "start": 20, "end": 20 + len(name), "name": name,
                 "kind": "settlement", "geonameid": 700000 + n, "lat": lat, "lon": lon,
                 "oblast": name, "oblast_iso": iso, "in_ukraine": True, "role": "strike"}]
    mentions += [{"text": f"Street {n}-{k}", "start": k, "end": k + 5, "name": None,
                  "kind": None, "geonameid": None, "lat": None, "lon": None, "oblast": None,
                  "oblast_iso": None, "in_ukraine": False, "role": None} for k in range(n % 4)]
    event = {"id": f"e{n}", "date": f"2025-11-{1 + n % 5:02d}", "place": name,
             "place_kind": "settlement", "lat": lat, "lon": lon, "oblast": name,
             "oblast_iso": iso, "geo_precision": 1, "weapon": "drone", "drones": 10 + n % 3,
             "drones_downed": None, "missiles": None, "missiles_downed": None,
             "killed": n % 2, "injured": None, "sentence": text[:40], "start": 0, "end": 40}
    return ({"article": {"id": f"a{n}", "source": f"https://news.example/{n}",
                         "published": "2025-11-24", "title": f"Report {n}"},
             "mentions": mentions, "events": [event]}, text)


def _has_index(path: Path) -> bool:
    with sqlite3.connect(path) as con:  # another connection, as QGIS or a dashboard
        return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                           "name = 'mentions_article'").fetchone() is not None


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table that a write fills, row by row (the times of writing left out, and the
    sources' fids: an exact copy's ignored INSERT takes one from AUTOINCREMENT's sequence)."""
    with sqlite3.connect(path) as con:
        return {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY 1, 2").fetchall() for t, cols in
                (("articles", "fid, id, content_key, story_id, text"),
                 ("mentions", "*"), ("events", "fid, id, date, place, drones, killed, sources"),
                 ("event_reports", "fid, event_fid, article_id, drones"),
                 ("event_sources", "*"), ("article_sources", "article_id, source"))}


def _write(path: Path, ns: range, *, articles: int, commit_seconds: float = 0.0) -> list[bool]:
    """Articles `ns` in one batch announcing `articles`; whether the index was there (seen
    from another connection) after each article's commit."""
    seen = []
    with open_store(str(path)) as store, store.batch(commit_seconds=commit_seconds,
                                                    articles=articles):
        for n in ns:
            doc, text = _doc(n)
            store.add(doc, raw_text=text)
            seen.append(_has_index(path))
    return seen


@pytest.fixture()
def bulk_five(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SQLiteStore, "BULK_ARTICLES", 5)


def test_a_backfill_drops_the_index_while_it_writes_and_builds_it_at_the_end(
        tmp_path: Path, bulk_five: None) -> None:
    plain, bulk = tmp_path / "plain.gpkg", tmp_path / "bulk.gpkg"
    assert all(_write(plain, range(12), articles=0))
    assert not any(_write(bulk, range(12), articles=12))
    assert _has_index(bulk)
    assert _rows(bulk) == _rows(plain)
    with sqlite3.connect(bulk) as con:  # the index built is the index the schema makes
        sql = "SELECT sql FROM sqlite_master WHERE name = 'mentions_article'"
        assert con.execute(sql).fetchone() == sqlite3.connect(plain).execute(sql).fetchone()


def test_a_small_batch_or_one_into_a_larger_store_keeps_the_index(
        tmp_path: Path, bulk_five: None) -> None:
    path = tmp_path / "store.gpkg"
    assert all(_write(path, range(4), articles=4))  # under BULK_ARTICLES
    assert all(_write(path, range(4, 9), articles=3))  # fewer than the 4 stored
    assert not any(_write(path, range(9, 20), articles=11))  # more: a backfill
    assert _has_index(path)


def test_a_write_of_another_connection_during_a_backfill_builds_the_index(
        tmp_path: Path, bulk_five: None) -> None:
    path = tmp_path / "store.gpkg"
    with open_store(str(path)) as store, store.batch(commit_seconds=0.0, articles=10):
        for n in range(6):
            store.add(*_doc(n)[:1], raw_text=_doc(n)[1])
        assert not _has_index(path)
        with open_store(str(path)) as other:  # e.g. the dashboard's "Add"
            other.add(*_doc(50)[:1], raw_text=_doc(50)[1])
        assert _has_index(path)
        for n in range(6, 10):
            store.add(*_doc(n)[:1], raw_text=_doc(n)[1])
    assert _has_index(path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 11


_KILLED = """
import os, sys
sys.path.insert(0, sys.argv[2])
sys.path.insert(0, sys.argv[3])
from geo.store import SQLiteStore, open_store
from test_writer23_s23 import _doc
SQLiteStore.BULK_ARTICLES = 5
store = open_store(sys.argv[1])
with store.batch(commit_seconds=0.0, articles=20):
    for n in range(20):
        if n == 8:  # the process dies mid-backfill, no cleanup at all
            os._exit(9)
        doc, text = _doc(n)
        store.add(doc, raw_text=text)
"""


def test_a_backfill_killed_midway_leaves_a_store_the_next_write_repairs(
        tmp_path: Path) -> None:
    path, clean = tmp_path / "killed.gpkg", tmp_path / "clean.gpkg"
    proc = subprocess.run([sys.executable, "-c", _KILLED, str(path), str(ROOT),
                           str(Path(__file__).parent)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 9, proc.stderr
    assert not _has_index(path)  # the store as at its last commit: eight whole articles
    with open_store(str(path)) as store:  # opening writes nothing
        assert store.articles_count() == 8
        assert store.reports_count() == 8
    assert not _has_index(path)
    # The same input again, in a batch too small to be a backfill: its first write repairs.
    assert all(_write(path, range(20), articles=20))
    assert all(_write(clean, range(20), articles=0))
    assert _rows(path) == _rows(clean)


def test_a_backfill_that_fails_builds_the_index_all_the_same(
        tmp_path: Path, bulk_five: None) -> None:
    path = tmp_path / "store.gpkg"
    with pytest.raises(RuntimeError, match="stopped"), open_store(str(path)) as store, \
            store.batch(commit_seconds=0.0, articles=10):
        for n in range(6):
            store.add(*_doc(n)[:1], raw_text=_doc(n)[1])
        raise RuntimeError("stopped")
    assert _has_index(path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == \
            sum(1 + n % 4 for n in range(6))

