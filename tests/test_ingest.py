"""Batch ingest: folders, feeds, CSVs, bad inputs, idempotence, the CLI.

Most tests use a stub extractor (deterministic, fast, independent of the extractor's tuning);
one runs the real pipeline on the seed report.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extract.ingest import Progress, collect_files, ingest, read_feed
from extract.ingest_cli import main
from geo.store import Store, open_store

_PLACES = {"Kharkiv": ("UA-63", 49.99, 36.23), "Odesa": ("UA-51", 46.48, 30.72),
           "Sumy": ("UA-59", 50.91, 34.80)}


def stub_extract(text: str, *, published: str | None = None, source: str | None = None,
                 title: str | None = None) -> dict[str, Any]:
    """A contract document: one drone event per known city the text names."""
    events = []
    for name, (iso, lat, lon) in _PLACES.items():
        at = text.find(name)
        if at < 0:
            continue
        killed = re.search(rf"{name}\D*?(\d+) killed", text)
        events.append({"id": f"{name}-{at}-{len(text)}", "date": published, "place": name,
                       "place_kind": "settlement", "lat": lat, "lon": lon, "oblast": name,
                       "oblast_iso": iso, "geo_precision": 1, "weapon": "drone",
                       "drones": None, "drones_downed": None, "missiles": None,
                       "missiles_downed": None, "killed": int(killed[1]) if killed else None,
                       "injured": None, "sentence": text[at:at + 40], "start": at,
                       "end": at + 40})
    import hashlib

    return {"article": {"id": hashlib.sha1(text.encode()).hexdigest(), "source": source,
                        "published": published, "title": title},
            "mentions": [], "events": events}


def _report(place: str, n: int, filler: str = "") -> str:
    return (f"Report {n}. Drones attacked {place} overnight; {n} killed in {place}, officials "
            f"said. {filler} " + " ".join(f"word{n}x{i}" for i in range(60)))


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    (root / "week1" / "day2").mkdir(parents=True)
    (root / "week1" / "a.txt").write_text(_report("Kharkiv", 1), encoding="utf-8")
    (root / "week1" / "day2" / "b.txt").write_text(_report("Odesa", 2), encoding="utf-8")
    (root / "c.json").write_text(json.dumps([
        {"text": _report("Sumy", 3), "source": "https://news.example/sumy",
         "published": "2025-11-24", "title": "Sumy"},
        {"text": _report("Kharkiv", 4), "source": "https://news.example/kh",
         "published": "2025-11-24"}]), encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "skip.txt").write_text(_report("Odesa", 9), encoding="utf-8")
    (root / "notes.bin").write_bytes(b"\x00\x01")
    return root


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    """A fresh store on each backend (a GeoPackage file, a PostGIS database: conftest)."""
    s = open_store(store_url)
    yield s
    s.close()


def _snapshot(store: Store) -> pd.DataFrame:
    return store.events_frame().sort_values("id").reset_index(drop=True)


# -- folders and idempotence -------------------------------------------------------------------


def test_collect_files_recurses_and_skips_hidden_and_unknown(folder: Path) -> None:
    files, _errors = collect_files([folder, folder / "missing.txt"])
    assert [p.relative_to(folder).as_posix() for p in files] == [
        "c.json", "week1/a.txt", "week1/day2/b.txt"]


def test_collect_files_reports_a_missing_path(folder: Path) -> None:
    _files, errors = collect_files([folder, folder / "missing.txt"])
    assert errors == [f"{folder / 'missing.txt'}: no such file or folder"]


def test_a_folder_ingested_once(folder: Path, store: Store) -> None:
    first = ingest([folder], store, extractor=stub_extract, published="2025-11-24")
    assert (first.read, first.new, first.duplicate, first.failed) == (4, 4, 0, 0)
    assert first.events_added == 3 and first.events_merged == 1  # two Kharkiv reports


def test_two_reports_of_one_strike_make_one_event(folder: Path, store: Store) -> None:
    ingest([folder], store, extractor=stub_extract, published="2025-11-24")
    frame = _snapshot(store)
    kharkiv = frame[frame["place"] == "Kharkiv"].iloc[0]
    assert (kharkiv["sources"], kharkiv["killed"]) == (2, 4)


def test_a_folder_ingested_twice_gives_the_same_store(folder: Path, store: Store) -> None:
    ingest([folder], store, extractor=stub_extract, published="2025-11-24")
    before = _snapshot(store)
    second = ingest([folder], store, extractor=stub_extract, published="2025-11-24")
    assert (second.read, second.new, second.duplicate, second.events_added) == (4, 0, 4, 0)
    pd.testing.assert_frame_equal(_snapshot(store), before)


def test_parallel_workers_and_grouped_commits_give_the_same_store(folder: Path,
                                                                 tmp_path: Path) -> None:
    with open_store(str(tmp_path / "serial.gpkg")) as serial, \
            open_store(str(tmp_path / "parallel.gpkg")) as parallel:
        ingest([folder], serial, extractor=stub_extract, jobs=1, commit_seconds=0)
        ingest([folder], parallel, extractor=stub_extract, jobs=2, commit_seconds=0.5)
        cols = ["id", "place", "killed", "sources"]
        pd.testing.assert_frame_equal(_snapshot(parallel)[cols], _snapshot(serial)[cols])




def test_workers_fed_window_after_window_keep_the_input_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows of 3 tasks, two out at a time: the results still come back in input order
    (merging depends on it), so the store equals a single process's."""
    from extract import ingest as ingest_module

    root = tmp_path / "many"
    root.mkdir()
    for n in range(11):
        (root / f"r{n:02d}.txt").write_text(_report(("Kharkiv", "Odesa", "Sumy")[n % 3], n),
                                            encoding="utf-8")
    monkeypatch.setattr(ingest_module, "WINDOW", 3)
    monkeypatch.setattr(ingest_module, "CHUNK", 2)
    seen: list[str] = []
    real = ingest_module._store_result

    def spy(result: Any, *args: Any, **kwargs: Any) -> bool:
        seen.append(Path(result.origin).name)
        return real(result, *args, **kwargs)

    with open_store(str(tmp_path / "serial.gpkg")) as serial, \
            open_store(str(tmp_path / "windows.gpkg")) as windows:
        ingest([root], serial, extractor=stub_extract, jobs=1)
        monkeypatch.setattr(ingest_module, "_store_result", spy)
        summary = ingest([root], windows, extractor=stub_extract, jobs=2)
        assert seen == sorted(p.name for p in root.iterdir()) and summary.new == 11
        pd.testing.assert_frame_equal(_snapshot(windows), _snapshot(serial))

