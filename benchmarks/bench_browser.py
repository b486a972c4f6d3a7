"""Dashboard speed in a real browser (run on demand; not a test).

    python benchmarks/bench_browser.py [--events 100000] [--repeat 3] [--store FILE] [--visitor]
                                       [--postgis]

`streamlit run app.py` on localhost over a store of `--events` events (built once by
`bench_ingest.build_event_store`, 5 per article, and kept at `--store` for the next run),
driven by Debian's headless Chromium (/usr/bin/chromium, through Playwright; nothing is
downloaded). The server is warmed by one visit first, as a reader meets a running server.
Then, each as the median of `--repeat` fresh browser sessions:

1. navigation to an interactive map: from `page.goto` until the map's frame has drawn its
   27 units, its markers (circles or clusters) and its legend. Target <= 3 s. The opening
   view was drawn for an earlier reader, as on any running server (`geo.map_component`
   caches a map per view); the warm-up visit's figure is the uncached one.
2. a filter change: picking a weapon in the sidebar's Weapon filter, a different one in each
   session (`WEAPONS`), so the server has not drawn that view before, until the new map has
   drawn. Target <= 1.5 s. Then the filter cleared: back to the opening view (cached).
3. the JavaScript heap of the page's renderer (the page and the map's same-origin iframe
   share it): Chromium's Runtime.getHeapUsage, the largest seen. Target <= 500 MB.

The same is measured, as a peer in the same run, over a store holding only the seed report:
the floor that Streamlit, the page and the browser cost on this machine. For the AppTest
figures of the page (no browser), run benchmarks/bench_dashboard.py.

`--postgis` (issue 15) first measures the same page over a PostGIS store holding the same
events: the GeoPackage copied with `python -m extract store copy` into a database of a
throwaway cluster (tests/postgis_cluster.py, PostgreSQL's default fsync), or of the server at
`$STRIKEMAP_BENCH_PG_URL` (a user who may create databases), dropped at the end. The
GeoPackage store is then its peer in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from browser_support import (  # noqa: E402
    CHROMIUM,
    AppDidNotStart,
    chromium,
    data_folder,
    streamlit_app,
)
from browser_support import MAP_FRAME as FRAME  # noqa: E402

TIMEOUT = 180.0

#: True once the map frame has drawn a map since the benchmark stamped it (the frame counts
#: its maps in body[data-sm-drawn]; a frame mounted anew has no stamp) with its 27 units and
#: its legend (the map's one script adds the markers before the legend, so they are drawn).
_DRAWN = """() => (window.__benchN === undefined
        || (+document.body.dataset.smDrawn || 0) > window.__benchN)
    && document.querySelectorAll('path.sm-unit').length === 27
    && document.querySelector('.sm-legend') !== null"""


#: The weapon each session filters on: the warm-up visit's first, then one per session, so
#: no session's filter change meets a map the server cached for an earlier one.
WEAPONS = ("Unknown weapon", "Missiles", "Glide bombs", "Artillery", "Drones")


def ensure_store(path: Path, n_events: int) -> None:
    """The benchmark store, built once (about a minute per 100,000 events)."""
    if path.exists():
        return
    from bench_ingest import build_event_store

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building.gpkg")
    tmp.unlink(missing_ok=True)
    start = time.perf_counter()
    build_event_store(f"sqlite:///{tmp}", n_events)
    tmp.rename(path)
    print(f"built {path} ({n_events:,} events) in {time.perf_counter() - start:.0f} s")


def _with_db(url: str, name: str) -> str:
    """`url` naming database `name` (keeps the query string: socket folder, port)."""
    head, sep, query = url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}{sep}{query}"


@contextmanager
def postgis_copy(gpkg: Path) -> Iterator[str]:
    """The URL of a new PostGIS database holding a copy of the store `gpkg`, made through the
    product's own `store copy` command; the database (and a throwaway cluster) go at the end."""
    import psycopg

    cluster = None
    server = os.environ.get("STRIKEMAP_BENCH_PG_URL")
    if not server:
        from postgis_cluster import Cluster, _bindir

        bindir = _bindir()
        if bindir is None:
            raise SystemExit("--postgis: no PostgreSQL binaries (apt-get install postgresql "
                             "postgresql-15-postgis-3); or set STRIKEMAP_BENCH_PG_URL")
        cluster = Cluster(bindir)
    name = f"bench_browser_{os.getpid()}"
    try:
        if cluster is not None:
            cluster.start(durable=True)
            server = cluster.url("postgres")
        assert server is not None
        with psycopg.connect(server, autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        url = _with_db(server, name)
        with psycopg.connect(url, autocommit=True) as db:
            db.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "extract", "store", "copy", "-q",
                               f"sqlite:///{gpkg}", url], cwd=ROOT, check=False)
        if done.returncode:
            raise SystemExit(f"store copy into PostGIS failed (exit {done.returncode})")
        print(f"copied {gpkg.name} into PostGIS in {time.perf_counter() - start:.0f} s")
        yield url
    finally:
        if server is not None:
            try:
                with psycopg.connect(server, autocommit=True) as db:
                    db.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            except psycopg.Error:
                pass
        if cluster is not None:
            cluster.stop()


