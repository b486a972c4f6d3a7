"""Issue 16's fewer writer statements (session 22) store the same rows as the statements they
spare: `SQLiteStore._find_event` answered from the events it keeps per place and weapon
(`_dated_events`) instead of its query, for an article with its own story and origin.

Each test writes the same few hundred articles of our own (random places, weapons and dates -
ISO, missing, a bare year, a number, a date object -, several reports of one place in an
article, exact copies, near-copies, dataset rows, a re-run, another connection writing in
between) once through the new path and once with every lookup sent to the query, and compares
every table row by row."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from geo import dedup
from geo.store import SQLiteStore, open_store

PLACES = [("Kharkiv", 49.98, 36.25), ("Sumy", 50.91, 34.80), ("Odesa", 46.48, 30.72),
          ("Dnipro", 48.46, 35.04), (None, None, None)]
WEAPONS = ["drone", "missile", None, "glide bomb"]
WORDS = ["drones", "struck", "the", "city", "overnight", "and", "firefighters", "worked", "to",
         "put", "out", "the", "fires", "while", "the", "governor", "said", "people", "were",
         "hurt", "in", "the", "attack", "on", "homes", "and", "a", "school"]


def _date(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.70:
        return f"2025-11-{rng.randint(1, 28):02d}"
    if roll < 0.80:
        return None
    if roll < 0.85:
        return "2025"  # NUMERIC affinity: stored as the integer 2025
    if roll < 0.90:
        return "2025-11"
    if roll < 0.95:
        return date(2025, 11, rng.randint(1, 28))
    return 20251124


def _event(rng: random.Random, n: int) -> dict[str, Any]:
    place, lat, lon = rng.choice(PLACES)
    return {"id": None if rng.random() < 0.8 else f"ev{rng.randint(0, 40)}",
            "date": _date(rng), "place": place, "place_kind": "settlement" if place else None,
            "lat": lat, "lon": lon, "oblast": None, "oblast_iso": None, "geo_precision": 1,
            "weapon": rng.choice(WEAPONS),
            "drones": rng.choice([None, 10, 20, 40]), "drones_downed": rng.choice([None, 5]),
            "missiles": None, "missiles_downed": None,
            "killed": rng.choice([None, 0, 1, 2]), "injured": rng.choice([None, 3]),
            "sentence": f"Report {n}.", "start": 0, "end": 9, "how": None}


def _inputs(n: int, seed: int) -> list[tuple[dict[str, Any], str, str | None]]:
    """`n` (document, text, dataset) of our own: one in ten an exact copy of an earlier text
    from another outlet, one in ten a near-copy (a few words changed), one in twelve a
    dataset row."""
    rng = random.Random(seed)
    out: list[tuple[dict[str, Any], str, str | None]] = []
    for i in range(n):
        roll = rng.random()
        if out and roll < 0.1:
            text = rng.choice(out)[1]
        elif out and roll < 0.2:
            words = rng.choice(out)[1].split()
            words[rng.randrange(len(words))] = "rescuers"
            text = " ".join(words)
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" {i}"
        dataset = "acled" if rng.random() < 1 / 12 else None
        events = [_event(rng, i) for _ in range(rng.choice([0, 1, 2, 2, 3, 4]))]
        doc = {"article": {"id": None, "source": f"outlet{rng.randint(0, 9)}/{i}",
                           "published": "2025-11-24", "title": f"Title {i}", "url": None,
                           "lang": "en"},
               "mentions": [{"text": "Kharkiv", "start": 1, "end": 8, "name": "Kharkiv",
                             "kind": "settlement", "geonameid": 706483, "lat": 49.98,
                             "lon": 36.25, "oblast": "Kharkiv", "oblast_iso": "UA-63",
                             "in_ukraine": True, "role": "strike"}],
               "events": events}
        out.append((doc, text, dataset))
    return out


class _QueryStore(SQLiteStore):
    """The store with every event lookup sent to `_find_event`'s query (the path before)."""

    def _find_event(self, key: str, weapon: str, when: Any, story_id: str, origin: str,
                    touched: set[int] | None = None) -> tuple[int, Any] | None:
        return super()._find_event(key, weapon, when, story_id, origin, None)


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(path)
    try:
        out = {}
        for table in ("articles", "article_sources", "mentions", "events", "event_reports",
                      "event_sources"):
            cols = ", ".join(f'"{r[1]}"' for r in db.execute(f"PRAGMA table_info({table})")
                             if r[1] != "added")
            out[table] = db.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").fetchall()
        return out
    finally:
        db.close()


