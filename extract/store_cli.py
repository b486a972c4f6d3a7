"""`python -m extract store copy SRC DST`: move a store between a GeoPackage file and a
PostgreSQL/PostGIS database (either way), e.g. when a team outgrows one file.

Only parses arguments and calls `geo.store_copy.copy_store`; exit status 0 when every row was
copied, 1 when the copy failed (the destination is then left empty), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys

_EXAMPLES = """examples:
  python -m extract store copy sqlite:///strikes.gpkg postgresql://me@dbhost/strikemap
  python -m extract store copy postgresql://me@dbhost/strikemap backup.gpkg
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m extract store",
                                description="Manage stores.", epilog=_EXAMPLES,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    copy = sub.add_parser("copy", help="copy every row of a store into an empty one",
                          description="Copy articles, sources, events, reports and "
                                      "corrections of SRC into the empty store DST (created "
                                      "when missing), keeping ids and merged figures.",
                          epilog=_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    copy.add_argument("src", metavar="SRC", help="store URL or .gpkg path to read")
    copy.add_argument("dst", metavar="DST", help="store URL or .gpkg path to fill (empty)")
    copy.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run a store command; returns the exit status."""
    args = _parser().parse_args(argv)
    from geo.store import StoreError
    from geo.store_copy import copy_store

    def progress(table: str, rows: int) -> None:
        if not args.quiet:
            print(f"{table}: {rows} rows", file=sys.stderr)

    try:
        counts = copy_store(args.src, args.dst, progress=progress)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"copied {counts['articles']} articles, {counts['events']} events, "
              f"{counts['event_reports']} reports and {counts['corrections']} corrections "
              f"into {args.dst}")
    return 0
