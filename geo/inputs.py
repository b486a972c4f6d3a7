"""Read what the render and export commands take as INPUT: extraction output or raw reports.

An INPUT is one of
- a file written by `python -m extract`: `--format json` (one JSON document per input file,
  several concatenated or a JSON list), `--format jsonl` (one document a line),
  `--format geojson` (a FeatureCollection of event points) or `--format csv` (event rows,
  told from a CSV of articles by its header);
- a report (.txt, .html, ...) or a folder of them, extracted on the fly with the extractor.

Everything becomes a list of contract documents ({"article", "mentions", "events"}) and then
the one event table of `geo.events`. Bad input raises `InputError` whose message names the file
and says what is wrong, in one line, so a CLI can print it as is.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from extract.reading import META_SUFFIX
from geo.events import events_frame

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


def read_documents(paths: Iterable[str | PathLike[str]]) -> list[dict[str, Any]]:
    """Contract documents from every INPUT, in the order given (folders in name order)."""
    docs: list[dict[str, Any]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(_folder_files(path))
            if not files:
                raise InputError(f"{path}: folder holds no reports or extraction files")
            for file in files:
                docs.extend(_read_file(file))
        elif path.is_file():
            docs.extend(_read_file(path))
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder")
        else:
            raise InputError(f"{path}: no such file or folder")
    return docs


def load_events(paths: Iterable[str | PathLike[str]]) -> pd.DataFrame:
    """The event table of every INPUT; events lacking a unit but with a point get joined."""
    return with_units(events_frame(read_documents(paths)))


def with_units(events: pd.DataFrame) -> pd.DataFrame:
    """Fill `oblast_iso`/`oblast` by spatial join where an event has coordinates but no unit.

    Extraction output normally carries the unit; GeoJSON edited in QGIS, or older files, may not.
    """
    missing = events["oblast_iso"].isna() & events["lat"].notna() & events["lon"].notna()
    if not missing.any():
        return events
    from geo.units import join_points

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
                and not path.name.endswith(META_SUFFIX)):  # a report's sidecar, not a report
            yield path


def _read_file(path: Path) -> list[dict[str, Any]]:
    if path.suffix.lower() == ".csv":
        docs = _csv_documents(path)
        if docs is not None:
            return docs
    if path.suffix.lower() not in JSON_SUFFIXES:
        return _extract_reports(path)
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
        if path.suffix.lower() in _ARTICLE_JSON and _extractor_available():
            return _extract_reports(path)
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
    import csv

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


def _extractor_available() -> bool:
    from importlib.util import find_spec

    try:
        return all(find_spec(m) is not None for m in ("extract.pipeline", "extract.reading"))
    except ImportError:
        return False


def _extract_reports(path: Path) -> list[dict[str, Any]]:
    """Run the extractor on a report file (imported lazily: geo works without it)."""
    try:
        from extract.pipeline import extract_text
        from extract.reading import ReadError, read_path
    except ImportError:
        raise InputError(
            f"{path}: a report to extract, but the extractor (extract.pipeline) is not available"
        ) from None
    try:
        articles = read_path(path)
    except ReadError as exc:
        raise InputError(str(exc) if str(path) in str(exc) else f"{path}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    return [
        extract_text(a.text, published=a.published, source=a.source, title=a.title).to_dict()
        for a in articles
    ]
