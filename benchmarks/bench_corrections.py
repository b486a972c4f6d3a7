"""What applying the corrections log costs the dashboard (run on demand).

    python benchmarks/bench_corrections.py [--events 100000] [--corrections 500] [--repeat 5]

The page reads the events with the log applied (`geo.corrections.apply`) once per change of the
store. The peer, in the same run, is what the page paid before there was a log: giving the
stored table its columns and dtypes (`geo.event_table.normalize_events`, which `apply` also
does). Generated events (a third of them from the same article, as a roundup gives several)
and a log of figure corrections, rejections, merges and splits spread over them; prints the
median of `--repeat` runs of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import corrections as C  # noqa: E402
from geo.event_table import normalize_events  # noqa: E402


def events(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    isos = ["UA-63", "UA-12", "UA-14", "UA-59", "UA-51"]
    return normalize_events(pd.DataFrame({
        "id": [f"e{i}" for i in range(n)],
        "date": pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 300, n), "D"),
        "place": [f"Place {i % 700}" for i in range(n)], "place_kind": "settlement",
        "oblast_iso": [isos[i % 5] for i in range(n)], "geo_precision": 1, "weapon": "drone",
        "killed": rng.integers(0, 5, n), "injured": rng.integers(0, 20, n),
        "lat": rng.uniform(46, 51, n), "lon": rng.uniform(24, 39, n),
        "sentence": [f"Sentence {i}." for i in range(n)],
        "article_id": [f"article-{i // 3}" for i in range(n)], "sources": 1}))


def log(frame: pd.DataFrame, k: int) -> list[dict]:
    rows = []
    step = max(1, len(frame) // k)
    for n, i in enumerate(range(0, len(frame) - 1, step)):
        if len(rows) >= k:
            break
        ev = frame.iloc[i].to_dict()
        kind = n % 10
        if kind < 6:
            rows.append(C.make("correct", ev, who="bench", field_name="killed",
                               value=str(int(ev["killed"]) + 1)))
        elif kind < 8:
            rows.append(C.make("reject", ev, who="bench"))
        elif kind == 8:
            rows.append(C.make("merge", frame.iloc[i + 1].to_dict(), who="bench", target=ev))
        else:
            rows.append(C.make("split", ev, who="bench", value={"injured": "1"}))
    return rows


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--corrections", type=int, default=500)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    frame = events(args.events)
    rows = log(frame, args.corrections)
    C.apply(frame.head(10), rows[:5])  # warm-up: imports
    timings: dict[str, list[float]] = {"normalize_events (peer)": [], "apply, empty log": [],
                                       f"apply, {len(rows)} corrections": []}
    for _ in range(args.repeat):
        for name, run in zip(timings, (lambda: normalize_events(frame),
                                       lambda: C.apply(frame, []),
                                       lambda: C.apply(frame, rows)), strict=True):
            t = time.perf_counter()
            out = run()
            timings[name].append(time.perf_counter() - t)
    applied = C.apply(frame, rows)
    print(f"{args.events:,} events, {len(rows):,} corrections, median of {args.repeat} runs")
    for name, values in timings.items():
        print(f"  {name:<28} {statistics.median(values) * 1000:8.1f} ms")
    counts = applied.events["status"].value_counts().to_dict()
    print(f"  result: {len(applied.events):,} events {counts}, {len(applied.problems)} problems")
    del out


if __name__ == "__main__":
    main()
