"""Read what the render and export commands take as INPUT: extraction output, or reports given
to a reader that extracts them.

An INPUT is one of
- a file written by `python -m extract`: `--format json` (one JSON document per input file,
  several concatenated or a JSON list), `--format jsonl` (one document a line),
  `--format geojson` (a FeatureCollection of event points) or `--format csv` (event rows,
  told from a CSV of articles by its header);
- a report (.txt, .html, ...) or a folder of them, handed to `read_reports`: geo does not
  extract text itself, so the entry point that has the extractor passes it in
  (`geo.render_cli` does; `extract.report_files.read_reports` is the one it passes).

Everything becomes a list of contract documents ({"article", "mentions", "events"}) and then
the one event table of `geo.event_table`. Bad input raises `InputError` whose message names the
file and says what is wrong, in one line, so a CLI can print it as is.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from geo.event_table import events_frame
from geo.schema import META_SUFFIX

log = logging.getLogger(__name__)

#: Extensions read as extraction output (contract JSON) rather than as reports.
JSON_SUFFIXES: frozenset[str] = frozenset({".json", ".jsonl", ".ndjson", ".geojson"})
#: JSON extensions that may hold articles (text to extract) rather than extraction output.
_ARTICLE_JSON: frozenset[str] = frozenset({".json", ".jsonl"})
#: Extensions of reports a folder INPUT is scanned for (besides JSON_SUFFIXES).
REPORT_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".csv"}
)


class InputError(ValueError):
    """An INPUT that cannot be read: missing, malformed, or not extraction output."""


#: Reads one report file (text, HTML, JSON or CSV articles) into contract documents, raising
#: `InputError` for a file it cannot read.
ReportReader = Callable[[Path], list[dict[str, Any]]]


def read_documents(paths: Iterable[str | PathLike[str]], *,
                   read_reports: ReportReader | None = None) -> list[dict[str, Any]]:
    """Contract documents from every INPUT, in the order given (folders in name order).

    Reports (not extraction output) go to `read_reports`; without one they are an InputError.
    """
    docs: list[dict[str, Any]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(_folder_files(path))
            if not files:
                raise InputError(f"{path}: folder holds no reports or extraction files")
            for file in files:
                docs.extend(_read_file(file, read_reports))
        elif path.is_file():
            docs.extend(_read_file(path, read_reports))
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder")
        else:
            raise InputError(f"{path}: no such file or folder")
    return docs


def load_events(paths: Iterable[str | PathLike[str]], *,
                read_reports: ReportReader | None = None) -> pd.DataFrame:
    """The event table of every INPUT; events lacking a unit but with a point get joined."""
    return with_units(events_frame(read_documents(paths, read_reports=read_reports)))


def with_units(events: pd.DataFrame) -> pd.DataFrame:
    """Fill `oblast_iso`/`oblast` by spatial join where an event has coordinates but no unit.

    Extraction output normally carries the unit; GeoJSON edited in QGIS, or older files, may not.
    """
    missing = events["oblast_iso"].isna() & events["lat"].notna() & events["lon"].notna()
    if not missing.any():
        return events
    from geo.units import join_points  # deferred: geopandas is slow to load, rarely needed

    joined = join_points(events.loc[missing, ["lat", "lon"]])
    out = events.copy()
    out.loc[missing, "oblast_iso"] = joined["oblast_iso"]
    out.loc[missing, "oblast"] = joined["oblast"]
    return out


def _folder_files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if (path.is_file() and path.suffix.lower() in JSON_SUFFIXES | REPORT_SUFFIXES
                and not path.name.endswith(META_SUFFIX)  # a report's sidecar, not a report
                and path.stem.lower() != "readme"):  # the folder's documentation, not a report
            yield path


def _read_file(path: Path, read_reports: ReportReader | None) -> list[dict[str, Any]]:
    if path.suffix.lower() == ".csv":
        docs = _csv_documents(path)
        if docs is not None:
            return docs
    if path.suffix.lower() not in JSON_SUFFIXES:
        return _reports(path, read_reports)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    values = _json_values(text, path)
    docs = _documents(values, path)
    if docs is None:
        # JSON, but not extraction output: perhaps articles the extractor's reader understands.
        if path.suffix.lower() in _ARTICLE_JSON and read_reports is not None:
            return read_reports(path)
        raise InputError(
            f"{path}: JSON but not extraction output (expected documents with 'article' and "
            "'events', or a GeoJSON FeatureCollection of events)"
        )
    log.debug("%s: %d documents", path, len(docs))
    return docs


#: Header fields that mark a CSV as `python -m extract --format csv` output (event rows).
_CSV_EVENT_FIELDS = frozenset({"id", "place", "oblast_iso", "drones", "killed"})


def _csv_documents(path: Path) -> list[dict[str, Any]] | None:
    """Event rows of an extraction CSV, one document each; None for any other CSV (articles)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not set(reader.fieldnames or ()) >= _CSV_EVENT_FIELDS:
                return None
            rows = [{k: (v if v != "" else None) for k, v in row.items()} for row in reader]
    except UnicodeDecodeError:
        return None
    except (OSError, csv.Error) as exc:
        raise InputError(f"{path}: {exc}") from None
    return [
        {
            "article": {k: row.get(f) for k, f in (("id", "article_id"), ("source", "source"),
                                                   ("published", "published"),
                                                   ("title", "title"))},
            "mentions": [],
            "events": [row],
        }
        for row in rows
    ]


