from __future__ import annotations

import json

import pandas as pd
import pytest

from geo import settings
from geo.units import METRICS, aggregate, join_points, load_units, point_unit


def test_27_units() -> None:
    assert len(load_units()) == 27


def test_unit_geometries_are_valid() -> None:
    assert load_units().is_valid.all()


def test_unit_codes_are_unique() -> None:
    units = load_units()
    assert units["iso"].is_unique and units["gn_a1_code"].is_unique


def test_kyiv_sevastopol_and_crimea_are_units() -> None:
    assert {"UA-30", "UA-32", "UA-40", "UA-43", "UA-12", "UA-14"} <= set(load_units()["iso"])


def test_unit_names_and_geonames_code() -> None:
    row = load_units().set_index("iso").loc["UA-12"]
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


@pytest.fixture(scope="module")
def aggregated() -> pd.DataFrame:
    events = pd.DataFrame(
        [
            {"oblast_iso": "UA-12", "drones": 111, "killed": 2, "injured": 3},
            {"oblast_iso": "UA-12", "drones": None, "killed": 1, "injured": None},
            {"oblast_iso": "UA-14", "drones": 5, "missiles": 2},
            {"oblast_iso": None, "drones": 500},  # national total: not in any unit
        ]
    )
    return aggregate(events).set_index("iso")


def test_aggregate_returns_all_units(aggregated: pd.DataFrame) -> None:
    assert len(aggregated) == 27


def test_aggregate_columns_follow_metrics(aggregated: pd.DataFrame) -> None:
    assert list(METRICS) == [c for c in aggregated.columns if c in METRICS]


def test_aggregate_sums_a_units_events(aggregated: pd.DataFrame) -> None:
    row = aggregated.loc["UA-12", ["events", "drones", "killed", "injured"]]
    assert row.tolist() == [2, 111, 3, 3]
    assert aggregated.loc["UA-14", ["events", "drones", "missiles"]].tolist() == [2 - 1, 5, 2]


def test_aggregate_gives_other_units_zeros(aggregated: pd.DataFrame) -> None:
    assert aggregated.drop(["UA-12", "UA-14"])[list(METRICS)].to_numpy().sum() == 0


def test_aggregate_leaves_out_the_national_total(aggregated: pd.DataFrame) -> None:
    assert aggregated["drones"].sum() == 116


@pytest.mark.parametrize("empty", [None, pd.DataFrame()], ids=["none", "empty-frame"])
def test_aggregate_of_nothing(empty: pd.DataFrame | None) -> None:
    agg = aggregate(empty)
    assert len(agg) == 27 and agg[list(METRICS)].to_numpy().sum() == 0
