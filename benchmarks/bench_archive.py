"""Memory of a streamed archive: reading `.jsonl.gz` and Parquet archives of growing size, and
an ingest of them (extraction stubbed: the store and the reading are measured), each with its
peak of Python allocations (tracemalloc). Run on demand; nothing is asserted.

    python benchmarks/bench_archive.py [--sizes 2000,8000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ingest import make_reports  # noqa: E402

from extract.archive import iter_archive  # noqa: E402
from extract.ingest import ingest  # noqa: E402
from geo.store import open_store  # noqa: E402


def _stub(text: str, **_kw: Any) -> dict[str, Any]:
    return {"article": {"id": None}, "mentions": [], "events": []}


def _peak(fn: Any) -> tuple[float, float]:
    tracemalloc.start()
    start = time.perf_counter()
    fn()
    secs = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return secs, peak / 2**20


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="2000,8000")
    args = p.parse_args()
    reports = make_reports(1000)
    with tempfile.TemporaryDirectory(prefix="strikemap-archive-") as tmp:
        work = Path(tmp)
        for n in map(int, args.sizes.split(",")):
            gz, pq_path = work / f"a{n}.jsonl.gz", work / f"a{n}.parquet"
            rows = [{"text": f"{i} {reports[i % len(reports)][1]}", "source": f"r{i}"}
                    for i in range(n)]
            with gzip.open(gz, "wt", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row) + "\n")
            import pyarrow as pa
            import pyarrow.parquet as pq
            pq.write_table(pa.Table.from_pylist(rows), pq_path, row_group_size=4096)
            size_mb = sum(len(r["text"]) for r in rows) / 2**20
            del rows
            for path in (gz, pq_path):
                secs, peak = _peak(lambda p=path: sum(1 for _ in iter_archive(p)))
                print(f"{n:>6} reports ({size_mb:.0f} MB of text), read {path.suffix:8}: "
                      f"{n / secs:,.0f} reports/s, peak {peak:.1f} MB")

            def run(path: Path = gz) -> None:
                with open_store(f"sqlite:///{work / f's{time.monotonic_ns()}.gpkg'}") as st:
                    ingest([path], st, jobs=1, extractor=_stub)

            secs, peak = _peak(run)
            print(f"{n:>6} reports, ingest of the .jsonl.gz (extraction stubbed): "
                  f"{n / secs:,.0f} reports/s, peak {peak:.1f} MB")


if __name__ == "__main__":
    main()
