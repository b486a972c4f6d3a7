"""Exports read back with geopandas/pandas into the same rows and figures."""

from __future__ import annotations

import io
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from geo.event_files import load_events
from geo.event_table import events_frame
from geo.export import (
    events_csv,
    events_geojson,
    units_csv,
    units_geojson,
    write_export,
    write_geopackage,
)
from geo.schema import EXPORT_COLUMNS, FIGURES, METRICS
from geo.units import aggregate, load_units

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    ev = load_events([DATA / "reports.json"])
    # one event the extractor could not place: kept, with no geometry
    extra = events_frame([{"article": {"id": "x", "source": "s", "published": "2025-11-27"},
                           "events": [{"id": "nowhere", "date": "2025-11-27", "place": "?",
                                       "place_kind": "other", "geo_precision": 3,
                                       "weapon": "drone", "drones": 5}]}])
    return pd.concat([ev, extra], ignore_index=True)


def _same_events(back: pd.DataFrame, events: pd.DataFrame) -> None:
    """Same rows (ids, in order) and the same figures, places and coordinates."""
    assert list(back["id"]) == list(events["id"])
    for col in FIGURES:
        np.testing.assert_array_equal(
            pd.to_numeric(back[col]).astype("float64").to_numpy(),
            events[col].astype("float64").to_numpy(),
            err_msg=col,
        )
    for col in ("lat", "lon"):
        np.testing.assert_allclose(back[col].astype(float), events[col].astype(float))
    assert list(back["place"]) == list(events["place"])
    assert [(None if pd.isna(v) else v) for v in back["oblast_iso"]] == [
        (None if pd.isna(v) else v) for v in events["oblast_iso"]
    ]
    dates = pd.to_datetime(back["date"]).dt.strftime("%Y-%m-%d")
    assert list(dates) == list(events["date"].dt.strftime("%Y-%m-%d"))