def _write(store: SQLiteStore, inputs: list[tuple[dict[str, Any], str, str | None]],
           batch: bool) -> list[tuple[Any, ...]]:
    results = []
    if batch:
        with store.batch(commit_seconds=0.0005):
            for doc, text, dataset in inputs:
                r = store.add(doc, raw_text=text, dataset=dataset)
                results.append((r.status, r.article_id, r.events_added, r.events_merged))
    else:
        for doc, text, dataset in inputs:
            r = store.add(doc, raw_text=text, dataset=dataset)
            results.append((r.status, r.article_id, r.events_added, r.events_merged))
    return results


@pytest.mark.parametrize("batch", [True, False])
def test_events_found_from_memory_store_the_rows_the_query_does(tmp_path: Path,
                                                                 batch: bool) -> None:
    inputs = _inputs(300, seed=22)
    got = {}
    for name, cls in (("memory", SQLiteStore), ("query", _QueryStore)):
        path = tmp_path / f"{name}.gpkg"
        store = cls(path)
        first = _write(store, inputs[:200], batch)
        # another connection writes in between: what this one keeps is read again
        with open_store(f"sqlite:///{path}") as other:
            _write(other, inputs[200:230], False)  # type: ignore[arg-type]
        second = _write(store, inputs[230:], batch)
        rerun = _write(store, inputs, batch)  # all copies now: sources only
        store.close()
        got[name] = (first, second, rerun, _tables(path))
    assert got["memory"][:3] == got["query"][:3]
    for table, rows in got["query"][3].items():
        assert got["memory"][3][table] == rows, table
    events = got["query"][3]["event_reports"]
    assert len(events) > 300 and len(got["query"][3]["events"]) < len(events)  # merges


def test_a_rolled_back_article_leaves_nothing_kept(tmp_path: Path) -> None:
    """An article that fails inside a batch rolls back; the events it stored are no longer
    kept, so a later report of the same place is not sent to a rolled-back event."""
    inputs = _inputs(60, seed=5)
    good = {"date": "2025-11-10", "place": "Sumy", "lat": 50.91, "lon": 34.80,
            "weapon": "drone"}
    got = {}
    for name, cls in (("memory", SQLiteStore), ("query", _QueryStore)):
        path = tmp_path / f"{name}.gpkg"
        store = cls(path)
        with store.batch(commit_seconds=60):
            _write(store, inputs[:30], False)
            bad = {"article": {"source": "x"}, "mentions": [],
                   "events": [{**good, "id": None}, {**good, "id": None, "killed": object()}]}
            with pytest.raises(sqlite3.Error):
                store.add(bad, raw_text="a text that fails on its second report")
            after = store.add({"article": {"source": "y"}, "mentions": [],
                               "events": [{**good, "id": None}]},
                              raw_text="a later report of the same strike")
            _write(store, inputs[30:], False)
        store.close()
        got[name] = (after.events_added, after.events_merged, _tables(path))
    assert got["memory"] == got["query"]
    assert got["memory"][:2] == (1, 0)


