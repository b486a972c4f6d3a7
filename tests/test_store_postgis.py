"""The store contract on both backends (GeoPackage file and PostGIS database), and what only
the PostGIS store has: URLs, migrations, PostGIS points with a GiST index, writers in several
processes at once.

The `store_url` fixture (tests/postgis_cluster.py) gives each contract test a fresh store on
each backend; the PostGIS ones run on a throwaway cluster, or skip saying why without one.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from postgis_cluster import table_counts
from test_store import TEXT, _doc

from geo.schema import EVENT_COLUMNS
from geo.store import Store, StoreError, open_store

HERE = Path(__file__).resolve().parent


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()


def _strike(article_id: str, source: str, place: str = "Kharkiv", *, killed: int | None = None,
            when: str = "2025-11-24", lat: float | None = 49.98, lon: float | None = 36.25,
            drones: int | None = None) -> dict[str, Any]:
    """A document with one drone strike on `place`."""
    return {"article": {"id": article_id, "source": source, "published": when},
            "mentions": [],
            "events": [{"id": f"{article_id}-e", "date": when, "place": place,
                        "place_kind": "settlement", "lat": lat, "lon": lon, "oblast": place,
                        "oblast_iso": "UA-63", "geo_precision": 1, "weapon": "drone",
                        "drones": drones, "killed": killed, "sentence": f"{place} was hit.",
                        "start": 0, "end": 10}]}


def _text(n: int, place: str = "Kharkiv") -> str:
    return f"Report number {n}: drones struck {place} overnight. " + " ".join(
        f"w{n}x{i}" for i in range(40))


# -- the contract, on both backends ----------------------------------------------------------


def test_an_empty_store_has_the_event_table(store: Store) -> None:
    frame = store.events_frame()
    assert list(frame.columns) == list(EVENT_COLUMNS) and frame.empty


def test_add_and_read_back(store: Store) -> None:
    res = store.add(_doc(), raw_text=TEXT)
    assert (res.status, res.events_added, res.events_merged) == ("new", 2, 0)
    frame = store.events_frame()
    assert frame["id"].tolist() == ["ev-kharkiv", "ev-national"]
    assert frame["date"].dtype.kind == "M" and frame["killed"].dtype == "Int64"
    assert frame.loc[0, "killed"] == 2 and frame.loc[1, "missiles"] == 30
    assert (frame.loc[0, "lat"], frame.loc[0, "lon"]) == (49.98, 36.25)
    assert frame.loc[1, "sentence"] == "" and pd.isna(frame.loc[1, "oblast_iso"])
    assert store.article("a1")["text"] == TEXT
    assert (store.articles_count(), store.events_count(), store.reports_count(),
            store.stories_count()) == (1, 2, 2, 1)


def test_the_same_text_twice_changes_nothing(store: Store, store_url: str) -> None:
    store.add(_doc(), raw_text=TEXT)
    before = table_counts(store_url)
    again = store.add(_doc(), raw_text=TEXT)
    assert again.status == "duplicate" and not again.new_source
    assert table_counts(store_url) == before


def test_a_mirror_is_a_new_source_of_every_event(store: Store) -> None:
    store.add(_doc(), raw_text=TEXT)
    res = store.add(_doc("other", "https://mirror.example/1"), raw_text=TEXT.upper())
    assert res.status == "duplicate" and res.new_source and res.article_id == "a1"
    assert store.article_sources("a1") == ["https://news.example/1", "https://mirror.example/1"]
    assert store.events_frame()["sources"].tolist() == [2, 2]
    assert store.event_reports("ev-kharkiv")[0]["sources"] == store.article_sources("a1")


def test_reports_of_one_strike_merge_by_the_figure_rule(store: Store) -> None:
    """Three outlets' reports of one strike: the event's figures are what the shared rule
    (`geo.dedup.merge_figures`) gives for them, on either backend."""
    from geo.dedup import merge_figures

    docs = [_strike("a", "https://one.example/a", killed=2, drones=40),
            _strike("b", "https://two.example/b", killed=5, drones=9000),
            _strike("c", "https://three.example/c", killed=450, drones=41)]
    results = [store.add(doc, raw_text=_text(n)) for n, doc in enumerate(docs)]
    assert [(r.events_added, r.events_merged) for r in results] == [(1, 0), (0, 1), (0, 1)]
    (row,) = store.events_frame().itertuples()
    expected = merge_figures([d["events"][0] for d in docs])
    assert (row.killed, row.drones) == (expected["killed"], expected["drones"])
    assert row.drones != 9000 and row.sources == 3  # 9000 drones: not credible
    assert [r["killed"] for r in store.event_reports(row.id)] == [2, 5, 450]


@pytest.mark.parametrize("batched", [False, True], ids=["per-article", "batched"])
def test_merged_figures_stay_the_pure_rule_over_every_report(
        store: Store, monkeypatch: pytest.MonkeyPatch, batched: bool) -> None:
    """Stores keep an event's votes between merges; the figures must stay those
    `merge_reports` gives over every stored report, also after writes that rolled back."""
    import random
    from contextlib import nullcontext

    from geo import dedup
    from geo.merge_rule import merge_reports

    rng = random.Random(5)
    real = type(store)._add_report

    def failing(self: Store, *args: Any, **kwargs: Any) -> bool:
        real(self, *args, **kwargs)  # merged, then the article fails
        raise RuntimeError("disk full")

    stored = 0
    with store.batch(commit_seconds=3600) if batched else nullcontext():
        for i in range(30):
            doc = _strike(f"n{i}", f"https://o{i}.example/", "Ukraine", lat=None, lon=None,
                          drones=rng.choice([100, 111, 111, 120, 1400, 9999]),
                          killed=rng.choice([None, 2, 2, 3, 450]))
            doc["events"][0].update(place_kind="country", oblast=None, oblast_iso=None)
            if i in (7, 19):
                monkeypatch.setattr(type(store), "_add_report", failing)
                with pytest.raises(RuntimeError):
                    store.add(doc, raw_text=_text(i))
                monkeypatch.setattr(type(store), "_add_report", real)
                continue
            store.add(doc, raw_text=_text(i))
            stored += 1
            (row,) = store.events_frame().itertuples()
            reports = [{"story_id": r["story_id"], **dedup.credible_figures(r)}
                       for r in store.event_reports(row.id)]
            want = merge_reports(reports)
            assert len(reports) == stored
            assert (_int(row.drones), _int(row.killed)) == (want.figures["drones"],
                                                            want.figures["killed"])
            disputed = store._scalar("SELECT disputed FROM events")  # type: ignore[attr-defined]
            assert disputed == want.disputed_text


def _int(value: Any) -> int | None:
    return None if pd.isna(value) else int(value)


def test_a_report_two_days_later_is_another_event(store: Store) -> None:
    store.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
    store.add(_strike("b", "https://two.example/b", when="2025-11-26"), raw_text=_text(2))
    assert store.events_count() == 2


def test_a_merged_report_fills_a_missing_position(store: Store) -> None:
    store.add(_strike("a", "https://one.example/a", lat=None, lon=None), raw_text=_text(1))
    store.add(_strike("b", "https://two.example/b"), raw_text=_text(2))
    (row,) = store.events_frame().itertuples()
    assert (row.lat, row.lon) == (49.98, 36.25)


def test_rows_of_one_dataset_never_merge(store: Store) -> None:
    store.add(_strike("r1", "acled"), raw_text="row one", dataset="acled")
    store.add(_strike("r2", "acled"), raw_text="row two", dataset="acled")
    assert store.events_count() == 2 and store.stories_count() == 2


def test_a_near_copy_joins_the_story(store: Store) -> None:
    from test_dedup import STORY, _trimmed_copy

    store.add(_strike("a1", "https://one.example/a"), raw_text=STORY)
    copy = store.add(_strike("a2", "https://two.example/b"), raw_text=_trimmed_copy(STORY))
    assert copy.near_copy_of == "a1" and copy.story_id == "a1"
    assert store.stories_count() == 1 and store.articles_count() == 2


def test_a_failure_mid_article_rolls_the_article_back(store: Store, store_url: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store.add(_doc("before", "https://news.example/0"), raw_text="An earlier report. " * 10)
    before = table_counts(store_url)
    real, calls = type(store)._add_report, []

    def failing(self: Store, *args: Any, **kwargs: Any) -> bool:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(store), "_add_report", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(_doc(), raw_text=TEXT)
    monkeypatch.setattr(type(store), "_add_report", real)
    assert table_counts(store_url) == before and store.article("a1") is None
    assert store.add(_doc(), raw_text=TEXT).status == "new"  # and the store still works
    assert (store.events_count(), store.reports_count()) == (2, 4)


def test_a_batch_keeps_articles_atomic_and_commits_on_exit(
        store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = type(store)._add_report

    def failing(self: Store, article_id: str, *args: Any, **kwargs: Any) -> bool:
        if article_id == "bad":
            raise RuntimeError("injected")
        return real(self, article_id, *args, **kwargs)

    monkeypatch.setattr(type(store), "_add_report", failing)
    with store.batch(commit_seconds=3600):
        store.add(_doc("good1", "https://news.example/1"), raw_text="First good report. " * 9)
        with pytest.raises(RuntimeError, match="injected"):
            store.add(_doc("bad", "https://news.example/2"), raw_text="A failing report. " * 9)
        store.add(_doc("good2", "https://news.example/3"), raw_text="Second good report. " * 9)
        # The GeoPackage commits the batch at its end; PostGIS commits each article on its
        # own (other writers would wait for the whole batch: PostGISStore._transaction),
        # the last one while the next is planned (`_Pending`), at the latest before a read.
        if store_url.startswith("sqlite"):
            assert table_counts(store_url)["articles"] == 0
        assert store.articles_count() == 2  # this connection sees its own batch
        if not store_url.startswith("sqlite"):
            assert table_counts(store_url)["articles"] == 2
    counts = table_counts(store_url)
    assert (counts["articles"], counts["article_sources"], counts["event_reports"]) == (2, 2, 4)
    assert store.article("bad") is None


def test_events_frame_sees_other_connections_and_is_a_copy(store: Store,
                                                           store_url: str) -> None:
    store.add(_doc(), raw_text=TEXT)
    first = store.events_frame()
    first.loc[0, "place"] = "changed by the caller"
    version = store.version()
    with open_store(store_url) as other:
        other.add(_strike("o1", "elsewhere", "Odesa", when="2025-11-30"),
                  raw_text="Drones hit Odesa on Sunday night. " * 5)
    assert store.version() != version
    frame = store.events_frame()
    assert frame["id"].tolist() == ["ev-kharkiv", "ev-national", "o1-e"]
    assert frame.loc[0, "place"] == "Kharkiv"


def test_events_frame_date_range_is_inclusive(store: Store) -> None:
    for n, day in enumerate(["2025-11-20", "2025-11-24", "2025-11-28", "2025-12-02"]):
        store.add(_strike(f"d{n}", f"https://d.example/{n}", f"Place{n}", when=day),
                  raw_text=_text(n))
    store.add(_strike("undated", "https://d.example/u", "Nowhere", when=""), raw_text=_text(9))
    ids = store.events_frame(date_from="2025-11-24", date_to="2025-11-28")["id"].tolist()
    assert ids == ["d1-e", "d2-e"]
    assert store.events_frame(date_to=pd.Timestamp("2025-11-20"))["id"].tolist() == ["d0-e"]
    assert len(store.events_frame()) == 5  # unfiltered: the undated event too
    with pytest.raises(StoreError, match="not a date"):
        store.events_frame(date_from="last week")


def test_language_how_and_links_are_kept(store: Store) -> None:
    doc = _doc("a1", "Kyiv Independent")
    doc["article"].update(lang="uk", url="https://kyivindependent.example/news/1")
    doc["events"][0]["how"] = {"killed": "carried"}
    store.add(doc, raw_text=TEXT)
    report = store.event_reports("ev-kharkiv")[0]
    assert (report["lang"], report["how"]) == ("uk", "killed=carried")
    assert report["url"] == "https://kyivindependent.example/news/1"
    bad = _doc("a2", "javascript:alert(1)")
    store.add(bad, raw_text="Something else entirely happened in Lviv today.")
    assert store.article("a2")["url"] is None


def test_points_off_the_globe_are_refused(store: Store, store_url: str) -> None:
    doc = _doc()
    doc["events"][0]["lat"] = float("inf")
    with pytest.raises(StoreError, match="latitude"):
        store.add(doc, raw_text=TEXT)
    assert table_counts(store_url)["articles"] == 0


def test_the_corrections_log_is_append_only_and_idempotent(store: Store,
                                                           store_url: str) -> None:
    row = {"id": "c1", "event": '{"id": "ev-kharkiv"}', "event_id": "ev-kharkiv",
           "action": "set", "field": "killed", "old_value": "2", "new_value": "3",
           "who": "editor@example.org", "at": "2025-11-25T10:00:00Z", "reason": "update"}
    assert store.add_correction(row) is True
    assert store.add_correction(row) is False  # the same row again adds nothing
    assert store.corrections() == [row]
    if store_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(store_url) as db, pytest.raises(psycopg.Error, match="append"):
            db.execute("UPDATE corrections SET who = 'someone else'")
        with psycopg.connect(store_url) as db, pytest.raises(psycopg.Error, match="append"):
            db.execute("DELETE FROM corrections")


def test_a_writer_killed_mid_article_leaves_the_earlier_articles_whole(store_url: str) -> None:
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(HERE)!r})
        from geo.store import open_store
        from test_store import TEXT, _doc
        store = open_store({store_url!r})
        store.add(_doc("one", "s1"), raw_text="First article text. " * 9)
        store.add(_doc("two", "s2"), raw_text="Second article text. " * 9)
        real = type(store)._add_report
        def crash(self, *args, **kwargs):
            real(self, *args, **kwargs)
            os._exit(3)  # no rollback, no close: the process is gone
        type(store)._add_report = crash
        store.add(_doc("three", "s3"), raw_text=TEXT)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 3, done.stderr
    with open_store(store_url) as store:
        assert store.articles_count() == 2 and store.article("three") is None
        assert store.reports_count() == 4 and store.events_count() == 2
        assert store.events_frame()["sources"].tolist() == [2, 2]


# -- writers in two processes at once ----------------------------------------------------------

_WRITER = """
import sys
sys.path.insert(0, {here!r})
from geo.store import open_store
from test_store_postgis import _place, _text, _writer_doc
order = {order!r}
with open_store({url!r}) as store, store.batch(commit_seconds={commit}):
    for n in order:
        place = ("Kharkiv", "Odesa", "Sumy", "Dnipro")[n % 4]
        store.add(_writer_doc(n, {writer}), raw_text=_text(n, _place(n)))
