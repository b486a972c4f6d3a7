"""Ingest and load speed of the stores (run on demand; not a test).

    python benchmarks/bench_ingest.py [--reports 10000] [--events 100000] [--repeat 3]
        [--peer TREE ...] [--postgis] [--skip-extraction] [--skip-load] [--only TEXT ...]

Measures, each as the median of `--repeat` runs, every run `extract.ingest.ingest` in a
process of its own over a folder of `--reports` 4 KB reports (.txt files, see `make_reports`;
one in ten a near-copy of another, one in twenty an exact copy from another outlet) into a
fresh store, with the CPU a report of the writing process, of its worker processes and (with
`--postgis`) of its PostgreSQL backend, and how busy those kept the two cores:

1. extraction precomputed (the real pipeline's documents, looked up by a stub extractor),
   which isolates reading + fingerprinting + preparing + the store: in one process (beside
   its peer: each article committed on its own) and with workers (the store's path at full
   speed), and into a store that writes nothing (the share of reading, the pool and the
   fingerprints); with `--postgis` also into PostGIS;
2. end to end with the real extractor in one worker per core (and into PostGIS). Targets:
   >= 1,000 reports/s into a GeoPackage, >= 800/s into PostGIS;
3. `open_store(url).events_frame()` on a store holding `--events` merged events (the
   dashboard's cold load). Target: < 1 s.

`--peer TREE` runs 1 and 2 on another source tree too (the code before a change: `git archive
REV | tar -x -C TREE`), round by round with this one, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.ingest import COMMIT_SECONDS  # noqa: E402
from geo.store import open_store  # noqa: E402

_WEAPONS = ("drones", "missiles", "glide bombs")
_WORDS = ("the", "regional", "administration", "said", "residents", "power", "water", "school",
          "emergency", "crews", "worked", "through", "night", "to", "clear", "debris", "from",
          "damaged", "apartment", "blocks", "while", "officials", "urged", "people", "shelters",
          "during", "air", "alerts", "energy", "company", "reported", "outages", "in", "several",
          "districts", "and", "repairs", "would", "take", "days", "according", "governor",
          "statement", "on", "telegram", "after", "attack", "city", "council", "services")


def _places() -> list[tuple[str, str]]:
    from geo.gazetteer import default_gazetteer

    g = default_gazetteer()
    big = [p for p in g.places if p.kind == "settlement" and p.in_ukraine
           and p.population > 20000 and p.oblast_iso]
    return [(p.name, g.unit(p.oblast_iso).name) for p in big]


def make_reports(n: int, seed: int = 7, *, corpus: str = "news") -> list[tuple[str, str]]:
    """`n` (filename, text) pairs of about 4 KB.

    "news": the committed seed report (a real 4 KB news article) with its places, figures,
    paragraph order and a third of its lower-case words varied per report - news prose, so
    extraction costs what it costs on news. "synthetic": one strike paragraph plus filler
    words (cheap to extract; isolates the store).
    """
    rng = random.Random(seed)
    places = _places()
    seed_text = (ROOT / "data" / "samples" / "seed.txt").read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    for i in range(n):
        if corpus == "news" and not (i >= 20 and i % 20 == 0) and not (i >= 10 and i % 10 == 5):
            out.append((f"r{i:05d}.txt", _news_variant(seed_text, i, rng, places)))
            continue
        if i >= 20 and i % 20 == 0:  # the same text from another outlet
            out.append((f"r{i:05d}.txt", out[rng.randrange(i)][1]))
            continue
        if i >= 10 and i % 10 == 5:  # a near-copy: new headline, last paragraph trimmed
            base = out[rng.randrange(i)][1].split("\n\n")
            out.append((f"r{i:05d}.txt", "Updated: " + rng.choice(_WORDS) + " report\n\n"
                        + "\n\n".join(base[1:-1])))
            continue
        city, region = rng.choice(places)
        day = rng.randint(1, 28)
        paras = [f"Strike report {i} from {city}",
                 f"Russia launched {rng.randint(5, 400)} {rng.choice(_WEAPONS)} at Ukraine "
                 f"overnight on November {day}, the air force said. In {city}, "
                 f"{rng.randint(1, 12)} people were killed and {rng.randint(1, 40)} injured, "
                 f"the {region} regional governor said."]
        while sum(map(len, paras)) < 3900:
            paras.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(40, 90)))
                         .capitalize() + ".")
        out.append((f"r{i:05d}.txt", "\n\n".join(paras)[:4096]))
    return out


def _news_variant(text: str, i: int, rng: random.Random,
                  places: list[tuple[str, str]]) -> str:
    (city, region), (other, _r) = rng.choice(places), rng.choice(places)
    text = (text.replace("Dnipro region", f"{region} region").replace("Dnipro", city)
            .replace("Krematorsk", other).replace("111", str(rng.randint(5, 400)))
            .replace("two civilians", f"{rng.randint(2, 9)} civilians"))
    head, *paras = text.split("\n\n")
    body, tail = paras[:-3], paras[-3:]
    rng.shuffle(body)
    text = "\n\n".join([f"Report {i}: {head}", *body, *tail])
    # Swap a third of the lower-case words (names, numbers and layout stay): distinct
    # articles for the near-copy detector, the same kind of prose for the extractor.
    return re.sub(r"\b[a-z]{3,}\b",
                  lambda m: rng.choice(_WORDS) if rng.random() < 0.35 else m.group(0), text)


def _write(folder: Path, reports: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports:
        (folder / name).write_text(text, encoding="utf-8")


def _cpu() -> float:
    """CPU seconds of this process (all its threads), not of its worker processes."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


