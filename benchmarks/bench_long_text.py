"""Extraction time against text length: one unpunctuated line of strike phrases (issue 15:
it was quadratic) beside the same phrases as sentences, in the same run (run on demand; not a
test).

    python benchmarks/bench_long_text.py [--sizes 50000,100000,200000,400000,1000000] [--runs 3]

Prints the median seconds per size, seconds per MB, and the ratio to the previous size
(linear: the ratio of the lengths). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_extract import timed  # noqa: E402
from test_long_text import long_line  # noqa: E402

from extract.pipeline import extract_text  # noqa: E402


def _median_seconds(text: str, runs: int) -> float:
    return timed(lambda: extract_text(text, published="2025-12-03", time_budget=None), runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50000,100000,200000,400000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    extract_text("Drones struck Kharkiv, killing 2.")   # rules compiled, gazetteer loaded
    print(f"{'chars':>9} {'one line s':>11} {'s/MB':>6} {'x prev':>7} {'sentences s':>12} "
          f"{'s/MB':>6}")
    prev: tuple[int, float] | None = None
    for n in map(int, args.sizes.split(",")):
        line = long_line(n)
        prose = line.replace(" the ", ". The ")[:n]   # the same phrases, as sentences
        t_line = _median_seconds(line, args.runs)
        t_prose = _median_seconds(prose, args.runs)
        ratio = f"{t_line / prev[1]:.2f}" if prev else "-"
        print(f"{n:>9,} {t_line:>11.2f} {t_line / n * 1e6:>6.2f} {ratio:>7} {t_prose:>12.2f} "
              f"{t_prose / n * 1e6:>6.2f}")
        prev = (n, t_line)


if __name__ == "__main__":
    main()
