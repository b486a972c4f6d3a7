"""`python -m extract`: read reports, print their mentions and events.

    python -m extract data/samples/seed.txt
    python -m extract --format jsonl reports/ > out.jsonl
    cat report.txt | python -m extract - --published 2025-11-24
    python -m extract ingest PATH... [--db URL]      (batch ingest into the store)
    python -m extract store copy SRC DST            (a GeoPackage store into PostGIS and back)
    python -m extract review --export FILE | --import FILE   (the corrections log)
"""

from __future__ import annotations

import argparse
import csv
import logging
import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from types import FrameType
from typing import Any, BinaryIO, TextIO

import orjson

from extract.ingest_cli import main as ingest_main
from extract.model import Event, Extraction, Mention, how_text
from extract.reading import (
    RawArticle,
    ReadError,
    date_arg,
    is_report_file,
    read_bytes,
    read_path,
    walk_files,
)
from geo.safe_csv import safe_cell

log = logging.getLogger(__name__)

#: Columns of `--format csv`: one row per event, with its article.
CSV_COLUMNS = ("article_id", "source", "url", "published", "title",
               *(f.name for f in fields(Event)))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["ingest"]:
        return _ingest(argv[1:])
    if argv[:1] == ["review"]:
        from extract.review_cli import main as review_main

        return review_main(argv[1:])
    if argv[:1] == ["store"]:
        from extract.store_cli import main as store_main

        return store_main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="python -m extract", description=__doc__.split("\n\n")[0],
        epilog="example: python -m extract --format jsonl data/samples/")
    parser.add_argument("inputs", nargs="+", metavar="FILE|DIR|-",
                        help=".txt, .html, .json, .jsonl or .csv files, folders of them, or - "
                             "for standard input")
    parser.add_argument("--published", metavar="DATE", type=date_arg,
                        help="published date (YYYY-MM-DD) for reports that carry none")
    parser.add_argument("--format", choices=("json", "jsonl", "csv", "geojson"),
                        help="output format (default: json for one file, jsonl for several)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")

    paths = list(_expand(args.inputs))
    fmt = args.format or ("json" if len(paths) == 1 else "jsonl")
    from extract.budget import BudgetExceeded
    from extract.pipeline import extract_text  # deferred: usage errors skip loading the rules

    failures = 0
    writer = _Writer(fmt, sys.stdout)
    for path in paths:
        try:
            if isinstance(path, ReadError):  # an unreadable or empty folder
                raise path
            articles = _read(path)
        except ReadError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failures += 1
            continue
        for art in articles:
            try:
                result = extract_text(art.text, published=art.published or args.published,
                                      source=art.source, title=art.title, url=art.url)
            except BudgetExceeded as exc:  # too long or too slow: this article only
                print(f"error: {art.source or path}: {exc}", file=sys.stderr)
                failures += 1
                continue
            except Exception as exc:  # a fault of the extractor: said, and the others go on
                logging.getLogger(__name__).debug("extraction failed", exc_info=True)
                print(f"error: {art.source or path}: extraction failed "
                      f"({type(exc).__name__}: {exc}); please report this text",
                      file=sys.stderr)
                failures += 1
                continue
            writer.write(result)
    writer.close()
    return 1 if failures else 0  # the readable inputs are still written


class Terminated(BaseException):
    """SIGTERM during `ingest`: unwind instead of dying, so the article being written rolls
    back and the store closes, committing and checkpointing what was done (else the data sits
    in the -wal file beside the .gpkg). A BaseException: no `except Exception` swallows it."""


def _ingest(argv: list[str]) -> int:
    """`python -m extract ingest`, turning SIGTERM into `Terminated` (exit status 143)."""
    main_pid = os.getpid()

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != main_pid:  # a forked extraction worker: die as before
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    # What reading repaired (damaged UTF-8, NUL bytes, skipped items) is said even though
    # ingest logs only errors unless -v.
    logging.getLogger("extract.reading").setLevel(logging.WARNING)
    try:
        return ingest_main(argv)
    except Terminated:
        print("error: stopped by SIGTERM; the articles stored until then are in the store "
              "(run the same command again to add the rest)", file=sys.stderr)
        return 128 + signal.SIGTERM
    finally:
        signal.signal(signal.SIGTERM, previous)


