"""Archives of many articles, read one at a time: JSON Lines (`.jsonl`, `.jsonl.gz`) and
Parquet files with the same columns (`text`, optional `url`, `published`, `title`, `source`).

Backfills start from dumps of millions of reports, so nothing here holds more than one line
(JSON Lines) or one record batch (Parquet, read by batches of `BATCH_ROWS`) in memory. A bad
line or row (broken JSON, no text, text too long) is one message; the rest is read.
`count_articles` gives the total a progress bar needs (Parquet from its metadata, JSON Lines
by counting lines as it streams).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from extract.reading import MAX_ARTICLE_CHARS, RawArticle, ReadError, _article

#: Files read as archives (inside folders too).
ARCHIVE_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
#: Columns an archive's articles may have; `text` is required.
COLUMNS = ("text", "url", "published", "title", "source")
#: Parquet rows decoded at a time.
BATCH_ROWS = 1024


class BadRecord(ValueError):
    """One line or row that is no article: `where` ("line N", "row N") and `why`."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"{where}: {why}")
        self.where, self.why = where, why


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def iter_archive(path: Path) -> Iterator[RawArticle | BadRecord]:
    """The articles of an archive in order, a `BadRecord` in the place of each bad one.

    Raises
    ------
    ReadError
        When the file cannot be opened or is no archive of the kind its name says.
    """
    if path.name.lower().endswith(".parquet"):
        yield from _parquet(path)
    else:
        yield from _json_lines(path)


def count_articles(path: Path) -> int:
    """How many articles (lines with content, or rows) the archive holds; streams."""
    if path.name.lower().endswith(".parquet"):
        return _parquet_file(path).metadata.num_rows
    n = 0
    try:
        with _open_lines(path) as f:
            for line in f:
                n += bool(line.strip())
    except (OSError, EOFError) as exc:  # a damaged .gz: its lines are counted up to the damage
        if n == 0:
            raise ReadError(f"{path}: cannot read ({exc})") from exc
    return n


def _open_lines(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _json_lines(path: Path) -> Iterator[RawArticle | BadRecord]:
    try:
        f = _open_lines(path)
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    n = 0
    with f:
        try:
            for n, raw in enumerate(f, start=1):
                if not raw.strip():
                    continue
                where = f"line {n}"
                try:
                    item = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield BadRecord(where, f"malformed JSON ({exc})")
                    continue
                yield _record(item, where, path)
        except (OSError, EOFError) as exc:  # truncated or corrupt gzip: what came before stays
            yield BadRecord(f"line {n + 1}", f"the file is damaged from here ({exc})")


def _parquet_file(path: Path) -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ReadError(f"{path}: reading Parquet needs pyarrow "
                        "(pip install 'strikemap[archive]')") from exc
    try:
        return pq.ParquetFile(path)
    except (OSError, ValueError) as exc:  # pyarrow.ArrowInvalid is a ValueError
        raise ReadError(f"{path}: not a readable Parquet file ({exc})") from exc


def _parquet(path: Path) -> Iterator[RawArticle | BadRecord]:
    pf = _parquet_file(path)
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        raise ReadError(f"{path}: no \"text\" column (columns: {', '.join(sorted(names))})")
    columns = [c for c in COLUMNS if c in names]
    row = 0
    for batch in pf.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        for item in batch.to_pylist():
            row += 1
            yield _record(item, f"row {row}", path)


def _record(item: Any, where: str, path: Path) -> RawArticle | BadRecord:
    """One line's or row's article, or why it is none."""
    if not isinstance(item, dict):
        return BadRecord(where, "not an article object")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return BadRecord(where, "no \"text\" string")
    if len(text) > MAX_ARTICLE_CHARS:
        return BadRecord(where, f"the text is {len(text):,} characters, more than the "
                                f"{MAX_ARTICLE_CHARS:,} one article may have")
    published = item.get("published")
    if published is not None and not isinstance(published, str):
        published = published.isoformat() if hasattr(published, "isoformat") else str(published)
    try:
        return _article(text, str(item.get("source") or item.get("url") or f"{path} {where}"),
                        published,
                        item.get("title"), item.get("url"))
    except ReadError as exc:
        return BadRecord(where, str(exc))
