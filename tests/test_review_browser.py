"""The review flow end to end in a real browser (Debian's Chromium via Playwright, as in
test_browser.py): confirm one event, correct one figure, reject one - by keyboard: Enter in a
field saves, Alt+X rejects - then see the map and the CSV change, ingest the same reports
again and see the corrections stay.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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

# Our own sentences (not from any publisher).
REPORTS = {
    "kharkiv.json": {"text": "Russian drones struck Kharkiv overnight on 2 December, killing "
                             "three people and injuring 12, the regional governor said. In "
                             "Odesa, a missile hit a port warehouse overnight; two people were "
                             "injured.", "published": "2025-12-02",
                     "source": "https://news.example/kharkiv"},
    "sumy.json": {"text": "At least 40 drones attacked Sumy region overnight on 2 December, "
                          "officials said. A drone strike on Poltava killed one person and "
                          "injured four.", "published": "2025-12-02", "source": "sumy notes"},
}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The app on a free localhost port, its store holding our two reports."""
    need_browser()
    data = tmp_path_factory.mktemp("data")
    samples = data_folder(data)
    for name, report in REPORTS.items():
        (samples / name).write_text(json.dumps(report), encoding="utf-8")
    db = f"sqlite:///{data / 'store.gpkg'}"
    env = {**os.environ, "STRIKEMAP_DATA_DIR": str(data), "STRIKEMAP_DB": db}
    with streamlit_app(env, tmp_path_factory.mktemp("log") / "streamlit.log",
                       extra=["--server.fileWatcherType", "none"]) as url:
        yield {"url": url, "db": db, "samples": samples, "env": env}


def _popups(page: Any) -> list[str]:
    """The text of every popup on the map (the iframe is drawn again on each rerun)."""
    page.wait_for_selector(MAP_FRAME, timeout=WAIT_MS)
    page.frame_locator(MAP_FRAME).locator("path.sm-unit").nth(26).wait_for(timeout=WAIT_MS)
    frame = map_frame(page)
    return list(frame.evaluate(
        """() => {
            const out = [];
            window.map.eachLayer(l => {
                if (l.getPopup && l.getPopup() && l.getLatLng) {
                    const c = l.getPopup().getContent();
                    out.push(typeof c === 'string' ? c : c.innerText || c.textContent);
                }
            });
            return out;
        }"""))


def _csv(page: Any) -> dict[str, dict[str, str]]:
    with page.expect_download(timeout=WAIT_MS) as got:
        page.get_by_role("button", name="Events (CSV)").click()
    text = Path(got.value.path()).read_text(encoding="utf-8")
    return {row["place"]: row for row in csv.DictReader(io.StringIO(text))}


