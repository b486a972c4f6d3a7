"""The corrections log (geo.corrections): append-only rows in the store, applied over the
extracted events, kept across re-ingesting and re-extracting, exported and imported."""

from __future__ import annotations

import copy
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extract import adding
from geo import corrections as C
from geo.export import events_csv, events_geojson
from geo.store import _MIGRATIONS, SCHEMA_VERSION, SQLiteStore, open_store

# Our own sentences (not from any publisher).
KHARKIV = ("Russian drones struck Kharkiv overnight on 2 December, killing three people and "
           "injuring 12, the regional governor said. In Odesa, a missile hit a port warehouse "
           "overnight; two people were injured.")
SUMY = ("At least 40 drones attacked Sumy region overnight on 2 December, officials said. "
        "A drone strike on Poltava killed one person and injured four.")


def _docs(text: str) -> tuple[dict[str, Any], str]:
    got = adding.ingest_text(text, published="2025-12-02")
    assert got.error is None
    return got.documents[0], got.texts[0]


def _fill(store: SQLiteStore, texts: tuple[str, ...] = (KHARKIV, SUMY)) -> None:
    for text in texts:
        doc, raw = _docs(text)
        store.add(doc, raw_text=raw)


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    s = open_store(f"sqlite:///{tmp_path / 'store.gpkg'}")
    _fill(s)
    yield s
    s.close()


def _event(frame: pd.DataFrame, place: str) -> dict[str, Any]:
    rows = frame[frame["place"] == place]
    assert len(rows) == 1, frame[["place"]].to_string()
    return rows.iloc[0].to_dict()


def _applied(store: SQLiteStore) -> C.Applied:
    return C.apply(store.events_frame(), store.corrections())


def _review(store: SQLiteStore, action: str, place: str, **kw: Any) -> dict[str, Any]:
    event = _event(store.events_frame(), place)
    arts = [r["article_id"] for r in store.event_reports(event["id"])]
    row = C.make(action, event, who=kw.pop("who", "ana"), articles=arts, **kw)
    assert store.add_correction(row)
    return row


# -- the log in the store -------------------------------------------------------------------


