"""Report files (text, HTML, JSON or CSV articles) read and extracted into contract documents,
for `python -m geo render` and `export`, which accept reports beside extraction output; a
dataset CSV (ACLED, missile attacks, event facts such as data/samples/events.csv) gives its rows'
documents as they are.

`geo.event_files` reads extraction output and leaves reports to a reader it is given, since geo
never imports the extractor; `read_reports` is that reader and `load_events` the composition.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import Any

import pandas as pd

from extract import datasets
from extract.pipeline import extract_text
from extract.reading import ReadError, read_path
from geo import event_files
from geo.event_files import InputError

log = logging.getLogger(__name__)


def read_reports(path: Path) -> list[dict[str, Any]]:
    """The contract documents of every article in one report file (or every row of a dataset
    CSV); InputError if unreadable."""
    if path.suffix.lower() == ".csv":
        rows = _dataset_documents(path)
        if rows is not None:
            return rows
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


def _dataset_documents(path: Path) -> list[dict[str, Any]] | None:
    """The documents of a dataset CSV's rows (broken rows logged and left out); None for a CSV
    of articles."""
    try:
        got = datasets.read_if_dataset(path)
    except datasets.DatasetError as exc:
        raise InputError(f"{path}: {exc}") from None
    if got is None:
        return None
    for _line, why in got.refused:
        log.warning("%s: %s", path, why)
    return [row.doc for row in got.rows]


def read_documents(paths: Iterable[str | PathLike[str]]) -> list[dict[str, Any]]:
    """Contract documents of every INPUT (`geo.event_files`), reports extracted on the fly."""
    return event_files.read_documents(paths, read_reports=read_reports)


def load_events(paths: Iterable[str | PathLike[str]]) -> pd.DataFrame:
    """The event table of every INPUT (`geo.event_files`), reports extracted on the fly."""
    return event_files.load_events(paths, read_reports=read_reports)
