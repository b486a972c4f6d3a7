"""The dashboard in a real browser: `streamlit run` headless, Debian's Chromium via Playwright.

Only a browser shows that the map iframe really draws (scripts served from static/, no CDN,
MarkerCluster happy without tiles) and that report text in a popup runs nothing. No browser is
ever downloaded: the test uses /usr/bin/chromium (installed by .ci/run) or skips.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from browser_support import (
    MAP_FRAME,
    ROOT,
    WAIT_MS,
    chromium,
    data_folder,
    map_frame,
    need_browser,
    streamlit_app,
)

pytestmark = pytest.mark.browser

EVIL = ("Russian drones struck Kharkiv overnight on 3 December. At least 20 drones attacked "
        "Kharkiv <img src=x onerror=alert(1)> <script>alert(2)</script> overnight, killing two "
        "people and injuring five.")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a free localhost port, reading a data folder with one hostile report."""
    need_browser()
    data = tmp_path_factory.mktemp("data")
    samples = data_folder(data, seed=True)
    hostile = {"text": EVIL, "published": "2025-12-03", "source": "hostile <b>source</b>"}
    (samples / "hostile.json").write_text(json.dumps(hostile), encoding="utf-8")
    env = {**os.environ, "STRIKEMAP_DATA_DIR": str(data),
           "STRIKEMAP_DB": f"sqlite:///{data / 'store.gpkg'}"}
    with streamlit_app(env, tmp_path_factory.mktemp("log") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def dashboard(server: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One browser session on the page: what it drew, its popups, downloads, dialogs and
    every request that tried to leave the machine (the tests below check each)."""
    shots = tmp_path_factory.mktemp("shots")
    seen: dict[str, Any] = {"outside": [], "dialogs": []}
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1100})

        def guard(route: object) -> None:
            req_url = route.request.url  # type: ignore[attr-defined]
            if req_url.startswith((server, "data:", "blob:", "about:")):
                route.continue_()  # type: ignore[attr-defined]
            else:
                seen["outside"].append(req_url)
                route.abort()  # type: ignore[attr-defined]

        page.context.route("**/*", guard)
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
        page.goto(f"{server}/?metric=killed", wait_until="domcontentloaded")

        page.wait_for_selector(MAP_FRAME, timeout=WAIT_MS)
        fl = page.frame_locator(MAP_FRAME)
        fl.locator("path.sm-unit").nth(26).wait_for(timeout=WAIT_MS)
        seen["units"] = fl.locator("path.sm-unit").count()
        seen["outlines"] = fl.locator("path.sm-outline").count()
        seen["places"] = fl.locator("path.sm-place").count()
        seen["oblasts"] = fl.locator(".sm-oblast").count()
        seen["legend"] = fl.locator(".sm-legend").inner_text()
        seen["overlays"] = fl.locator(".leaflet-control-layers-overlays label").count()
        page.screenshot(path=str(shots / "dashboard.png"), full_page=True)
        seen["screenshot"] = shots / "dashboard.png"

        # Open every popup: its text, and how many img/script elements it holds.
        frame = map_frame(page)
        seen["popups"] = frame.evaluate(
            """() => {
                const layers = [], out = [];
                window.map.eachLayer(l => {
                    if (l.getPopup && l.getPopup() && l.getLatLng) layers.push(l);
                });
                for (const l of layers) {
                    l.openPopup();
                    const c = l.getPopup().getElement()
                        .querySelector('.leaflet-popup-content');
                    out.push([c.innerText, c.querySelectorAll('img, script').length]);
                    l.closePopup();
                }
                return out;
            }"""
        )
        page.wait_for_timeout(500)  # give a hostile onerror handler its chance to fire
        frame.evaluate(
            """() => window.map.eachLayer(l => {
                if (l.getPopup && l.getPopup() && l.getLatLng
                    && String(l.getPopup().getContent()).includes('onerror')) l.openPopup();
            })"""
        )
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / "popup.png"))

        # Downloads run their deferred callables on click (AppTest cannot reach these).
        with page.expect_download(timeout=WAIT_MS) as got:
            page.get_by_role("button", name="Events (CSV)").click()
        seen["csv"] = Path(got.value.path()).read_text(encoding="utf-8")
        with page.expect_download(timeout=WAIT_MS) as got:
            page.get_by_role("button", name="Map (PNG)").click()
        seen["png"] = Path(got.value.path()).read_bytes()

        # The Events tab builds its grid when opened (a rerun); the map, unchanged, is
        # neither mounted again nor redrawn in its frame.
        drawn = frame.evaluate("() => document.body.dataset.smDrawn")
        grids = page.locator('[data-testid="stDataFrame"]')
        seen["grids_before"] = grids.count()
        page.get_by_role("tab", name="Events").click()
        page.get_by_text("Select a row to read its whole sentence.").wait_for(timeout=WAIT_MS)
        grids.nth(seen["grids_before"]).wait_for(state="attached", timeout=WAIT_MS)
        seen["grids_after"] = grids.count()
        seen["drawn"] = (drawn, map_frame(page).evaluate("() => document.body.dataset.smDrawn"))
        seen["same_frame"] = map_frame(page) is frame
    return seen


def test_map_draws_every_unit_and_its_outline(dashboard: dict[str, Any]) -> None:
    assert dashboard["units"] == 27
    assert dashboard["outlines"] == 27


def test_map_draws_places_and_the_oblast_marker(dashboard: dict[str, Any]) -> None:
    assert dashboard["places"] >= 2  # Kramatorsk, Dnipro, Kharkiv...
    assert dashboard["oblasts"] >= 1  # the Dnipropetrovsk oblast diamond


def test_legend_names_the_metric_of_the_link(dashboard: dict[str, Any]) -> None:
    assert "Killed" in dashboard["legend"]


def test_layer_control_has_two_overlays(dashboard: dict[str, Any]) -> None:
    assert dashboard["overlays"] == 2


def _hostile_popup(dashboard: dict[str, Any]) -> str:
    hostile = [t for t in dashboard["popups"] if "onerror" in t[0]]
    assert hostile, [t[0].splitlines()[0] for t in dashboard["popups"]]
    return str(hostile[0][0])


@pytest.mark.parametrize("text", ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>",
                                  "hostile <b>source</b>"], ids=["img", "script", "source"])
def test_hostile_report_text_shows_as_text_in_its_popup(dashboard: dict[str, Any],
                                                         text: str) -> None:
    assert text in _hostile_popup(dashboard)


def test_no_popup_holds_markup(dashboard: dict[str, Any]) -> None:
    assert all(n == 0 for _t, n in dashboard["popups"])


def test_no_script_opens_a_dialog(dashboard: dict[str, Any]) -> None:
    assert dashboard["dialogs"] == []


def test_no_request_leaves_the_machine(dashboard: dict[str, Any]) -> None:
    assert dashboard["outside"] == [], f"requests left the machine: {dashboard['outside']}"


def test_the_page_is_drawn(dashboard: dict[str, Any]) -> None:
    assert dashboard["screenshot"].stat().st_size > 10_000


def test_events_csv_download(dashboard: dict[str, Any]) -> None:
    csv = dashboard["csv"]
    assert csv.splitlines()[0].startswith("id,date,place")
    assert "Kharkiv" in csv and "Kramatorsk" in csv


def test_events_tab_builds_its_grid_when_opened(dashboard: dict[str, Any]) -> None:
    assert dashboard["grids_after"] == dashboard["grids_before"] + 1


def test_a_rerun_that_keeps_the_map_keeps_its_frame(dashboard: dict[str, Any]) -> None:
    assert dashboard["same_frame"]
    assert dashboard["drawn"] == ("1", "1")


def test_map_png_download(dashboard: dict[str, Any]) -> None:
    assert dashboard["png"][:8] == b"\x89PNG\r\n\x1a\n"


def test_many_markers_cluster_without_tiles(tmp_path: Path) -> None:
    """MarkerCluster needs the map's maxZoom, which folium omits without tiles."""
    need_browser()
    import numpy as np

    from geo import maps
    from geo.event_table import normalize_events
    from geo.units import join_points

    rng = np.random.default_rng(5)
    n = 400
    frame = join_points(pd.DataFrame({"lat": rng.uniform(46.5, 51.5, n),
                                  "lon": rng.uniform(24.0, 38.0, n)}))
    frame = frame[frame["oblast_iso"].notna()]
    frame["place"] = [f"P{i}" for i in range(len(frame))]
    frame["geo_precision"] = 1
    frame["drones"] = rng.integers(1, 50, len(frame))
    page_file = tmp_path / "map.html"
    maps.build_map(normalize_events(frame), metric="drones",
                   asset_url=(ROOT / "static").as_uri()).save(str(page_file))
    errors: list[str] = []
    with chromium(files=True) as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.locator(".sm-cluster").first.wait_for(timeout=WAIT_MS)
        assert page.locator("path.sm-unit").count() == 27
        assert page.locator(".sm-cluster").count() >= 5
        page.screenshot(path=str(tmp_path / "clusters.png"))
    assert errors == []