def _copies(tmp_path: Path) -> Path:
    """Three files, the second an exact copy of the first from another outlet (other
    spacing: the same content key)."""
    root = tmp_path / "copies"
    root.mkdir()
    (root / "a.txt").write_text(_report("Kharkiv", 5), encoding="utf-8")
    (root / "b.txt").write_text("  " + _report("Kharkiv", 5).replace(" ", "\n "),
                                encoding="utf-8")
    (root / "c.txt").write_text(_report("Odesa", 6), encoding="utf-8")
    return root


def test_an_exact_copy_within_a_run_is_extracted_once(tmp_path: Path, store: Store) -> None:
    seen: list[str] = []

    def counting(text: str, **kwargs: Any) -> dict[str, Any]:
        seen.append(text)
        return stub_extract(text, **kwargs)

    summary = ingest([_copies(tmp_path)], store, extractor=counting, jobs=1)
    assert (summary.new, summary.duplicate, summary.failed) == (2, 1, 0)
    assert len(seen) == 2  # the copy neither extracted nor MinHashed: its key settled it
    kharkiv = store.events_frame().query("place == 'Kharkiv'").iloc[0]
    assert kharkiv["sources"] == 2  # the copy's source counted on the event


def _failing(store: Store, monkeypatch: pytest.MonkeyPatch, fails: Any) -> None:
    """The store's writes of texts for which `fails(text)` is true raise, through `add` and,
    where ingest writes batches (PostGIS: `add_batch`), as that article's result in its batch
    (the others written by the real batch)."""
    real_add = store.add

    def add(doc: dict[str, Any], **kwargs: Any) -> Any:
        if fails(kwargs["raw_text"]):
            raise RuntimeError("injected failure")
        return real_add(doc, **kwargs)

    monkeypatch.setattr(store, "add", add)
    if hasattr(store, "add_batch"):
        real_batch = store.add_batch

        def add_batch(items: list[Any]) -> list[Any]:
            bad = [fails(item[1]) for item in items]
            done = iter(real_batch([item for item, b in zip(items, bad, strict=True) if not b]))
            return [RuntimeError("injected failure") if b else next(done) for b in bad]

        monkeypatch.setattr(store, "add_batch", add_batch)


