"""Ingest and load speed of the embedded store (run on demand; not a test).

    python benchmarks/bench_ingest.py [--reports 10000] [--events 100000] [--repeat 3]

Measures, each as the median of `--repeat` runs:

1. end to end: `extract.ingest.ingest` over a folder of `--reports` 4 KB reports (.txt files,
   see `make_reports`; one in ten a near-copy of another, one in twenty an exact copy from
   another outlet) into a fresh store: reading, extraction (the real pipeline, in one worker
   per core), deduplication and the transactional writes. Target: >= 1,000 reports/s.
2. the same batch with extraction precomputed (the real pipeline's documents), which isolates
   reading + fingerprinting + store, in one process (beside its peer in the same run: each
   article committed on its own, as before `ingest` grouped commits) and with workers; with
   the CPU time of the writing process per report (with workers: the writer's share).
3. `open_store(url).events_frame()` on a store holding `--events` merged events (the
   dashboard's cold load). Target: < 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.ingest import COMMIT_SECONDS, ingest  # noqa: E402
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


def bench_ingest(folder: Path, work: Path, *, repeat: int, extractor: Any = None,
                 jobs: int | None = None, commit_seconds: float | None = None
                 ) -> tuple[float, Any, float]:
    """Median wall seconds, the last summary, and the median CPU seconds of this process
    (the writer, and with jobs > 1 the unpickling of the workers' results)."""
    times, cpus, summary = [], [], None
    for r in range(repeat):
        url = f"sqlite:///{work / f'ingest-{r}-{time.monotonic_ns()}.gpkg'}"
        with open_store(url) as store:
            start, cpu = time.perf_counter(), _cpu()
            summary = ingest([folder], store, extractor=extractor, jobs=jobs,
                             published="2025-11-24", commit_seconds=commit_seconds)
            times.append(time.perf_counter() - start)
            cpus.append(_cpu() - cpu)
    return statistics.median(times), summary, statistics.median(cpus)


def _extract_doc(text: str) -> dict[str, Any]:
    from extract.pipeline import extract_text

    return extract_text(text, published="2025-11-24").to_dict()


def _precomputed(reports: list[tuple[str, str]], folder: Path) -> Any:
    """A stub extractor returning the real pipeline's documents, computed beforehand."""
    import multiprocessing

    texts = list(dict.fromkeys(text for _name, text in reports))
    with multiprocessing.get_context("fork").Pool() as pool:
        docs = dict(zip(texts, pool.map(_extract_doc, texts, chunksize=32), strict=True))

    def lookup(text: str, **_kwargs: Any) -> Any:
        return docs[text]

    return lookup


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


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reports", type=int, default=10_000)
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--jobs", type=int, default=None)
    p.add_argument("--skip-extraction", action="store_true",
                   help="only the stubbed-extraction and load figures")
    p.add_argument("--corpus", choices=("news", "synthetic"), default="news",
                   help="report texts (see make_reports)")
    p.add_argument("--commit-every", type=float, default=None, metavar="SECONDS",
                   help="seconds between commits as `ingest --commit-every` (default: "
                        "ingest's; 0: each article)")
    args = p.parse_args()
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="strikemap-bench-") as tmp:
        work = Path(tmp)
        reports = make_reports(args.reports, corpus=args.corpus)
        folder = work / "reports"
        _write(folder, reports)
        size = sum(len(t.encode()) for _n, t in reports) / len(reports)
        every = COMMIT_SECONDS if args.commit_every is None else args.commit_every
        print(f"{len(reports)} {args.corpus} reports, mean {size / 1024:.1f} KB, commits "
              f"{f'every {every:g} s' if every else 'each article'}, load average "
              f"{os.getloadavg()[0]:.1f}")

        start = time.perf_counter()
        stub = _precomputed(reports, folder)
        print(f"extraction alone (2 processes): {len(reports) / (time.perf_counter() - start):,.0f}"
              f" reports/s")
        n = len(reports)
        runs = [(1, 0.0, "peer: each article committed"), (1, args.commit_every, ""),
                (args.jobs, args.commit_every, "")]
        for jobs, commits, note in runs:
            secs, summary, cpu = bench_ingest(folder, work, repeat=args.repeat, extractor=stub,
                                              jobs=jobs, commit_seconds=commits)
            print(f"ingest, extraction precomputed (jobs={jobs or 'auto'}"
                  f"{', ' + note if note else ''}): median {secs:.2f} s = {n / secs:,.0f} "
                  f"reports/s, this process {cpu / n * 1000:.2f} ms CPU a report  "
                  f"[{summary.line()}]")

        if not args.skip_extraction:
            secs, summary, cpu = bench_ingest(folder, work, repeat=args.repeat, jobs=args.jobs,
                                              commit_seconds=args.commit_every)
            print(f"ingest end to end (real extractor, jobs={args.jobs or 'auto'}): median "
                  f"{secs:.2f} s = {n / secs:,.0f} reports/s, this process "
                  f"{cpu / n * 1000:.2f} ms CPU a report  [{summary.line()}]")

        print(f"load average now {os.getloadavg()[0]:.1f}")
        url = f"sqlite:///{work / 'events.gpkg'}"
        start = time.perf_counter()
        build_event_store(url, args.events)
        print(f"built a store of {args.events:,} events in {time.perf_counter() - start:.1f} s")
        cold, warm, rows = bench_load(url, repeat=max(args.repeat, 5))
        print(f"open_store + events_frame: median {cold * 1000:.0f} ms for {rows:,} events "
              f"(unchanged store, cached: {warm * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
