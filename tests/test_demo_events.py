"""The demo the page opens on: data/samples/events.csv, strike events checked by hand against
public reports (data/samples/README.md), loaded as an event-facts dataset; and the switch that
turns the bundled samples off (`STRIKEMAP_SAMPLES=off`)."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from extract import adding, datasets
from geo import settings
from geo.units import load_units

DEMO = Path(__file__).resolve().parent.parent / "data" / "samples" / "events.csv"
FIGURES = ("drones", "drones_downed", "missiles", "missiles_downed", "killed", "injured")
HEADER = ["date", "place", "oblast_iso", "lat", "lon", "weapon", *FIGURES, "url", "note"]


def _raw_rows() -> list[dict[str, str]]:
    with DEMO.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_demo_loads_every_row() -> None:
    got = datasets.read_dataset(DEMO)
    assert got.dataset == datasets.EVENT_FACTS
    assert got.refused == [] and got.skipped == []
    assert len(got.rows) == len(_raw_rows()) >= 300


def test_the_demo_spans_two_months_of_many_oblasts() -> None:
    events = [r.doc["events"][0] for r in datasets.read_dataset(DEMO).rows]
    days = sorted(date.fromisoformat(e["date"]) for e in events)
    assert (days[-1] - days[0]).days >= 60
    units = {e["oblast_iso"] for e in events if e["oblast_iso"]}
    assert len(units) >= 15
    assert sum(e["place_kind"] == "settlement" for e in events) >= 100


def test_every_demo_row_is_a_checked_fact() -> None:
    """A date, an http(s) source, a unit among the 27 (or a national row), a note in a line,
    counts that are non-negative integers or blank, and no row twice."""
    units = set(load_units()["iso"])
    assert len(units) == 27
    rows = _raw_rows()
    with DEMO.open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == HEADER
    seen: set[tuple[str, ...]] = set()
    for line, row in enumerate(rows, start=2):
        assert date.fromisoformat(row["date"]), line
        assert re.match(r"https?://[^\s/]+\.[^\s/]+", row["url"]), line
        assert row["oblast_iso"] in units or (row["oblast_iso"] == ""
                                              and row["place"] == "Ukraine"), line
        assert row["note"].strip() and "\n" not in row["note"] and len(row["note"]) <= 200, line
        for col in FIGURES:
            assert re.fullmatch(r"|\d+", row[col]), (line, col)
        for done, of in (("drones_downed", "drones"), ("missiles_downed", "missiles")):
            if row[done] and row[of]:
                assert int(row[done]) <= int(row[of]), line
        key = (row["date"], row["place"], row["oblast_iso"], row["weapon"])
        assert key not in seen, f"line {line}: {key} twice"
        seen.add(key)


def test_national_rows_carry_only_the_night_totals() -> None:
    """One country-wide row per night and weapon, with launched/downed counts and no tolls:
    the tolls sit with the oblasts' events, so nothing is counted twice."""
    national = [r for r in _raw_rows() if r["oblast_iso"] == ""]
    assert len(national) >= 30
    for row in national:
        assert row["weapon"] in ("drone", "missile")
        assert not row["killed"] and not row["injured"]
        assert row[f"{row['weapon']}s"] or row[f"{row['weapon']}s_downed"]
        assert not row["missiles" if row["weapon"] == "drone" else "drones"]


def test_every_settlement_is_placed_by_the_gazetteer() -> None:
    for r in datasets.read_dataset(DEMO).rows:
        ev = r.doc["events"][0]
        if ev["place_kind"] == "settlement":
            assert ev["geo_precision"] == 1 and ev["lat"] and ev["lon"], ev["place"]
        assert ev["sentence"] and r.doc["article"]["url"].startswith(("http://", "https://"))


def test_the_page_opens_on_the_demo_and_the_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(adding.SAMPLES_VAR, raising=False)
    frame = adding.load_sample_events()
    assert len(frame) >= len(_raw_rows()) + 1
    assert frame["url"].str.startswith("http").sum() >= len(_raw_rows())
    assert (frame["article_id"].nunique() >= len(_raw_rows()) + 1)


@pytest.mark.parametrize("value", ["off", "OFF", "0", "no", "false"])
def test_samples_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(adding.SAMPLES_VAR, value)
    assert adding.sample_files() == []
    assert len(adding.load_sample_events()) == 0


