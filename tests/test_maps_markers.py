"""Marker counts stay bounded: crowded points merge into grid cells, nothing is lost."""

from __future__ import annotations

import numpy as np
import pandas as pd

from geo import maps
from geo.event_table import normalize_events


def test_crowded_points_merge_into_at_most_marker_max(monkeypatch) -> None:
    monkeypatch.setattr(maps, "MARKER_MAX", 50)
    rng = np.random.default_rng(3)
    n = 2_000
    frame = normalize_events(pd.DataFrame({
        "place": [f"P{i % 300}" for i in range(n)], "lat": 48 + rng.random(n),
        "lon": 30 + rng.random(n), "oblast": "Kyiv", "oblast_iso": "UA-32",
        "geo_precision": 1, "weapon": "drone", "drones": rng.integers(1, 9, n),
        "date": "2025-11-20"}))
    places = maps.place_markers(frame, "drones")
    assert 1 < len(places) <= 50
    assert places["events"].sum() == n
    assert places["value"].sum() == frame["drones"].sum()
    assert places["name"].str.contains("nearby").all()


def test_few_points_stay_apart() -> None:
    frame = normalize_events(pd.DataFrame({
        "place": ["A", "B"], "lat": [48.0, 48.001], "lon": [30.0, 30.001], "oblast": "Kyiv",
        "oblast_iso": "UA-32", "geo_precision": 1, "weapon": "drone", "drones": [1, 2]}))
    assert sorted(maps.place_markers(frame, "drones")["name"]) == ["A", "B"]
