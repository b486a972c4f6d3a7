"""The PostGIS store against the GeoPackage store (run on demand; not a test).

    python benchmarks/bench_postgis.py [--articles 2000] [--events 1000000] [--repeat 3]

Needs a PostgreSQL server with PostGIS: `$STRIKEMAP_BENCH_PG_URL` (a user who may create
databases), else a throwaway cluster from the local binaries (as the tests make one, but with
PostgreSQL's default fsync and synchronous commits: durable, as a real server runs).

Measures, each as the median of `--repeat` runs, both backends in the same run:

1. **Two writers at once**: two processes each add `--articles` articles through
   `Store.add` (fingerprints computed beforehand, as ingest workers do), a tenth of them the
   other process's articles from an outlet of its own (duplicates that add a source), three
   events an article, reports of one strike from many articles merging; per-article commits
   (`ingest`'s default) and batched commits (`--commit-every 0.5`). Checked after each run:
   no article, source, report or event lost or duplicated (counts against the numbers the
   input implies, events' `reports` and `sources` against their rows). Target: PostGIS
   throughput within 20 % of the GeoPackage's. (A PostGIS store commits each article also
   inside a batch - `PostGISStore._transaction` says why - so its two lines measure the
   same writes; the GeoPackage's batch groups commits.)
2. **Two `python -m extract ingest` runs at once** (`--reports` news-like 4 KB reports from
   benchmarks/bench_ingest.py, the real extractor, one worker each): the first run takes the
   first two thirds of the folder, the second the last two thirds (a third read by both), so
   the store sees concurrent writers, duplicates and merges; checked: each report once.
3. **`events_frame` of `--events` events** with a one-month date filter pushed down to SQL
   (a fresh store object: connect, read, build the frame), and unfiltered for reference.
   Target: <= 2 s for the filtered read.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from geo.store import open_store  # noqa: E402

_PLACES = [(f"Town{i}", f"UA-{10 + i % 25:02d}", 46 + (i % 50) / 10, 24 + (i % 70) / 5)
           for i in range(120)]
_DAYS = [f"2025-{1 + d // 10:02d}-{1 + (d % 10) * 3:02d}" for d in range(120)]  # 3 days apart


def _doc(n: int, outlet: str) -> tuple[dict[str, Any], str]:
    """Article `n` (as an outlet got it) and its text: three strikes, each on a place and day
    many other articles report too (so reports merge; days 3 apart keep merging order-free)."""
    events = []
    for k in range(3):
        place, iso, lat, lon = _PLACES[(n * 7 + k * 31) % len(_PLACES)]
        events.append({"id": f"n{n}-{k}", "date": _DAYS[(n + k * 40) % len(_DAYS)],
                       "place": place, "place_kind": "settlement", "lat": lat, "lon": lon,
                       "oblast": iso, "oblast_iso": iso, "geo_precision": 1,
                       "weapon": ("drone", "missile", "drone")[k], "drones": 10 + n % 90,
                       "killed": n % 4, "injured": n % 9,
                       "sentence": f"Strike on {place} reported in article {n}.",
                       "start": 0, "end": 40})
    text = (f"Article {n}. " + " ".join(f"word{(n * 13 + i) % 997}x{n}" for i in range(120)))
    return ({"article": {"id": f"a{n}", "source": f"https://{outlet}.example/{n}",
                         "published": "2025-11-24", "title": f"Report {n}"},
             "mentions": [], "events": events}, text)


def _plan(writer: int, articles: int) -> list[tuple[int, str]]:
    """Writer 0 adds articles 0..n-1, writer 1 n..2n-1; each also adds a tenth of the other's,
    from its own outlet."""
    own = range(writer * articles, (writer + 1) * articles)
    other = range((1 - writer) * articles, (2 - writer) * articles, 10)
    return [(n, f"outlet{writer}") for n in own] + [(n, f"outlet{writer}") for n in other]


def _writer(url: str, writer: int, articles: int, commit: float | None,
            start: Any, out: Any) -> None:
    from geo.dedup import Fingerprint

    work = [(*_doc(n, outlet), n) for n, outlet in _plan(writer, articles)]
    work = [(doc, text, Fingerprint.of(text)) for doc, text, _n in work]
    with open_store(url) as store:
        start.wait()
        t0 = time.perf_counter()
        if commit is None:
            for doc, text, fp in work:
                store.add(doc, raw_text=text, fingerprint=fp)
        else:
            with store.batch(commit_seconds=commit):
                for doc, text, fp in work:
                    store.add(doc, raw_text=text, fingerprint=fp)
        out.put((writer, time.perf_counter() - t0, len(work)))


def _expected(articles: int) -> dict[str, int]:
    total = 2 * articles
    extra = len(range(0, articles, 10)) * 2  # duplicates from the other outlet
    strikes = set()
    for n in range(total):
        for ev in _doc(n, "x")[0]["events"]:
            strikes.add((ev["place"], ev["weapon"], ev["date"]))
    return {"articles": total, "article_sources": total + extra, "event_reports": total * 3,
            "events": len(strikes)}


def _check(url: str, articles: int) -> None:
    """No row lost or duplicated: counts as the input implies, events consistent."""
    from postgis_cluster import table_counts

    counts = table_counts(url)
    want = _expected(articles)
    got = {k: counts[k] for k in want}
    if got != want:
        raise SystemExit(f"{url}: rows lost or duplicated: {got} != {want}")
    with open_store(url) as store:
        frame = store.events_frame()
        reports = store._scalar("SELECT SUM(reports) FROM events")
        sources = store._scalar("SELECT COUNT(*) FROM event_sources")
    if reports != want["event_reports"] or int(frame["sources"].sum()) != sources:
        raise SystemExit(f"{url}: event counters disagree with their rows")


def bench_writers(make_url: Any, articles: int, commit: float | None,
                  repeat: int) -> tuple[float, float]:
    """Median seconds until both writers are done, and articles a second over both."""
    ctx = multiprocessing.get_context("fork")
    times = []
    for _ in range(repeat):
        url = make_url()
        open_store(url).close()  # schema created before the clock starts
        start, out = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_writer, args=(url, w, articles, commit, start, out))
                 for w in (0, 1)]
        for p in procs:
            p.start()
        time.sleep(3)  # both have fingerprinted their input and opened the store
        t0 = time.perf_counter()
        start.set()
        for p in procs:
            p.join()
            if p.exitcode:
                raise SystemExit(f"writer failed ({p.exitcode})")
        times.append(time.perf_counter() - t0)
        _check(url, articles)
    secs = statistics.median(times)
    n = 2 * (articles + len(range(0, articles, 10)))
    return secs, n / secs


# -- two ingest commands at once ----------------------------------------------------------------


def bench_ingest_commands(make_url: Any, folder: Path, repeat: int) -> tuple[float, int]:
    """Median seconds until two `python -m extract ingest` runs over overlapping thirds of
    `folder` are done, and the reports stored."""
    import subprocess

    files = sorted(folder.iterdir())
    third = len(files) // 3
    halves = [files[:2 * third], files[third:]]
    times, stored = [], 0
    for _ in range(repeat):
        url = make_url()
        open_store(url).close()
        t0 = time.perf_counter()
        procs = [subprocess.Popen(
            [sys.executable, "-m", "extract", "ingest", *map(str, part), "--db", url,
             "--jobs", "1", "--no-progress", "--published", "2025-11-24"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for part in halves]
        for proc in procs:
            _out, err = proc.communicate()
            if proc.returncode:
                raise SystemExit(f"ingest failed: {err[-500:]}")
        times.append(time.perf_counter() - t0)
        from postgis_cluster import table_counts

        with open_store(url) as store:
            stored = store.articles_count()
            dupes = store._scalar("SELECT COUNT(*) - COUNT(DISTINCT content_key) FROM articles")
        if dupes or table_counts(url)["article_sources"] < stored:
            raise SystemExit(f"{url}: duplicated or lost rows")
    return statistics.median(times), stored


# -- events_frame of a large store ---------------------------------------------------------------

_COLS = ("id, date, place, place_kind, lat, lon, oblast, oblast_iso, geo_precision, weapon, "
         "drones, drones_downed, missiles, missiles_downed, killed, injured, sentence, "
         'start, "end", article_id, source, title, published, sources, reports, match_key, url')


def fill_postgis(url: str, n: int) -> None:
    """`n` events over three years (about 900 a day), written in SQL (generate_series): the
    stored form `Store.add` gives, built fast enough to bench a million."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute(f"""
            INSERT INTO events ({_COLS}, geom)
            SELECT 'e' || g, to_char(DATE '2023-01-01' + (g % 1096), 'YYYY-MM-DD'),
                   'Town' || (g % 120), 'settlement', 46 + (g % 50) / 10.0,
                   24 + (g % 70) / 5.0, 'Oblast ' || (g % 25), 'UA-' || (10 + g % 25), 1,
                   CASE WHEN g % 3 = 0 THEN 'missile' ELSE 'drone' END, 10 + g % 90, NULL,
                   NULLIF(g % 7, 0), NULL, g % 4, g % 9,
                   'A strike on Town' || (g % 120) || ' was reported in article ' || g || '.',
                   0, 40, 'a' || g, 'https://news.example/' || g, 'Report ' || g,
                   '2025-11-24', 1 + g % 3, 1, 'UA-10|town' || (g % 120),
                   'https://news.example/' || g,
                   ST_SetSRID(ST_MakePoint(24 + (g % 70) / 5.0, 46 + (g % 50) / 10.0), 4326)
            FROM generate_series(1, {n}) AS g""")
        db.execute("ANALYZE events")


def fill_sqlite(url: str, n: int) -> None:
    """The same `n` events in a GeoPackage store."""
    from datetime import date, timedelta

    with open_store(url) as store:
        db = store._db  # type: ignore[attr-defined]
        day0 = date(2023, 1, 1)
        rows = ((f"e{g}", (day0 + timedelta(days=g % 1096)).isoformat(), f"Town{g % 120}",
                 "settlement", 46 + (g % 50) / 10, 24 + (g % 70) / 5, f"Oblast {g % 25}",
                 f"UA-{10 + g % 25}", 1, "missile" if g % 3 == 0 else "drone", 10 + g % 90,
                 None, (g % 7) or None, None, g % 4, g % 9,
                 f"A strike on Town{g % 120} was reported in article {g}.", 0, 40, f"a{g}",
                 f"https://news.example/{g}", f"Report {g}", "2025-11-24", 1 + g % 3, 1,
                 f"UA-10|town{g % 120}", f"https://news.example/{g}")
                for g in range(1, n + 1))
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO events ({_COLS}) VALUES ({', '.join('?' * 27)})", rows)
        db.execute("CREATE INDEX IF NOT EXISTS bench_events_date ON events(date)")
        db.execute("COMMIT")


def bench_frame(url: str, repeat: int, **dates: str) -> tuple[float, int]:
    """Median seconds of open + events_frame(**dates) on a fresh store object, and rows."""
    times, rows = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        with open_store(url) as store:
            rows = len(store.events_frame(**dates))
        times.append(time.perf_counter() - t0)
    return statistics.median(times), rows


# -- main ------------------------------------------------------------------------------------


def _server() -> tuple[str, Any]:
    url = os.environ.get("STRIKEMAP_BENCH_PG_URL")
    if url:
        return url, None
    from postgis_cluster import Cluster, _bindir

    bindir = _bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL binaries; set STRIKEMAP_BENCH_PG_URL")
    cluster = Cluster(bindir)
    cluster.start(durable=True)
    return cluster.url("postgres"), cluster


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=2000, help="articles per writer")
    p.add_argument("--events", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--reports", type=int, default=600,
                   help="reports for the two ingest commands (0: skip)")
    p.add_argument("--skip-writers", action="store_true")
    p.add_argument("--skip-frame", action="store_true")
    args = p.parse_args()

    import psycopg

    server, cluster = _server()
    admin = server
    counter = iter(range(10**6))
    work = Path(tempfile.mkdtemp(prefix="bench-postgis-"))

    def new_pg() -> str:
        name = f"bench_{os.getpid()}_{next(counter)}"
        with psycopg.connect(admin, autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        with psycopg.connect(_with_db(admin, name), autocommit=True) as db:
            db.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        return _with_db(admin, name)

    def new_gpkg() -> str:
        return f"sqlite:///{work / f'bench-{next(counter)}.gpkg'}"

    try:
        print(f"cores: {os.cpu_count()}; PostgreSQL: "
              f"{'throwaway cluster, default fsync' if cluster else 'STRIKEMAP_BENCH_PG_URL'}")
        if not args.skip_writers:
            for label, commit in (("per-article commits", None), ("batched, 0.5 s", 0.5)):
                res = {}
                for name, make in (("GeoPackage", new_gpkg), ("PostGIS", new_pg)):
                    secs, rate = bench_writers(make, args.articles, commit, args.repeat)
                    res[name] = rate
                    print(f"two writers, {label}, {name}: median {secs:.2f} s, "
                          f"{rate:,.0f} articles/s (no rows lost or duplicated)")
                ratio = res["PostGIS"] / res["GeoPackage"]
                print(f"  PostGIS / GeoPackage throughput: {ratio:.2f} "
                      f"({'within' if ratio >= 0.8 else 'outside'} the 20 % target)")
        if args.reports:
            from bench_ingest import _write, make_reports

            folder = work / "reports"
            _write(folder, make_reports(args.reports))
            res = {}
            for name, make in (("GeoPackage", new_gpkg), ("PostGIS", new_pg)):
                secs, stored = bench_ingest_commands(make, folder, args.repeat)
                res[name] = secs
                print(f"two ingest commands at once (real extractor), {name}: median "
                      f"{secs:.1f} s, {stored} distinct reports stored once each "
                      f"({2 * (len(list(folder.iterdir())) * 2 // 3) / secs:,.0f} reports/s "
                      f"read over both)")
            ratio = res["GeoPackage"] / res["PostGIS"]
            print(f"  PostGIS / GeoPackage throughput: {ratio:.2f} "
                  f"({'within' if ratio >= 0.8 else 'outside'} the 20 % target)")
        if not args.skip_frame:
            pg, gpkg = new_pg(), new_gpkg()
            open_store(pg).close()
            t0 = time.perf_counter()
            fill_postgis(pg, args.events)
            fill_sqlite(gpkg, args.events)
            print(f"filled {args.events:,} events in each store in "
                  f"{time.perf_counter() - t0:.0f} s")
            month = {"date_from": "2024-06-01", "date_to": "2024-06-30"}
            for name, url in (("PostGIS", pg), ("GeoPackage", gpkg)):
                secs, rows = bench_frame(url, args.repeat, **month)
                print(f"events_frame(June 2024) of {args.events:,}, {name}: median "
                      f"{secs:.2f} s for {rows:,} rows"
                      + (f" ({'within' if secs <= 2 else 'over'} the 2 s target)"
                         if name == "PostGIS" else ""))
            for name, url in (("PostGIS", pg), ("GeoPackage", gpkg)):
                secs, rows = bench_frame(url, max(1, args.repeat - 2))
                print(f"events_frame() unfiltered, {name}: median {secs:.2f} s for {rows:,} rows")
    finally:
        if cluster is not None:
            cluster.stop()


def _with_db(url: str, name: str) -> str:
    head, sep, query = url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}{sep}{query}"


if __name__ == "__main__":
    main()
