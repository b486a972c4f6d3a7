"""One way to drive the dashboard in a real browser, shared by the browser tests and
benchmarks/bench_browser.py: Debian's Chromium (never a downloaded one) through Playwright, and
`streamlit run app.py` on a free localhost port until it answers its health check.

Nothing here imports pytest at module level, so the benchmark can use it outside a test run.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
WAIT_MS = 120_000  # ceilings for a busy 2-core machine; nothing here is timed
#: The dashboard's map: the component of geo/map_component.py (one iframe for the page).
MAP_FRAME = 'iframe[title="geo.map_component.strikemap_map"]'
MISSING = "/usr/bin/chromium is missing (Debian package `chromium`; .ci/run installs it)"


class AppDidNotStart(RuntimeError):
    """`streamlit run` exited or did not answer its health check in time."""


def need_browser() -> None:
    """Skip the calling test when Chromium or Playwright is not installed."""
    import pytest

    if not CHROMIUM.exists():
        pytest.skip(MISSING)
    pytest.importorskip("playwright.sync_api")


@contextmanager
def chromium(*, files: bool = False) -> Iterator[Any]:
    """A headless Debian Chromium, closed on leaving; `files` lets a file:// page load the
    map's scripts from static/."""
    from playwright.sync_api import sync_playwright

    args = [*ARGS, "--allow-file-access-from-files"] if files else ARGS
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=args)
        try:
            yield browser
        finally:
            browser.close()


def map_frame(page: Any) -> Any:
    """The map component's frame in `page` (it stays one frame; each changed map is drawn
    again inside it)."""
    return next(f for f in page.frames if "strikemap_map" in f.url)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def data_folder(data: Path, *, seed: bool = False) -> Path:
    """`data` as the app's data folder: links to the shipped data files and an empty
    samples/ (holding the bundled seed report when `seed`). Returns samples/."""
    for item in (ROOT / "data").iterdir():
        if item.is_file():
            (data / item.name).symlink_to(item)
    samples = data / "samples"
    samples.mkdir()
    if seed:
        shutil.copy(ROOT / "data" / "samples" / "seed.txt", samples / "seed.txt")
    return samples


@contextmanager
def streamlit_app(env: Mapping[str, str], log: Path, *, cwd: Path = ROOT,
                  port: int | None = None, extra: Sequence[str] = (),
                  start_timeout: float = 90, poll: float = 0.5,
                  stop_timeout: float = 15) -> Iterator[str]:
    """`streamlit run app.py` from `cwd` (its .streamlit/ settings) with `env` on 127.0.0.1,
    output to `log`; yields the base URL once healthy, stops the server on leaving."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port",
             str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false", *extra],
            cwd=cwd, env=dict(env), stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(proc, url, log, start_timeout, poll)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=stop_timeout)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_healthy(proc: subprocess.Popen[bytes], url: str, log: Path, timeout: float,
                  poll: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AppDidNotStart(f"streamlit did not start; see {log}")
        time.sleep(poll)
