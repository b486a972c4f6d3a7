"""Dataset import: ACLED exports and the "Massive Missile Attacks on Ukraine" CSV.

Neither dataset is committed; each test writes a few rows in the real column layout.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from extract import datasets
from extract.ingest import ingest
from geo.store import SQLiteStore

# ACLED's export layout (acleddata.com export tool / API, 2024-2025).
ACLED_HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]
# "Massive Missile Attacks on Ukraine" (Kaggle, piterfm): missile_attacks_daily.csv.
MISSILE_HEADER = [
    "time_start", "time_end", "model", "launch_place", "target", "carrier", "launched",
    "destroyed", "not_reach_goal", "cross_border_belarus", "back_russia", "still_attacking",
    "num_hit_location", "num_fall_fragment_location", "turbojet", "turbojet_destroyed",
    "affected_region", "destroyed_details", "launched_details", "launch_place_details",
    "source",
]


def _acled(**over: Any) -> dict[str, Any]:
    row = dict.fromkeys(ACLED_HEADER, "")
    row.update(event_id_cnty="UKR1", event_date="2025-11-24", year="2025", time_precision="1",
               disorder_type="Political violence", event_type="Explosions/Remote violence",
               sub_event_type="Air/drone strike", actor1="Military Forces of Russia (2000-)",
               iso="804", region="Europe", country="Ukraine", admin1="Zaporizhia",
               admin2="Zaporizkyi", location="Zaporizhzhia", latitude="47.8388",
               longitude="35.1396", geo_precision="1", source="Ukrainska Pravda",
               source_scale="National",
               notes="On 24 November 2025, Russian forces struck Zaporizhzhia city with "
                     "drones. 2 civilians were killed.",
               fatalities="2", timestamp="1764000000")
    row.update(over)
    return row


def _missile(**over: Any) -> dict[str, Any]:
    row = dict.fromkeys(MISSILE_HEADER, "")
    row.update(time_start="2025-11-23 18:00", time_end="2025-11-24 09:00",
               model="Shahed-136/131", launch_place="Kursk oblast and Oryol oblast",
               target="Ukraine", launched="100", destroyed="80",
               source="https://www.facebook.com/kpszsu/posts/1")
    row.update(over)
    return row


def _write(path: Path, header: list[str], rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


# -- ACLED -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("admin1", "iso"),
    [("Zaporizhia", "UA-23"), ("Kyiv City", "UA-30"), ("Kyiv", "UA-32"), ("Odesa", "UA-51"),
     ("Dnipropetrovsk", "UA-12"), ("Autonomous Republic of Crimea", "UA-43"),
     ("Sevastopol", "UA-40"), ("Khmelnytskyi", "UA-68"), ("Ivano-Frankivsk", "UA-26"),
     ("Zakarpattia", "UA-21"), ("Kirovohrad", "UA-35"), ("Belgorod", None)],
)
def test_acled_admin1_names_map_to_units(admin1: str, iso: str | None) -> None:
    assert datasets.acled_unit(admin1) == iso


@pytest.fixture(scope="module")
def acled_rows(tmp_path_factory: pytest.TempPathFactory) -> datasets.DatasetRows:
    """An ACLED export of three strikes, a battle and a row in Russia."""
    path = _write(tmp_path_factory.mktemp("acled") / "acled.csv", ACLED_HEADER, [
        _acled(),
        _acled(event_id_cnty="UKR2", event_date="16 November 2025", admin1="Kyiv City",
               location="Kyiv", latitude="50.4501", longitude="30.5234",
               sub_event_type="Shelling/artillery/missile attack",
               notes="Russian forces launched a ballistic missile at Kyiv.", fatalities="0",
               source="Kyiv Independent"),
        _acled(event_id_cnty="UKR3", sub_event_type="Armed clash", event_type="Battles"),
        _acled(event_id_cnty="RUS1", country="Russia", admin1="Belgorod", location="Belgorod"),
        _acled(event_id_cnty="UKR4", admin1="Kharkiv", location="Kharkiv", geo_precision="3",
               notes="Russian forces shelled areas of Kharkiv oblast.",
               sub_event_type="Shelling/artillery/missile attack", fatalities="0"),
    ])
    return datasets.read_dataset(path)


def test_an_acled_export_is_recognised(acled_rows: datasets.DatasetRows) -> None:
    assert acled_rows.dataset == datasets.ACLED


def test_acled_battles_and_rows_abroad_are_skipped_with_a_reason(
        acled_rows: datasets.DatasetRows) -> None:
    assert acled_rows.skipped == [(4, "not a strike (Armed clash)"), (5, "country Russia")]


def test_acled_rows_become_events(acled_rows: datasets.DatasetRows) -> None:
    events = [r.doc["events"][0] for r in acled_rows.rows]
    assert [(e["date"], e["place"], e["place_kind"], e["oblast_iso"], e["geo_precision"],
             e["weapon"], e["killed"]) for e in events] == [
        ("2025-11-24", "Zaporizhzhia", "settlement", "UA-23", 1, "drone", 2),
        ("2025-11-16", "Kyiv", "settlement", "UA-30", 1, "missile", 0),
        ("2025-11-24", "Kharkiv", "oblast", "UA-63", 3, "artillery", 0),
    ]


def test_an_acled_event_keeps_its_source(acled_rows: datasets.DatasetRows) -> None:
    assert acled_rows.rows[0].doc["article"]["source"] == "ACLED UKR1 (Ukrainska Pravda)"


def test_an_acled_event_cites_its_notes(acled_rows: datasets.DatasetRows) -> None:
    assert acled_rows.rows[0].doc["events"][0]["sentence"].startswith("On 24 November 2025")


def test_an_acled_event_keeps_its_coordinates(acled_rows: datasets.DatasetRows) -> None:
    event = acled_rows.rows[0].doc["events"][0]
    assert (event["lat"], event["lon"]) == (47.8388, 35.1396)


def test_unknown_admin1_takes_the_unit_of_the_point(tmp_path: Path) -> None:
    path = _write(tmp_path / "acled.csv", ACLED_HEADER,
                  [_acled(admin1="Mystery", latitude="46.48", longitude="30.72",
                          location="Odesa")])
    ev = datasets.read_dataset(path).rows[0].doc["events"][0]
    assert ev["oblast_iso"] == "UA-51"


def test_acled_csv_missing_columns_says_which(tmp_path: Path) -> None:
    header = [c for c in ACLED_HEADER if c not in ("fatalities", "latitude")]
    path = _write(tmp_path / "acled.csv", header,
                  [{k: v for k, v in _acled().items() if k in header}])
    with pytest.raises(datasets.DatasetError, match=r"lacks the column\(s\): latitude, fatalities"):
        datasets.detect_dataset(datasets.csv_header(path))


# -- Massive Missile Attacks on Ukraine --------------------------------------------------------


def _events(row: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = datasets.parse_dataset(_csv_text(MISSILE_HEADER, [row])).rows
    return [(e["date"], e["place"], e["place_kind"], e["oblast_iso"], e["geo_precision"],
             e["weapon"], e["drones"], e["drones_downed"], e["missiles"], e["missiles_downed"])
            for r in rows for e in r.doc["events"]]


def _csv_text(header: list[str], rows: list[dict[str, Any]]) -> str:
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def test_a_target_of_two_oblasts_splits_into_units_with_figures_apportioned() -> None:
    assert _events(_missile(target="Kharkiv oblast and Sumy oblast", launched="25",
                            destroyed="20")) == [
        ("2025-11-24", "Kharkiv", "oblast", "UA-63", 3, "drone", 13, 10, None, None),
        ("2025-11-24", "Sumy", "oblast", "UA-59", 3, "drone", 12, 10, None, None),
    ]


@pytest.mark.parametrize("target", ["Ukraine", "south", "north and east", "Ukraine (east)", ""])
def test_ukraine_or_a_direction_stays_national(target: str) -> None:
    assert _events(_missile(model="X-101/X-555", target=target, launched="30",
                            destroyed="28")) == [
        ("2025-11-24", "Ukraine", "country", None, 4, "missile", None, None, 30, 28),
    ]


@pytest.mark.parametrize(("row", "place"), [
    (_missile(model="Iskander-M", target="Starokostiantyniv", launched="2", destroyed="0"),
     ("Starokostiantyniv", "settlement", "UA-68", 1)),
    (_missile(model="Kalibr", target="Dnipropetrovsk oblast, Dnipro raion", launched="4",
              destroyed="4"),
     ("Dnipropetrovsk", "oblast", "UA-12", 3)),
], ids=["settlement", "qualified-oblast"])
def test_settlement_targets_and_qualified_oblasts(row: dict, place: tuple) -> None:
    assert _events(row)[0][1:5] == place


def test_foreign_targets_are_skipped_and_counted() -> None:
    rows = datasets.parse_dataset(_csv_text(MISSILE_HEADER, [_missile(target="Kursk oblast")]))
    assert rows.rows == [] and rows.skipped == [(2, "target outside Ukraine (Kursk oblast)")]


@pytest.mark.parametrize(
    ("model", "weapon"),
    [("Shahed-136/131", "drone"), ("Reconnaissance UAV", "drone"), ("Gerbera", "drone"),
     ("X-101/X-555", "missile"), ("Iskander-M", "missile"), ("Kalibr", "missile"),
     ("Kh-22", "missile"), ("Iskander-M and Shahed-136/131", "unknown")],
)
def test_model_gives_the_weapon(model: str, weapon: str) -> None:
    assert datasets.missile_weapon(model) == weapon


def test_missile_csv_missing_columns_says_which(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("time_start,time_end,model,launched\n2025-11-24,2025-11-24,Kalibr,3\n",
                    encoding="utf-8")
    with pytest.raises(datasets.DatasetError, match=r"lacks the column\(s\): target, destroyed"):
        datasets.read_dataset(path)


def test_other_csvs_are_not_datasets() -> None:
    assert datasets.detect_dataset(["text", "url", "published"]) is None


# -- into the store and onto the map -----------------------------------------------------------


def test_imports_appear_on_the_map_and_reimport_adds_nothing(tmp_path: Path,
                                                             store: SQLiteStore) -> None:
    from geo.units import aggregate

    acled = _write(tmp_path / "acled.csv", ACLED_HEADER, [_acled()])
    missiles = _write(tmp_path / "missile_attacks_daily.csv", MISSILE_HEADER,
                      [_missile(target="Kharkiv oblast and Sumy oblast", launched="25",
                                destroyed="20"),
                       _missile(model="X-101/X-555", target="Ukraine", launched="30",
                                destroyed="28")])
    first = ingest([acled, missiles], store)
    assert (first.read, first.new, first.failed, first.events_added) == (3, 3, 0, 4)
    frame = store.events_frame()
    per_unit = aggregate(frame).set_index("iso")
    assert per_unit.loc["UA-23", "events"] == 1 and per_unit.loc["UA-23", "killed"] == 2
    assert per_unit.loc["UA-63", "drones"] == 13 and per_unit.loc["UA-59", "drones"] == 12
    national = frame[frame["place_kind"] == "country"]
    assert national["missiles"].tolist() == [30] and national["oblast_iso"].isna().all()
    again = ingest([acled, missiles], store)
    assert (again.new, again.duplicate, again.events_added) == (0, 3, 0)
    assert store.events_count() == 4


def test_a_dataset_row_merges_with_a_news_report_of_the_same_strike(
        tmp_path: Path, store: SQLiteStore) -> None:
    news = {"article": {"id": "n1", "source": "https://news.example/zp",
                        "published": "2025-11-24", "title": None},
            "mentions": [],
            "events": [{"id": "n1-zp", "date": "2025-11-24", "place": "Zaporizhzhia",
                        "place_kind": "settlement", "lat": 47.82, "lon": 35.19,
                        "oblast": "Zaporizhzhia", "oblast_iso": "UA-23", "geo_precision": 1,
                        "weapon": "drone", "drones": 12, "drones_downed": None,
                        "missiles": None, "missiles_downed": None, "killed": 1,
                        "injured": 4, "sentence": "", "start": 0, "end": 0}]}
    store.add(news, raw_text="Drones hit Zaporizhzhia overnight, killing one. " * 5)
    ingest([_write(tmp_path / "acled.csv", ACLED_HEADER, [_acled()])], store)
    frame = store.events_frame()
    assert len(frame) == 1
    row = frame.iloc[0]
    # Two stories disagree on the toll (1 and ACLED's 2): the first stays, flagged disputed
    # (geo.merge_rule); each keeps its own figure in event_reports.
    assert (row["sources"], row["killed"], row["injured"], row["drones"]) == (2, 1, 4, 12)
    assert store._db.execute("SELECT disputed FROM events").fetchone()[0] == "killed"
    assert sorted(r["killed"] for r in store.event_reports(row["id"])) == [1, 2]


# -- coordinates that are no place on Earth are refused, never stored -------------------------

_BAD_POSITIONS = [("inf", "30.5"), ("nan", "30.5"), ("1e308", "30.5"), ("95", "30.5"),
                  ("50.4", "200"), ("50.4", "-inf"), ("north", "30.5")]


def test_acled_rows_with_broken_coordinates_are_refused_each_with_a_message(
        tmp_path: Path) -> None:
    rows = [_acled(event_id_cnty=f"BAD{i}", latitude=lat, longitude=lon)
            for i, (lat, lon) in enumerate(_BAD_POSITIONS)] + [_acled(event_id_cnty="OK")]
    got = datasets.read_dataset(_write(tmp_path / "acled.csv", ACLED_HEADER, rows))
    assert [r.doc["article"]["source"].split()[1] for r in got.rows] == ["OK"]
    assert [line for line, _ in got.refused] == list(range(2, 2 + len(_BAD_POSITIONS)))
    assert "line 5: latitude '95' is not a number of degrees within -90..90" in got.refused[3][1]
    assert "longitude '200'" in got.refused[4][1]


def test_infinite_fatalities_are_no_count() -> None:
    assert datasets._int("inf") is None and datasets._int("1e308") is None
    assert datasets._int("3") == 3


def test_ingest_reports_refused_rows_and_stores_only_good_ones(tmp_path: Path,
                                                               store: SQLiteStore) -> None:
    from geo.export import events_geojson

    path = _write(tmp_path / "acled.csv", ACLED_HEADER,
                  [_acled(event_id_cnty="BAD", latitude="95", longitude="200"),
                   _acled(event_id_cnty="INF", latitude="inf", longitude="30.5"),
                   _acled(event_id_cnty="OK")])
    summary = ingest([path], store)
    assert (summary.new, summary.failed) == (1, 2)
    assert any("acled.csv line 2: latitude '95'" in e for e in summary.errors)
    frame = store.events_frame()
    assert len(frame) == 1
    assert frame["lat"].between(-90, 90).all() and frame["lon"].between(-180, 180).all()
    json.loads(events_geojson(frame))  # the dashboard's "Events (GeoJSON)" download