def test_the_windows_bounds_and_a_date_stored_as_a_number(tmp_path: Path) -> None:
    """Reports dated at either end of the window join; a day past it does not; an event whose
    date SQLite stored as a number ("2025") or that had none is never joined by window."""
    lo, hi = dedup.date_window("2025-11-24") or ("", "")
    store = SQLiteStore(tmp_path / "s.gpkg")
    base = {"place": "Odesa", "lat": 46.48, "lon": 30.72, "weapon": "drone", "id": None}

    def add(text: str, when: Any) -> tuple[int, int]:
        r = store.add({"article": {"source": text}, "mentions": [],
                       "events": [{**base, "date": when}]}, raw_text=text)
        return r.events_added, r.events_merged

    assert add("numeric year", "2025") == (1, 0)
    assert add("no date", None) == (1, 0)
    assert add("the day", "2025-11-24") == (1, 0)
    assert add("low end", lo) == (0, 1)
    assert add("high end", hi) == (0, 1)
    day_after = (date.fromisoformat(hi).toordinal() + 1)
    assert add("past it", date.fromordinal(day_after).isoformat()) == (1, 0)
    types = store._db.execute("SELECT typeof(date) FROM events ORDER BY fid").fetchall()
    assert [t[0] for t in types] == ["integer", "null", "text", "text"]
    store.close()


@pytest.mark.parametrize("cls", [SQLiteStore, _QueryStore])
def test_an_undated_event_dated_by_a_merge_is_found_by_its_new_date(tmp_path: Path,
                                                                     cls: type) -> None:
    """A near-copy's report joins its story's undated event (by story, not by window) and
    gives it its date; a later report of another story within that date's window joins it
    there, though the place's events were kept before the event had a date."""
    store = cls(tmp_path / "s.gpkg")
    base = {"place": "Sumy", "lat": 50.91, "lon": 34.80, "weapon": "drone", "id": None}
    text = " ".join(WORDS * 4)

    def add(raw: str, when: Any) -> Any:
        return store.add({"article": {"source": raw[-12:]}, "mentions": [],
                          "events": [{**base, "date": when}]}, raw_text=raw)

    first = add(text, None)  # the undated event
    assert add("another strike weeks before", "2025-10-01").events_added == 1  # kept: Sumy
    near = add(text.replace("school", "hospital", 1), "2025-11-20")
    assert near.near_copy_of == first.article_id and near.events_merged == 1
    later = add("a later report of that strike", "2025-11-21")
    assert (later.events_added, later.events_merged) == (0, 1)
    assert store._db.execute("SELECT reports FROM events ORDER BY fid").fetchall() == [(3,), (1,)]
    store.close()


@pytest.mark.parametrize("batch", [True, False])
def test_an_event_id_taken_gets_another_and_no_fid_is_lost(tmp_path: Path, batch: bool) -> None:
    """A new event whose id is taken is stored under another (the failed INSERT in its place
    of the SELECT that asked first leaves no trace): fids and the sequence run on as before."""
    store = SQLiteStore(tmp_path / "s.gpkg")
    ev = {"id": "ev1", "date": None, "place": "Dnipro", "lat": 48.46, "lon": 35.04,
          "weapon": "missile"}
    texts = ["the first report", "a second report that reuses the id", "a third, own id"]
    ids = ["ev1", "ev1", "ev3"]
    with store.batch() if batch else store:
        for text, eid in zip(texts, ids, strict=True):
            store.add({"article": {"source": text}, "mentions": [],
                       "events": [{**ev, "id": eid}]}, raw_text=text)
    db = sqlite3.connect(tmp_path / "s.gpkg")
    rows = db.execute("SELECT fid, id, article_id FROM events ORDER BY fid").fetchall()
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
    db.close()
    assert [r[0] for r in rows] == [1, 2, 3] and seq == (3,)
    second = rows[1][2]
    assert rows[0][1] == "ev1" and rows[2][1] == "ev3"
    assert rows[1][1] == hashlib.sha1(f"{second}:0:ev1".encode()).hexdigest()