"""


def _place(n: int) -> str:
    return ("Kharkiv", "Odesa", "Sumy", "Dnipro")[n % 4]


def _writer_doc(n: int, writer: int) -> dict[str, Any]:
    """Article `n` as writer `writer` got it: the same text from the writer's own outlet."""
    return _strike(f"p{n}", f"https://outlet{writer}.example/{n}", _place(n), killed=n % 5)


def _two_writers(url: str, n: int, commit: float) -> None:
    """Two processes add the same `n` articles at once, in opposite orders, each from an
    outlet of its own."""
    forward = list(range(n))
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER.format(
        here=str(HERE), order=order, url=url, commit=commit, writer=w)],
        stderr=subprocess.PIPE, text=True)
        for w, order in enumerate((forward, forward[::-1]))]
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err


@pytest.mark.parametrize("commit", [0, 0.05], ids=["per-article", "batched"])
def test_two_writer_processes_lose_and_duplicate_nothing(store_url: str, commit: float) -> None:
    """The same 60 articles from two processes at once, opposite orders: each article once
    with both its sources, four events (one a place) with every report and source and the
    figures the merge rule gives - what one writer gives."""
    from geo.dedup import merge_figures

    _two_writers(store_url, 60, commit)
    counts = table_counts(store_url)
    assert (counts["articles"], counts["article_sources"]) == (60, 120)  # both sources each
    assert (counts["events"], counts["event_reports"], counts["event_sources"]) == (4, 60, 120)
    with open_store(store_url) as store:
        frame = store.events_frame().set_index("place")
    assert sorted(frame.index) == ["Dnipro", "Kharkiv", "Odesa", "Sumy"]
    assert frame["sources"].tolist() == [30] * 4
    for place, row in frame.iterrows():  # 15 stories each: the median is order-free
        reports = [_writer_doc(n, 0)["events"][0] for n in range(60) if _place(n) == place]
        assert row["killed"] == merge_figures(reports)["killed"]


