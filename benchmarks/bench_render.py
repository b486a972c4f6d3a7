"""How long a 200-DPI PNG map of 100,000 events takes, after start-up.

Events are drawn at random (fixed seed) over the real places of data/ua_places.json, with
figures like real reports (most events name a few drones, some none, a few casualties). The
first render pays for start-up (loading and projecting the units, fonts); the median of the
runs after it is the figure the issue asks for (under 2 s).

    python benchmarks/bench_render.py [--events 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np
import pandas as pd

from geo import settings
from geo.event_table import normalize_events
from geo.static import render_map


def synthetic_events(n: int, *, seed: int = 5) -> pd.DataFrame:
    """`n` events over gazetteer places, weighted by population like news coverage is."""
    places = json.loads(settings.PLACES_FILE.read_text(encoding="utf-8"))["places"]
    places = [p for p in places if p.get("oblast_iso") and p.get("lat") is not None]
    rng = np.random.default_rng(seed)
    weight = np.sqrt(np.array([max(p.get("population") or 0, 100) for p in places], float))
    pick = rng.choice(len(places), size=n, p=weight / weight.sum())
    chosen = [places[i] for i in pick]

    def counts(p_none: float, scale: float) -> pd.array:
        vals = rng.geometric(1 / scale, size=n).astype("float64")
        vals[rng.random(n) < p_none] = np.nan
        return pd.array(vals, dtype="Int64")

    dates = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 330, n), unit="D")
    frame = pd.DataFrame({
        "id": [f"e{i}" for i in range(n)],
        "date": dates,
        "place": [p["name"] for p in chosen],
        "place_kind": "settlement",
        "lat": [p["lat"] for p in chosen],
        "lon": [p["lon"] for p in chosen],
        "oblast_iso": [p["oblast_iso"] for p in chosen],
        "geo_precision": 1,
        "weapon": "drone",
        "drones": counts(0.3, 8),
        "missiles": counts(0.9, 2),
        "killed": counts(0.85, 1.5),
        "injured": counts(0.7, 2.5),
        "article_id": [f"a{i // 4}" for i in range(n)],
    })
    return normalize_events(frame)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dpi", type=int, default=200)
    args = parser.parse_args()

    t0 = time.perf_counter()
    events = synthetic_events(args.events)
    print(f"{len(events):,} events over {events['place'].nunique():,} places "
          f"made in {time.perf_counter() - t0:.2f} s")
    for markers in (False, True):
        for fmt in ("png", "svg"):
            t0 = time.perf_counter()
            render_map(events, metric="drones", markers=markers, fmt=fmt, dpi=args.dpi)
            first = time.perf_counter() - t0
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                size = len(render_map(events, metric="drones", markers=markers, fmt=fmt,
                                      dpi=args.dpi))
                times.append(time.perf_counter() - t0)
            median = statistics.median(times)
            print(f"{fmt} dpi={args.dpi} markers={markers!s:5}: median {median:.3f} s "
                  f"(min {min(times):.3f}, max {max(times):.3f}, first {first:.3f}; "
                  f"{size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