def test_events_geojson_is_rfc7946(events):
    doc = json.loads(events_geojson(events))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert len(doc["features"]) == len(events)
    first = doc["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [34.98, 48.45]}  # lon, lat
    assert list(first["properties"]) == list(EXPORT_COLUMNS)
    assert first["properties"]["drones"] == 111 and first["properties"]["missiles"] is None
    assert first["properties"]["date"] == "2025-11-24"


def test_events_geojson_keeps_an_unplaced_event_without_geometry(events):
    doc = json.loads(events_geojson(events))
    assert doc["features"][-1]["geometry"] is None  # no coordinates: kept, unplaced


def test_events_geojson_reads_back(events):
    back = gpd.read_file(io.BytesIO(events_geojson(events)))
    assert back.crs.to_epsg() == 4326
    _same_events(back, events)
    placed = back[back.geometry.notna()]
    np.testing.assert_allclose(placed.geometry.x, placed["lon"])
    np.testing.assert_allclose(placed.geometry.y, placed["lat"])


@pytest.fixture(scope="module")
def units_back(events) -> gpd.GeoDataFrame:
    return gpd.read_file(io.BytesIO(units_geojson(events)))


def test_units_geojson_feature_ids_are_the_units(events):
    raw = json.loads(units_geojson(events))
    assert [f["id"] for f in raw["features"]] == list(load_units()["iso"])


def test_units_geojson_reads_back_27_units(events, units_back):
    totals = aggregate(events)
    assert len(units_back) == 27 and list(units_back["iso"]) == list(totals["iso"])


@pytest.mark.parametrize("metric", list(METRICS))
def test_units_geojson_reads_back_each_metric(events, units_back, metric):
    assert list(units_back[metric]) == list(aggregate(events)[metric])


def test_units_geojson_sums_a_units_drones(units_back):
    assert units_back.set_index("iso").loc["UA-12", "drones"] == 115


def test_units_geojson_follows_the_right_hand_rule(units_back):
    # RFC 7946 right-hand rule: exterior rings counter-clockwise
    for geom in units_back.geometry:
        for poly in getattr(geom, "geoms", [geom]):
            assert poly.exterior.is_ccw


def test_units_geojson_keeps_the_unit_areas(units_back):
    units = load_units()
    ratio = shapely.area(units_back.geometry.to_numpy()) / shapely.area(units.geometry.to_numpy())
    np.testing.assert_allclose(ratio, 1.0, rtol=1e-4)


def test_events_csv_reads_back(events):
    back = pd.read_csv(io.BytesIO(events_csv(events)), dtype={"oblast_iso": object})
    assert list(back.columns) == list(EXPORT_COLUMNS)
    _same_events(back, events)


def test_units_csv_has_27_rows_of_every_metric(events):
    back = pd.read_csv(io.BytesIO(units_csv(events)))
    totals = aggregate(events)
    assert list(back["iso"]) == list(totals["iso"])
    pd.testing.assert_frame_equal(back[list(METRICS)], totals[list(METRICS)])


@pytest.fixture(scope="module")
def geopackage(events, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gpkg") / "strikes.gpkg"
    write_geopackage(events, path)
    return path


def test_geopackage_layers(geopackage):
    layers = dict(pyogrio.list_layers(geopackage))
    assert layers == {"events": "Point", "oblasts": "MultiPolygon"}


def test_geopackage_events_read_back(events, geopackage):
    back = gpd.read_file(geopackage, layer="events")
    assert back.crs.to_epsg() == 4326
    _same_events(back, events)
    assert back.geometry.isna().sum() == 1


def test_geopackage_oblasts_read_back(events, geopackage):
    units = gpd.read_file(geopackage, layer="oblasts")
    totals = aggregate(events)
    assert list(units["iso"]) == list(totals["iso"])
    for metric in METRICS:
        assert list(units[metric]) == list(totals[metric]), metric


def test_geopackage_replaces_an_existing_file(events, tmp_path):
    path = tmp_path / "strikes.gpkg"
    write_geopackage(events, path)
    write_geopackage(events.iloc[:2], path)
    assert len(gpd.read_file(path, layer="events")) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["strikes.gpkg"]


@pytest.mark.parametrize(("name", "layer", "expected"), [
    ("e.geojson", "events", events_geojson),
    ("u.geojson", "oblasts", units_geojson),
    ("e.csv", "events", events_csv),
    ("u.csv", "oblasts", units_csv),
], ids=["events-geojson", "oblasts-geojson", "events-csv", "oblasts-csv"])
def test_write_export_by_extension(events, tmp_path, name, layer, expected):
    if layer == "events":
        write_export(events, tmp_path / name)  # events is the default layer
    else:
        write_export(events, tmp_path / name, layer=layer)
    assert (tmp_path / name).read_bytes() == expected(events)


def test_write_export_geopackage_holds_both_layers(events, tmp_path):
    write_export(events, tmp_path / "all.gpkg")
    assert set(dict(pyogrio.list_layers(tmp_path / "all.gpkg"))) == {"events", "oblasts"}


def test_write_export_unknown_format(events, tmp_path):
    with pytest.raises(ValueError, match=r"unknown export format '\.xlsx'"):
        write_export(events, tmp_path / "e.xlsx")


def test_write_export_unknown_layer(events, tmp_path):
    with pytest.raises(ValueError, match="unknown layer 'raions'"):
        write_export(events, tmp_path / "e.csv", layer="raions")


def test_events_geojson_of_no_events():
    assert json.loads(events_geojson(events_frame([])))["features"] == []


def test_units_geojson_of_no_events():
    assert len(json.loads(units_geojson(events_frame([])))["features"]) == 27


def test_events_csv_of_no_events():
    assert events_csv(events_frame([])).decode().strip() == ",".join(EXPORT_COLUMNS)


def test_geopackage_of_no_events(tmp_path):
    write_geopackage(events_frame([]), tmp_path / "empty.gpkg")
    assert len(gpd.read_file(tmp_path / "empty.gpkg", layer="events")) == 0
    assert len(gpd.read_file(tmp_path / "empty.gpkg", layer="oblasts")) == 27


@pytest.mark.parametrize("export", [events_geojson, units_geojson], ids=["events", "oblasts"])
def test_geojson_is_stable_bytes(events, export):
    assert export(events) == export(events.copy())


# -- CSV formula injection (OWASP): text cells a spreadsheet would run get a quote in front --


def _hostile_events() -> pd.DataFrame:
    doc = {"article": {"id": "h", "source": "@SUM(1+1)", "published": "2025-11-27",
                       "title": "+cmd|' /C calc'!A0"},
           "events": [{"id": "h1", "date": "2025-11-27", "place": "=HYPERLINK(\"http://x\")",
                       "place_kind": "settlement", "lat": 50.45, "lon": 30.52,
                       "geo_precision": 1, "weapon": "drone", "drones": 5,
                       "sentence": "-1+1", "start": 0, "end": 4},
                      {"id": "h2", "date": "2025-11-27", "place": "\tTab", "place_kind": "other",
                       "geo_precision": 3, "weapon": "drone", "drones": 3,
                       "sentence": "-12.5", "start": 0, "end": 5}]}
    return events_frame([doc])


def test_events_csv_neutralises_formulas() -> None:
    rows = list(pd.read_csv(io.BytesIO(events_csv(_hostile_events())), dtype=str,
                            keep_default_na=False).to_dict("records"))
    assert rows[0]["place"] == "'=HYPERLINK(\"http://x\")"
    assert rows[0]["source"] == "'@SUM(1+1)"
    assert rows[0]["title"] == "'+cmd|' /C calc'!A0"
    assert rows[0]["sentence"] == "'-1+1"  # a spreadsheet computes -1+1: a formula
    assert rows[1]["place"] == "'\tTab"
    assert rows[1]["sentence"] == "-12.5"  # a plain number stays a number
    assert rows[0]["lon"] == "30.52" and rows[0]["drones"] == "5"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value


def test_units_csv_has_no_formula_cells(events: pd.DataFrame) -> None:
    text = units_csv(events).decode()
    assert not any(line.startswith(("=", "+", "@")) for line in text.splitlines())


@pytest.mark.parametrize(("value", "safe"), [
    ("=1+1", "'=1+1"), ("+1", "+1"), ("-1", "-1"), ("-1.5e3", "-1.5e3"), ("-1+1", "'-1+1"),
    ("@x", "'@x"), ("\rx", "'\rx"), ("-", "'-"), ("Kyiv", "Kyiv"), (-3, -3), (2.5, 2.5),
    (None, None)])
def test_safe_cell(value: object, safe: object) -> None:
    from geo.safe_csv import safe_cell

    assert safe_cell(value) == safe