# -- PostGIS only --------------------------------------------------------------------------------


@pytest.fixture()
def pg(postgis_url: str) -> Iterator[Store]:
    with open_store(postgis_url) as s:
        yield s


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgis", "postgresql+psycopg"])
def test_postgresql_url_schemes(postgis_url: str, scheme: str) -> None:
    url = scheme + postgis_url.removeprefix("postgresql")
    with open_store(url) as s:
        assert type(s).__name__ == "PostGISStore" and s.articles_count() == 0


def test_an_unreachable_server_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_store(f"postgresql://nobody:secret@/strikes?host={tmp_path}&port=1")


def test_the_password_stays_out_of_messages(tmp_path: Path) -> None:
    for url in (f"postgresql://nobody:hunter2@/strikes?host={tmp_path}&port=1",
                f"postgresql:///strikes?host={tmp_path}&password=hunter2&port=1"):
        with pytest.raises(StoreError) as caught:
            open_store(url)
        assert "hunter2" not in str(caught.value) and "***" in str(caught.value)


def psycopg_connect(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True)


def _sql(url: str, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        cur = db.execute(query, params)
        return cur.fetchall() if cur.description else []


def test_migrations_are_recorded_and_applied_once(pg: Store, postgis_url: str) -> None:
    from geo.store_postgis import SCHEMA_VERSION, migrations

    assert [v for v, _, _ in migrations()] == list(range(1, SCHEMA_VERSION + 1))
    recorded = _sql(postgis_url, "SELECT version, name FROM strikemap_migrations ORDER BY 1")
    assert recorded == [(v, n) for v, n, _ in migrations()]
    with open_store(postgis_url) as again:  # reopening applies nothing twice
        assert again.schema_version() == SCHEMA_VERSION
    assert len(_sql(postgis_url, "SELECT * FROM strikemap_migrations")) == SCHEMA_VERSION


def test_an_older_schema_is_migrated_keeping_its_data(pg: Store, postgis_url: str) -> None:
    pg.add(_doc(), raw_text=TEXT)
    pg.close()
    from geo.store_postgis import SCHEMA_VERSION

    # Back to schema 1: what later steps added is gone, and so is their record.
    _sql(postgis_url, "DROP TABLE corrections; DROP FUNCTION strikemap_append_only(); "
                      "ALTER TABLE articles DROP COLUMN added_by; "
                      "ALTER TABLE article_sources DROP COLUMN added_by; "
                      "ALTER TABLE events DROP COLUMN disputed; "
                      "DELETE FROM strikemap_migrations WHERE version > 1")
    # ... and an event merged by the old highest-value rule: 2 and 5 killed gave 5.
    with psycopg_connect(postgis_url) as db:
        fid = db.execute("SELECT fid FROM events WHERE id = 'ev-kharkiv'").fetchone()[0]
        db.execute("INSERT INTO event_reports (event_fid, article_id, story_id, origin, "
                   "killed, match_key) VALUES (%s, 'a1', 'other-story', 'other', 5, 'k')", (fid,))
        db.execute("UPDATE events SET killed = 5, reports = 2 WHERE fid = %s", (fid,))
    with open_store(postgis_url) as store:
        assert store.schema_version() == SCHEMA_VERSION and store.articles_count() == 1
        assert store.corrections() == []
        (row,) = store.events_frame().query("id == 'ev-kharkiv'").itertuples()
        assert row.killed == 2  # merged again by geo.merge_rule: of two stories, the first
        store.add(_doc("a2", "https://news.example/2"), raw_text=TEXT + " Updated.")
        assert store.events_count() == 2 and store.reports_count() == 5


def test_a_newer_schema_is_refused(pg: Store, postgis_url: str) -> None:
    _sql(postgis_url, "INSERT INTO strikemap_migrations VALUES (99, 'future', 'later')")
    with pytest.raises(StoreError, match="newer than this Strikemap"):
        open_store(postgis_url)


def test_a_foreign_database_is_refused(postgis_url: str) -> None:
    _sql(postgis_url, "CREATE TABLE articles (x integer)")
    with pytest.raises(StoreError, match="not a Strikemap store"):
        open_store(postgis_url)


def test_two_stores_opening_a_new_database_at_once_migrate_it_once(postgis_url: str) -> None:
    script = f"from geo.store import open_store; open_store({postgis_url!r}).close()"
    procs = [subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE,
                              text=True) for _ in range(3)]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read() if p.stderr else ""
    from geo.store_postgis import SCHEMA_VERSION

    assert len(_sql(postgis_url, "SELECT * FROM strikemap_migrations")) == SCHEMA_VERSION


