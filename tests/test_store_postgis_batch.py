"""`PostGISStore.add_batch` (issue 16): a batch of articles looked up at once, decided in Python
and written by COPY in one transaction must store exactly what adding the same articles one
by one stores, row for row and numbering included - also when the batch holds the copies,
near-copies and reports of the same strikes of its own articles, and when one of its articles
cannot be written (the batch is added again one by one: only that article fails).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from postgis_cluster import fresh_database
from test_archive_ingest import _events, archives, dask_client  # noqa: F401
from test_store_postgis_ingest import _corpus, _rows

from geo import store_postgis_batch
from geo.store import AddResult, open_store
from geo.store_postgis import PostGISStore


@pytest.fixture()
def other_url(postgis_server: str) -> Iterator[str]:
    """A second fresh database (the one-by-one store beside `postgis_url`'s batch store)."""
    with fresh_database(postgis_server, "strikemap_b") as url:
        yield url


@pytest.fixture()
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the runs written as one transaction (a refused one too)."""
    sizes: list[int] = []
    real = store_postgis_batch._transaction

    def counted(store: PostGISStore, run: list[Any]) -> list[AddResult]:
        sizes.append(len(run))
        return real(store, run)

    monkeypatch.setattr(store_postgis_batch, "_transaction", counted)
    return sizes


def _items(n: int, seed: int = 5) -> list[tuple[Any, str, None, None, str]]:
    """`n` articles as `add_batch` takes them: copies from other outlets, near-copies,
    reports of the same strikes, NUL characters (`test_store_postgis_ingest._corpus`)."""
    texts, docs = _corpus(n, seed)
    out = []
    for i, text in enumerate(texts):
        doc = docs[text]
        source = f"https://outlet{i % 4}.example/{i}"
        out.append(({**doc, "article": {"id": hashlib.sha1(text.encode()).hexdigest(),
                                        "source": source, "published": "2025-11-24",
                                        "title": f"Report {i}"}}, text, None, None, "tester"))
    return out


def _one_by_one(url: str, items: list[Any]) -> list[Any]:
    with open_store(url) as store:
        return [store.add(doc, raw_text=text, dataset=ds, fingerprint=fp, who=who)
                for doc, text, ds, fp, who in items]


@pytest.mark.parametrize("size", [200, 9])
def test_a_batch_stores_what_adding_one_by_one_stores(
        postgis_url: str, other_url: str, runs: list[int], size: int,
        caplog: pytest.LogCaptureFixture) -> None:
    items = _items(200)
    expected = _one_by_one(other_url, items)
    got: list[Any] = []
    with caplog.at_level(logging.WARNING), open_store(postgis_url) as store:
        assert isinstance(store, PostGISStore)
        for at in range(0, len(items), size):
            got.extend(store.add_batch(items[at:at + size]))
    assert not caplog.records  # no batch was refused and added again one by one
    assert runs == [len(items[at:at + size]) for at in range(0, len(items), size)]
    assert got == expected
    statuses = [r.status for r in got]
    assert "duplicate" in statuses and any(r.near_copy_of for r in got)
    assert any(r.events_merged for r in got)
    ours, theirs = _rows(postgis_url), _rows(other_url)
    for table in ours:
        assert ours[table] == theirs[table], table


def test_copies_and_near_copies_inside_one_batch(postgis_url: str, other_url: str) -> None:
    items = _items(12)
    base_doc, base_text = items[1][0], items[1][1]
    near_text = "Update.\n" + base_text.split("\n", 1)[1]
    again = [
        ({**base_doc, "article": {**base_doc["article"], "source": "https://other.example/1"}},
         base_text, None, None, "tester"),  # the same text from another outlet
        ({**base_doc, "article": {**base_doc["article"], "id": None,
                                  "source": "https://third.example/1"}},
         near_text, None, None, "tester"),  # a near-copy: its story, its reports merge
        (base_doc, base_text, None, None, "tester"),  # the same text and source: nothing new
    ]
    batch = [*items, *again]
    expected = _one_by_one(other_url, batch)
    with open_store(postgis_url) as store:
        got = store.add_batch(batch)
    assert got == expected
    copy, near, same = got[-3:]
    assert copy.status == "duplicate" and copy.new_source and copy.article_id == got[1].article_id
    assert near.status == "new" and near.near_copy_of == got[1].article_id
    assert near.story_id == got[1].story_id and near.events_merged == len(base_doc["events"])
    assert same.status == "duplicate" and not same.new_source
    ours, theirs = _rows(postgis_url), _rows(other_url)
    for table in ours:
        assert ours[table] == theirs[table], table


def test_an_article_that_cannot_be_written_fails_alone(
        postgis_url: str, other_url: str, runs: list[int],
        caplog: pytest.LogCaptureFixture) -> None:
    items = _items(30)
    bad_doc = {**items[12][0], "article": {**items[12][0]["article"], "title": "bad \ud800"}}
    items[12] = (bad_doc, items[12][1], None, None, "tester")  # text no server can take
    odd = items[20][0]
    odd_events = [{**ev, "date": "24.11.2025"} for ev in odd.get("events") or ()]
    items[20] = ({**odd, "events": odd_events}, items[20][1], None, None, "tester")
    expected = _one_by_one(other_url, [it for k, it in enumerate(items) if k != 12])
    with caplog.at_level(logging.WARNING), open_store(postgis_url) as store:
        got = store.add_batch(items)
    assert isinstance(got[12], UnicodeError)
    assert [r for k, r in enumerate(got) if k != 12] == expected
    # The run before the article with a date not in ISO form (added on its own, in its
    # place), refused at the bad title and added again one by one; the run after it.
    assert runs == [20, 9] and "refused" in caplog.text
    # The same rows; numbers drawn by the refused batch are not used again (as after any
    # rolled-back write), so row numbers and event numbers are left out.
    ours, theirs = _rows(postgis_url), _rows(other_url)
    for table, skip in (("articles", 1), ("mentions", 1), ("events", 1), ("event_reports", 2),
                        ("event_sources", 1)):
        assert sorted(r[skip:] for r in ours[table]) == \
            sorted(r[skip:] for r in theirs[table]), table


def test_batches_after_stored_articles_and_another_writer(postgis_url: str,
                                                          other_url: str) -> None:
    """Stored articles (near-copy index, kept votes) and another writer's articles between two
    batches: the second batch sees both."""
    items = _items(90, seed=11)
    expected = _one_by_one(other_url, items)
    with open_store(postgis_url) as store, open_store(postgis_url) as other:
        got = [store.add(*items[0][:1], raw_text=items[0][1], who="tester")]
        got += store.add_batch(items[1:40])
        got += [other.add(doc, raw_text=text, who=who) for doc, text, _d, _f, who in items[40:50]]
        got += store.add_batch(items[50:])
    assert got == expected
    ours, theirs = _rows(postgis_url), _rows(other_url)
    for table in ours:
        assert ours[table] == theirs[table], table


def _event(place: str, when: str | None, n: int, weapon: str = "drone") -> dict[str, Any]:
    return {"id": f"ev{n}-{place}", "date": when, "place": place, "place_kind": "settlement",
            "lat": 49.98, "lon": 36.25, "oblast": place, "oblast_iso": "UA-63",
            "geo_precision": 1, "weapon": weapon, "killed": n % 3 or None,
            "sentence": f"{place} was hit.", "start": 0, "end": 10}


def _words(n: int) -> str:
    return f"Report {n}. " + " ".join(f"w{n}x{i}" for i in range(60))


def test_the_rules_that_keep_reports_apart_and_fill_dates_inside_one_batch(
        postgis_url: str, other_url: str) -> None:
    """Two reports of one article never join each other, nor two rows of one dataset (also
    through an event of another article's); an
    undated event joined through a story takes that report's date, and a later report of the
    batch joins it by that date."""
    base = _words(1)
    items: list[Any] = [
        ({"article": {"id": "a1", "source": "s1"}, "mentions": [],
          "events": [_event("Kharkiv", None, 1)]}, base, None, None, "t"),
        ({"article": {"id": "a2", "source": "s2"}, "mentions": [],  # two reports, one strike?
          "events": [_event("Sumy", "2025-11-20", 2), _event("Sumy", "2025-11-20", 3)]},
         _words(2), None, None, "t"),
        # a near-copy of a1, dated: joins a1's undated event through the story
        ({"article": {"id": "a3", "source": "s3"}, "mentions": [],
          "events": [_event("Kharkiv", "2025-11-22", 4)]},
         "Update.\n" + base.split("\n", 1)[-1] + " more", None, None, "t"),
        # another story, that date: joins the event by its date, now filled in
        ({"article": {"id": "a4", "source": "s4"}, "mentions": [],
          "events": [_event("Kharkiv", "2025-11-22", 5)]}, _words(4), None, None, "t"),
        ({"article": {"id": "a5", "source": "s5"}, "mentions": [],  # the dataset joins it ...
          "events": [_event("Odesa", "2025-11-21", 8)]}, _words(5), None, None, "t"),
        ({"article": {"id": "d1", "source": "acled.csv"}, "mentions": [],
          "events": [_event("Odesa", "2025-11-21", 6)]}, "row 1", "acled", None, "t"),
        ({"article": {"id": "d2", "source": "acled.csv"}, "mentions": [],
          "events": [_event("Odesa", "2025-11-21", 7)]}, "row 2", "acled", None, "t"),
    ]
    def placed(n: int, place: str, point: tuple[float, float] | None) -> Any:
        ev = {**_event(place, "2025-11-19", n), "lat": None, "lon": None}
        if point is not None:
            ev["lat"], ev["lon"] = point
        return ({"article": {"id": f"p{n}", "source": f"p{n}"}, "mentions": [],
                 "events": [ev]}, _words(100 + n), None, None, "t")

    # Events without a point take the first point a report joining them gives: one made and
    # joined in a batch, one made in a batch and joined in the next.
    items += [placed(1, "Lviv", None), placed(2, "Lviv", (49.8, 24.0)),
              placed(3, "Lviv", (49.9, 24.1)), placed(4, "Rivne", None)]
    later = [placed(5, "Rivne", None), placed(6, "Rivne", (50.6, 26.2)),
             placed(7, "Rivne", (50.7, 26.3))]
    expected = _one_by_one(other_url, [*items, *later])
    with open_store(postgis_url) as store:
        got = store.add_batch(items) + store.add_batch(later)
    assert got == expected
    assert got[1].events_added == 2  # the article's two reports stay apart
    assert got[2].near_copy_of == "a1" and got[2].events_merged == 1
    assert got[3].events_merged == 1  # by the date a3's report gave a1's event
    assert got[5].events_merged == 1 and got[6].events_added == 1  # ... once: its rows apart
    ours, theirs = _rows(postgis_url), _rows(other_url)
    for table in ours:
        assert ours[table] == theirs[table], table
    points = {row[3]: row[5:7] for row in ours["events"]}  # place: lat, lon
    assert points["Lviv"] == (49.8, 24.0) and points["Rivne"] == (50.6, 26.2)


def test_a_dask_ingest_writes_batches_into_postgis(archives: Path, tmp_path: Path,  # noqa: F811
                                                   dask_client: Any,  # noqa: F811
                                                   postgis_url: str,
                                                   runs: list[int]) -> None:
    """`ingest --dask` into PostGIS (the shared store) writes batches and stores what a plain
    ingest stores in a GeoPackage."""
    from extract.ingest import ingest
    from extract.ingest_dask import ingest_dask

    with open_store(f"sqlite:///{tmp_path / 'one.gpkg'}") as one:
        plain = ingest([archives], one, jobs=1)
        expected = _events(one)
    with open_store(postgis_url) as shared:
        got = ingest_dask([archives], shared, dask_client, batch=3)
        events = _events(shared)
    assert runs and sum(runs) == got.new + got.duplicate
    assert got.as_dict() == plain.as_dict()
    pd.testing.assert_frame_equal(events, expected, check_dtype=False)
