"""The map component's payload and its per-view cache (geo/map_component.py); the frame
itself is driven in a real browser by tests/test_browser*.py."""

from __future__ import annotations

import gc

import pandas as pd

from geo import map_component, maps
from geo.event_table import normalize_events
from geo.view import View


def _located() -> pd.DataFrame:
    return normalize_events(pd.DataFrame({
        "place": ["Kharkiv", "Odesa"], "lat": [49.99, 46.48], "lon": [36.23, 30.72],
        "oblast_iso": ["UA-63", "UA-51"], "oblast": ["Kharkiv", "Odesa"],
        "geo_precision": [1, 1], "weapon": ["drone", "missile"], "drones": [12, None],
        "date": ["2025-12-03", "2025-12-04"],
    }))


def test_payload_holds_the_map_script_its_local_assets_and_its_bounds() -> None:
    m = maps.build_map(_located(), metric="drones")
    p = map_component.payload(m)
    assert 'L.map(\n' in p["script"] and f'"{p["map_id"]}"' in p["script"]
    assert f'id="{p["map_id"]}"' in p["html"] and "sm-hatch" in p["html"]
    assert ".sm-legend" in p["styles"] and "<style" not in p["styles"]
    # Leaflet first (its plugins need it); only files served from static/, no jQuery or
    # Bootstrap (unused by these maps)
    assert p["js"][0].endswith("/leaflet/1.9.3/leaflet.js")
    assert all(u.startswith(maps.ASSET_URL + "/") for u in p["js"] + p["css"])
    assert not any("jquery" in u or "bootstrap" in u for u in p["js"] + p["css"])
    assert p["fit"] == repr(maps.selection_bounds())
    assert map_component.payload(maps.build_map(_located(), oblasts=("UA-63",)))["fit"] \
        == repr(maps.selection_bounds(("UA-63",)))


def test_the_same_map_built_twice_gives_the_same_payload() -> None:
    """folium names elements by random ids; the payload numbers them, so the frame can tell
    an unchanged map (and leave it drawn) from a new one."""
    one, two = (map_component.payload(maps.build_map(_located(), metric="drones"))
                for _ in range(2))
    assert one == two
    assert map_component.payload(maps.build_map(_located(), metric="events")) != one


def test_cache_gives_the_same_payload_per_events_object_and_view() -> None:
    cache = map_component.PayloadCache(size=2)
    events = _located()
    built: list[str] = []

    def build(metric: str) -> object:
        built.append(metric)
        return maps.build_map(events, metric=metric)

    a = cache.get(events, View(), lambda: build("events"))
    assert cache.get(events, View(), lambda: build("events")) is a
    assert built == ["events"]
    b = cache.get(events, View(metric="drones"), lambda: build("drones"))
    assert b is not a and built == ["events", "drones"]
    # an equal but new table (the store changed) never meets the old payload
    other = events.copy()
    assert cache.get(other, View(), lambda: build("events")) is not a
    assert built == ["events", "drones", "events"]
    assert (cache.hits, cache.misses) == (1, 3)


def test_cache_is_bounded_and_holds_no_table_alive() -> None:
    cache = map_component.PayloadCache(size=2)
    events = _located()
    for metric in ("events", "drones", "killed"):
        cache.get(events, View(metric=metric), lambda metric=metric: maps.build_map(
            events, metric=metric))
    assert len(cache._items) == 2
    gone = _located()
    cache.get(gone, View(), lambda: maps.build_map(_located()))
    del gone
    gc.collect()
    cache.get(events, View(metric="injured"), lambda: maps.build_map(events, metric="injured"))
    assert all(ref() is not None for ref, _p in cache._items.values())
