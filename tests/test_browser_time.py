"""The map's day-by-day playback, driven in Debian's headless Chromium, and its data in the HTML.

Three dated days over three places: moving the slider shows one day's places and figures,
play walks to the last day, "All" brings back the whole period's markers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from browser_support import ROOT, WAIT_MS, chromium, need_browser

from geo import maps
from geo.event_table import events_frame
from tests.test_maps import _doc, _event


def _events() -> pd.DataFrame:
    dnipro = {"place": "Dnipro", "lat": 48.46, "lon": 35.04, "oblast": "Dnipropetrovsk",
              "oblast_iso": "UA-12"}
    kharkiv = {"place": "Kharkiv", "lat": 49.99, "lon": 36.23, "oblast": "Kharkiv",
               "oblast_iso": "UA-63"}
    return events_frame([_doc([
        _event(id="a", date="2025-11-20", drones=10),
        _event(id="b", date="2025-11-21", drones=4, **dnipro),
        _event(id="c", date="2025-11-21", drones=6),
        _event(id="d", date="2025-11-22", drones=30, **kharkiv),
        _event(id="e", date="2025-11-22", drones=2, **kharkiv),
    ])])


def _days(html: str) -> list[list[object]]:
    raw = re.search(r"\}\)\(map_\w+, place_markers_\w+, geo_json_\w+, (\[.*?\]),\n", html, re.S)
    assert raw, "playback data not found"
    return json.loads(raw.group(1))


def test_playback_data_per_day() -> None:
    html = maps.build_map(_events(), metric="drones").get_root().render()
    assert "Day-by-day playback" in html
    days = _days(html)
    assert [d[0] for d in days] == ["2025-11-20", "2025-11-21", "2025-11-22"]
    # [row, value, events] per struck place: two places on the 21st, Kharkiv twice on the 22nd
    assert len(days[1][1]) == 6 and sorted(days[1][1][1::3]) == [4, 6]
    assert days[2][1][1:] == [32, 2]


def test_no_playback_for_a_single_day() -> None:
    one = events_frame([_doc([_event(id="a", date="2025-11-20")])])
    assert "Day-by-day playback" not in maps.build_map(one).get_root().render()


@pytest.mark.browser
def test_playback_in_a_browser(tmp_path: Path) -> None:
    need_browser()
    page_file = tmp_path / "map.html"
    maps.build_map(_events(), metric="drones",
                   asset_url=(ROOT / "static").as_uri()).save(str(page_file))
    errors: list[str] = []
    with chromium(files=True) as browser:
        page = browser.new_page(viewport={"width": 1100, "height": 800})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        label = page.locator(".sm-day-label")
        label.wait_for(timeout=WAIT_MS)
        assert "3 days" in label.inner_text()
        assert page.locator("path.sm-place").count() == 3  # the whole period
        assert page.locator(".sm-all").is_disabled()

        page.locator(".sm-day-slider").fill("1")
        assert page.locator("path.sm-day").count() == 2
        assert label.inner_text() == "21 Nov 2025 · 2 events · 10 drones launched"
        assert not page.locator(".sm-all").is_disabled()

        page.locator(".sm-play").click()
        page.wait_for_function(
            "() => document.querySelector('.sm-day-label').textContent"
            ".startsWith('22 Nov 2025')", timeout=WAIT_MS)
        assert page.locator("path.sm-day").count() == 1  # Kharkiv, twice that day
        assert "32 drones" in label.inner_text()

        page.locator(".sm-all").click()
        assert page.locator("path.sm-day").count() == 0
        assert page.locator("path.sm-place").count() == 3
        assert "3 days" in label.inner_text()
    assert errors == []


def test_playback_sends_pairs_for_the_event_count() -> None:
    days = _days(maps.build_map(_events(), metric="events").get_root().render())
    assert days[1][1][1::2] == [1, 1]  # [row, events] per place on the 21st
    assert days[2][1][1:] == [2]  # Kharkiv, two events on the 22nd
