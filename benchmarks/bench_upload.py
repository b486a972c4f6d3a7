"""Memory of one dashboard upload: a generated CSV of articles (or one .txt) read, extracted
and stored the way the page does it (`extract.adding.file_date`, `ingest_file`,
`store_reports`), in a fresh process per run.

    python benchmarks/bench_upload.py [--mb 49] [--kind csv|txt]

Prints the upload's size, the process's resident memory before and at its peak (ru_maxrss),
what is left after, the Python heap peak (tracemalloc, `--trace`, slower) and the store's
growth. The articles are written here (never taken from elsewhere): short English and
Ukrainian strike reports with varying places and numbers.
"""

from __future__ import annotations

import argparse
import csv
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_PLACES = ("Kharkiv", "Odesa", "Dnipro", "Sumy", "Zaporizhzhia", "Kherson", "Lviv", "Poltava")
_UK = ("Харків", "Одеса", "Дніпро", "Суми", "Запоріжжя", "Херсон", "Львів", "Полтава")


def _article(n: int) -> str:
    p, u = _PLACES[n % len(_PLACES)], _UK[n % len(_UK)]
    if n % 3 == 0:
        return (f"{u}: російські дрони атакували місто вночі {n % 28 + 1} листопада. "
                f"Загинули {n % 5} людей, ще {n % 7 + 1} поранені, повідомив голова ОВА. "
                f"Сили ППО збили {n % 40 + 10} з {n % 40 + 20} дронів. Звіт {n}.")
    return (f"Russian drones struck {p} overnight, killing {n % 5} people and injuring "
            f"{n % 9 + 1}, the regional governor said. Air defence shot down {n % 50 + 5} of "
            f"{n % 50 + 12} drones launched at the region. Report number {n} of the series. "
            f"Emergency crews worked through the night to put out fires in {p}.")


def make_upload(megabytes: float, kind: str) -> tuple[bytes, str]:
    target = int(megabytes * 1_000_000)
    if kind == "txt":
        parts, size, n = [], 0, 0
        while size < target:
            a = _article(n) + "\n\n"
            parts.append(a)
            size += len(a.encode())
            n += 1
        return "".join(parts).encode()[:target], "upload.txt"
    rows, size, n = [b"text,published,source,title\r\n"], 0, 0
    while size < target:
        line = io.StringIO()
        csv.writer(line).writerow([_article(n), "2025-11-24", f"https://news.example/{n}",
                                   f"Report {n}"])
        rows.append(line.getvalue().encode())
        size += len(rows[-1])
        n += 1
    return b"".join(rows), "upload.csv"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=49.0)
    ap.add_argument("--kind", choices=("csv", "txt"), default="csv")
    ap.add_argument("--trace", action="store_true", help="also tracemalloc's peak (slower)")
    args = ap.parse_args()

    from extract import adding
    from geo.store import open_store

    adding.extract_document("Russian drones struck Kharkiv.", published="2025-11-24")  # warm
    data, name = make_upload(args.mb, args.kind)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.gpkg"
        store = open_store(f"sqlite:///{db}")
        store.close()
        base_size = db.stat().st_size
        if args.trace:
            import tracemalloc

            tracemalloc.start()
        before = rss_mb()
        t0 = time.perf_counter()
        adding.file_date(data, name)  # the page offers the file's date first
        got = adding.ingest_file(data, name, published="2025-11-24")
        t_extract = time.perf_counter() - t0
        store = open_store(f"sqlite:///{db}")
        added, _dup = adding.store_reports(store, got)
        store.close()
        elapsed = time.perf_counter() - t0
        trace_peak = None
        if args.trace:
            trace_peak = tracemalloc.get_traced_memory()[1] / 2**20
        n_docs, error = len(got.documents), got.error
        del got
        after = rss_mb()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        grown = sum(p.stat().st_size for p in Path(tmp).glob("bench.gpkg*")) - base_size
    print(f"upload {name}: {len(data) / 1e6:.1f} MB ({len(data):,} bytes), {n_docs:,} articles, "
          f"{added:,} events")
    print(f"resident memory: {before:,.0f} MiB before, {peak:,.0f} MiB peak, "
          f"{after:,.0f} MiB after (upload bytes still held: {len(data) / 2**20:.0f} MiB)")
    if error:
        print(f"refused: {error}")
    if trace_peak is not None:
        print(f"python heap peak (tracemalloc): {trace_peak:,.0f} MiB")
    print(f"store grew {grown / 1e6:,.1f} MB; read+extract {t_extract:.1f} s, total "
          f"{elapsed:.1f} s")


if __name__ == "__main__":
    main()