def test_a_copy_whose_first_copy_failed_is_extracted_after_all(
        tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    failed: list[int] = []

    def once(text: str) -> bool:
        if "Kharkiv" in text and not failed:
            failed.append(1)
            return True
        return False

    _failing(store, monkeypatch, once)
    summary = ingest([_copies(tmp_path)], store, extractor=stub_extract, jobs=1)
    assert (summary.new, summary.duplicate, summary.failed) == (2, 0, 1)
    assert "Kharkiv" in set(store.events_frame()["place"])  # from the copy's own extraction
    assert store.article_sources(store.events_frame().iloc[0]["article_id"]) == [
        str(tmp_path / "copies" / "b.txt")]


# -- feeds and CSVs ----------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title><link>https://news.example</link>
<item><title>Drones hit Odesa</title><link>https://news.example/odesa</link>
<pubDate>Mon, 24 Nov 2025 07:10:00 +0000</pubDate>
<description>&lt;p&gt;Drones attacked &lt;b&gt;Odesa&lt;/b&gt; overnight; 3 killed.&lt;/p&gt;
</description>
</item>
<item><title>Sumy shelled</title><link>https://news.example/sumy</link>
<pubDate>Tue, 25 Nov 2025 08:00:00 +0000</pubDate>
<description>Drones attacked Sumy, officials said.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Kharkiv strike</title><link href="https://wire.example/kh"/>
<id>urn:1</id><updated>2025-11-24T06:00:00Z</updated>
<content type="html">&lt;p&gt;A drone hit Kharkiv, 1 killed.&lt;/p&gt;</content></entry>
</feed>"""


@pytest.fixture()
def feeds(tmp_path: Path) -> tuple[Path, Path]:
    rss = tmp_path / "news.xml"
    rss.write_text(RSS, encoding="utf-8")
    atom = tmp_path / "wire.atom"
    atom.write_text(ATOM, encoding="utf-8")
    return rss, atom


def test_rss_items(feeds: tuple[Path, Path]) -> None:
    items = read_feed(feeds[0])
    assert [(a.source, a.published, a.title) for a in items] == [
        ("https://news.example/odesa", "2025-11-24", "Drones hit Odesa"),
        ("https://news.example/sumy", "2025-11-25", "Sumy shelled")]


def test_rss_description_html_becomes_text(feeds: tuple[Path, Path]) -> None:
    assert read_feed(feeds[0])[0].text == "Drones attacked Odesa overnight; 3 killed."


def test_rss_and_atom_feeds(feeds: tuple[Path, Path], store: Store) -> None:
    summary = ingest(list(feeds), store, extractor=stub_extract)
    assert (summary.read, summary.new, summary.events_added) == (3, 3, 3)
    frame = store.events_frame().set_index("place")
    assert frame.loc["Odesa", "source"] == "https://news.example/odesa"
    assert frame.loc["Kharkiv", "killed"] == 1


def test_csv_of_articles(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "articles.csv"
    pd.DataFrame({"url": ["https://a.example/1", "https://a.example/2"],
                  "published": ["2025-11-24", "2025-11-25"],
                  "text": [_report("Odesa", 1), _report("Sumy", 2)]}).to_csv(path, index=False)
    summary = ingest([path], store, extractor=stub_extract)
    assert (summary.read, summary.new, summary.failed) == (2, 2, 0)
    assert sorted(store.events_frame()["source"]) == ["https://a.example/1", "https://a.example/2"]


# -- bad input ---------------------------------------------------------------------------------


@pytest.fixture()
def bad_inputs(tmp_path: Path, store: Store) -> Any:
    """One good report, four bad files and a missing one, ingested together."""
    good = tmp_path / "good.txt"
    good.write_text(_report("Kharkiv", 1), encoding="utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    not_xml = tmp_path / "feed.xml"
    not_xml.write_text("this is not XML at all", encoding="utf-8")
    no_cols = tmp_path / "missiles.csv"
    no_cols.write_text("time_start,time_end,model,launched\n2025-11-24,2025-11-24,Kalibr,3\n",
                       encoding="utf-8")
    plain_csv = tmp_path / "table.csv"
    plain_csv.write_text("a,b\n1,2\n", encoding="utf-8")
    return ingest([good, binary, not_xml, no_cols, plain_csv, tmp_path / "gone.txt"], store,
                  extractor=stub_extract)


def test_bad_inputs_fail_and_the_rest_is_stored(bad_inputs: Any, store: Store) -> None:
    assert (bad_inputs.new, bad_inputs.failed) == (1, 5)
    assert store.articles_count() == 1


@pytest.mark.parametrize(("name", "message"), [
    ("scan.txt", "looks like a binary file"),
    ("feed.xml", "not an RSS/Atom feed"),
    ("missiles.csv", "looks like a Massive Missile Attacks on Ukraine CSV but lacks the "
                     "column(s): target, destroyed"),
    ("table.csv", "CSV needs a text column"),
    ("gone.txt", "no such file or folder"),
], ids=["binary", "not-xml", "missiles-csv-without-columns", "csv-without-text", "missing"])
def test_bad_inputs_get_a_message_each(bad_inputs: Any, tmp_path: Path, name: str,
                                       message: str) -> None:
    assert f"{tmp_path / name}: {message}" in "\n".join(bad_inputs.errors)


def test_a_failing_write_costs_only_that_article(folder: Path, store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _failing(store, monkeypatch, lambda text: "Odesa" in text)
    summary = ingest([folder], store, extractor=stub_extract)
    assert (summary.new, summary.failed) == (3, 1)
    assert "injected failure" in summary.errors[0]
    assert store.articles_count() == 3
    assert "Odesa" not in set(store.events_frame()["place"])


def test_an_extractor_crash_is_reported_per_file(folder: Path, store: Store) -> None:
    def broken(text: str, **kwargs: Any) -> dict[str, Any]:
        if "Sumy" in text:
            raise ValueError("bad span")
        return stub_extract(text, **kwargs)

    summary = ingest([folder], store, extractor=broken)
    assert summary.failed == 1 and summary.errors == [
        f"{folder / 'c.json'} (article 1): extraction failed (ValueError: bad span)"]
    assert store.articles_count() == 3


# -- progress and CLI --------------------------------------------------------------------------


def test_progress_bar_draws_on_its_stream() -> None:
    out = io.StringIO()
    bar = Progress(3, stream=out)
    for _ in range(3):
        bar.update()
    bar.close()
    assert "[##############################] 3/3 100%" in out.getvalue()
    assert out.getvalue().endswith("\n")


@pytest.fixture()
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    from extract import ingest as ingest_module

    monkeypatch.setattr(ingest_module, "_default_extractor", lambda: stub_extract)
    return f"sqlite:///{tmp_path / 'cli.gpkg'}"


def test_cli_ingests_and_reports(folder: Path, cli_db: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = cli_db
    assert main([str(folder), "--db", db, "--published", "2025-11-24"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["read 4, new 4, duplicate 0, failed 0, events added 3 "
                   "(1 reports merged into existing events)",
                   f"store {db}: 4 articles, 3 events"]


def test_cli_reports_json_and_a_bad_file(folder: Path, tmp_path: Path, cli_db: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = cli_db
    assert main([str(folder), "--db", db, "--published", "2025-11-24"]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.xml"
    bad.write_text("nope", encoding="utf-8")
    assert main([str(folder), str(bad), "--db", db, "--json"]) == 1
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert (result["new"], result["duplicate"], result["failed"]) == (0, 4, 1)
    assert (result["articles"], result["events"]) == (4, 3)
    assert captured.err.startswith(f"error: {bad}: not an RSS/Atom feed")


def test_cli_refuses_an_unsupported_store(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--db", "mysql://host/db"]) == 2
    assert "unsupported store URL scheme 'mysql'" in capsys.readouterr().err


def test_cli_says_when_the_postgis_server_is_unreachable(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--db", f"postgresql://nobody@/db?host={tmp_path}&port=1"]) == 2
    assert "cannot connect" in capsys.readouterr().err


# -- the real extractor ------------------------------------------------------------------------


def test_two_outlets_versions_of_the_seed_report(tmp_path: Path, store: Store,
                                                 seed_text: str) -> None:
    a = tmp_path / "outlet_a.txt"
    a.write_text(seed_text, encoding="utf-8")
    b = tmp_path / "outlet_b.txt"
    b.write_text("Russia hits Dnipro region with 111 drones after talks fail\n\n"
                 + seed_text.replace("\n\n", "\n")
                 + "\n\nFollow our live coverage of the war for the latest updates.",
                 encoding="utf-8")
    first = ingest([a], store, published="2025-11-24")
    assert first.new == 1 and first.events_added > 0
    n_events = store.events_count()
    second = ingest([b], store, published="2025-11-24")
    assert second.near_copies == 1 and second.events_added == 0
    frame = store.events_frame()
    assert len(frame) == n_events and frame["sources"].eq(2).all()


# -- SIGTERM: the articles stored so far end up in the .gpkg itself, not in its -wal file -----

_SIGTERM_SCRIPT = """
import os, signal, sys
from extract import cli, ingest

calls = []

def stub(text, *, published=None, source=None, title=None):
    calls.append(text)
    if len(calls) == 4:  # the fourth article: the service manager stops us
        os.kill(os.getpid(), signal.SIGTERM)
    return {"article": {"id": str(len(calls)), "source": source, "published": published,
                        "title": title}, "mentions": [], "events": []}

ingest._default_extractor = lambda: stub
sys.exit(cli.main(["ingest", sys.argv[1], "--db", sys.argv[2], "--jobs", "1",
                   "--no-progress"]))
"""


def test_sigterm_leaves_the_data_in_the_gpkg_itself(tmp_path: Path) -> None:
    import shutil
    import sqlite3
    import subprocess
    import sys

    reports = tmp_path / "reports"
    reports.mkdir()
    for n in range(8):
        (reports / f"r{n}.txt").write_text(_report("Kharkiv", n), encoding="utf-8")
    db = tmp_path / "live.gpkg"
    proc = subprocess.run([sys.executable, "-c", _SIGTERM_SCRIPT, str(reports), str(db)],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 143, proc.stderr
    assert "stopped by SIGTERM" in proc.stderr
    alone = tmp_path / "copy" / "alone.gpkg"
    alone.parent.mkdir()
    shutil.copyfile(db, alone)  # only the .gpkg, as a user copying the store would
    with sqlite3.connect(alone) as con:
        assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3


# -- a hard crash: the store as at its last commit; the same batch again restores the rest ------

_CRASH_SCRIPT = """
import os, sys
sys.path.insert(0, sys.argv[4])
from extract.ingest import ingest
from geo.store import open_store
from test_ingest import stub_extract

calls = []

def crashing(text, **kwargs):
    calls.append(text)
    if len(calls) == 6:  # the sixth article: the process dies, no cleanup at all
        os._exit(9)
    return stub_extract(text, **kwargs)

store = open_store(sys.argv[2])
ingest([sys.argv[1]], store, extractor=crashing, jobs=1, published="2025-11-24",
       commit_seconds=float(sys.argv[3]))
"""


@pytest.mark.parametrize(("commit_seconds", "kept"), [(0, 5), (3600, 0)],
                         ids=["each-article", "grouped"])
def test_a_hard_crash_keeps_the_last_commit_and_the_batch_again_restores(
        tmp_path: Path, commit_seconds: float, kept: int) -> None:
    import subprocess
    import sys

    reports = tmp_path / "reports"
    reports.mkdir()
    for n in range(8):
        (reports / f"r{n}.txt").write_text(_report(("Kharkiv", "Odesa")[n % 2], n),
                                           encoding="utf-8")
    db = tmp_path / "crashed.gpkg"
    proc = subprocess.run([sys.executable, "-c", _CRASH_SCRIPT, str(reports), str(db),
                           str(commit_seconds), str(Path(__file__).parent)],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 9, proc.stderr
    with open_store(str(db)) as crashed, open_store(str(tmp_path / "clean.gpkg")) as clean:
        # Whole articles only: as many as were committed, each with all its reports.
        assert crashed.articles_count() == kept
        assert crashed.reports_count() == kept
        again = ingest([reports], crashed, extractor=stub_extract, published="2025-11-24")
        assert (again.new, again.duplicate) == (8 - kept, kept)
        ingest([reports], clean, extractor=stub_extract, published="2025-11-24")
        pd.testing.assert_frame_equal(_snapshot(crashed), _snapshot(clean))


def test_ingest_reports_an_unreadable_folder(tmp_path: Path, store: Store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text(_report("Odesa", 1), encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    summary = ingest([root], store, extractor=stub_extract)
    assert (summary.new, summary.failed) == (1, 1)
    assert summary.errors == [f"{root / 'locked'}: cannot read the folder (Permission denied)"]
