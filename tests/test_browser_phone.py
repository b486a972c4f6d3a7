"""The dashboard on a phone (390x844) and the map's notices, in Debian's headless Chromium.

What a reader on a phone sees: the country fills the map's width, markers stay small enough
to leave the oblasts visible, the legend and the layer control start folded, the headline
numbers take a few lines, and an open popup's close button is never under a control. Offline
with the online base map on, a note says the tiles could not load and the outlines stay.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from browser_support import MAP_FRAME as FRAME
from browser_support import ROOT, WAIT_MS, chromium, map_frame, need_browser

from tests.test_browser import server  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

#: Thresholds for a 390-px-wide screen.
MIN_COUNTRY_PX = 300  # Ukraine's outline across the map (it was ~200 px)
MAX_MARKER_PX = 24  # the largest circle's diameter (it was 44 px)
MAX_HEADLINE_PX = 200  # the five headline numbers (they filled a screen)


def _box(locator: Any) -> dict[str, float]:
    box = locator.bounding_box()
    assert box is not None
    return box


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


@pytest.fixture(scope="module")
def phone(server: str) -> dict[str, Any]:  # noqa: F811 (the imported fixture)
    """One phone-sized session: sizes measured, the legend unfolded, a popup opened."""
    seen: dict[str, Any] = {"errors": []}
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 390, "height": 844},
                                device_scale_factor=2, is_mobile=True, has_touch=True)
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        page.goto(f"{server}/?metric=drones", wait_until="domcontentloaded")
        page.wait_for_selector(FRAME, timeout=WAIT_MS)
        fl = page.frame_locator(FRAME)
        fl.locator("path.sm-unit").nth(26).wait_for(timeout=WAIT_MS)
        page.wait_for_timeout(500)
        frame = map_frame(page)
        seen["iframe"] = _box(page.locator(FRAME))
        seen["country"] = frame.evaluate(
            """() => {
                let x0 = 1e9, x1 = -1e9;
                document.querySelectorAll('path.sm-outline').forEach(p => {
                    const r = p.getBoundingClientRect();
                    x0 = Math.min(x0, r.left); x1 = Math.max(x1, r.right);
                });
                return x1 - x0;
            }""")
        seen["markers"] = frame.evaluate(
            """() => Array.from(document.querySelectorAll('path.sm-place, .sm-oblast'))
                      .map(p => p.getBoundingClientRect().width)""")
        seen["legend_open_before"] = frame.evaluate(
            "() => document.querySelector('.sm-legend details').open")
        seen["legend_height_before"] = _box(fl.locator(".sm-legend"))["height"]
        fl.locator(".sm-legend summary").click()
        seen["legend_open_after"] = frame.evaluate(
            "() => document.querySelector('.sm-legend details').open")
        seen["legend_text"] = fl.locator(".sm-legend").inner_text()
        fl.locator(".sm-legend summary").click()
        seen["layers_expanded"] = fl.locator(".leaflet-control-layers-expanded").count()
        seen["headline"] = _box(page.locator(".st-key-headline"))
        seen["headline_metrics"] = page.locator(".st-key-headline [data-testid=stMetric]") \
            .count()
        # The north-east place (Kharkiv) sits under the layer control: open its popup.
        frame.evaluate(
            """() => {
                let best = null;
                window.map.eachLayer(l => {
                    if (l.getPopup && l.getPopup() && l.getLatLng
                        && (!best || l.getLatLng().lat + l.getLatLng().lng
                            > best.getLatLng().lat + best.getLatLng().lng)) best = l;
                });
                best.openPopup();
            }""")
        page.wait_for_timeout(800)
        seen["close"] = _box(fl.locator(".leaflet-popup-close-button"))
        seen["layer_control"] = _box(fl.locator(".leaflet-control-layers"))
        seen["map"] = _box(fl.locator(".leaflet-container"))
    return seen


def test_the_map_fills_a_phones_width(phone: dict[str, Any]) -> None:
    assert phone["iframe"]["width"] >= 340
    assert phone["country"] >= MIN_COUNTRY_PX, phone["country"]


def test_markers_are_small_on_a_phone(phone: dict[str, Any]) -> None:
    assert phone["markers"], "no markers drawn"
    assert max(phone["markers"]) <= MAX_MARKER_PX, phone["markers"]


def test_the_legend_starts_folded_and_unfolds(phone: dict[str, Any]) -> None:
    assert phone["legend_open_before"] is False
    assert phone["legend_height_before"] < 40
    assert phone["legend_open_after"] is True
    assert "Drones launched" in phone["legend_text"] and "Markers" in phone["legend_text"]


def test_the_layer_control_starts_folded(phone: dict[str, Any]) -> None:
    assert phone["layers_expanded"] == 0


def test_headline_numbers_are_compact(phone: dict[str, Any]) -> None:
    assert phone["headline_metrics"] == 5
    assert phone["headline"]["height"] <= MAX_HEADLINE_PX, phone["headline"]


def test_popup_close_button_clear_of_the_layer_control(phone: dict[str, Any]) -> None:
    close, control, frame = phone["close"], phone["layer_control"], phone["map"]
    assert not _overlap(close, control), (close, control)
    assert frame["y"] <= close["y"] and close["y"] + close["height"] <= frame["y"] + frame["height"]
    assert frame["x"] <= close["x"] and close["x"] + close["width"] <= frame["x"] + frame["width"]


def test_no_script_error_on_a_phone(phone: dict[str, Any]) -> None:
    assert phone["errors"] == []


def test_offline_base_map_says_so_and_keeps_the_outlines(tmp_path: Path) -> None:
    """Tiles on, the network gone (every tile request aborted): a note, and 27 outlines."""
    need_browser()
    from geo import maps
    from geo.event_table import normalize_events

    frame = normalize_events(pd.DataFrame({
        "place": ["Kharkiv"], "lat": [49.99], "lon": [36.23], "oblast": ["Kharkiv"],
        "oblast_iso": ["UA-63"], "geo_precision": [1], "weapon": ["drone"], "drones": [5],
        "date": ["2025-12-03"]}))
    page_file = tmp_path / "map.html"
    maps.build_map(frame, tiles=True, asset_url=(ROOT / "static").as_uri()).save(str(page_file))
    aborted: list[str] = []
    with chromium(files=True) as browser:
        page = browser.new_page(viewport={"width": 1000, "height": 700})

        def offline(route: Any) -> None:
            if route.request.url.startswith(("file:", "data:", "about:")):
                route.continue_()
            else:
                aborted.append(route.request.url)
                route.abort()

        page.context.route("**/*", offline)
        page.goto(page_file.as_uri())
        page.locator(".sm-tile-note").wait_for(timeout=WAIT_MS)
        assert "could not load" in page.locator(".sm-tile-note").inner_text()
        assert page.locator("path.sm-outline").count() == 27
    assert any("tile.openstreetmap.org" in u for u in aborted)


def test_the_tile_note_is_wired_only_to_tiles() -> None:
    import re

    from geo import maps
    from geo.event_table import normalize_events

    empty = normalize_events(pd.DataFrame())
    without = maps.build_map(empty).get_root().render()
    with_tiles = maps.build_map(empty, tiles=True).get_root().render()
    assert re.search(r"\}\)\(map_\w+, null\);", without)
    assert re.search(r"\}\)\(map_\w+, tile_layer_\w+\);", with_tiles)


def _luminance(css: str) -> float:
    import re

    r, g, b = (int(v) for v in re.findall(r"\d+", css)[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_and_map_follow_the_browsers_theme(server: str, scheme: str) -> None:  # noqa: F811
    """No theme is forced (.streamlit/config.toml): the page and the map's own colours follow
    the browser's preference, and the map's text stays legible on its background."""
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900},
                                color_scheme=scheme)
        page.goto(server, wait_until="domcontentloaded")
        page.wait_for_selector(FRAME, timeout=WAIT_MS)
        fl = page.frame_locator(FRAME)
        fl.locator("path.sm-unit").nth(26).wait_for(timeout=WAIT_MS)
        app = page.evaluate(
            "() => getComputedStyle(document.querySelector('.stApp')).backgroundColor")
        frame = map_frame(page)
        from geo.units import load_units

        unit = load_units().set_index("iso").loc["UA-63"]
        offset = frame.evaluate(
            """([lat, lon]) => {
                const label = Array.from(document.querySelectorAll('.sm-label-oblast'))
                    .find(e => e.textContent === 'Kharkiv');
                const r = label.getBoundingClientRect();
                const c = window.map.getContainer().getBoundingClientRect();
                const p = window.map.latLngToContainerPoint([lat, lon]);
                return Math.hypot(r.left - c.left - p.x, r.top - c.top - p.y);
            }""", [float(unit["label_lat"]), float(unit["label_lon"])])
        colours = frame.evaluate(
            """() => {
                const st = s => getComputedStyle(document.querySelector(s));
                return [st('.leaflet-container').backgroundColor,
                        st('.sm-legend').backgroundColor, st('.sm-legend').color,
                        st('path.sm-outline').fill];
            }""")
    ground, legend, ink, outline = (_luminance(c) for c in colours)
    if scheme == "dark":
        assert _luminance(app) < 0.3 and ground < 0.3 and outline < 0.3, (app, colours)
    else:
        assert _luminance(app) > 0.8 and ground > 0.8 and outline > 0.8, (app, colours)
    assert abs(legend - ink) > 0.5, colours  # the legend's text reads on its background
    assert offset < 3, offset  # an oblast's name sits on its label point in the map frame


def test_no_forced_theme() -> None:
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert "base" not in config.get("theme", {})