#: One timed `ingest` in a process of its own, on the source tree `root` (this one or a
#: `--peer`): the documents precomputed (`docs`, a pickle of text -> document) or the real
#: extractor (loaded before the clock starts), into a fresh GeoPackage or PostGIS database.
#: Prints JSON: wall seconds, this process's CPU, its worker processes' CPU, the summary.
_CHILD = r"""
import json, pickle, resource, sys, time
root, folder, docs, url, jobs, commit = sys.argv[1:7]
sys.path.insert(0, root)
from extract.ingest import ingest
from geo.store import open_store
extractor = None
if docs:
    table = pickle.load(open(docs, "rb"))
    def extractor(text, *, published=None, source=None, title=None):
        doc = dict(table[text])
        doc["article"] = {**doc["article"], "source": source, "title": title,
                          "published": published}
        return doc
else:
    from extract.pipeline import extract_text
    extract_text("Kyiv")
def cpu(who):
    u = resource.getrusage(who)
    return u.ru_utime + u.ru_stime
def server(store):  # CPU seconds of the PostgreSQL backends serving the store (same machine):
    total = 0.0      # its connection, and the one its writing thread opens in a batch
    for conn in (getattr(store, "_db", None), getattr(store, "_wdb", None)):
        pid = getattr(getattr(conn, "info", None), "backend_pid", None)
        if pid is not None:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total
import os
class NullStore:  # writes nothing: what is left is reading, the pool and fingerprinting
    url = "null"
    def content_keys(self): return set()
    def add(self, doc, **_kw):
        from geo.store import AddResult
        return AddResult("new", "x", "x")
    def __enter__(self): return self
    def __exit__(self, *exc): pass
with (NullStore() if url == "null" else open_store(url)) as store:
    m0, k0, t0 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    s0 = server(store)
    summary = ingest([folder], store, extractor=extractor, jobs=int(jobs) or None,
                     published="2025-11-24", commit_seconds=float(commit) if commit else None)
    wall = time.perf_counter() - t0
    main, kids = cpu(resource.RUSAGE_SELF) - m0, cpu(resource.RUSAGE_CHILDREN) - k0
    srv = server(store) - s0
print(json.dumps({"wall": wall, "main": main, "workers": kids, "server": srv,
                  "line": summary.line()}))
"""


@dataclass
class Run:
    """Medians of one configuration's runs: wall seconds, CPU seconds of the writing process,
    of its workers and of its PostgreSQL backend, and the last summary."""

    wall: float
    main: float
    workers: float
    server: float  # the PostgreSQL backend's CPU (PostGIS only)
    line: str

    def rate(self, n: int) -> float:
        return n / self.wall

    def figures(self, n: int) -> str:
        busy = (self.main + self.workers + self.server) / (2 * self.wall)
        srv = f", server {self.server / n * 1000:.2f} ms" if self.server else ""
        return (f"{self.rate(n):,.0f} reports/s; CPU a report: writer {self.main / n * 1000:.2f}"
                f" ms, workers {self.workers / n * 1000:.2f} ms{srv}; 2 cores {busy:.0%} busy")


