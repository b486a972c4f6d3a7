"""Command line of the geo package: `python -m geo geocode NAME...`.

Other subcommands register themselves in `COMMANDS` (name -> (add_arguments, run)).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable

from geo.geocode import Geocoder

Command = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _geocode_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("names", nargs="+", metavar="NAME", help="place names, any script")
    p.add_argument("--oblast", help="ISO code of the oblast to prefer, e.g. UA-14")
    p.add_argument(
        "--online", action="store_true", help="fall back to Nominatim (also STRIKEMAP_NOMINATIM=1)"
    )


def _geocode(args: argparse.Namespace) -> int:
    geocoder = Geocoder(online=True if args.online else None)
    status = 0
    for name in args.names:
        result = geocoder.geocode(name, oblast_hint=args.oblast)
        if result is None:
            print(json.dumps({"query": name, "error": "no place found"}, ensure_ascii=False))
            status = 1
            continue
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    return status


COMMANDS: dict[str, tuple[str, Command]] = {
    "geocode": (
        "place names: one JSON line each (example: python -m geo geocode Kiev Lyman)",
        (_geocode_args, _geocode),
    ),
}


def main(argv: list[str] | None = None) -> int:
    _load_plugins()
    parser = argparse.ArgumentParser(prog="python -m geo", description="Strikemap geo tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, (add_args, _run)) in COMMANDS.items():
        add_args(sub.add_parser(name, help=help_text, description=help_text))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return COMMANDS[args.command][1][1](args)


def _load_plugins() -> None:
    """Import the modules that add subcommands (render, export) when they exist."""
    for module in ("geo.render_cli",):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


if __name__ == "__main__":
    sys.exit(main())
