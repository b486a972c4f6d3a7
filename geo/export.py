"""Data exports of the event table: GeoJSON (events or units), CSV, GeoPackage.

Two layers, the same everywhere: `events` (one point per event, every column of
`geo.schema.EXPORT_COLUMNS`: the event table's and the review `status`) and `oblasts` (the 27
unit polygons with every metric of `geo.schema.METRICS`, zeros kept). GeoJSON follows RFC
7946: EPSG:4326, [lon, lat] order, no `crs` member, exterior rings counter-clockwise; events
without coordinates keep a null geometry rather than being dropped. Outputs are byte-for-byte
the same for the same events (the GeoPackage excepted: SQLite stamps it).
"""

from __future__ import annotations

import io
import json
import logging
import math
import os
import tempfile
from collections.abc import Iterator
from os import PathLike
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo import settings
from geo.event_table import normalize_events
from geo.safe_csv import safe_frame
from geo.schema import EVENT_COLUMNS, EXPORT_COLUMNS, METRICS
from geo.units import aggregate, load_units

log = logging.getLogger(__name__)

LAYERS: tuple[str, ...] = ("events", "oblasts")
#: Output extensions `write_export` knows.
SUFFIXES: tuple[str, ...] = (".geojson", ".json", ".csv", ".gpkg")
#: Decimal places of unit polygon coordinates (about 0.1 m; RFC 7946 suggests six).
COORD_DECIMALS: int = 6
_UNIT_COLUMNS: tuple[str, ...] = ("iso", "name", "name_uk", "gn_a1_code")


def events_geojson(events: pd.DataFrame) -> bytes:
    """Events as an RFC 7946 FeatureCollection of points, every column in `properties`."""
    table = _plain(normalize_events(events))
    features = [
        {
            "type": "Feature",
            "geometry": _point(props["lon"], props["lat"]),
            "properties": props,
        }
        for props in _records(table)
    ]
    return _dump({"type": "FeatureCollection", "features": features})


def units_geojson(events: pd.DataFrame) -> bytes:
    """The 27 units as polygons, each with every metric summed over `events` (feature id: ISO)."""
    table = oblasts_table(events)
    geoms = _unit_geometries()
    features = [
        {
            "type": "Feature",
            "id": props["iso"],
            "geometry": geoms[props["iso"]],
            "properties": props,
        }
        for props in _records(table)
    ]
    return _dump({"type": "FeatureCollection", "features": features})


def events_csv(events: pd.DataFrame) -> bytes:
    """Events as UTF-8 CSV: header of `EXPORT_COLUMNS`, ISO dates, empty cells for unknowns."""
    return _csv(_plain(normalize_events(events)))


def units_csv(events: pd.DataFrame) -> bytes:
    """Per-unit totals as UTF-8 CSV (iso, names, every metric), one row for each of the 27."""
    return _csv(oblasts_table(events))


def oblasts_table(events: pd.DataFrame) -> pd.DataFrame:
    """The 27 units' codes and names with every metric, in ISO order."""
    totals = aggregate(normalize_events(events) if events is not None else None)
    units = load_units()[list(_UNIT_COLUMNS)]
    return units.merge(totals[["iso", *METRICS]], on="iso", how="left")[
        [*_UNIT_COLUMNS, *METRICS]
    ]


