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
from datetime import date
from pathlib import Path
from typing import Any

from geo.schema import META_SUFFIX  # `seed.txt` + `seed.meta.json`: a report's metadata

log = logging.getLogger(__name__)

#: Largest input read (bytes); larger files are refused rather than exhausting memory.
MAX_BYTES = 50 * 1024 * 1024
#: Longest text of one article (characters). News reports run to a few thousand; a larger
#: "article" is refused with a message rather than extracted, which bounds what one upload
#: costs in memory and time (a 49 MB file is a CSV or JSON list of many articles, or nothing).
MAX_ARTICLE_CHARS = 1_000_000
#: A file with more NUL bytes than this share is binary; fewer are removed with a warning.
NUL_SHARE = 0.01
#: Invalid UTF-8 sequences tolerated (each replaced by U+FFFD, with a warning) per valid
#: non-ASCII character: a damaged Ukrainian file is still UTF-8, a Windows-1251 one is not.
BAD_UTF8_SHARE = 0.05
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

    def __reduce__(self) -> tuple[Any, ...]:
        # Its fields, in order: a dataclass pickles its state through `fields()` (~3 µs each
        # way; batch ingest sends every article of an archive or feed to a worker).
        return (type(self), (self.text, self.published, self.source, self.title, self.url))



def is_report_file(path: Path) -> bool:
    """A file a folder walk should read as reports (sidecars and a folder's README, such as
    data/samples/README.md, are not reports)."""
    return (path.suffix.lower() in TEXT_SUFFIXES and not path.name.lower().endswith(META_SUFFIX)
            and path.stem.lower() != "readme")


def read_path(path: Path) -> list[RawArticle]:
    """Read one file (any supported format) into its articles, with its sidecar metadata."""
    articles = _read_path(path)
    if path.suffix.lower() in (".json", ".jsonl", ".csv"):
        return articles  # (their articles carry their own metadata)
    # The sidecar's name as text and one stat of it: a Path made for it (`with_name`,
    # `is_file`) cost as much again, in a worker, for every report of a folder
    sidecar = os.path.join(os.path.dirname(path), path.name.rsplit(".", 1)[0] + META_SUFFIX)
    if os.path.isfile(sidecar):
        try:
            meta = json.loads(Path(sidecar).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ReadError(f"{sidecar}: unreadable metadata ({exc})") from exc
        articles = [RawArticle(a.text, a.published or _date_or_none(meta.get("published")),
                               meta.get("source") or a.source, a.title or meta.get("title"),
                               a.url or meta.get("url"))
                    for a in articles]
    return articles


def size_text(n: int) -> str:
    """A byte count as people read it, exact enough that two different sizes never look the
    same: "52,428,801 bytes (50.0 MiB)"."""
    return f"{n:,} bytes ({n / 2**20:.1f} MiB)" if n >= 2**20 else f"{n:,} bytes"


def too_large(name: str, size: int) -> ReadError:
    """The error for an input over `MAX_BYTES`, with both sizes exact."""
    return ReadError(f"{name}: {size_text(size)} is larger than the limit of "
                     f"{MAX_BYTES:,} bytes ({MAX_BYTES // 2**20} MiB)")


def date_arg(value: str) -> str:
    """`--published` on the command lines: a real calendar date YYYY-MM-DD, else a usage
    error that says so ("yesterday", "2025-13-45")."""
    import argparse

    day = _iso_day(value)
    if day is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; give YYYY-MM-DD, "
                                         f"e.g. 2025-11-24")
    return day


def _iso_day(value: str) -> str | None:
    """`value` as an ISO date when it is one that exists on the calendar, else None."""
    value = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def walk_files(folder: Path) -> tuple[list[Path], list[str]]:
    """Every file under `folder` (recursively, sorted) and a message for each folder that
    cannot be read (permissions, vanished): callers report those instead of skipping them."""
    errors: list[str] = []

    def failed(exc: OSError) -> None:
        errors.append(f"{exc.filename or folder}: cannot read the folder "
                      f"({exc.strerror or exc})")

    found = [Path(root) / name
             for root, _dirs, names in os.walk(folder, onerror=failed) for name in names]
    return sorted(found), errors


def _read_path(path: Path) -> list[RawArticle]:
    try:
        # The size from the open file (`fstat`), not a `stat` of its path before it is
        # opened: one look-up of the path a file, not two
        with open(path, "rb", buffering=0) as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_BYTES:
                raise too_large(str(path), size)
            data = fh.read()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return read_bytes(data, str(path))