def bench_ingest(folder: Path, work: Path, *, repeat: int, root: Path = ROOT,
                 docs: Path | None = None, jobs: int | None = None,
                 commit_seconds: float | None = None, url: Any = None) -> Run:
    """`repeat` runs of `_CHILD` (each in a fresh process and store), their medians."""
    runs = []
    for r in range(repeat):
        target = url() if url else f"sqlite:///{work / f'ingest-{r}-{time.monotonic_ns()}.gpkg'}"
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(root), str(folder), str(docs or ""), target,
             str(jobs or 0), "" if commit_seconds is None else str(commit_seconds)],
            capture_output=True, text=True, cwd=work)
        if out.returncode:
            raise SystemExit(f"ingest failed ({root}): {out.stderr[-800:]}")
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return Run(*(statistics.median(r[k] for r in runs)
                 for k in ("wall", "main", "workers", "server")), runs[-1]["line"])


def _extract_doc(text: str) -> dict[str, Any]:
    from extract.pipeline import extract_text

    return extract_text(text, published="2025-11-24").to_dict()


def precompute(reports: list[tuple[str, str]], path: Path, jobs: int) -> float:
    """The real pipeline's document of each distinct text, pickled to `path` (text ->
    document) for the stub extractor of `_CHILD`; returns the extraction rate (reports a
    second over `jobs` processes, the extractor loaded before they fork, as `ingest` does)."""
    import multiprocessing

    from extract.pipeline import extract_text

    extract_text("Kyiv")  # loaded once, shared by the forked workers
    texts = list(dict.fromkeys(text for _name, text in reports))
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        docs = dict(zip(texts, pool.map(_extract_doc, texts, chunksize=32), strict=True))
    rate = len(texts) / (time.perf_counter() - start)
    with path.open("wb") as fh:
        pickle.dump(docs, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return rate


def build_event_store(url: str, n_events: int, seed: int = 11) -> None:
    """A store with `n_events` distinct events (five per article), written through `add`."""
    rng = random.Random(seed)
    places = _places()
    with open_store(url) as store:
        per_article = 5
        for a in range(n_events // per_article):
            events = []
            for k in range(per_article):
                city, region = places[(a * per_article + k) % len(places)]
                events.append({
                    "id": f"e{a}-{k}", "date": f"2025-{1 + a % 12:02d}-{1 + k + a % 20:02d}",
                    "place": city, "place_kind": "settlement", "lat": 48 + rng.random(),
                    "lon": 30 + rng.random(), "oblast": region, "oblast_iso": "UA-12",
                    "geo_precision": 1, "weapon": rng.choice(("drone", "missile")),
                    "drones": rng.randint(1, 300), "drones_downed": None,
                    "missiles": None, "missiles_downed": None, "killed": rng.randint(0, 5),
                    "injured": rng.randint(0, 20),
                    "sentence": f"Strike on {city}, {region} region, article {a}.",
                    "start": 0, "end": 40})
            doc = {"article": {"id": f"a{a}", "source": f"https://news.example/{a}",
                               "published": "2025-11-24", "title": f"Report {a}"},
                   "mentions": [], "events": events}
            store.add(doc, raw_text=f"article {a}", dataset="bench")


def bench_load(url: str, *, repeat: int) -> tuple[float, float, int]:
    """Median cold load (open + read) and warm load (cached frame) of the event table."""
    cold, warm, rows = [], [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        with open_store(url) as store:
            rows = len(store.events_frame())
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            store.events_frame()
            warm.append(time.perf_counter() - start)
    return statistics.median(cold), statistics.median(warm), rows


def _postgres() -> tuple[Any, Any]:
    """A factory of fresh PostGIS databases (bench_postgis's server: `$STRIKEMAP_BENCH_PG_URL`
    or a throwaway cluster) and the cluster to stop (or None)."""
    import psycopg
    from bench_postgis import _server, _with_db

    admin, cluster = _server()
    counter = iter(range(10**6))

    def new_pg() -> str:
        name = f"bench_ingest_{os.getpid()}_{next(counter)}"
        with psycopg.connect(admin, autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        url = _with_db(admin, name)
        with psycopg.connect(url, autocommit=True) as db:
            db.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        return url  # its schema made by the tree measured, before the clock starts

    return new_pg, cluster


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reports", type=int, default=10_000)
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--jobs", type=int, default=None)
    p.add_argument("--skip-extraction", action="store_true",
                   help="only the precomputed-extraction and load figures")
    p.add_argument("--skip-load", action="store_true", help="not the events_frame figure")
    p.add_argument("--corpus", choices=("news", "synthetic"), default="news",
                   help="report texts (see make_reports)")
    p.add_argument("--commit-every", type=float, default=None, metavar="SECONDS",
                   help="seconds between commits as `ingest --commit-every` (default: "
                        "ingest's; 0: each article)")
    p.add_argument("--peer", type=Path, action="append", default=[], metavar="TREE",
                   help="another source tree (e.g. `git archive REV | tar -x -C TREE`) run "
                        "beside this one, round by round (repeatable)")
    p.add_argument("--only", action="append", default=[], metavar="TEXT",
                   help="only the configurations whose label contains TEXT (repeatable), "
                        "e.g. 'end to end'")
    p.add_argument("--postgis", action="store_true",
                   help="also into PostGIS (bench_postgis's server or a throwaway cluster)")
    args = p.parse_args()
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
    new_pg, cluster = _postgres() if args.postgis else (None, None)
    try:
        with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
            _main(args, Path(tmp), new_pg)
    finally:
        if cluster is not None:
            cluster.stop()


def _main(args: Any, work: Path, new_pg: Any) -> None:
    reports = make_reports(args.reports, corpus=args.corpus)
    folder = work / "reports"
    _write(folder, reports)
    n = len(reports)
    size = sum(len(t.encode()) for _n, t in reports) / n
    every = COMMIT_SECONDS if args.commit_every is None else args.commit_every
    print(f"{n} {args.corpus} reports, mean {size / 1024:.1f} KB, commits "
          f"{f'every {every:g} s' if every else 'each article'}, load average "
          f"{os.getloadavg()[0]:.1f}")
    docs = work / "docs.pkl"
    rate = precompute(reports, docs, args.jobs or os.cpu_count() or 1)
    print(f"extraction alone ({args.jobs or os.cpu_count()} processes, this tree): "
          f"{rate:,.0f} reports/s")
    trees = [("this tree", ROOT), *((f"peer {t}", t) for t in args.peer)]
    configs: list[tuple[str, dict[str, Any]]] = [
        ("precomputed extraction, 1 process, each article committed (peer)",
         {"docs": docs, "jobs": 1, "commit_seconds": 0.0}),
        ("precomputed extraction, 1 process", {"docs": docs, "jobs": 1}),
        (f"precomputed extraction, jobs={args.jobs or 'auto'} (the store's path)",
         {"docs": docs, "jobs": args.jobs}),
        (f"precomputed extraction, jobs={args.jobs or 'auto'}, a store that writes nothing "
         f"(reading, the pool, fingerprints)", {"docs": docs, "jobs": args.jobs,
                                                "url": lambda: "null"})]
    if new_pg is not None:
        configs.append((f"precomputed extraction, jobs={args.jobs or 'auto'}, PostGIS",
                        {"docs": docs, "jobs": args.jobs, "url": new_pg}))
    if not args.skip_extraction:
        configs.append((f"end to end, real extractor, jobs={args.jobs or 'auto'}",
                        {"jobs": args.jobs}))
        if new_pg is not None:
            configs.append((f"end to end, real extractor, jobs={args.jobs or 'auto'}, PostGIS",
                            {"jobs": args.jobs, "url": new_pg}))
    if args.only:
        configs = [(label, kw) for label, kw in configs if any(t in label for t in args.only)]
    # Round by round, each configuration on every tree in turn: the machine's load moves
    # them together.
    runs: dict[tuple[str, str], list[Run]] = {}
    for _round in range(args.repeat):
        for label, kw in configs:
            for tree, root in trees:
                kw = {"commit_seconds": args.commit_every, **kw}
                runs.setdefault((label, tree), []).append(
                    bench_ingest(folder, work, repeat=1, root=root, **kw))
        print(f"  round {_round + 1} done, load average {os.getloadavg()[0]:.1f}", flush=True)
    for label, _kw in configs:
        print(f"{label} (medians of {args.repeat}):")
        for tree, _root in trees:
            got = runs[(label, tree)]
            med = Run(*(statistics.median(getattr(r, k) for r in got)
                        for k in ("wall", "main", "workers", "server")), got[-1].line)
            print(f"  {tree}: {med.figures(n)}  [{med.line}]")

    print(f"load average now {os.getloadavg()[0]:.1f}")
    if args.skip_load:
        return
    url = f"sqlite:///{work / 'events.gpkg'}"
    start = time.perf_counter()
    build_event_store(url, args.events)
    print(f"built a store of {args.events:,} events in {time.perf_counter() - start:.1f} s")
    cold, warm, rows = bench_load(url, repeat=max(args.repeat, 5))
    print(f"open_store + events_frame: median {cold * 1000:.0f} ms for {rows:,} events "
          f"(unchanged store, cached: {warm * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
