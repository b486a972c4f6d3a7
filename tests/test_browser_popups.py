"""Popups sent as raw fields (`build_map(popup_data=True)`, the dashboard's payload) and laid
out in the page: every field escaped there, only http(s) addresses made links. Driven in
Debian's headless Chromium on the saved page (file://, offline)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from browser_support import ROOT, WAIT_MS, chromium, need_browser

from geo import maps
from geo.event_table import normalize_events

HOSTILE = "Drones hit <script>alert(1)</script> and <img src=x onerror=alert(2)> overnight."


def _events() -> pd.DataFrame:
    return normalize_events(pd.DataFrame({
        "place": ["<b>Kharkiv</b>", "Odesa", "Odesa"], "lat": [49.99, 46.48, 46.48],
        "lon": [36.23, 30.72, 30.72], "oblast_iso": ["UA-63", "UA-51", "UA-51"],
        "oblast": ["Kharkiv", "Odesa", "Odesa"], "geo_precision": [1, 1, 1],
        "weapon": ["drone", "missile", "missile"], "drones": [12, None, None],
        "date": ["2025-12-03", "2025-12-04", "2025-12-05"],
        "sentence": [HOSTILE, "A missile hit the port.", "Another missile hit the port."],
        "source": ["javascript:alert(3)", "Port news", "<i>site</i>"],
        "url": [None, "https://example.org/port", "javascript:alert(4)"],
        "sources": [1, 3, 1],
    }))


def test_popup_fields_are_raw_and_the_html_popups_unchanged() -> None:
    data = maps.place_markers_by_day(_events(), "events", popup_data=True)[0]
    kharkiv = data.set_index("name").loc["<b>Kharkiv</b>", "popup"]
    assert kharkiv[0] == "<b>Kharkiv</b>" and kharkiv[6][0][3] == HOSTILE  # escaped in the page
    assert kharkiv[6][0][4:6] == ["javascript:alert(3)", ""]  # no link
    html = maps.place_markers(_events(), "events").set_index("name")
    assert "&lt;script&gt;" in html.loc["<b>Kharkiv</b>", "popup"]  # the export: HTML as before


@pytest.mark.browser
def test_popups_laid_out_in_the_page_show_text_and_link_only_the_web(tmp_path: Path) -> None:
    need_browser()
    page_file = tmp_path / "map.html"
    maps.build_map(_events(), popup_data=True,
                   asset_url=(ROOT / "static").as_uri()).save(str(page_file))
    dialogs: list[str] = []
    with chromium(files=True) as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.as_uri())
        page.locator("path.sm-unit").nth(26).wait_for(timeout=WAIT_MS)
        popups = page.evaluate(
            """() => {
                const map = Object.values(window).find(v => v instanceof L.Map), out = [];
                map.eachLayer(l => {
                    if (!(l.getPopup && l.getPopup() && l.getLatLng)) return;
                    l.openPopup();
                    const c = l.getPopup().getElement().querySelector('.leaflet-popup-content');
                    out.push({text: c.innerText,
                              markup: c.querySelectorAll('script, img, i, b b').length,
                              links: [...c.querySelectorAll('a')].map(a => a.href)});
                    l.closePopup();
                });
                return out;
            }""")
    assert dialogs == []
    kharkiv = next(p for p in popups if "Kharkiv" in p["text"])
    assert "<b>Kharkiv</b>" in kharkiv["text"]
    assert "<script>alert(1)</script>" in kharkiv["text"]
    assert "<img src=x onerror=alert(2)>" in kharkiv["text"]
    assert "javascript:alert(3)" in kharkiv["text"] and kharkiv["links"] == []
    odesa = next(p for p in popups if "Odesa" in p["text"])
    assert odesa["links"] == ["https://example.org/port"]  # javascript:alert(4) is no link
    assert "<i>site</i>" in odesa["text"] and "and 2 more reports" in odesa["text"]
    assert "2 events" in odesa["text"]
    assert all(p["markup"] == 0 for p in popups)
