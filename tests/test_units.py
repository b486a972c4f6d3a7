from __future__ import annotations

import json

import pandas as pd
import pytest

from geo import settings
from geo.units import METRICS, aggregate, join_points, load_units, point_unit


def test_27_valid_units() -> None:
    units = load_units()
    assert len(units) == 27
    assert units.is_valid.all()
    assert units["iso"].is_unique and units["gn_a1_code"].is_unique
    assert {"UA-30", "UA-32", "UA-40", "UA-43", "UA-12", "UA-14"} <= set(units["iso"])
    row = units.set_index("iso").loc["UA-12"]
    assert (row["name"], row["name_uk"], row["gn_a1_code"]) == (
        "Dnipropetrovsk",
        "Дніпропетровська",
        "UA.04",
    )


@pytest.mark.parametrize(
    ("lat", "lon", "iso"),
    [
        (48.7231, 37.5563, "UA-14"),  # Kramatorsk
        (48.4647, 35.0462, "UA-12"),  # Dnipro
        (50.4501, 30.5234, "UA-30"),  # Kyiv
        (44.6167, 33.5254, "UA-40"),  # Sevastopol
        (44.9521, 34.1024, "UA-43"),  # Simferopol
        (46.4825, 30.7233, "UA-51"),  # Odesa
    ],
)
def test_point_in_unit(lat: float, lon: float, iso: str) -> None:
    assert point_unit(lat, lon) == iso


def test_coastal_point_joins_nearest_unit() -> None:
    # In the Black Sea, 5 km off Odesa's coast: outside every polygon, within 20 km.
    frame = join_points(pd.DataFrame({"lat": [46.47], "lon": [30.82]}))
    assert frame.loc[0, "oblast_iso"] == "UA-51"
    assert frame.loc[0, "join_how"] == "nearest"


def test_outside_ukraine_is_kept_and_flagged() -> None:
    frame = pd.DataFrame(
        {
            "name": ["Moscow", "Warsaw", "Kramatorsk", "no coords"],
            "lat": [55.75, 52.23, 48.72, None],
            "lon": [37.62, 21.01, 37.56, None],
        }
    )
    out = join_points(frame)
    assert len(out) == 4
    assert out["oblast_iso"].tolist() == [None, None, "UA-14", None]
    assert out["join_how"].tolist() == ["outside", "outside", "within", None]


def test_spatial_join_agrees_with_geonames_admin1() -> None:
    rows = [
        p
        for p in json.loads(settings.PLACES_FILE.read_text("utf-8"))["places"]
        if p["kind"] == "settlement"
    ]
    frame = pd.DataFrame(rows).rename(columns={"oblast_iso": "admin1_iso"})
    joined = join_points(frame)
    agreement = (joined["oblast_iso"] == joined["admin1_iso"]).mean()
    assert len(rows) > 5000
    assert agreement >= 0.98, f"spatial join agrees with GeoNames admin1 for {agreement:.2%}"
    assert joined["oblast_iso"].notna().all()


def test_aggregate_returns_all_units_with_zeros() -> None:
    events = pd.DataFrame(
        [
            {"oblast_iso": "UA-12", "drones": 111, "killed": 2, "injured": 3},
            {"oblast_iso": "UA-12", "drones": None, "killed": 1, "injured": None},
            {"oblast_iso": "UA-14", "drones": 5, "missiles": 2},
            {"oblast_iso": None, "drones": 500},  # national total: not in any unit
        ]
    )
    agg = aggregate(events).set_index("iso")
    assert len(agg) == 27
    assert list(METRICS) == [c for c in agg.columns if c in METRICS]
    assert agg.loc["UA-12", ["events", "drones", "killed", "injured"]].tolist() == [2, 111, 3, 3]
    assert agg.loc["UA-14", ["events", "drones", "missiles"]].tolist() == [2 - 1, 5, 2]
    assert agg.drop(["UA-12", "UA-14"])[list(METRICS)].to_numpy().sum() == 0
    assert agg["drones"].sum() == 116


def test_aggregate_of_nothing() -> None:
    for empty in (None, pd.DataFrame()):
        agg = aggregate(empty)
        assert len(agg) == 27 and agg[list(METRICS)].to_numpy().sum() == 0
