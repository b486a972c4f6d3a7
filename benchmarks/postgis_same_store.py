"""Does a change to the PostGIS writer store the same rows? (run on demand; not a test)

    python benchmarks/postgis_same_store.py --peer TREE [--reports 3000]

Ingests the same news reports (`bench_ingest.make_reports`, the real pipeline's documents
precomputed once) with this tree and with `TREE` (the code before a change: `git worktree add
TREE REV`), one process committing each article and two workers in batches, each into a fresh
PostGIS database (bench_postgis's server or a throwaway cluster), and compares every table row
by row, numbering included: articles, sources, mentions, events, reports, event sources.
Prints the summaries and "identical" or the tables that differ; exits 1 on a difference.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_ingest  # noqa: E402

#: Each table's columns, and the order of its rows.
TABLES = {
    "articles": "fid, id, content_key, story_id, similarity, dataset, published, title, source, "
                "text, lang, url, signature",
    "article_sources": "fid, article_id, source",
    "mentions": 'fid, article_id, text, start, "end", name, kind, geonameid, lat, lon, oblast, '
                "oblast_iso, in_ukraine, role",
    "events": "fid, id, date, place, place_kind, lat, lon, oblast, oblast_iso, geo_precision, "
              "weapon, drones, drones_downed, missiles, missiles_downed, killed, injured, "
              'sentence, start, "end", article_id, source, title, published, sources, reports, '
              "match_key, url, disputed, ST_AsText(geom)",
    "event_reports": "fid, event_fid, article_id, story_id, origin, report_id, date, place, "
                     "place_kind, lat, lon, oblast, oblast_iso, geo_precision, weapon, drones, "
                     "drones_downed, missiles, missiles_downed, killed, injured, sentence, "
                     'start, "end", source, match_key, how, url',
    "event_sources": "event_fid, source"}


def rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    import psycopg

    with psycopg.connect(url) as db:
        return {t: db.execute(f"SELECT {cols} FROM {t} ORDER BY 1, 2").fetchall()
                for t, cols in TABLES.items()}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--peer", type=Path, required=True, metavar="TREE")
    p.add_argument("--reports", type=int, default=3000)
    args = p.parse_args()
    new_pg, cluster = bench_ingest._postgres()
    try:
        with tempfile.TemporaryDirectory(prefix="strikemap-same-") as tmp:
            work = Path(tmp)
            reports = bench_ingest.make_reports(args.reports)
            bench_ingest._write(work / "reports", reports)
            bench_ingest.precompute(reports, work / "docs.pkl", 2)
            stores = {}
            for tree, root in (("this tree", ROOT), ("peer", args.peer)):
                for jobs, commit in ((1, 0.0), (2, None)):
                    url = new_pg()
                    run = bench_ingest.bench_ingest(work / "reports", work, repeat=1,
                                                    root=root, docs=work / "docs.pkl",
                                                    jobs=jobs, commit_seconds=commit,
                                                    url=lambda url=url: url)
                    print(f"{tree}, jobs {jobs}: {run.line}")
                    stores[(tree, jobs)] = rows(url)
    finally:
        if cluster is not None:
            cluster.stop()
    ref = stores[("peer", 1)]
    print({t: len(r) for t, r in ref.items()})
    differ = False
    for key, got in stores.items():
        bad = [t for t in TABLES if got[t] != ref[t]]
        differ |= bool(bad)
        print(f"{key[0]}, jobs {key[1]}: {'identical' if not bad else 'differs in ' + str(bad)}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
