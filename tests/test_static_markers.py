"""Static map markers as on the interactive map: weapon colours, oblast-only events as dashed
diamonds at the oblast's centre, each place labelled once."""

from __future__ import annotations

import geopandas as gpd
import matplotlib.colors as mcolors
import pandas as pd
import pytest
import shapely

from geo.colors import WEAPON_COLORS
from geo.event_table import normalize_events
from geo.static import map_figure
from geo.units import load_units


@pytest.fixture(scope="module")
def fig():
    frame = normalize_events(pd.DataFrame({
        "place": ["Kharkiv", "Kharkiv", "Odesa", "Kyiv", "Kharkiv", "Dnipropetrovsk"],
        "lat": [49.99, 49.95, 46.48, 50.45, 49.99, None],
        "lon": [36.23, 36.30, 30.72, 30.52, 36.23, None],
        "oblast": ["Kharkiv", "Kharkiv", "Odesa", "Kyiv City", "Kharkiv", "Dnipropetrovsk"],
        "oblast_iso": ["UA-63", "UA-63", "UA-51", "UA-30", "UA-63", "UA-12"],
        "geo_precision": [1, 1, 1, 1, 1, 3],
        "place_kind": ["settlement"] * 5 + ["oblast"],
        "weapon": ["drone", "drone", "missile", "drone", "missile", "drone"],
        "drones": [40, 30, 0, 5, 0, 50], "missiles": [0, 0, 3, 0, 2, 0],
        "killed": [1, 1, 1, 1, 1, 1],
    }))
    return map_figure(frame, metric="killed", markers=True)


def _collection(fig, gid):
    (found,) = [c for c in fig.axes[0].collections if c.get_gid() == gid]
    return found


def test_each_place_labelled_once(fig) -> None:
    notes = [t.get_text() for t in fig.axes[0].texts
             if (t.get_gid() or "").startswith("marker-label")]
    names = [n.rsplit(" ", 1)[0] for n in notes]
    assert names.count("Kharkiv") == 1, notes
    assert not any("(oblast)" in n for n in names)


def test_places_in_their_weapon_colours(fig) -> None:
    faces = {mcolors.to_hex(c) for c in _collection(fig, "markers").get_facecolors()}
    assert WEAPON_COLORS["missile"] in faces  # Odesa
    assert WEAPON_COLORS["mixed"] in faces  # Kharkiv at 49.99: a drone and a missile
    assert WEAPON_COLORS["drone"] in faces  # Kyiv


def test_oblast_only_events_are_dashed_diamonds_at_the_centre(fig) -> None:
    diamonds = _collection(fig, "oblast-markers")
    assert len(diamonds.get_offsets()) == 1
    assert diamonds.get_linestyles()[0][1] is not None  # dashed
    label = load_units().set_index("iso").loc["UA-12", ["label_lon", "label_lat"]]
    pt = gpd.GeoSeries(gpd.points_from_xy([label["label_lon"]], [label["label_lat"]]),
                       crs="EPSG:4326").to_crs("EPSG:3035")
    assert list(diamonds.get_offsets()[0]) == pytest.approx(
        list(shapely.get_coordinates(pt.to_numpy())[0]), abs=1)


def test_legend_names_weapons_and_diamonds(fig) -> None:
    legends = [c for c in fig.axes[0].get_children() if c.get_gid() == "size-legend"]
    texts = [t.get_text() for t in legends[0].get_texts()]
    assert {"drone", "missile", "oblast only, at its centre"} <= set(texts)