def test_samples_off_leaves_a_new_store_empty(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.gpkg'}"
    monkeypatch.setenv(adding.SAMPLES_VAR, "off")
    store = adding.open_event_store(url)
    assert store is not None
    try:
        assert store.articles_count() == 0
    finally:
        store.close()


def test_the_store_keeps_each_demo_event_once(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    """Demo rows never merge with each other (one dataset), and a second start adds nothing."""
    monkeypatch.delenv(adding.SAMPLES_VAR, raising=False)
    url = f"sqlite:///{tmp_path / 'store.gpkg'}"
    for _start in range(2):
        store = adding.open_event_store(url)
        assert store is not None
        try:
            events = store.events_frame()
            assert store.articles_count() == len(_raw_rows()) + 1
        finally:
            store.close()
    demo = events[events["url"].isin({r["url"] for r in _raw_rows()})]
    assert len(demo) == len(_raw_rows())


def _facts_csv(tmp_path: Path, *rows: dict[str, str]) -> Path:
    path = tmp_path / "facts.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, HEADER)
        w.writeheader()
        for row in rows:
            w.writerow({**dict.fromkeys(HEADER, ""), **row})
    return path


def test_event_facts_rows_become_events(tmp_path: Path) -> None:
    path = _facts_csv(
        tmp_path,
        {"date": "2025-10-01", "place": "Bila Tserkva", "oblast_iso": "UA-32",
         "weapon": "drone", "injured": "2", "url": "https://example.org/a", "note": "a note"},
        {"date": "2025-10-01", "place": "Ukraine", "weapon": "drone", "drones": "90",
         "drones_downed": "80", "url": "https://example.org/b", "note": "night total"},
        {"date": "2025-10-02", "place": "Sumy Oblast", "oblast_iso": "UA-59",
         "weapon": "glide_bomb", "killed": "0", "url": "https://example.org/c", "note": "x"},
        {"date": "2025-10-03", "place": "Nowhere Village", "oblast_iso": "UA-59",
         "lat": "50.9", "lon": "34.8", "weapon": "artillery", "url": "https://example.org/d",
         "note": "placed by its own point"},
    )
    got = datasets.read_dataset(path)
    assert got.refused == []
    town, country, oblast, own = (r.doc["events"][0] for r in got.rows)
    assert (town["place"], town["oblast_iso"], town["geo_precision"], town["injured"],
            town["drones"]) == ("Bila Tserkva", "UA-32", 1, 2, None)
    assert (country["place_kind"], country["oblast_iso"], country["drones"],
            country["drones_downed"]) == ("country", None, 90, 80)
    assert (oblast["place_kind"], oblast["geo_precision"], oblast["killed"]) == ("oblast", 3, 0)
    assert (own["lat"], own["lon"], own["place"]) == (50.9, 34.8, "Nowhere Village")
    assert got.rows[0].doc["article"]["url"] == "https://example.org/a"


@pytest.mark.parametrize(("bad", "says"), [
    ({"oblast_iso": "UA-99"}, "none of the 27 units"),
    ({"killed": "-1"}, "killed '-1' is no count"),
    ({"injured": "2.5"}, "injured '2.5' is no count"),
    ({"url": "javascript:alert(1)"}, "no http(s) link"),
    ({"weapon": "laser"}, "weapon 'laser'"),
    ({"date": "yesterday"}, "no date"),
    ({"place": "Atlantis"}, "give lat and lon"),
])
def test_a_broken_fact_is_refused_and_the_rest_kept(tmp_path: Path, bad: dict[str, str],
                                                     says: str) -> None:
    good = {"date": "2025-10-01", "place": "Kharkiv", "oblast_iso": "UA-63", "weapon": "drone",
            "url": "https://example.org/a", "note": "ok"}
    got = datasets.read_dataset(_facts_csv(tmp_path, good, {**good, "note": "bad", **bad}))
    assert len(got.rows) == 1
    assert [line for line, _why in got.refused] == [3]
    assert says in got.refused[0][1] and "line 3" in got.refused[0][1]


def test_samples_dir_is_where_the_demo_lives() -> None:
    assert DEMO.parent == settings.SAMPLES_DIR.resolve() or DEMO.parent == settings.SAMPLES_DIR


def test_folder_walks_skip_the_readme_and_read_the_demo_as_a_dataset() -> None:
    """`ingest`, `geo render` and `python -m extract` on data/samples: the README is no report;
    the demo is imported or rendered as its rows, and the plain extractor points to `ingest`."""
    import subprocess
    import sys

    from extract.ingest import collect_files
    from extract.report_files import read_documents

    files, errors = collect_files([DEMO.parent])
    assert errors == [] and "README.md" not in {p.name for p in files}
    assert {"events.csv", "seed.txt"} <= {p.name for p in files}

    docs = read_documents([DEMO.parent])
    urls = {d["article"].get("url") for d in docs}
    assert len(docs) == len(_raw_rows()) + 1 and {r["url"] for r in _raw_rows()} <= urls

    proc = subprocess.run([sys.executable, "-m", "extract", str(DEMO)], capture_output=True,
                          timeout=120, check=False)
    assert proc.returncode == 1 and b"holds no reports" in proc.stderr
    assert b"python -m extract ingest" in proc.stderr