def write_geopackage(events: pd.DataFrame, path: str | PathLike[str]) -> None:
    """A GeoPackage with layers `events` (points) and `oblasts` (polygons), EPSG:4326.

    An existing file is replaced whole (written beside it, then renamed), so a failed export
    never leaves half a package and no stale layer survives.
    """
    path = Path(path)
    table = _plain(normalize_events(events), dates=False)
    points = gpd.GeoDataFrame(
        table,
        geometry=[
            shapely.Point(x, y) if _point(x, y) is not None else None
            for x, y in zip(table["lon"], table["lat"], strict=True)
        ],
        crs=settings.CRS,
    )
    units = load_units()[["iso", "geometry"]]
    polys = gpd.GeoDataFrame(
        oblasts_table(events).merge(units, on="iso", how="left"),
        geometry="geometry",
        crs=settings.CRS,
    )
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".strikemap-", dir=path.parent or ".")
    os.close(fd)
    os.unlink(tmp)
    try:
        points.to_file(tmp, layer="events", driver="GPKG", engine="pyogrio",
                       geometry_type="Point")
        polys.to_file(tmp, layer="oblasts", driver="GPKG", engine="pyogrio",
                      geometry_type="MultiPolygon", promote_to_multi=True)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("wrote %s: %d events, 27 units", path, len(points))


def write_export(events: pd.DataFrame, path: str | PathLike[str], *, layer: str = "events") -> None:
    """Write `events` to `path` in the format its extension names.

    `.geojson`/`.json` and `.csv` hold one layer: `events` (points / rows, the default) or
    `oblasts` (unit polygons / rows with every metric); `.gpkg` always holds both layers.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: unknown export format {suffix or '(no extension)'!r}; "
                         f"use one of {', '.join(SUFFIXES)}")
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; choose one of {', '.join(LAYERS)}")
    if suffix == ".gpkg":
        write_geopackage(events, path)
        return
    if suffix == ".csv":
        data = events_csv(events) if layer == "events" else units_csv(events)
    else:
        data = events_geojson(events) if layer == "events" else units_geojson(events)
    path.write_bytes(data)
    log.info("wrote %s (%s, %d bytes)", path, layer, len(data))


# -- private helpers -----------------------------------------------------------------------


def _plain(table: pd.DataFrame, *, dates: bool = True) -> pd.DataFrame:
    """Dates as ISO strings (CSV/JSON) or kept as datetimes (GeoPackage); columns in order;
    `status` "extracted" for events no reviewer has seen (a table without corrections)."""
    out = table[list(EVENT_COLUMNS)].copy()
    out["status"] = table["status"].fillna("extracted") if "status" in table else "extracted"
    out = out[list(EXPORT_COLUMNS)]
    if dates:
        out["date"] = out["date"].dt.strftime("%Y-%m-%d").astype(object)
        out.loc[table["date"].isna(), "date"] = None
    return out


def _records(table: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """Rows as dicts of JSON values: None for missing, ints for counts, ISO dates."""
    columns = list(table.columns)
    for row in table.itertuples(index=False, name=None):
        yield {c: _json_value(v) for c, v in zip(columns, row, strict=True)}


def _json_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None  # inf is no JSON number
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return value


def _num(value: Any) -> float | None:
    v = _json_value(value)
    return float(v) if isinstance(v, (int, float)) else None


def _point(lon: Any, lat: Any) -> dict[str, Any] | None:
    x, y = _num(lon), _num(lat)
    if x is None or y is None or abs(x) > 180 or abs(y) > 90:
        return None  # no position on the globe (a store written before they were refused)
    return {"type": "Point", "coordinates": [x, y]}


_UNIT_GEOMS: dict[str, dict[str, Any]] = {}


def _unit_geometries() -> dict[str, dict[str, Any]]:
    """Unit polygons as RFC 7946 geometry dicts (right-hand rule, rounded), built once."""
    if not _UNIT_GEOMS:
        units = load_units()
        for iso, geom in zip(units["iso"], units.geometry, strict=True):
            geom = shapely.orient_polygons(geom, exterior_cw=False)
            geom = shapely.transform(geom, lambda xy: np.round(xy, COORD_DECIMALS))
            _UNIT_GEOMS[iso] = shapely.geometry.mapping(geom)
    return _UNIT_GEOMS


def _dump(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            + "\n").encode("utf-8")


def _csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV whose text cells cannot run as spreadsheet formulas (`geo.safe_csv`)."""
    buf = io.StringIO()
    safe_frame(frame).to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8")
