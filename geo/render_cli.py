"""The `render` and `export` subcommands of `python -m geo` (registered in `geo.cli.COMMANDS`).

Only argument parsing, the date filter and error reporting live here; drawing is
`geo.static`, writing is `geo.export`, reading INPUT is `geo.event_files` with reports extracted
by `extract.report_files` (an entry point: it composes both packages). Any bad input (missing
file, malformed JSON, unknown metric or format, bad date) prints one `error: ...` line on
stderr and exits with status 2, like argparse's own usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

import pandas as pd

from extract.report_files import load_events
from geo import cli
from geo.event_files import InputError
from geo.export import LAYERS, SUFFIXES, write_export
from geo.schema import METRICS
from geo.static import FORMATS, PERIODS, describe, render_map, render_small_multiples
from geo.units import load_units
from geo.view import in_dates

log = logging.getLogger(__name__)

_RENDER_HELP = (
    "draw a static map (PNG, SVG or PDF, from --out's extension) of INPUT: "
    "python -m geo render reports.json --metric drones --out map.png"
)
_EXPORT_HELP = (
    "write INPUT's events as GeoJSON, CSV or GeoPackage (from --out's extension): "
    "python -m geo export reports.json --out strikes.gpkg"
)


class UsageError(ValueError):
    """A bad argument value found after parsing (metric, format, date)."""


def _common_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="output of `python -m extract` (.json, .jsonl, .geojson), or reports "
                        "(.txt, .html, ...) and folders of them, extracted on the fly")
    p.add_argument("--out", required=True, metavar="FILE", help="file to write")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="keep events on or after this day (YYYY-MM-DD); undated events are "
                        "kept and counted apart")
    p.add_argument("--to", dest="date_to", metavar="DATE",
                   help="keep events on or before this day (YYYY-MM-DD); undated events are "
                        "kept and counted apart")


def _render_args(p: argparse.ArgumentParser) -> None:
    _common_args(p)
    p.add_argument("--metric", default="events",
                   help=f"what the colours show: {', '.join(METRICS)} (default: events)")
    p.add_argument("--title", help="title (default: '<metric> by oblast')")
    p.add_argument("--subtitle", help="subtitle (default: the date range and the total)")
    p.add_argument("--dpi", type=int, default=200, help="PNG resolution (default: 200)")
    p.add_argument("--markers", action="store_true",
                   help="add circles per place, sized by the metric, the largest labelled")
    p.add_argument("--by", choices=PERIODS, metavar="day|week",
                   help="small multiples for publication: one map per day or week in a grid, "
                        "on one colour scale (undated events have no panel)")
    p.add_argument("--oblast", metavar="ISO[,ISO]",
                   help="only these units (e.g. UA-12,UA-63): the map zooms to them and draws "
                        "the others hatched as not selected; country-wide events are left out")


def _export_args(p: argparse.ArgumentParser) -> None:
    _common_args(p)
    p.add_argument("--layer", default="events", choices=LAYERS,
                   help="for .geojson and .csv: event points (default) or the 27 oblasts "
                        "with every metric; a .gpkg always holds both")


def render(args: argparse.Namespace) -> int:
    """Run `render`; 0 on success, 2 on bad input."""
    try:
        out = Path(args.out)
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise UsageError(f"--out {out}: unknown image format {out.suffix or '(none)'!r}; "
                             f"use .png, .svg or .pdf")
        if args.metric not in METRICS:
            raise UsageError(f"unknown metric {args.metric!r}; choose one of "
                             f"{', '.join(METRICS)}")
        start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
        oblasts = _oblasts(args.oblast)
        events = filter_dates(load_events(args.inputs), start, end)
        if oblasts:
            events = events[events["oblast_iso"].isin(oblasts)].reset_index(drop=True)
        subtitle = args.subtitle
        if getattr(args, "by", None):
            if args.markers:
                raise UsageError("--markers and --by: small multiples draw no markers")
            data = render_small_multiples(events, metric=args.metric, by=args.by,
                                          title=args.title, subtitle=subtitle, fmt=fmt,
                                          dpi=args.dpi, oblasts=oblasts)
            _write(out, data)
            print(f"wrote {out}: {args.metric} per {args.by}, {len(events):,} events",
                  file=sys.stderr)
            return 0
        if subtitle is None and (start or end or oblasts):
            subtitle = describe(events, args.metric, date_from=start, date_to=end,
                                oblasts=oblasts)
        data = render_map(events, metric=args.metric, title=args.title, subtitle=subtitle,
                          markers=args.markers, fmt=fmt, dpi=args.dpi, oblasts=oblasts)
        _write(out, data)
    except (InputError, UsageError, ValueError, OSError) as exc:
        return _fail(exc)
    print(f"wrote {out}: {args.metric}, {len(events):,} events", file=sys.stderr)
    return 0


def export(args: argparse.Namespace) -> int:
    """Run `export`; 0 on success, 2 on bad input."""
    try:
        out = Path(args.out)
        if out.suffix.lower() not in SUFFIXES:
            raise UsageError(f"--out {out}: unknown export format {out.suffix or '(none)'!r}; "
                             f"use one of {', '.join(SUFFIXES)}")
        start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
        events = filter_dates(load_events(args.inputs), start, end)
        if not out.parent.is_dir():
            raise UsageError(f"--out {out}: folder {out.parent} does not exist")
        write_export(events, out, layer=args.layer)
    except (InputError, UsageError, ValueError, OSError) as exc:
        return _fail(exc)
    print(f"wrote {out}: {len(events):,} events", file=sys.stderr)
    return 0


def filter_dates(events: pd.DataFrame, start: str | None, end: str | None) -> pd.DataFrame:
    """Events whose day (else their article's publication day) lies in [start, end], and the
    undated ones: the dashboard's rule (`geo.view.in_dates`); the subtitle says how much of
    the total is undated."""
    if not start and not end:
        return events
    return events[in_dates(events, start, end)].reset_index(drop=True)


def _oblasts(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    known = set(load_units()["iso"])
    asked = [o.strip().upper() for o in value.split(",") if o.strip()]
    bad = [o for o in asked if o not in known]
    if bad:
        raise UsageError(f"--oblast {','.join(bad)}: no such unit; use ISO codes like UA-12")
    return tuple(sorted(set(asked)))


def _day(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{flag} {value!r}: not a date; use YYYY-MM-DD") from None


def _write(out: Path, data: bytes) -> None:
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    out.write_bytes(data)


def _fail(exc: Exception) -> int:
    message = str(exc)
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        message = f"{exc.filename}: {exc.strerror}"
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return 2


cli.COMMANDS["render"] = (_RENDER_HELP, (_render_args, render))
cli.COMMANDS["export"] = (_EXPORT_HELP, (_export_args, export))