def _expand(inputs: list[str]) -> Iterator[str | Path | ReadError]:
    """The files to read; a `ReadError` for each folder that cannot be read or holds no
    report file (reported and counted as a failure, never skipped silently)."""
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            found, errors = walk_files(path)
            yield from (ReadError(e) for e in errors)
            reports = [p for p in found if is_report_file(p) and not _dataset_name(p)]
            for p in found:
                if is_report_file(p) and (name := _dataset_name(p)):
                    log.warning("%s: a %s CSV holds no reports, skipped (import it with "
                                "`python -m extract ingest`)", p, name)
            if not reports and not errors:
                yield ReadError(f"{path}: no report files in the folder")
            yield from reports
        else:
            yield path


def _read(path: str | Path) -> list[RawArticle]:
    if path == "-":
        return read_bytes(sys.stdin.buffer.read(), "stdin")
    if name := _dataset_name(Path(path)):
        raise ReadError(f"{path}: a {name} CSV holds no reports: import it with "
                        f"`python -m extract ingest {path}`")
    return read_path(Path(path))


def _dataset_name(path: Path) -> str | None:
    """The dataset a CSV file is (ACLED, missile attacks, event facts), else None."""
    if path.suffix.lower() != ".csv":
        return None
    from extract import datasets  # deferred: only CSV inputs need it

    try:
        kind = datasets.detect_dataset(datasets.csv_header(path))
    except datasets.DatasetError:
        return None  # read as articles, whose reader says what is wrong
    return datasets.DATASET_NAMES[kind] if kind else None


class _Writer:
    """Streams results in the chosen format (GeoJSON is one collection, closed at the end)."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt, self.out = fmt, out
        self.raw: BinaryIO | None = getattr(out, "buffer", None)  # JSON goes out as UTF-8 bytes
        self.first = True
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self.csv.writeheader()
        elif fmt == "geojson":
            out.write('{"type": "FeatureCollection", "features": [\n')

    def write(self, result: Extraction) -> None:
        if self.fmt in ("json", "jsonl"):
            self._json(result, orjson.OPT_INDENT_2 if self.fmt == "json" else 0)
            return
        doc = result.to_dict()
        if self.fmt == "csv":
            for ev in doc["events"]:
                row = {**_article_cols(doc["article"]), **ev, "how": how_text(ev["how"])}
                self.csv.writerow({k: safe_cell(v) for k, v in row.items()})
        else:
            for ev in doc["events"]:
                if ev["lat"] is None or ev["lon"] is None:
                    continue
                feature = {"type": "Feature",
                           "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
                           "properties": {**_article_cols(doc["article"]), **ev}}
                self.out.write(("" if self.first else ",\n")
                               + orjson.dumps(feature, default=_record).decode())
                self.first = False

    def _json(self, result: Extraction, option: int) -> None:
        """orjson writes the records as they are: building dicts and encoding them with the
        json module cost more than a third as much as the extraction itself."""
        data = orjson.dumps(result, default=_record, option=option) + b"\n"
        if self.raw is None:
            self.out.write(data.decode())
        else:
            self.out.flush()  # keep the order of anything written as text before
            self.raw.write(data)

    def close(self) -> None:
        if self.fmt == "geojson":
            self.out.write("\n]}\n")
        self.out.flush()
        if self.raw is not None:
            self.raw.flush()


def _record(obj: Any) -> dict[str, Any]:
    """orjson's fallback for the records it does not know (a `Mention` is a named tuple)."""
    if isinstance(obj, Mention):
        return obj._asdict()
    raise TypeError(f"cannot write {type(obj).__name__} as JSON")


def _article_cols(article: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": article["id"], "source": article["source"],
            "url": article.get("url"), "published": article["published"],
            "title": article["title"]}
