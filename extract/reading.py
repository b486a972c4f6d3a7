"""Bytes -> article text: encodings detected, HTML reduced to its main text, JSON and CSV
articles unpacked.

Every failure is a `ReadError` with a message a user can act on; callers report it per file
and go on with the others.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.schema import META_SUFFIX  # `seed.txt` + `seed.meta.json`: a report's metadata

log = logging.getLogger(__name__)

#: Largest input read (bytes); larger files are refused rather than exhausting memory.
MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".csv")


class ReadError(ValueError):
    """An input that cannot be read as an article; the message says why."""


@dataclass(frozen=True, slots=True)
class RawArticle:
    text: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    #: The report's web address, when its input names one (`url` field or column).
    url: str | None = None



def is_report_file(path: Path) -> bool:
    """A file a folder walk should read as reports (sidecars are not reports)."""
    return path.suffix.lower() in TEXT_SUFFIXES and not path.name.lower().endswith(META_SUFFIX)


def read_path(path: Path) -> list[RawArticle]:
    """Read one file (any supported format) into its articles, with its sidecar metadata."""
    articles = _read_path(path)
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)
    if sidecar.is_file() and path.suffix.lower() not in (".json", ".jsonl", ".csv"):
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ReadError(f"{sidecar}: unreadable metadata ({exc})") from exc
        articles = [RawArticle(a.text, a.published or _date_or_none(meta.get("published")),
                               meta.get("source") or a.source, a.title or meta.get("title"),
                               a.url or meta.get("url"))
                    for a in articles]
    return articles


def _read_path(path: Path) -> list[RawArticle]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"{path}: {size / 1e6:.0f} MB is larger than the "
                            f"{MAX_BYTES / 1e6:.0f} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return read_bytes(data, str(path))


def read_bytes(data: bytes, filename: str) -> list[RawArticle]:
    """Decode and unpack one upload or file; `filename` picks the format and names the source."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"{filename}: {len(data) / 1e6:.0f} MB is larger than the "
                        f"{MAX_BYTES / 1e6:.0f} MB limit")
    text = decode(data, filename)
    suffix = os.path.splitext(filename)[1].lower()
    if suffix == ".json" or (suffix == ".jsonl"):
        return _from_json(text, filename, lines=suffix == ".jsonl")
    if suffix == ".csv":
        return _from_csv(text, filename)
    if suffix in (".html", ".htm", ".xhtml") or _looks_like_html(text):
        return [_from_html(text, filename)]
    return [_article(text, filename)]


def decode(data: bytes, filename: str = "input") -> str:
    """Text from bytes: a BOM or valid UTF-8 first, then charset detection."""
    if not data.strip():
        raise ReadError(f"{filename}: the file is empty")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data[:4096]:
        raise ReadError(f"{filename}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(f"{filename}: cannot tell the text encoding (binary file?)")
    log.info("%s: decoded as %s", filename, best.encoding)
    return str(best)


def _article(text: str, source: str, published: Any = None, title: Any = None,
             url: Any = None) -> RawArticle:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(f"{source}: no text in the file")
    return RawArticle(text=text, published=_date_or_none(published), source=source,
                      title=str(title) if title else None,
                      url=str(url).strip() if isinstance(url, str) and url.strip() else None)


def _date_or_none(value: Any) -> str | None:
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    if match:
        return match.group(1)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(str(value)).date().isoformat()
    except (TypeError, ValueError):
        return None


def _from_json(text: str, filename: str, *, lines: bool) -> list[RawArticle]:
    try:
        if lines:
            items: Any = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{filename}: malformed JSON ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        raise ReadError(f"{filename}: expected an article object or a list of them")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ReadError(f"{filename}: item {i + 1} has no \"text\" string")
        out.append(_article(item["text"], str(item.get("source") or item.get("url") or filename),
                            item.get("published"), item.get("title"), item.get("url")))
    return out


_CSV_TEXT = ("text", "body", "content", "article", "notes")
_CSV_DATE = ("published", "date", "event_date", "pubdate")


def _from_csv(text: str, filename: str) -> list[RawArticle]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        fields = {f.strip().lower(): f for f in reader.fieldnames or () if f}
    except csv.Error as exc:
        raise ReadError(f"{filename}: malformed CSV ({exc})") from exc
    text_col = next((fields[c] for c in _CSV_TEXT if c in fields), None)
    if text_col is None:
        raise ReadError(f"{filename}: CSV needs a text column (one of: {', '.join(_CSV_TEXT)})")
    date_col = next((fields[c] for c in _CSV_DATE if c in fields), None)
    src_col, title_col = fields.get("source") or fields.get("url"), fields.get("title")
    url_col = fields.get("url") or fields.get("link")
    out = []
    try:
        for n, row in enumerate(reader, start=2):
            body = (row.get(text_col) or "").strip()
            if body:
                out.append(_article(body, (row.get(src_col) if src_col else None)
                                    or f"{filename}:{n}",
                                    row.get(date_col) if date_col else None,
                                    row.get(title_col) if title_col else None,
                                    row.get(url_col) if url_col else None))
    except csv.Error as exc:
        raise ReadError(f"{filename}: malformed CSV ({exc})") from exc
    if not out:
        raise ReadError(f"{filename}: the CSV has no rows with text")
    return out


def _looks_like_html(text: str) -> bool:
    if "<" not in text[:2048]:
        return False  # most reports: no tag at all, and no copy of the head to lower-case
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _from_html(html: str, filename: str) -> RawArticle:
    """Main text of a page (navigation, scripts and share widgets dropped) with its metadata."""
    text = None
    meta = None
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True)
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        log.warning("%s: main-text extraction failed (%s); falling back to tag stripping",
                    filename, exc)
    if not text:
        text = _strip_tags(html)
    return _article(text, filename, getattr(meta, "date", None), getattr(meta, "title", None))


_DROP_RE = re.compile(r"<(script|style|noscript|nav|header|footer|aside)\b.*?</\1\s*>",
                      re.S | re.I)
_TAG_RE = re.compile(r"<[^>]+>")


def _strip_tags(html: str) -> str:
    import html as html_lib

    text = _TAG_RE.sub(" ", _DROP_RE.sub(" ", html))
    text = html_lib.unescape(text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())
