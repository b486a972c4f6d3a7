"""Does a change to ingest or the GeoPackage writer store the same rows? (run on demand; not a
test)

    python benchmarks/gpkg_same_store.py --peer TREE [--reports 2000] [--jobs 1 --jobs 2]

Ingests the same news reports (`bench_ingest.make_reports`) with this tree and with `TREE`
(the code before a change: `git worktree add TREE REV`) through `extract.ingest.ingest`, each
run in a process of its own into a fresh GeoPackage, with one process and with two workers,
and compares every table row by row, numbering included: articles (signatures too),
sources, mentions, events, reports, event sources, the corrections log. Only the times of
writing (`added`, `last_change`) are left out. Both trees get the same extraction: this tree's
`extract_text` results (`Extraction` records, so the workers' path from the extractor's own
records is the one measured), computed once and handed to both by a stub extractor, so a
change to extraction between the trees does not show here. Prints "identical" or the tables
that differ; exits 1 on a difference.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_ingest  # noqa: E402

#: Each table's columns (all but the time of writing), rows in fid order.
TABLES = {
    "articles": "fid, id, content_key, story_id, similarity, dataset, published, title, source, "
                "signature, text, lang, url, added_by",
    "article_sources": "fid, article_id, source, added_by",
    "mentions": 'fid, article_id, text, start, "end", name, kind, geonameid, lat, lon, oblast, '
                "oblast_iso, in_ukraine, role",
    "events": "fid, geom, id, date, place, place_kind, lat, lon, oblast, oblast_iso, "
              "geo_precision, weapon, drones, drones_downed, missiles, missiles_downed, killed, "
              'injured, sentence, start, "end", article_id, source, title, published, sources, '
              "reports, match_key, url, disputed",
    "event_reports": "fid, event_fid, article_id, story_id, origin, report_id, date, place, "
                     "place_kind, lat, lon, oblast, oblast_iso, geo_precision, weapon, drones, "
                     "drones_downed, missiles, missiles_downed, killed, injured, sentence, "
                     'start, "end", source, match_key, how, url',
    "event_sources": "event_fid, source",
    "corrections": "fid, id, event, event_id, action, field, old_value, new_value, who, reason",
    "gpkg_contents": "table_name, data_type, identifier, description, srs_id",
    "strikemap_meta": "key, value",
}

#: One ingest in a process of its own on the tree `root`, the extraction looked up in `docs`.
_CHILD = r"""
import json, pickle, sys
root, folder, docs, url, jobs = sys.argv[1:6]
sys.path.insert(0, root)
from extract.ingest import ingest
from geo.store import open_store
table = pickle.load(open(docs, "rb"))
def extractor(text, *, published=None, source=None, title=None):
    from dataclasses import replace
    ex = table[text]
    return replace(ex, article=replace(ex.article, source=source, title=title,
                                       published=published))
with open_store(url) as store:
    summary = ingest([folder], store, extractor=extractor, jobs=int(jobs),
                     published="2025-11-24")
print(json.dumps({"line": summary.line()}))
"""


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT {cols} FROM {t} ORDER BY 1").fetchall()
                for t, cols in TABLES.items()}
    finally:
        db.close()


def _extract_all(texts: list[str], path: Path) -> None:
    from extract.pipeline import extract_text

    table = {t: extract_text(t, published="2025-11-24") for t in texts}
    with path.open("wb") as fh:
        pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)


def ingest_with(root: Path, folder: Path, docs: Path, store: Path, jobs: int) -> str:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(root), str(folder), str(docs),
                          f"sqlite:///{store}", str(jobs)], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"ingest failed ({root}): {out.stderr[-800:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])["line"]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--peer", type=Path, required=True, metavar="TREE")
    p.add_argument("--reports", type=int, default=2000)
    p.add_argument("--jobs", type=int, action="append", default=[],
                   help="worker processes (repeatable; default: 1 and 2)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="strikemap-same-") as tmp:
        work = Path(tmp)
        reports = bench_ingest.make_reports(args.reports)
        folder = work / "reports"
        bench_ingest._write(folder, reports)
        docs = work / "docs.pkl"
        _extract_all(list(dict.fromkeys(t for _n, t in reports)), docs)
        differ = False
        for jobs in args.jobs or [1, 2]:
            got = {}
            for name, root in (("this tree", ROOT), ("peer", args.peer)):
                store = work / f"{name.replace(' ', '-')}-{jobs}.gpkg"
                line = ingest_with(root, folder, docs, store, jobs)
                print(f"jobs={jobs} {name}: {line}")
                got[name] = rows(store)
            bad = [t for t in TABLES if got["this tree"][t] != got["peer"][t]]
            counts = ", ".join(f"{t} {len(got['this tree'][t])}" for t in TABLES)
            if bad:
                differ = True
                print(f"jobs={jobs}: DIFFERENT tables: {', '.join(bad)} ({counts})")
            else:
                print(f"jobs={jobs}: identical ({counts})")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
