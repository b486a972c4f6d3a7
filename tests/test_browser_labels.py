"""Labels on the interactive map, in Debian's headless Chromium: oblast names at the country
view, the largest struck places by rank as the reader zooms in, none when zoomed far out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_support import ROOT, WAIT_MS, chromium, need_browser

from geo import maps
from tests.test_browser_time import _events

_MAP = "Object.values(window).find(v => v instanceof L.Map)"


def _zoom_to(page: Any, zoom: float) -> float:
    """Zoom the map and return its zoom once the animation has ended (labels follow on
    `zoomend`; a fixed wait raced the animation on a loaded machine)."""
    return page.evaluate(
        "z => new Promise(done => { const m = " + _MAP + ";"
        " m.once('zoomend', () => done(m.getZoom())); m.setZoom(z); })", zoom)


def test_label_data_escapes_and_ranks() -> None:
    places = maps.place_markers(_events(), "drones")
    labels = maps.Labels(places).labels
    assert labels.count(",0]") == 27  # every oblast
    assert '"Kharkiv",6.0,1]' in labels  # the largest place, from the country view on


@pytest.mark.browser
def test_labels_follow_the_zoom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    need_browser()
    # the largest place from the country view on, the others from zoom 8.5
    monkeypatch.setattr(maps, "PLACE_LABEL_ZOOMS", ((1, 6.0), (60, 8.5)))
    page_file = tmp_path / "map.html"
    maps.build_map(_events(), metric="drones",
                   asset_url=(ROOT / "static").as_uri()).save(str(page_file))
    with chromium(files=True) as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(page_file.as_uri())
        page.locator("path.sm-unit").nth(26).wait_for(timeout=WAIT_MS)
        # opened at its fitted view, not animating to it (a zoom asked for then is dropped)
        assert page.evaluate(f"() => !!{_MAP}._animatingZoom") is False
        assert page.evaluate(f"() => {_MAP}.getZoom()") >= 6
        assert page.evaluate(f"() => {_MAP}.getMinZoom()") == 4
        oblasts = page.locator(".sm-label-oblast").all_inner_texts()
        assert len(oblasts) == 25 and "Kharkiv" in oblasts and "Lviv" in oblasts
        assert page.locator(".sm-label-place").all_inner_texts() == ["Kharkiv"]
        assert _zoom_to(page, 8.5) == 8.5
        assert set(page.locator(".sm-label-place").all_inner_texts()) == {
            "Kharkiv", "Kramatorsk", "Dnipro"}
        assert page.locator(".sm-label-oblast").count() == 27
        assert _zoom_to(page, 5) == 5
        assert page.locator(".sm-label").count() == 0
