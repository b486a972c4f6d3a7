"""The embedded store: URLs, the GeoPackage layout, transactions, persistence."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from geo.schema import EVENT_COLUMNS
from geo.store import DEFAULT_URL, ENV_VAR, SQLiteStore, StoreError, default_url, open_store

TEXT = "A drone struck Kharkiv overnight, killing two people, the governor said. " * 8


def _doc(article_id: str = "a1", source: str = "https://news.example/1") -> dict[str, Any]:
    return {
        "article": {"id": article_id, "source": source, "published": "2025-11-24",
                    "title": "Drone strike on Kharkiv"},
        "mentions": [{"text": "Kharkiv", "start": 15, "end": 22, "name": "Kharkiv",
                      "kind": "settlement", "geonameid": 706483, "lat": 49.98, "lon": 36.25,
                      "oblast": "Kharkiv", "oblast_iso": "UA-63", "in_ukraine": True,
                      "role": "strike"}],
        "events": [
            {"id": "ev-kharkiv", "date": "2025-11-24", "place": "Kharkiv",
             "place_kind": "settlement", "lat": 49.98, "lon": 36.25, "oblast": "Kharkiv",
             "oblast_iso": "UA-63", "geo_precision": 1, "weapon": "drone", "drones": None,
             "drones_downed": None, "missiles": None, "missiles_downed": None, "killed": 2,
             "injured": None, "sentence": TEXT[:73], "start": 0, "end": 73},
            {"id": "ev-national", "date": "2025-11-24", "place": "Ukraine",
             "place_kind": "country", "lat": None, "lon": None, "oblast": None,
             "oblast_iso": None, "geo_precision": 4, "weapon": "missile", "drones": None,
             "drones_downed": None, "missiles": 30, "missiles_downed": 28, "killed": None,
             "injured": None, "sentence": "", "start": 0, "end": 0},
        ],
    }


@pytest.fixture()
def path(tmp_path: Path) -> Path:
    return tmp_path / "strikemap.gpkg"


@pytest.fixture()
def store(path: Path) -> Iterator[SQLiteStore]:
    s = open_store(f"sqlite:///{path}")
    assert isinstance(s, SQLiteStore)
    yield s
    s.close()


def _counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as db:
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("articles", "article_sources", "mentions", "events", "event_reports")}


# -- URLs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["sqlite:///{}", "{}"], ids=["sqlite-url", "plain-path"])
def test_url_forms(tmp_path: Path, form: str) -> None:
    url = form.format(tmp_path / "a.gpkg")
    with open_store(url) as s:
        assert s.url == url
    assert (tmp_path / "a.gpkg").exists()


def test_in_memory_store() -> None:
    with open_store("sqlite://") as mem:
        mem.add(_doc(), raw_text=TEXT)
        assert mem.articles_count() == 1


def test_default_url_is_outside_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert default_url() == DEFAULT_URL and "~/.local/share/strikemap" in DEFAULT_URL


def test_default_url_is_overridable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, f"sqlite:///{tmp_path / 'env.gpkg'}")
    with open_store() as s:
        assert s.url.endswith("env.gpkg")


@pytest.mark.parametrize(
    ("url", "message"),
    [("mysql://host/db", "unsupported store URL scheme 'mysql'"),
     ("ftp://host/strikes.gpkg", "sqlite:///path/to/strikemap.gpkg or postgresql://")],
)
def test_unsupported_schemes_say_so(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url)


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE things (x)")
    with pytest.raises(StoreError, match="not a Strikemap store"):
        open_store(str(other))


def test_a_file_that_is_no_database_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("just some notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(str(text))


# -- reading and writing -----------------------------------------------------------------------


def test_events_frame_of_an_empty_store(store: SQLiteStore) -> None:
    empty = store.events_frame()
    assert list(empty.columns) == list(EVENT_COLUMNS) and empty.empty


def test_adding_a_new_document(store: SQLiteStore) -> None:
    res = store.add(_doc(), raw_text=TEXT)
    assert (res.status, res.events_added, res.events_merged) == ("new", 2, 0)


@pytest.fixture()
def frame(store: SQLiteStore) -> pd.DataFrame:
    store.add(_doc(), raw_text=TEXT)
    return store.events_frame()


def test_events_frame_is_the_event_table(frame: pd.DataFrame) -> None:
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert frame["id"].tolist() == ["ev-kharkiv", "ev-national"]
    assert frame["sources"].tolist() == [1, 1]


def test_events_frame_types(frame: pd.DataFrame) -> None:
    assert frame["date"].dtype.kind == "M" and frame["killed"].dtype == "Int64"


def test_events_frame_carries_the_article(frame: pd.DataFrame) -> None:
    assert frame.loc[0, "article_id"] == "a1" and frame.loc[0, "title"] == "Drone strike on Kharkiv"


def test_events_frame_keeps_a_national_row(frame: pd.DataFrame) -> None:
    assert pd.isna(frame.loc[1, "oblast_iso"]) and frame.loc[1, "missiles"] == 30


def test_adding_the_same_document_twice_changes_nothing(store: SQLiteStore, path: Path) -> None:
    store.add(_doc(), raw_text=TEXT)
    before = _counts(path)
    again = store.add(_doc(), raw_text=TEXT)
    assert again.status == "duplicate" and not again.new_source
    assert _counts(path) == before


def test_an_extraction_object_is_accepted(store: SQLiteStore) -> None:
    from extract.model import Article, Extraction

    ex = Extraction(Article("x1", "https://e.example", "2025-11-24"))
    assert store.add(ex, raw_text=TEXT).status == "new"
    assert store.article("x1")["sources"] == ["https://e.example"]


def _fail_mid_article(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Add a document whose second report write fails; the failure is expected."""
    calls = {"n": 0}
    real = SQLiteStore._add_report

    def failing(self: SQLiteStore, *args: Any, **kwargs: Any) -> bool:
        calls["n"] += 1
        if calls["n"] == 2:  # after the article, its mentions and its first event
            raise RuntimeError("disk on fire")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SQLiteStore, "_add_report", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(_doc(), raw_text=TEXT)
    monkeypatch.setattr(SQLiteStore, "_add_report", real)