def test_the_log_is_append_only_and_a_row_is_stored_once(store: SQLiteStore) -> None:
    row = _review(store, "confirm", "Kharkiv", reason="two sources agree")
    assert store.add_correction(row) is False  # the same row again: nothing added
    assert [r["id"] for r in store.corrections()] == [row["id"]]
    got = store.corrections()[0]
    assert got["who"] == "ana" and got["reason"] == "two sources agree"
    assert got["at"].endswith("Z") and got["at"][:4].isdigit()
    for sql in ("UPDATE corrections SET who = 'x'", "DELETE FROM corrections"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store._db.execute(sql)


def test_a_schema_4_store_gains_the_log(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    with open_store(f"sqlite:///{path}") as s:
        _fill(s, (KHARKIV,))
    # Back to schema 4: no log, and none of the columns later migrations add.
    later = " ".join(_MIGRATIONS[v] for v in range(5, SCHEMA_VERSION))
    drops = "".join(f"ALTER TABLE {t} DROP COLUMN {c};"
                    for t, c in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", later))
    db = sqlite3.connect(path)
    db.executescript(f"DROP TRIGGER corrections_no_update; DROP TRIGGER corrections_no_delete; "
                     f"DROP TABLE corrections; DELETE FROM gpkg_contents WHERE table_name = "
                     f"'corrections'; {drops} UPDATE strikemap_meta SET value = '4' "
                     f"WHERE key = 'schema_version';")
    db.close()
    with open_store(f"sqlite:///{path}") as s:
        assert s.corrections() == []
        assert s.events_count() == 2
        _review(s, "reject", "Odesa")
        assert len(s.corrections()) == 1
    version = sqlite3.connect(path).execute(
        "SELECT value FROM strikemap_meta WHERE key = 'schema_version'").fetchone()[0]
    assert version == str(SCHEMA_VERSION)


# -- applying -----------------------------------------------------------------------------------


def test_confirm_correct_reject_give_each_status(store: SQLiteStore) -> None:
    assert set(_applied(store).events["status"]) == {"extracted"}
    _review(store, "confirm", "Kharkiv")
    _review(store, "correct", "Poltava", field_name="killed", value="2", reason="later toll")
    _review(store, "reject", "Odesa", reason="a warehouse fire, not a strike")
    out = _applied(store)
    assert out.problems == []
    status = dict(zip(out.events["place"], out.events["status"], strict=True))
    assert status == {"Kharkiv": "confirmed", "Odesa": "rejected", "Poltava": "corrected",
                      "Sumy": "extracted"}
    assert _event(out.events, "Poltava")["killed"] == 2
    assert _event(store.events_frame(), "Poltava")["killed"] == 1  # extracted value kept apart
    assert C.reviewed_only(out.events)["place"].tolist() == ["Kharkiv", "Poltava"]


def test_exports_carry_the_status(store: SQLiteStore) -> None:
    _review(store, "reject", "Odesa")
    events = _applied(store).events
    csv = events_csv(events).decode().splitlines()
    assert csv[0].endswith(",status")
    odesa = next(line for line in csv if "Odesa" in line)
    assert odesa.endswith(",rejected")
    doc = json.loads(events_geojson(events))
    assert {f["properties"]["status"] for f in doc["features"]} == {"extracted", "rejected"}
    # a table nobody reviewed says so too
    assert events_csv(store.events_frame()).decode().splitlines()[1].endswith(",extracted")


def test_a_later_verdict_wins(store: SQLiteStore) -> None:
    _review(store, "reject", "Sumy", at="2025-12-03T08:00:00Z")
    _review(store, "confirm", "Sumy", at="2025-12-03T09:00:00Z")
    assert _event(_applied(store).events, "Sumy")["status"] == "confirmed"


def test_place_date_weapon_corrections(store: SQLiteStore) -> None:
    _review(store, "correct", "Poltava", field_name="place", value="Izium")
    _review(store, "correct", "Sumy", field_name="date", value="2025-12-01")
    _review(store, "correct", "Kharkiv", field_name="weapon", value="missile")
    out = _applied(store).events
    izium = _event(out, "Izium")
    assert izium["oblast_iso"] == "UA-63" and izium["oblast"] == "Kharkiv"
    assert 49.1 < izium["lat"] < 49.3 and 37.1 < izium["lon"] < 37.4
    assert izium["killed"] == 1 and izium["status"] == "corrected"
    assert _event(out, "Sumy")["date"] == pd.Timestamp("2025-12-01")
    assert _event(out, "Kharkiv")["weapon"] == "missile"


def test_corrections_survive_ingesting_the_same_reports_again(store: SQLiteStore,
                                                              tmp_path: Path) -> None:
    _review(store, "confirm", "Kharkiv")
    _review(store, "correct", "Poltava", field_name="injured", value="5")
    _review(store, "reject", "Odesa")
    before = _applied(store).events
    _fill(store)  # the same texts again: duplicates, nothing changes
    again = _applied(store).events
    pd.testing.assert_frame_equal(before, again)
    # A new store built from the same reports in another order, with the log carried over:
    # event ids and row numbers differ, the corrections still find their events.
    with open_store(f"sqlite:///{tmp_path / 'rebuilt.gpkg'}") as other:
        _fill(other, (SUMY, KHARKIV))
        for row in store.corrections():
            other.add_correction(row)
        rebuilt = _applied(other)
        assert rebuilt.problems == []
        key = ["place", "status", "killed", "injured"]
        got = rebuilt.events[key].sort_values("place").reset_index(drop=True)
        assert got.equals(before[key].sort_values("place").reset_index(drop=True))


def test_corrections_survive_a_better_extractor(store: SQLiteStore, tmp_path: Path) -> None:
    """Re-extraction gives other event ids, other figures and one more event: the reviewer's
    values still apply to the same strikes."""
    _review(store, "correct", "Kharkiv", field_name="killed", value="4")
    _review(store, "reject", "Odesa")
    with open_store(f"sqlite:///{tmp_path / 'better.gpkg'}") as other:
        for text in (KHARKIV, SUMY):
            doc, raw = _docs(text)
            better = copy.deepcopy(doc)
            for i, ev in enumerate(better["events"]):
                ev["id"] = f"v2-{i}-{ev['id']}"
                if ev["place"] == "Kharkiv":
                    ev["killed"], ev["injured"] = 5, 14  # the better extractor reads more
            other.add(better, raw_text=raw)
        for row in store.corrections():
            other.add_correction(row)
        out = _applied(other)
        assert out.problems == []
        assert _event(out.events, "Kharkiv")["killed"] == 4  # the reviewer's value wins
        assert _event(out.events, "Kharkiv")["injured"] == 14
        assert _event(out.events, "Odesa")["status"] == "rejected"


def test_a_correction_to_a_vanished_event_is_reported_and_the_rest_applies(
        store: SQLiteStore, tmp_path: Path) -> None:
    _review(store, "reject", "Odesa")
    _review(store, "confirm", "Sumy")
    with open_store(f"sqlite:///{tmp_path / 'only-sumy.gpkg'}") as other:
        _fill(other, (SUMY,))
        for row in store.corrections():
            other.add_correction(row)
        out = _applied(other)
        assert len(out.problems) == 1
        assert "no longer exists" in out.problems[0] and "reject" in out.problems[0]
        assert _event(out.events, "Sumy")["status"] == "confirmed"


def test_merge_and_split(store: SQLiteStore) -> None:
    frame = store.events_frame()
    poltava = _event(frame, "Poltava")
    sumy = _event(frame, "Sumy")
    store.add_correction(C.make("merge", poltava, who="ana", target=sumy,
                                reason="one attack on the region"))
    kharkiv = _event(frame, "Kharkiv")
    store.add_correction(C.make("split", kharkiv, who="ana",
                                value={"place": "Chuhuiv", "killed": "1", "injured": ""}))
    out = _applied(store)
    assert out.problems == []
    events = out.events
    assert "Poltava" not in set(events["place"])
    merged = _event(events, "Sumy")
    assert (merged["drones"], merged["killed"], merged["injured"]) == (40, 1, 4)
    assert merged["status"] == "corrected" and merged["sources"] == 2
    child = _event(events, "Chuhuiv")
    assert child["id"].startswith(kharkiv["id"] + "~") and child["oblast_iso"] == "UA-63"
    assert (child["killed"], pd.isna(child["injured"])) == (1, True)
    # the split-off event can itself be corrected
    child_row = {**child, "split_of": store.corrections()[-1]["id"]}
    store.add_correction(C.make("correct", child_row, who="bo", field_name="killed",
                                value="2", current=child))
    assert _event(_applied(store).events, "Chuhuiv")["killed"] == 2


# -- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(("field_name", "value", "message"), [
    ("killed", "three", "not a number"),
    ("killed", "-1", "whole number between 0"),
    ("drones", "1.5", "whole number"),
    ("drones", "1e9", "whole number between 0"),
    ("date", "2025-13-01", "not a date"),
    ("date", "2099-01-01", "in the future"),
    ("weapon", "laser", "none of drone"),
    ("place", "Nowhereville", "not in the gazetteer"),
    ("place", "Moscow", "outside Ukraine"),
    ("sentence", "x", "cannot be corrected"),
    ("killed", "3", "already shown"),
])
def test_bad_values_are_refused_with_a_message(store: SQLiteStore, field_name: str,
                                               value: str, message: str) -> None:
    kharkiv = _event(store.events_frame(), "Kharkiv")
    with pytest.raises(C.CorrectionError, match=message):
        C.make("correct", kharkiv, who="ana", field_name=field_name, value=value)


def test_who_is_required(store: SQLiteStore) -> None:
    with pytest.raises(C.CorrectionError, match="who made the correction"):
        C.make("confirm", _event(store.events_frame(), "Sumy"), who="  ")


def test_blank_figure_means_no_figure(store: SQLiteStore) -> None:
    _review(store, "correct", "Poltava", field_name="injured", value="")
    assert pd.isna(_event(_applied(store).events, "Poltava")["injured"])


# -- files ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_log_round_trips_through_a_file(store: SQLiteStore, tmp_path: Path, fmt: str) -> None:
    _review(store, "correct", "Poltava", field_name="killed", value="2",
            reason="=HYPERLINK(\"http://x\")  a formula-looking reason")
    _review(store, "reject", "Odesa", who="@bo")
    data = C.log_bytes(store.corrections(), fmt)
    if fmt == "csv":
        assert "'=HYPERLINK" in data.decode() and "'@bo" in data.decode()
    rows, refused = C.read_log(data, fmt)
    assert refused == []
    assert rows == store.corrections()
    with open_store(f"sqlite:///{tmp_path / 'second.gpkg'}") as other:
        _fill(other, (SUMY, KHARKIV))
        got = C.import_rows(other, rows, other.events_frame())
        assert (got.added, got.known, got.missing) == (2, 0, [])
        again = C.import_rows(other, rows, other.events_frame())
        assert (again.added, again.known) == (0, 2)
        assert _event(_applied(other).events, "Poltava")["killed"] == 2


def test_bad_log_rows_are_refused_one_by_one(store: SQLiteStore) -> None:
    good = _review(store, "confirm", "Sumy")
    items = [good, {"action": "approve", "event": good["event"], "who": "x", "at": good["at"]},
             {**good, "id": None, "event": "{not json"},
             {**good, "id": None, "action": "correct", "field": "killed",
              "new_value": "\"many\""},
             {**good, "id": None, "who": ""},
             {**good, "id": None, "at": "yesterday"}, "just text"]
    rows, refused = C.read_log(json.dumps(items).encode(), "json", name="team.json")
    assert [r["id"] for r in rows] == [good["id"]]
    assert len(refused) == 6
    assert refused[0].startswith("team.json item 2: action 'approve'")
    assert "not JSON" in refused[1] and "not a number" in refused[2]
    assert "who made" in refused[3] and "not a time" in refused[4]
    with pytest.raises(C.CorrectionError, match="not JSON"):
        C.read_log(b"[{", "json")
    with pytest.raises(C.CorrectionError, match="needs a header"):
        C.read_log(b"a,b\n1,2\n", "csv")
    with pytest.raises(C.CorrectionError, match=r"\.csv or \.json"):
        C.log_format("log.xlsx")


def test_import_names_rows_whose_event_is_missing(store: SQLiteStore, tmp_path: Path) -> None:
    _review(store, "reject", "Odesa")
    _review(store, "confirm", "Sumy")
    with open_store(f"sqlite:///{tmp_path / 'x.gpkg'}") as other:
        _fill(other, (SUMY,))
        got = C.import_rows(other, store.corrections(), other.events_frame())
        assert got.added == 2  # kept: it applies if the Odesa report is ingested later
        assert len(got.missing) == 1 and "is not in this store" in got.missing[0]
        _fill(other, (KHARKIV,))
        assert _event(_applied(other).events, "Odesa")["status"] == "rejected"


def test_every_backend_keeps_and_applies_the_log(store_url: str) -> None:
    """The same log on SQLite and PostGIS: rows kept as given, once each, the same result,
    kept when the reports are ingested again."""
    with open_store(store_url) as s:
        _fill(s)
        rows = [_review(s, "confirm", "Sumy", reason="ok"),
                _review(s, "correct", "Poltava", field_name="killed", value="2"),
                _review(s, "reject", "Odesa")]
        assert s.add_correction(rows[0]) is False
        assert s.corrections() == rows
        out = _applied(s)
        status = dict(zip(out.events["place"], out.events["status"], strict=True))
        assert status == {"Kharkiv": "extracted", "Odesa": "rejected", "Poltava": "corrected",
                          "Sumy": "confirmed"}
        _fill(s)
        again = _applied(s).events
        pd.testing.assert_frame_equal(out.events, again)
        assert _event(again, "Poltava")["killed"] == 2


# Our own sentences: one report of 40 killed in Chuhuiv, stored first, and three stories of
# two killed in Kharkiv (one event of three reports).
CHUHUIV_40 = ("A drone strike on Chuhuiv overnight on 2 December killed 40 people, a local "
              "official claimed.")
KHARKIV_TWO = (
    "Russian drones struck Kharkiv overnight on 2 December, killing two people, the regional "
    "governor said.",
    "Kharkiv mayor Ihor Terekhov said on Tuesday that two residents died after a Shahed hit an "
    "apartment block in Kharkiv on 2 December.",
    "Emergency services in Kharkiv reported that a drone attack on 2 December killed two "
    "people and damaged a school.")


def test_a_reviewer_merge_settles_figures_by_the_stores_merge_rule(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'm.gpkg'}") as store:
        _fill(store, (CHUHUIV_40, *KHARKIV_TWO))
        frame = store.events_frame()
        assert len(store.event_reports(_event(frame, "Kharkiv")["id"])) == 3
        merge = _review(store, "merge", "Kharkiv", target=_event(frame, "Chuhuiv"))
        out = C.apply(store.events_frame(), store.corrections(), reports=store.event_reports)
        merged = _event(out.events, "Chuhuiv")
        # one vote per story over both events' reports: 40, 2, 2, 2 -> 2 (the higher of the
        # two events' figures, the old rule, gave the lone 40); flagged for the reviewer
        assert (merged["killed"], merged["disputed"], merged["status"]) == (2, "killed",
                                                                            "corrected")
        assert "Kharkiv" not in set(out.events["place"])
        # without the reports each event is one story: of two, the first stored stays
        alone = _event(C.apply(store.events_frame(), store.corrections()).events, "Chuhuiv")
        assert (alone["killed"], alone["disputed"]) == (40, "killed")
        # the reviewer corrects right after: their value wins and settles the dispute
        store.add_correction(C.make("correct", merged, who="bo", field_name="killed",
                                    value="3", current=merged,
                                    articles=[r["article_id"] for r in
                                              store.event_reports(merged["id"])]))
        out = C.apply(store.events_frame(), store.corrections(), reports=store.event_reports)
        fixed = _event(out.events, "Chuhuiv")
        assert (fixed["killed"], fixed["disputed"]) == (3, None)
        assert merge["id"] in out.applied


def test_a_confirmed_figure_stands_through_a_merge(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'c.gpkg'}") as store:
        _fill(store, (CHUHUIV_40, *KHARKIV_TWO))
        frame = store.events_frame()
        _review(store, "confirm", "Chuhuiv")
        _review(store, "merge", "Kharkiv", target=_event(frame, "Chuhuiv"))
        out = C.apply(store.events_frame(), store.corrections(), reports=store.event_reports)
        merged = _event(out.events, "Chuhuiv")
        assert (merged["killed"], merged["disputed"]) == (40, None)  # a reviewer's value first
