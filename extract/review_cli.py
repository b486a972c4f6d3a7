"""`python -m extract review --export FILE | --import FILE [--events OUT] [--db URL]`: the
corrections log (`geo.corrections`) in and out of the store, so a team can review on several
machines and merge what each reviewer did.

`--export` writes the whole log (`.csv` or `.json`, by the extension); `--import` appends the
rows of one that the store does not have yet (the same row twice is stored once), refusing a
malformed row with a message and going on with the rest; a row naming an event this store
does not hold is kept (it applies once the event's reports are ingested) and said so.
`--events OUT` writes every event with its review `status` (`.csv`, `.geojson`, `.gpkg`),
rejected ones included. Exit status: 0 done, 1 some rows refused, 2 bad usage or store.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

_EXAMPLES = """examples:
  python -m extract review --export corrections.csv
  python -m extract review --import colleague.json --db sqlite:///strikes.gpkg
  python -m extract review --events reviewed.csv
"""


def _parser() -> argparse.ArgumentParser:
    from geo.store import DEFAULT_URL, ENV_VAR

    p = argparse.ArgumentParser(
        prog="python -m extract review",
        description="Export or import the corrections log of the store; write the events "
                    "with their review status.",
        epilog=_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--export", metavar="FILE", help="write the log to FILE (.csv or .json)")
    p.add_argument("--import", dest="import_", metavar="FILE",
                   help="append the corrections in FILE (.csv or .json) to the log")
    p.add_argument("--events", metavar="OUT",
                   help="write every event with its status to OUT (.csv, .geojson, .gpkg)")
    p.add_argument("--db", metavar="URL", default=None,
                   help=f"store URL (default: ${ENV_VAR} or {DEFAULT_URL})")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the review command; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not (args.export or args.import_ or args.events):
        parser.error("give --export FILE, --import FILE or --events OUT")
    from geo import corrections
    from geo.store import StoreError, open_store

    try:
        for name in (args.export, args.import_):
            if name:
                corrections.log_format(name)
        if args.events and Path(args.events).suffix.lower() not in (".csv", ".geojson",
                                                                    ".json", ".gpkg"):
            raise corrections.CorrectionError(
                f"--events {args.events}: use a .csv, .geojson or .gpkg file")
        store = open_store(args.db)
    except (StoreError, corrections.CorrectionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    status = 0
    try:
        if args.import_:
            status = max(status, _import(store, Path(args.import_)))
        if args.export:
            rows = store.corrections()
            _write(Path(args.export),
                   corrections.log_bytes(rows, corrections.log_format(args.export)))
            print(f"wrote {args.export}: {len(rows):,} corrections", file=sys.stderr)
        if args.events:
            from geo.export import write_export

            applied = corrections.apply(store.events_frame(), store.corrections(),
                                        reports=store.event_reports)
            for problem in applied.problems:
                print(f"warning: {problem}", file=sys.stderr)
            if not Path(args.events).parent.is_dir():
                raise OSError(2, "folder does not exist", str(Path(args.events).parent))
            write_export(applied.events, args.events)
            counts = applied.events["status"].value_counts()
            print(f"wrote {args.events}: {len(applied.events):,} events ("
                  + ", ".join(f"{counts.get(s, 0):,} {s}" for s in corrections.STATUSES)
                  + ")", file=sys.stderr)
    except (corrections.CorrectionError, OSError, StoreError) as exc:
        message = f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and \
            exc.filename else str(exc)
        print(f"error: {message}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return status


def _import(store: object, path: Path) -> int:
    from geo import corrections

    result = corrections.import_log(store, path.read_bytes(), str(path),
                                    store.events_frame())  # type: ignore[attr-defined]
    for message in result.refused:
        print(f"error: {message}; skipped", file=sys.stderr)
    for message in result.missing:
        print(f"warning: {message}", file=sys.stderr)
    print(f"imported {path}: {corrections.import_summary(result)}", file=sys.stderr)
    return 1 if result.refused else 0


def _write(path: Path, data: bytes) -> None:
    if not path.parent.is_dir():
        raise OSError(2, "folder does not exist", str(path.parent))
    path.write_bytes(data)