def test_events_are_postgis_points_with_a_spatial_index(pg: Store, postgis_url: str) -> None:
    pg.add(_doc(), raw_text=TEXT)
    rows = _sql(postgis_url, "SELECT id, ST_X(geom), ST_Y(geom), ST_SRID(geom), "
                             "GeometryType(geom) FROM events ORDER BY fid")
    assert rows == [("ev-kharkiv", 36.25, 49.98, 4326, "POINT"),
                    ("ev-national", None, None, None, None)]
    assert _sql(postgis_url, "SELECT Find_SRID('public', 'events', 'geom')") == [(4326,)]
    index = _sql(postgis_url, "SELECT indexdef FROM pg_indexes WHERE tablename = 'events' "
                              "AND indexname = 'events_geom'")
    assert "USING gist (geom)" in index[0][0]
    near = _sql(postgis_url, "SELECT id FROM events WHERE ST_DWithin(geom::geography, "
                             "ST_SetSRID(ST_MakePoint(36.23, 49.99), 4326)::geography, 5000)")
    assert near == [("ev-kharkiv",)]


def test_a_busy_store_says_so_and_reads_go_on(pg: Store, postgis_url: str) -> None:
    """Another process holds the writer lock (a long ingest batch): reading goes on, a write
    waits `write_wait` and fails with StoreBusy writing nothing, and goes through once the
    other writer is done."""
    import time

    from geo.store import StoreBusy
    from geo.store_postgis import WRITER_LOCK, _signed64

    pg.add(_doc(), raw_text=TEXT)
    with psycopg_connect(postgis_url) as holder:
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (_signed64(WRITER_LOCK),))
        assert len(pg.events_frame()) == 2 and pg.articles_count() == 1
        pg.write_wait = 0.3
        start = time.monotonic()
        with pytest.raises(StoreBusy, match="another process is writing"):
            pg.add(_strike("b", "https://two.example/b"), raw_text=_text(2))
        assert 0.25 < time.monotonic() - start < 5
        assert pg.articles_count() == 1
        holder.execute("COMMIT")
    assert pg.add(_strike("b", "https://two.example/b"), raw_text=_text(2)).status == "new"


def test_text_with_nul_characters_is_stored(pg: Store) -> None:
    doc = _doc()
    doc["article"]["title"] = "bad\x00title"
    res = pg.add(doc, raw_text="A report with a NUL \x00 inside. " * 5)
    assert res.status == "new"
    assert "\x00" not in pg.article("a1")["text"]
    assert pg.events_frame().loc[0, "title"] == "bad\ufffdtitle"


def test_a_frame_with_numeric_looking_text_keeps_it_text(pg: Store) -> None:
    doc = _strike("0042", "https://n.example/1", "123")
    pg.add(doc, raw_text=_text(1))
    row = pg.events_frame().iloc[0]
    assert (row["id"], row["place"], row["article_id"]) == ("0042-e", "123", "0042")