def read_bytes(data: bytes, filename: str) -> list[RawArticle]:
    """Decode and unpack one upload or file; `filename` picks the format and names the source."""
    if len(data) > MAX_BYTES:
        raise too_large(filename, len(data))
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
    """Text from bytes: a BOM, UTF-16 without one, UTF-8 (a few damaged bytes replaced by
    U+FFFD), then charset detection. What is repaired is said (a warning on the
    `extract.reading` logger, which the command lines print): damaged UTF-8 bytes, NUL bytes
    removed (they would cut the text short in the store)."""
    if not data.strip():
        raise ReadError(f"{filename}: the file is empty")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _without_nul(data.decode(codec, errors="replace"), filename)
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is not None:
            log.info("%s: read as UTF-16 (no byte-order mark)", filename)
            return _without_nul(text, filename)
    nuls = data.count(b"\x00")
    if nuls:
        if nuls > NUL_SHARE * len(data):
            raise ReadError(f"{filename}: looks like a binary file, not text "
                            f"({nuls:,} NUL bytes)")
        log.warning("%s: %d NUL byte%s removed", filename, nuls, "s" * (nuls != 1))
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid non-ASCII chars
    if bad <= BAD_UTF8_SHARE * good:
        log.warning("%s: %d byte sequence%s not valid UTF-8 (the first at byte %d) replaced "
                    "with \ufffd; the rest of the file is read", filename, bad,
                    "s" * (bad != 1), first_bad)
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(f"{filename}: cannot tell the text encoding (binary file?)")
    log.info("%s: decoded as %s", filename, best.encoding)
    return _without_nul(str(best), filename)


#: Characters of the texts Strikemap reads (Latin, Cyrillic, punctuation, currency): a
#: UTF-16 decoding with the wrong byte order gives CJK and other scripts instead.
_TEXT_CHARS = re.compile("[\t\n\r\x20-\x7e\xa0-\u024f\u0400-\u052f\u2000-\u20cf\u2100-\u214f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """`data` as UTF-16 (little- or big-endian) when one of them reads as text, else None."""
    sample = data[:8192]
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            head = sample[:len(sample) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        if head and len(_TEXT_CHARS.findall(head)) >= 0.95 * len(head):
            return data[:len(data) // 2 * 2].decode(codec, errors="replace")
    return None


def _without_nul(text: str, filename: str) -> str:
    nuls = text.count("\x00")
    if not nuls:
        return text
    log.warning("%s: %d NUL character%s removed", filename, nuls, "s" * (nuls != 1))
    return text.replace("\x00", "")


def _article(text: str, source: str, published: Any = None, title: Any = None,
             url: Any = None) -> RawArticle:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(f"{source}: no text in the file")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ReadError(_too_long(source, len(text)))
    return RawArticle(text=text, published=_date_or_none(published), source=source,
                      title=str(title) if title else None,
                      url=str(url).strip() if isinstance(url, str) and url.strip() else None)


def _too_long(source: str, n: int) -> str:
    return (f"{source}: the text is {n:,} characters, more than the {MAX_ARTICLE_CHARS:,} one "
            f"article may have; split it into reports (a CSV or JSON list of articles)")


def _date_or_none(value: Any) -> str | None:
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    if match:
        return _iso_day(match.group(1))  # "2025-13-45" is no date
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(str(value)).date().isoformat()
    except (TypeError, ValueError):
        return None


def _from_json(text: str, filename: str, *, lines: bool) -> list[RawArticle]:
    try:
        if lines:
            items: Any = []
            for n, line in enumerate(text.splitlines(), start=1):
                if line.strip():
                    try:
                        items.append(json.loads(line))
                    except json.JSONDecodeError as exc:  # one broken line costs itself only
                        items.append(_BadItem(f"line {n}: malformed JSON ({exc.msg})"))
        else:
            items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{filename}: malformed JSON ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        raise ReadError(f"{filename}: expected an article object or a list of them")
    out: list[RawArticle] = []
    bad: list[str] = []
    for i, item in enumerate(items):
        if isinstance(item, _BadItem):
            bad.append(item.why)
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) \
                or not item["text"].strip():
            bad.append(f"item {i + 1} has no \"text\" string")
            continue
        if len(item["text"]) > MAX_ARTICLE_CHARS:
            bad.append(_too_long(f"item {i + 1}", len(item["text"])))
            continue
        out.append(_article(item["text"], str(item.get("source") or item.get("url") or filename),
                            item.get("published"), item.get("title"), item.get("url")))
    if bad:
        if not out:
            raise ReadError(f"{filename}: no readable article ({'; '.join(bad[:5])}"
                            f"{'; ...' if len(bad) > 5 else ''})")
        log.warning("%s: %d of %d items skipped (%s%s)", filename, len(bad), len(items),
                    "; ".join(bad[:5]), "; ..." if len(bad) > 5 else "")
    return out


@dataclass(frozen=True, slots=True)
class _BadItem:
    """A JSON Lines line that is no JSON: skipped with its reason."""

    why: str


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
            if len(body) > MAX_ARTICLE_CHARS:
                log.warning("%s", _too_long(f"{filename} line {n}", len(body)))
                continue
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