def _idle(page: Any) -> None:
    """Wait until the app has finished its run (Streamlit's status widget goes away)."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        """() => {
            const w = document.querySelector('[data-testid="stStatusWidget"]');
            return !w || !/Running|Stop/.test(w.innerText);
        }""", timeout=WAIT_MS)
    page.wait_for_timeout(300)


def _pick(page: Any, place: str) -> None:
    """Choose an event in the review list by typing its place (keyboard only); tried again
    if a rerun still under way swallowed the keys."""
    card = page.locator('[data-testid="stMarkdown"]').filter(has_text="status:").first
    for _attempt in range(3):
        _idle(page)
        box = page.locator('[data-testid="stSelectbox"]').filter(has_text="Event (").first
        box.locator("input").click()
        page.keyboard.type(place)
        page.keyboard.press("Enter")
        _idle(page)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if card.inner_text(timeout=WAIT_MS).startswith(f"{place} ·"):
                return
            page.wait_for_timeout(250)
    raise AssertionError(f"{place} not chosen: {card.inner_text()}")


def _saved(page: Any, text: str) -> None:
    # Streamlit's markdown shows "->" as an arrow
    pattern = re.compile("Saved: " + re.escape(text).replace(re.escape("->"), ".{1,2}"))
    page.get_by_text(pattern).wait_for(timeout=WAIT_MS)
    _idle(page)


def _figure(popups: list[str], place: str) -> str:
    return next(p for p in popups if place in p)


@pytest.fixture(scope="module")
def flow(app: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    shots = tmp_path_factory.mktemp("shots")
    seen: dict[str, Any] = {}
    with chromium() as browser:
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1400},
                                    accept_downloads=True)
            page.goto(app["url"], wait_until="domcontentloaded")
            seen["popups_before"] = _popups(page)
            seen["csv_before"] = _csv(page)

            page.get_by_role("tab", name="Review").click()
            name = page.get_by_label("Your name (recorded with each correction)")
            name.fill("ana")
            name.press("Enter")
            _idle(page)

            # Confirm: nothing changed, Enter in a field saves the form = confirms.
            _pick(page, "Sumy")
            page.get_by_role("textbox", name="Place").first.press("Enter")
            _saved(page, "confirm by ana")

            # Correct one figure: type it, Enter.
            _pick(page, "Poltava")
            killed = page.get_by_role("textbox", name="Killed").first
            killed.fill("2")
            killed.press("Enter")
            _saved(page, "killed 1 -> 2 by ana")

            # Reject with the keyboard shortcut.
            _pick(page, "Odesa")
            reason = page.get_by_role("textbox", name="Reason (optional)").first
            reason.fill("a warehouse fire")
            reason.press("Tab")  # on to the Save button
            page.keyboard.press("Alt+x")
            _saved(page, "reject by ana")
            page.screenshot(path=str(shots / "review.png"), full_page=True)

            seen["popups_after"] = _popups(page)
            seen["csv_after"] = _csv(page)

            # The same reports once more, from the command line, then a new session.
            run = subprocess.run(
                [sys.executable, "-m", "extract", "ingest", str(app["samples"]),
                 "--db", app["db"], "--no-progress"], cwd=ROOT, env=app["env"],
                capture_output=True, text=True, timeout=600)
            seen["ingest"] = run
            page.goto(app["url"], wait_until="domcontentloaded")
            seen["popups_again"] = _popups(page)
            seen["csv_again"] = _csv(page)
            page.goto(f"{app['url']}/?reviewed=1", wait_until="domcontentloaded")
            seen["popups_reviewed"] = _popups(page)
            seen["csv_reviewed"] = _csv(page)
        except Exception:
            page.screenshot(path=str(shots / "failed.png"), full_page=True)
            print(f"screenshot: {shots / 'failed.png'}")
            raise
    return seen


def test_before_review_every_event_is_extracted(flow: dict[str, Any]) -> None:
    before = flow["csv_before"]
    assert set(before) == {"Kharkiv", "Odesa", "Sumy", "Poltava"}
    assert {r["status"] for r in before.values()} == {"extracted"}
    assert before["Poltava"]["killed"] == "1"
    assert any("Odesa" in p for p in flow["popups_before"])


def test_the_csv_changes(flow: dict[str, Any]) -> None:
    after = flow["csv_after"]
    assert "Odesa" not in after  # rejected: not a strike
    assert after["Sumy"]["status"] == "confirmed"
    assert (after["Poltava"]["status"], after["Poltava"]["killed"]) == ("corrected", "2")
    assert after["Kharkiv"]["status"] == "extracted"


def test_the_map_changes(flow: dict[str, Any]) -> None:
    after = flow["popups_after"]
    assert not any("Odesa" in p for p in after)
    assert len(after) == len(flow["popups_before"]) - 1
    assert _figure(after, "Poltava") != _figure(flow["popups_before"], "Poltava")
    assert "2" in _figure(after, "Poltava")


def test_corrections_stay_after_ingesting_the_same_reports(flow: dict[str, Any]) -> None:
    run = flow["ingest"]
    assert run.returncode == 0, run.stderr
    assert flow["csv_again"] == flow["csv_after"]
    assert sorted(flow["popups_again"]) == sorted(flow["popups_after"])


def test_reviewed_only_view(flow: dict[str, Any]) -> None:
    assert set(flow["csv_reviewed"]) == {"Sumy", "Poltava"}
    popups = flow["popups_reviewed"]
    assert len(popups) == 2 and not any("Kharkiv" in p or "Odesa" in p for p in popups)
