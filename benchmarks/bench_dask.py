"""Ingest of an archive on a Dask LocalCluster: two workers against one, in the same run, and
the per-report costs a cluster estimate starts from (run on demand; not a test).

    python benchmarks/bench_dask.py [--reports 2000] [--repeat 3]

The archive is a `.jsonl` of the news reports of `bench_ingest.make_reports` (4 KB each, one in
twenty an exact copy, one in ten a near-copy). Measured, each the median of `--repeat` runs:

1. per-report costs in one process: extraction (`extract_text`), fingerprinting (content key
   and MinHash), and the store's write with extraction precomputed (`ingest`, jobs=1);
2. the cluster's extraction alone (batches through `ingest_dask`'s worker function, results
   dropped), on 1 and on 2 workers: the scaling of the work Dask spreads;
3. `python -m extract ingest ARCHIVE --dask` end to end into a GeoPackage (the client writes),
   on 1 and on 2 workers, with the client's CPU time a report;
4. the peer, in the same run: 2 workers started with Dask's default worker environment
   (`MALLOC_TRIM_THRESHOLD_` set by the nanny, its profiler on), as before `connect` left
   them out.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import timed  # noqa: E402
from bench_ingest import make_reports  # noqa: E402

from extract.ingest import _Task, ingest  # noqa: E402
from extract.ingest_dask import connect, extract_batch, ingest_dask  # noqa: E402
from extract.reading import RawArticle  # noqa: E402
from geo import dedup  # noqa: E402
from geo.store import open_store  # noqa: E402


def _cluster(workers: int, *, dask_defaults: bool = False) -> tuple[Any, Any]:
    """A LocalCluster as `ingest --dask local` starts it (`ingest_dask.connect`), or with
    Dask's default worker environment (the peer: `MALLOC_TRIM_THRESHOLD_` set, profiler on)."""
    if dask_defaults:
        from distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client, cluster = connect("local", workers=workers)
    client.run(lambda: __import__("extract.pipeline").pipeline.extract_text("Kyiv"))  # warm
    return client, cluster


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _extract_on(client: Any, articles: list[RawArticle], size: int = 64) -> None:
    from distributed import wait

    futures = [client.submit(extract_batch, [_Task("bench", article=a) for a in
                                             articles[i:i + size]], "2025-11-24", pure=False)
               for i in range(0, len(articles), size)]
    wait(futures)
    for f in futures:
        f.release()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reports", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    logging.getLogger("distributed").setLevel(logging.CRITICAL)   # shutdown chatter
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, load average "
          f"{os.getloadavg()[0]:.1f}")
    reports = make_reports(args.reports)
    articles = [RawArticle(text, "2025-11-24", name) for name, text in reports]
    with tempfile.TemporaryDirectory(prefix="strikemap-dask-") as tmp:
        work = Path(tmp)
        archive = work / "archive.jsonl"
        with archive.open("w", encoding="utf-8") as f:
            for name, text in reports:
                f.write(json.dumps({"text": text, "source": name, "published": "2025-11-24"})
                        + "\n")
        n = len(reports)
        print(f"{n} news reports, mean {sum(len(t) for _n, t in reports) / n / 1024:.1f} KB")

        from extract.pipeline import extract_text
        extract_text("Kyiv")
        t_x = timed(lambda: [extract_text(a.text, published=a.published) for a in articles],
                      args.repeat)
        norms = [dedup.normalize_text(a.text) for a in articles]
        t_f = timed(lambda: [(hashlib.sha1(s.encode()).hexdigest(), dedup.signature(s))
                               for s in norms], args.repeat)
        docs = {a.text: extract_text(a.text, published=a.published).to_dict() for a in articles}

        def precomputed(text: str, **_kw: Any) -> dict[str, Any]:
            return docs[text]

        def store_only() -> None:
            with open_store(f"sqlite:///{work / f's{time.monotonic_ns()}.gpkg'}") as st:
                ingest([archive], st, jobs=1, extractor=precomputed)

        t_s = timed(store_only, args.repeat)
        print(f"per report, one process: extraction {t_x / n * 1000:.2f} ms, content key + "
              f"MinHash {t_f / n * 1000:.2f} ms, read + fingerprint + store write (GeoPackage, "
              f"extraction precomputed) {t_s / n * 1000:.2f} ms")

        rates: dict[tuple[str, int, bool], float] = {}
        client_cpu: dict[tuple[int, bool], float] = {}
        # The peer last: its nanny leaves MALLOC_TRIM_THRESHOLD_ in this process's environment
        # (`connect` would drop it again).
        for workers, defaults in ((1, False), (2, False), (2, True)):
            client, cluster = _cluster(workers, dask_defaults=defaults)
            try:
                t = timed(lambda c=client: _extract_on(c, articles), args.repeat)
                rates["extract", workers, defaults] = n / t
                cpus: list[float] = []

                def end_to_end(c: Any = client, cpus: list[float] = cpus) -> None:
                    with open_store(f"sqlite:///{work / f'd{time.monotonic_ns()}.gpkg'}") as st:
                        start = _cpu()
                        ingest_dask([archive], st, c)
                        cpus.append(_cpu() - start)

                rates["ingest", workers, defaults] = n / timed(end_to_end, args.repeat)
                client_cpu[workers, defaults] = statistics.median(cpus) / n * 1000
            finally:
                client.close()
                cluster.close()
        for kind, label in (("extract", "cluster extraction alone (MinHash included)"),
                            ("ingest", "ingest --dask end to end into GeoPackage")):
            one, two, peer = (rates[kind, 1, False], rates[kind, 2, False],
                              rates[kind, 2, True])
            print(f"{label}: 1 worker {one:,.0f} reports/s, 2 workers {two:,.0f} reports/s, "
                  f"speed-up {two / one:.2f}x; peer: 2 workers in Dask's default environment "
                  f"{peer:,.0f} reports/s")
        print(f"client CPU a report end to end (reading, writing, Dask's client and the "
              f"LocalCluster's nannies): 1 worker {client_cpu[1, False]:.2f} ms, 2 workers "
              f"{client_cpu[2, False]:.2f} ms; load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