def start_server(data: Path, store: Path | str, log: Path,
                 visitor: bool = False) -> AbstractContextManager[str]:
    """The app on a free localhost port over `store` (a .gpkg path or a store URL), the
    bundled seed report its only sample; with `visitor`, hosted with an editor password, so
    the sessions read it as visitors do (no Add reports form, no review tools)."""
    data_folder(data, seed=True)
    url = store if isinstance(store, str) else f"sqlite:///{store}"
    env = {**os.environ, "STRIKEMAP_DATA_DIR": str(data), "STRIKEMAP_DB": url}
    if visitor:
        env.update(STRIKEMAP_MODE="hosted", STRIKEMAP_EDITOR_PASSWORD=os.urandom(12).hex())
    return streamlit_app(env, log, start_timeout=120, poll=0.3, stop_timeout=20)


def _map_frame(page: Any) -> Any | None:
    """The map frame once it has drawn a map since it was stamped (`_stamp`), else None."""
    for frame in page.frames:
        if "strikemap_map" not in frame.url:
            continue
        try:
            if frame.evaluate(_DRAWN):
                return frame
        except Exception:  # the frame navigating while we asked
            continue
    return None


def _wait_for_map(page: Any) -> Any:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        frame = _map_frame(page)
        if frame is not None:
            return frame
        page.wait_for_timeout(25)
    raise TimeoutError("the map was not drawn")


def _draw_ms(frame: Any) -> float:
    """How long the frame took to draw its last map (its script run, the layers added), s."""
    return float(frame.evaluate("() => +document.body.dataset.smDrawMs || 0")) / 1000


def _stamp(frame: Any) -> None:
    """Mark the maps drawn so far as old."""
    frame.evaluate("() => { window.__benchN = +document.body.dataset.smDrawn || 0; }")


def _heap_mb(cdp: Any) -> float:
    return float(cdp.send("Runtime.getHeapUsage")["usedSize"]) / 1e6