def test_a_failure_mid_article_leaves_the_store_as_it_was(
        store: SQLiteStore, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add(_doc("before", "https://news.example/0"), raw_text="An earlier report. " * 10)
    before = _counts(path)
    _fail_mid_article(store, monkeypatch)
    assert _counts(path) == before
    assert store.article("a1") is None


def test_the_store_still_works_after_a_failure(store: SQLiteStore,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    store.add(_doc("before", "https://news.example/0"), raw_text="An earlier report. " * 10)
    _fail_mid_article(store, monkeypatch)
    assert store.add(_doc(), raw_text=TEXT).status == "new"  # the store still works
    assert (store.events_count(), store.reports_count()) == (2, 4)  # merged with "before"


@pytest.fixture()
def reopened(path: Path) -> Iterator[SQLiteStore]:
    """A store written, closed and opened again."""
    with open_store(str(path)) as s:
        s.add(_doc(), raw_text=TEXT)
    with open_store(str(path)) as s:
        yield s


def test_the_store_persists_and_reopens(reopened: SQLiteStore) -> None:
    s = reopened
    assert (s.articles_count(), s.events_count(), s.reports_count()) == (1, 2, 2)


def test_a_reopened_store_keeps_the_article_text(reopened: SQLiteStore) -> None:
    assert reopened.article("a1")["text"] == TEXT


def test_a_mirror_of_a_stored_article_is_a_new_source(reopened: SQLiteStore) -> None:
    s = reopened
    assert s.add(_doc("other-id", "https://mirror.example/1"), raw_text=TEXT).new_source
    assert s.events_frame()["sources"].tolist() == [2, 2]


# -- GeoPackage --------------------------------------------------------------------------------


@pytest.fixture()
def written(store: SQLiteStore, path: Path) -> Path:
    """The store's file with one document in it, closed."""
    store.add(_doc(), raw_text=TEXT)
    store.close()
    return path


def test_the_file_has_a_geopackage_header(written: Path) -> None:
    with sqlite3.connect(written) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10400


def test_event_geometries_are_geopackage_points(written: Path) -> None:
    with sqlite3.connect(written) as db:
        blob = db.execute("SELECT geom FROM events WHERE id='ev-kharkiv'").fetchone()[0]
        assert blob[:2] == b"GP" and struct.unpack("<i", blob[4:8])[0] == 4326


def test_a_national_event_has_no_geometry(written: Path) -> None:
    with sqlite3.connect(written) as db:
        assert db.execute("SELECT geom FROM events WHERE id='ev-national'").fetchone()[0] is None


def test_the_file_is_a_geopackage_gdal_reads(written: Path) -> None:
    import pyogrio

    path = written
    layers = {name: geom for name, geom in pyogrio.list_layers(path)}
    assert layers["events"] == "Point"
    frame = pyogrio.read_dataframe(path, layer="events")
    assert frame.crs.to_epsg() == 4326
    point = frame.loc[frame["id"] == "ev-kharkiv", "geometry"].iloc[0]
    assert (point.x, point.y) == (36.25, 49.98)


def test_a_batch_keeps_articles_atomic_and_commits_on_exit(
        store: SQLiteStore, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = SQLiteStore._add_report

    def failing(self: SQLiteStore, article_id: str, *args: Any, **kwargs: Any) -> bool:
        if article_id == "bad":
            raise RuntimeError("injected")
        return real(self, article_id, *args, **kwargs)

    monkeypatch.setattr(SQLiteStore, "_add_report", failing)
    with store.batch(commit_seconds=3600):
        store.add(_doc("good1", "https://news.example/1"), raw_text="First good report. " * 9)
        with pytest.raises(RuntimeError, match="injected"):
            store.add(_doc("bad", "https://news.example/2"), raw_text="A failing report. " * 9)
        store.add(_doc("good2", "https://news.example/3"), raw_text="Second good report. " * 9)
        assert _counts(path)["articles"] == 0  # nothing committed yet
    counts = _counts(path)
    assert (counts["articles"], counts["article_sources"], counts["event_reports"]) == (2, 2, 4)
    assert store.article("bad") is None


def test_events_frame_sees_writes_from_this_connection(store: SQLiteStore) -> None:
    assert store.events_frame().empty
    store.add(_doc(), raw_text=TEXT)
    assert len(store.events_frame()) == 2


def test_events_frame_is_a_copy_each_time(store: SQLiteStore) -> None:
    store.add(_doc(), raw_text=TEXT)
    first = store.events_frame()
    first.loc[0, "place"] = "changed by the caller"
    assert store.events_frame().loc[0, "place"] == "Kharkiv"  # a copy each time


def test_events_frame_sees_writes_from_other_connections(store: SQLiteStore,
                                                         path: Path) -> None:
    store.add(_doc(), raw_text=TEXT)
    assert len(store.events_frame()) == 2  # read once before the other connection writes
    with open_store(str(path)) as other:
        other.add({"article": {"id": "o1", "source": "elsewhere", "published": "2025-11-30"},
                   "events": [{"id": "o1-e", "date": "2025-11-30", "place": "Odesa",
                               "place_kind": "settlement", "lat": 46.48, "lon": 30.72,
                               "oblast": "Odesa", "oblast_iso": "UA-51", "geo_precision": 1,
                               "weapon": "drone"}]},
                  raw_text="Drones hit Odesa on Sunday night. " * 5)
    assert store.events_frame()["id"].tolist() == ["ev-kharkiv", "ev-national", "o1-e"]


def test_a_process_killed_mid_article_leaves_the_earlier_articles_whole(path: Path) -> None:
    """A real crash: the writer process dies (os._exit) inside an article's transaction."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from geo.store import SQLiteStore, open_store
        from test_store import TEXT, _doc
        store = open_store({str(path)!r})
        store.add(_doc("one", "s1"), raw_text="First article text. " * 9)
        store.add(_doc("two", "s2"), raw_text="Second article text. " * 9)
        real = SQLiteStore._add_report
        def crash(self, *args, **kwargs):
            real(self, *args, **kwargs)
            os._exit(3)  # no rollback, no close: the process is gone
        SQLiteStore._add_report = crash
        store.add(_doc("three", "s3"), raw_text=TEXT)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 3, done.stderr
    with open_store(str(path)) as store:
        assert store.articles_count() == 2 and store.article("three") is None
        assert store.reports_count() == 4 and store.events_count() == 2
        assert store.events_frame()["sources"].tolist() == [2, 2]


def _with_lang_and_how(doc: dict[str, Any]) -> dict[str, Any]:
    doc["article"]["lang"] = "uk"
    doc["events"][0]["how"] = {"killed": "carried"}
    return doc


def test_the_article_language_is_stored(store: SQLiteStore) -> None:
    store.add(_with_lang_and_how(_doc()), raw_text=TEXT)
    (report,) = [r for r in store.event_reports("ev-kharkiv")]
    assert report["lang"] == "uk"


def test_how_each_figure_was_obtained_is_stored_per_report(store: SQLiteStore) -> None:
    store.add(_with_lang_and_how(_doc()), raw_text=TEXT)
    assert store.event_reports("ev-kharkiv")[0]["how"] == "killed=carried"


#: What takes a schema-6 store back to schema 5 (who added what, disputed figures).
SCHEMA_6_DROPS = ("ALTER TABLE articles DROP COLUMN added_by; "
                  "ALTER TABLE article_sources DROP COLUMN added_by; "
                  "ALTER TABLE events DROP COLUMN disputed; ")


def test_a_store_of_the_previous_schema_is_migrated(path: Path) -> None:
    """A schema-2 store (before `lang` and `how`) opens, gains the columns, keeps its data."""
    with open_store(f"sqlite:///{path}") as store:
        store.add(_doc(), raw_text=TEXT)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_6_DROPS + "ALTER TABLE articles DROP COLUMN lang; "
                     "ALTER TABLE event_reports DROP COLUMN how; "
                     "ALTER TABLE articles DROP COLUMN url; ALTER TABLE events DROP COLUMN url; "
                     "ALTER TABLE event_reports DROP COLUMN url; "
                     "UPDATE strikemap_meta SET value = '2' WHERE key = 'schema_version';")
    db.close()
    with open_store(f"sqlite:///{path}") as store:
        store.add(_with_lang_and_how(_doc("a2", "https://news.example/2")),
                  raw_text=TEXT + " Updated.")
        assert store.articles_count() == 2
    version = sqlite3.connect(path).execute(
        "SELECT value FROM strikemap_meta WHERE key = 'schema_version'").fetchone()[0]
    assert version == "6"


def test_schema_3_gains_urls_from_its_web_sources(path: Path) -> None:
    """Schema 3 -> 4: `url` columns appear, filled from sources that are http(s) links."""
    with open_store(f"sqlite:///{path}") as store:
        store.add(_doc(), raw_text=TEXT)
        store.add(_doc("a2", "notes/report.txt"), raw_text=TEXT + " Another.")
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_6_DROPS + "ALTER TABLE articles DROP COLUMN url; "
                     "ALTER TABLE events DROP COLUMN url; "
                     "ALTER TABLE event_reports DROP COLUMN url; "
                     "UPDATE strikemap_meta SET value = '3' WHERE key = 'schema_version';")
    db.close()
    with open_store(f"sqlite:///{path}") as store:
        assert store.article("a1")["url"] == "https://news.example/1"
        assert store.article("a2")["url"] is None
        frame = store.events_frame()
        assert set(frame["url"].dropna()) == {"https://news.example/1"}


def test_url_kept_apart_from_a_named_source(path: Path) -> None:
    """An article whose source is a name keeps its link in `url`; only web links are kept."""
    doc = _doc("a1", "Kyiv Independent")
    doc["article"]["url"] = "https://kyivindependent.example/news/1"
    other = _doc("a2", "javascript:alert(1)")
    with open_store(f"sqlite:///{path}") as store:
        store.add(doc, raw_text=TEXT)
        store.add(other, raw_text="Something else entirely happened in Lviv today.")
        assert store.article("a1")["url"] == "https://kyivindependent.example/news/1"
        assert store.article("a2")["url"] is None
        frame = store.events_frame()
        row = frame[frame["article_id"] == "a1"].iloc[0]
        assert (row["source"], row["url"]) == ("Kyiv Independent",
                                               "https://kyivindependent.example/news/1")
        assert store.event_reports(row["id"])[0]["url"] == row["url"]


# -- checkpoint on close: the .gpkg alone holds the data ---------------------------------------


def test_the_gpkg_alone_holds_the_data_after_close(tmp_path: Path) -> None:
    """Another connection (a dashboard) keeps the -wal file alive; closing the store must
    still copy the log into the .gpkg, so a user who copies only that file keeps the data."""
    import shutil

    path = tmp_path / "live.gpkg"
    store = open_store(f"sqlite:///{path}")
    other = sqlite3.connect(path)  # another process's connection, idle
    other.execute("SELECT COUNT(*) FROM articles").fetchone()
    try:
        store.add(_doc(), raw_text=TEXT)
        store.close()
        copy = tmp_path / "copy" / "alone.gpkg"
        copy.parent.mkdir()
        shutil.copyfile(path, copy)  # the .gpkg only, no -wal beside it
        assert _counts(copy)["articles"] == 1
        assert _counts(copy)["events"] == 2
    finally:
        other.close()


@pytest.mark.parametrize(("lat", "lon"), [(95.0, 30.0), (50.0, 200.0), (float("inf"), 30.0),
                                          (float("nan"), 30.0), (1e308, 30.0), ("x", 30.0)])
def test_the_store_refuses_points_off_the_globe(store: SQLiteStore, path: Path,
                                                lat: Any, lon: Any) -> None:
    doc = _doc()
    doc["events"][0] = {**doc["events"][0], "lat": lat, "lon": lon}
    with pytest.raises(StoreError, match=r"latitude|longitude"):
        store.add(doc, raw_text=TEXT)
    assert _counts(path)["articles"] == 0  # nothing of the article was written


def test_geojson_export_survives_broken_stored_floats() -> None:
    """A store written before positions were checked may hold inf or lat 95: the export gives
    those events no geometry and null numbers instead of failing for every visitor."""
    import json

    from geo.event_table import events_frame
    from geo.export import events_geojson

    frame = events_frame([_doc()])
    frame.loc[0, "lat"], frame.loc[0, "lon"] = 95.0, 200.0
    frame.loc[1, "lat"], frame.loc[1, "lon"] = float("inf"), float("-inf")
    features = json.loads(events_geojson(frame))["features"]
    assert [f["geometry"] for f in features] == [None, None]
    assert features[1]["properties"]["lat"] is None


def test_switching_to_wal_waits_out_a_lock_held_by_a_process_creating_the_same_file() -> None:
    """SQLite answers "database is locked" at once (no busy handler) while another connection
    changes the journal mode; opening retries instead of failing."""
    from geo.store import _use_wal

    class Busy:
        def __init__(self, fails: int) -> None:
            self.fails, self.calls = fails, 0

        def execute(self, sql: str) -> None:
            self.calls += 1
            if self.calls <= self.fails:
                raise sqlite3.OperationalError("database is locked")

    db = Busy(fails=3)
    _use_wal(db)  # type: ignore[arg-type]
    assert db.calls == 4
    with pytest.raises(sqlite3.OperationalError):
        _use_wal(Busy(fails=10**9), wait=0.2)  # type: ignore[arg-type]


# -- merges: the votes kept between merges stay right when another connection writes ---------


def _kharkiv_report(n: int, killed: Any) -> tuple[dict[str, Any], str]:
    """Article n: one Kharkiv drone strike with its own figure, in words of its own (no
    near-copy of another: each is its own story)."""
    doc = _doc(f"k{n}", f"https://outlet{n}.example/")
    doc["events"] = [dict(doc["events"][0], id=f"k{n}-e", killed=killed)]
    text = f"Outlet {n}: " + " ".join(f"w{n}x{i}" for i in range(40))
    return doc, text


def test_merged_figures_count_reports_another_connection_added(store: SQLiteStore,
                                                              path: Path) -> None:
    from geo import dedup

    for n, killed in ((1, 2), (2, 3)):
        doc, text = _kharkiv_report(n, killed)
        store.add(doc, raw_text=text)
    with open_store(str(path)) as other:  # e.g. a second ingest, between our transactions
        doc, text = _kharkiv_report(3, 40)
        other.add(doc, raw_text=text)
    for n, killed in ((4, 41), (5, 42), (6, "7")):  # "7": a figure the store reads back as 7
        doc, text = _kharkiv_report(n, killed)
        store.add(doc, raw_text=text)
    reports = store.event_reports("k1-e")
    assert len(reports) == 6
    expected = dedup.merge_figures(reports)["killed"]
    without_other = dedup.merge_figures([r for r in reports if r["article_id"] != "k3"])["killed"]
    assert expected != without_other  # the other connection's report changes the answer
    assert store.events_frame().set_index("id").loc["k1-e", "killed"] == expected


def test_merged_figures_after_a_rolled_back_article_in_a_batch(
        store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo import dedup

    real = SQLiteStore._merge_into

    def failing(self: SQLiteStore, fid: int, ev: Any, *args: Any, **kwargs: Any) -> None:
        real(self, fid, ev, *args, **kwargs)
        if ev.get("killed") == 99:
            raise RuntimeError("injected after the merge")

    monkeypatch.setattr(SQLiteStore, "_merge_into", failing)
    with store.batch(commit_seconds=3600):
        for n, killed in ((1, 2), (2, 3), (3, 99), (4, 5), (5, 6)):
            doc, text = _kharkiv_report(n, killed)
            if killed == 99:
                with pytest.raises(RuntimeError, match="injected"):
                    store.add(doc, raw_text=text)
            else:
                store.add(doc, raw_text=text)
    reports = store.event_reports("k1-e")
    assert [r["killed"] for r in reports] == [2, 3, 5, 6]
    assert store.events_frame().set_index("id").loc["k1-e", "killed"] == \
        dedup.merge_figures(reports)["killed"]
