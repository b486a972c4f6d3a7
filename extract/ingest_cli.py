"""`python -m extract ingest PATH... [--db URL]`: batch ingest into the store.

Only parses arguments, calls `extract.ingest.ingest`, and formats the summary; exit status 0
when every input was stored, 1 when some failed (the others are stored), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

_EXAMPLES = """examples:
  python -m extract ingest reports/                      folder, recursively
  python -m extract ingest feed.xml acled.csv --db sqlite:///strikes.gpkg
  python -m extract ingest missile_attacks_daily.csv --json
"""


def _parser() -> argparse.ArgumentParser:
    # The store, ingest and their pandas and datasketch load here, not when `python -m extract`
    # imports this module to dispatch.
    from geo.store import DEFAULT_URL, ENV_VAR

    p = argparse.ArgumentParser(
        prog="python -m extract ingest",
        description="Extract strikes from articles (.txt, .html, .json, CSV of articles, "
                    "RSS/Atom feeds) and import ACLED or missile-attack CSVs into the store; "
                    "the same input twice adds nothing.",
        epilog=_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    p.add_argument("--db", metavar="URL", default=None,
                   help=f"store URL (default: ${ENV_VAR} or {DEFAULT_URL})")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for articles that carry none")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="extraction processes (default: one per core for large batches)")
    p.add_argument("--commit-every", type=float, default=None, metavar="SECONDS",
                   help="group commits (faster; a hard crash loses at most SECONDS of work, "
                        "which re-running restores); default: commit each article")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the ingest command; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")
    from extract.ingest import ingest
    from geo.store import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with store:
        summary = ingest(args.paths, store, jobs=args.jobs, published=args.published,
                         progress=not args.no_progress and sys.stderr.isatty(),
                         commit_seconds=args.commit_every)
        totals = {"articles": store.articles_count(), "events": store.events_count()}
    for msg in summary.errors:
        print(f"error: {msg}", file=sys.stderr)
    if args.json:
        print(json.dumps({**summary.as_dict(), "store": store.url, **totals}, ensure_ascii=False))
    else:
        print(summary.line())
        print(f"store {store.url}: {totals['articles']} articles, {totals['events']} events")
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
