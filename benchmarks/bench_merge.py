"""What the outlier-proof merge rule (`geo.merge_rule`) costs a store write (run on demand).

    python benchmarks/bench_merge.py [--reports 2000] [--repeat 3]

The rule merges an event's figures again from all its reports on every merge, where the
highest-value rule it replaced kept a running maximum in one statement. The worst case is an
event that collects many reports: here `--reports` articles (each its own story) all report
the same country-wide night, so every write after the first merges into one event with
1, 2, ... N-1 reports. The peer, in the same run, is the old rule (`RunningMax`, the previous
`SQLiteStore._merge_into`). Prints the median of `--repeat` runs of both, in one transaction
per article as the dashboard writes, and the figures each rule ends with.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.schema import FIGURES  # noqa: E402
from geo.store import SQLiteStore  # noqa: E402


class RunningMax(SQLiteStore):
    """The rule before: each figure the highest credible value of any report."""

    def _merge_into(self, fid: int, ev: Mapping[str, Any]) -> None:
        from geo import dedup

        figures = dedup.credible_figures(ev)
        sets = ", ".join(f"{f} = CASE WHEN ? IS NOT NULL AND ({f} IS NULL OR {f} < ?) "
                         f"THEN ? ELSE {f} END" for f in FIGURES)
        params: list[Any] = []
        for f in FIGURES:
            params += [figures[f]] * 3
        self._db.execute(f"UPDATE events SET {sets}, date = COALESCE(date, ?), "
                         f"reports = reports + 1 WHERE fid = ?", (*params, ev.get("date"), fid))


def documents(n: int, seed: int = 7) -> list[tuple[dict[str, Any], str]]:
    """`n` articles of different outlets on one country-wide night; one in ten inflated."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        drones = 111 + rng.randint(-3, 3) if i % 10 else 1400
        text = f"Outlet {i} ({rng.random()}): Russia launched {drones} drones at Ukraine overnight."
        event = {"id": f"e{i}", "date": "2025-12-03", "place": "Ukraine", "place_kind": "country",
                 "weapon": "drone", "drones": drones, "killed": 2 if i % 10 else 450,
                 "sentence": text, "start": 0, "end": len(text)}
        out.append(({"article": {"id": f"a{i}", "source": f"https://outlet{i}.example/n"},
                     "mentions": [], "events": [event]}, text))
    return out


def run(cls: type[SQLiteStore], docs: list[tuple[dict[str, Any], str]],
        folder: Path) -> tuple[float, dict[str, Any]]:
    store = cls(folder / f"{cls.__name__}-{time.monotonic_ns()}.gpkg")
    try:
        start = time.perf_counter()
        for doc, text in docs:
            store.add(doc, raw_text=text)
        secs = time.perf_counter() - start
        row = store.events_frame().iloc[0]
        assert store.events_count() == 1
        return secs, {f: row[f] for f in ("drones", "killed")}
    finally:
        store.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reports", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    docs = documents(args.reports)
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-merge-") as tmp:
        times: dict[str, list[float]] = {"RunningMax": [], "SQLiteStore": []}
        ends: dict[str, dict[str, Any]] = {}
        for _ in range(args.repeat):
            for cls in (RunningMax, SQLiteStore):  # interleaved: both see the same machine
                secs, ends[cls.__name__] = run(cls, docs, Path(tmp))
                times[cls.__name__].append(secs)
    print(f"{args.reports} reports merging into one event, one transaction each, "
          f"median of {args.repeat}:")
    for name, label in (("RunningMax", "highest value (before)"),
                        ("SQLiteStore", "merge_rule median (now)")):
        secs = statistics.median(times[name])
        print(f"  {label:26} {secs:6.2f} s = {args.reports / secs:7,.0f} reports/s; "
              f"event ends with {ends[name]}")


if __name__ == "__main__":
    main()