def session(browser: Any, url: str, weapon: str) -> dict[str, float]:
    """One reader: open the page, wait for the map, filter on `weapon` (a view the server has
    not drawn before), wait again, then clear the filter (back to the opening view, which the
    server has drawn before) and wait again."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_selector(FRAME, state="attached", timeout=TIMEOUT * 1000)
        iframe = time.perf_counter() - t0
        frame = _wait_for_map(page)
        first = time.perf_counter() - t0
        draw = [_draw_ms(frame)]
        heap = [_heap_mb(cdp)]
        box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Weapon")
        box.click()
        option = page.get_by_role("option", name=weapon, exact=True)
        option.wait_for(timeout=TIMEOUT * 1000)
        _stamp(frame)
        t1 = time.perf_counter()
        option.click()
        frame = _wait_for_map(page)
        change = time.perf_counter() - t1
        draw.append(_draw_ms(frame))
        heap.append(_heap_mb(cdp))
        page.keyboard.press("Escape")
        remove = box.get_by_role("button", name=f"Remove {weapon}")
        remove.wait_for(timeout=TIMEOUT * 1000)
        _stamp(frame)
        t2 = time.perf_counter()
        remove.click()
        _wait_for_map(page)
        back = time.perf_counter() - t2
        heap.append(_heap_mb(cdp))
        return {"first": first, "iframe": iframe, "change": change, "back": back,
                "heap": max(heap), "draw_first": draw[0], "draw_change": draw[1]}
    finally:
        context.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--store", type=Path, default=None,
                    help="the store to use, built there when missing (default: "
                         "~/.cache/strikemap/bench-browser-<events>.gpkg)")
    ap.add_argument("--visitor", action="store_true",
                    help="read the page as a hosted dashboard's visitor (the default is a local "
                         "run, where the reader is an editor and the page has the Add reports "
                         "form and the review tools)")
    ap.add_argument("--postgis", action="store_true",
                    help="also run the page over a PostGIS copy of the store (a throwaway "
                         "cluster, or $STRIKEMAP_BENCH_PG_URL), the GeoPackage as its peer")
    args = ap.parse_args()
    if not CHROMIUM.exists():
        raise SystemExit("/usr/bin/chromium is missing (Debian package `chromium`)")
    store = args.store or (Path.home() / ".cache" / "strikemap"
                           / f"bench-browser-{args.events}.gpkg")
    ensure_store(store, args.events)
    results: dict[str, list[dict[str, float]]] = {}
    with ExitStack() as stack:
        tmp = stack.enter_context(
            tempfile.TemporaryDirectory(prefix="strikemap-bench-browser-"))
        stores: list[tuple[str, Path | str]] = []
        if args.postgis:
            stores.append((f"{args.events:,} events, PostGIS",
                           stack.enter_context(postgis_copy(store))))
        gpkg = f"{args.events:,} events" + (", peer: GeoPackage" if args.postgis else "")
        # The peer: the same page over a store holding only the bundled seed report, i.e.
        # what Streamlit, the page and the browser cost before any event does.
        stores += [(gpkg, store), ("peer: the seed report only", Path(tmp) / "seed.gpkg")]
        for label, path in stores:
            data = Path(tmp) / f"data-{len(results)}"
            data.mkdir()
            log = Path(tmp) / f"streamlit-{len(results)}.log"
            try:
                with start_server(data, path, log, args.visitor) as url, \
                        chromium() as browser:
                    t = time.perf_counter()
                    session(browser, url, WEAPONS[0])  # warms the server (store, caches)
                    print(f"{label}: warm-up visit (server cold) "
                          f"{time.perf_counter() - t:.1f} s")
                    results[label] = [
                        session(browser, url, WEAPONS[1 + i % (len(WEAPONS) - 1)])
                        for i in range(args.repeat)]
            except AppDidNotStart as e:
                raise SystemExit(str(e)) from None
    load = os.getloadavg()
    print(f"{os.cpu_count()} cores; load average at the end {load[0]:.1f} (1 min), "
          f"{load[1]:.1f} (5 min): above the core count, every figure is inflated alike")
    for label, runs in results.items():
        print(f"-- {label}")
        for i, r in enumerate(runs, start=1):
            print(f"run {i}: map interactive {r['first']:.2f} s (its frame in the page after "
                  f"{r['iframe']:.2f} s), filter change {r['change']:.2f} s, back to all "
                  f"weapons {r['back']:.2f} s, JS heap {r['heap']:.0f} MB; the frame drew "
                  f"the map in {r['draw_first']:.2f} s, the filtered one in "
                  f"{r['draw_change']:.2f} s")
        print(f"map interactive (navigation -> units and markers drawn): median "
              f"{statistics.median(r['first'] for r in runs):.2f} s   target <= 3 s")
        print(f"filter change (a weapon: a view not drawn before):       median "
              f"{statistics.median(r['change'] for r in runs):.2f} s   target <= 1.5 s")
        print(f"filter cleared (back to the opening view, drawn before): median "
              f"{statistics.median(r['back'] for r in runs):.2f} s")
        print(f"JS heap (largest seen in a session):                     median "
              f"{statistics.median(r['heap'] for r in runs):.0f} MB   target <= 500 MB")


if __name__ == "__main__":
    main()
