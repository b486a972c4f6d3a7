"""The 27 first-level units of Ukraine: loading, the spatial join of points, aggregation."""

from __future__ import annotations

import logging
import warnings
from functools import lru_cache

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import settings
from geo.schema import FIGURES, METRICS

log = logging.getLogger(__name__)

@lru_cache(maxsize=1)
def load_units() -> gpd.GeoDataFrame:
    """The 27 units (iso, name, name_uk, gn_a1_code, label_lat, label_lon, geometry)."""
    units = gpd.read_file(settings.UNITS_FILE)
    if units.crs is None or units.crs.to_epsg() != 4326:
        units = units.set_crs(settings.CRS, allow_override=True)
    return units.sort_values("iso").reset_index(drop=True)


@lru_cache(maxsize=1)
def _units_metric() -> gpd.GeoDataFrame:
    return load_units()[["iso", "geometry"]].to_crs(settings.METRIC_CRS)


def join_points(frame: pd.DataFrame, *, lat: str = "lat", lon: str = "lon") -> pd.DataFrame:
    """Add `oblast_iso`, `oblast`, `join_how` ("within", "nearest" or "outside") to rows with
    coordinates.

    Points inside a unit take it; a point outside every polygon (Natural Earth's coarse coasts
    and borders) takes the nearest unit within `settings.NEAREST_UNIT_MAX_M`; anything farther
    is kept with `oblast_iso` None and `join_how` "outside", never dropped. Rows without
    coordinates get `join_how` None.
    """
    out = frame.copy()
    out["oblast_iso"] = None
    out["join_how"] = None
    has_xy = out[lat].notna() & out[lon].notna()
    if has_xy.any():
        pts = gpd.GeoDataFrame(
            index=out.index[has_xy],
            geometry=gpd.points_from_xy(
                out.loc[has_xy, lon].astype(float), out.loc[has_xy, lat].astype(float)
            ),
            crs=settings.CRS,
        )
        isos, how = _join(pts)
        out.loc[has_xy, "oblast_iso"] = isos
        out.loc[has_xy, "join_how"] = how
    names = dict(zip(load_units()["iso"], load_units()["name"], strict=True))
    out["oblast"] = out["oblast_iso"].map(names)
    return out


def _join(pts: gpd.GeoDataFrame) -> tuple[pd.Series, pd.Series]:
    units = load_units()[["iso", "geometry"]]
    inside = gpd.sjoin(pts, units, how="left", predicate="within")
    # A point on a shared border matches two units: keep the first, deterministically.
    inside = inside[~inside.index.duplicated(keep="first")]
    iso = inside["iso"].astype(object)
    how = pd.Series(np.where(iso.notna(), "within", "outside"), index=iso.index, dtype=object)
    missing = iso.isna()
    if missing.any():
        near = gpd.sjoin_nearest(
            pts.loc[missing].to_crs(settings.METRIC_CRS),
            _units_metric(),
            how="left",
            max_distance=settings.NEAREST_UNIT_MAX_M,
        )
        near = near[~near.index.duplicated(keep="first")]
        got = near["iso"].dropna()
        iso.loc[got.index] = got
        how.loc[got.index] = "nearest"
    iso = iso.where(iso.notna(), None)
    return iso, how


def point_unit(lat: float, lon: float) -> str | None:
    """The unit of one point, or None outside Ukraine."""
    frame = pd.DataFrame({"lat": [lat], "lon": [lon]})
    return join_points(frame).loc[0, "oblast_iso"]


def aggregate(events: pd.DataFrame) -> pd.DataFrame:
    """Per-unit totals over events that carry `oblast_iso`: always all 27 units, zeros kept.

    Returns one row per unit, in ISO order, with iso, name and every metric in `METRICS`.
    """
    units = load_units()[["iso", "name", "name_uk", "label_lat", "label_lon"]]
    if events is None or len(events) == 0 or "oblast_iso" not in events:
        sums = pd.DataFrame(columns=list(METRICS))
    else:
        ev = events[events["oblast_iso"].notna()]
        cols = {
            m: pd.to_numeric(ev[m], errors="coerce") if m in ev else pd.Series(0, index=ev.index)
            for m in FIGURES
        }
        frame = pd.DataFrame(cols, index=ev.index).fillna(0)
        frame["events"] = 1
        frame["oblast_iso"] = ev["oblast_iso"].to_numpy()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            sums = frame.groupby("oblast_iso").sum()
    out = units.merge(sums, left_on="iso", right_index=True, how="left")
    for m in METRICS:
        if m not in out:
            out[m] = 0
        out[m] = out[m].fillna(0).astype("int64")
    return out[[*units.columns, *METRICS]].reset_index(drop=True)