def _json_values(text: str, path: Path) -> list[Any]:
    """Every JSON value in `text`: one document, a list, JSON lines, or documents back to back."""
    decoder = json.JSONDecoder()
    values: list[Any] = []
    pos, end = 0, len(text)
    while True:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from None
        values.append(value)
    if not values:
        raise InputError(f"{path}: empty file")
    return values


def _documents(values: Sequence[Any], path: Path) -> list[dict[str, Any]] | None:
    """Contract documents from parsed JSON values, or None when they are not extraction output."""
    docs: list[dict[str, Any]] = []
    for value in values:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not isinstance(item, dict):
                return None
            if item.get("type") == "FeatureCollection":
                docs.extend(_geojson_documents(item.get("features"), path))
            elif item.get("type") == "Feature":
                docs.extend(_geojson_documents([item], path))
            elif "events" in item and ("article" in item or "mentions" in item):
                if not isinstance(item["events"], list):
                    raise InputError(f"{path}: 'events' is not a list")
                docs.append(item)
            else:
                return None
    return docs


def _geojson_documents(features: Any, path: Path) -> list[dict[str, Any]]:
    """One document per event feature; the article fields come from the feature's properties."""
    if not isinstance(features, list):
        raise InputError(f"{path}: GeoJSON FeatureCollection without a 'features' list")
    docs = []
    for i, feature in enumerate(features):
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            raise InputError(f"{path}: GeoJSON feature {i} has no properties object")
        props = dict(feature["properties"])
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Point" and props.get("lat") is None:
            coords = geometry.get("coordinates") or [None, None]
            props["lon"], props["lat"] = coords[0], coords[1]
        article = props.pop("article", None)
        if not isinstance(article, dict):
            article = {
                "id": props.get("article_id"),
                "source": props.get("source"),
                "published": props.get("published"),
                "title": props.get("title"),
            }
        docs.append({"article": article, "mentions": [], "events": [props]})
    return docs


def _reports(path: Path, read_reports: ReportReader | None) -> list[dict[str, Any]]:
    """A report file's documents, from the reader the caller gave."""
    if read_reports is None:
        raise InputError(f"{path}: a report to extract, but no extractor was given "
                         "(`python -m geo render` extracts reports; from Python pass "
                         "read_reports=extract.report_files.read_reports)")
    return read_reports(path)
