"""Batch ingest: files, folders, RSS/Atom feeds and CSV files into the store.

`ingest(paths, store)` reads every input, extracts each article (in worker processes when the
batch is large enough to pay for them), and adds the results to the store, each article atomic
(a savepoint) so a failure costs that article only, the commits grouping about a second of
articles (`COMMIT_SECONDS`). Inputs:

- text, HTML and JSON articles (`extract.reading.read_path`), and folders of them, recursively;
- RSS/Atom feed files (`.xml`, `.rss`, `.atom`), one article per entry (feedparser);
- web addresses: article pages and RSS/Atom feeds, fetched politely (`extract.fetch`), and
  `feeds`, URLs that must be feeds (a feeds list); a feed's entries already stored are skipped;
- CSV files: an ACLED export or a "Massive Missile Attacks on Ukraine" CSV is imported as
  events (`extract.datasets`); any other CSV is read as articles (a `text` column);
- archives (`extract.archive`): JSON Lines (`.jsonl`, `.jsonl.gz`) and Parquet files of
  articles, streamed: memory stays flat however large the archive, a bad line is one message.

Known texts (same normalised content as a stored article) skip extraction: running a batch
again costs little and adds nothing.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import itertools
import logging
import multiprocessing
import multiprocessing.pool
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from extract import datasets, regex_cache
from extract.archive import (
    ARCHIVE_SUFFIXES,
    BadRecord,
    count_articles,
    is_archive,
    iter_archive,
)
from extract.feeds import FeedError, feed_entries
from extract.model import Extraction
from extract.reading import RawArticle, read_path
from geo import dedup
from geo.access import local_editor
from geo.schema import META_SUFFIX, web_url
from geo.store import Prepared, StoreError, prepare, web_link

log = logging.getLogger(__name__)

#: Suffixes read as feeds.
FEED_SUFFIXES = (".xml", ".rss", ".atom")
#: Suffixes picked up inside folders (files named explicitly are always tried).
FOLDER_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".csv",
                   *FEED_SUFFIXES)
#: Batches with at least this many articles are extracted in worker processes.
PARALLEL_MIN = 64
#: Tasks handed to the worker pool at a time: bounds the memory of a streamed archive.
WINDOW = 2048
#: Tasks a worker takes (and whose results it sends back) at once, at most: each chunk costs
#: the writing process about a millisecond of the pool's bookkeeping (its threads, pipes and
#: locks), so 64 instead of 16 took 0.03 ms of its CPU off a report; smaller for small
#: batches, so that every worker gets a share (`_chunk_size`).
CHUNK = 64
#: The last tasks of a batch (per worker) and the chunk they are handed out in (`_run`).
TAIL_TASKS = 16
TAIL_CHUNK = 4
#: Extracted once before the workers fork: it loads the gazetteer and builds what the first
#: report with a strike builds (the figure rules' regexes compile on first use), so every
#: worker shares it instead of building its own (~0.1 s of CPU each).
WARM_TEXT = ("Russian drones killed two people and injured 5 in Kharkiv on Monday, the governor "
             "said.")
#: Seconds between the commits of a batch by default (`Store.batch`): each article stays
#: atomic (a savepoint), but a commit per article costs about a third of the writer's time.
#: A hard crash (kill -9, power loss) loses at most the articles of the last second, and
#: running the same batch again restores them (known texts are skipped). 0: each article
#: commits on its own.
COMMIT_SECONDS = 1.0

Extractor = Callable[..., Any]


#: One article to extract: the reader's record, whatever the input was (file, feed entry).
Article = RawArticle


@dataclass(slots=True)
class Summary:
    """Counts of one batch; `errors` holds one message per input that failed."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    events_added: int = 0
    events_merged: int = 0
    near_copies: int = 0
    skipped_rows: int = 0
    #: Feeds fetched that had not changed (304), and feed entries stored by an earlier run.
    feeds_unchanged: int = 0
    entries_seen: int = 0
    errors: list[str] = field(default_factory=list)
    #: The web addresses that were feeds, and those that were article pages (`--watch` polls
    #: every URL but the pages again).
    feed_urls: list[str] = field(default_factory=list)
    page_urls: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"read": self.read, "new": self.new, "duplicate": self.duplicate,
                "failed": self.failed, "events_added": self.events_added,
                "events_merged": self.events_merged, "near_copies": self.near_copies,
                "skipped_rows": self.skipped_rows, "feeds_unchanged": self.feeds_unchanged,
                "entries_seen": self.entries_seen, "errors": list(self.errors)}

    def add(self, other: Summary) -> None:
        """Add another batch's counts (`--watch` sums its polls)."""
        for name in ("read", "new", "duplicate", "failed", "events_added", "events_merged",
                     "near_copies", "skipped_rows", "feeds_unchanged", "entries_seen"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.feed_urls.extend(u for u in other.feed_urls if u not in self.feed_urls)
        self.page_urls.extend(u for u in other.page_urls if u not in self.page_urls)

    def line(self) -> str:
        text = (f"read {self.read}, new {self.new}, duplicate {self.duplicate}, "
                f"failed {self.failed}, events added {self.events_added}")
        extras = []
        if self.events_merged:
            extras.append(f"{self.events_merged} reports merged into existing events")
        if self.near_copies:
            extras.append(f"{self.near_copies} near-copies linked to stories")
        if self.skipped_rows:
            extras.append(f"{self.skipped_rows} dataset rows skipped")
        if self.feeds_unchanged:
            extras.append(f"{self.feeds_unchanged} feeds unchanged")
        if self.entries_seen:
            extras.append(f"{self.entries_seen} feed entries stored before")
        return text + (f" ({'; '.join(extras)})" if extras else "")


class Progress:
    """A one-line progress bar on stderr (redrawn at most ten times a second)."""

    def __init__(self, total: int, *, stream: TextIO | None = None, enabled: bool = True,
                 label: str = "ingest") -> None:
        self.total, self.done, self.label = total, 0, label
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self._start = self._last = time.monotonic()

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last >= 0.1 or self.done >= self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        frac = min(1.0, self.done / self.total)
        width = 30
        bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
        rate = self.done / max(now - self._start, 1e-9)
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} "
                          f"{frac:4.0%} {rate:,.0f}/s {_clock(left)} left ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    """Seconds as h:mm:ss (or m:ss)."""
    m, s = divmod(int(seconds + 0.5), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# -- tasks -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Task:
    """One unit of work: a file to read and extract, an article to extract, or a dataset row."""

    origin: str
    path: Path | None = None
    article: Article | None = None
    row: datasets.ImportedRow | None = None
    #: A dataset row refused as broken (e.g. coordinates off the globe): only its message.
    error: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Its fields, in order, the path as text: a dataclass pickles its state through
        # `fields()` and a Path through its parts, which a worker parsed back one by one
        # (~0.1 M instructions to unpickle a task of a folder's file; now ~0.04 M).
        return (_task, (self.origin, None if self.path is None else os.fspath(self.path),
                        self.article, self.row, self.error))


def _task(origin: str, path: str | None, article: Article | None,
          row: datasets.ImportedRow | None, error: str | None) -> _Task:
    """A `_Task` unpickled (`_Task.__reduce__`)."""
    return _Task(origin, None if path is None else Path(path), article, row, error)


# `_Outcome` and `_Result` cross the pool's pipe once a report each way (pickled in a worker,
# unpickled by the writing process): not frozen, since a frozen dataclass's `__init__` sets
# each field through `object.__setattr__` (a 5-field one ~0.6 us against ~0.1 us), and nothing
# changes them after they are made (private to ingest and `extract.ingest_dask`).
@dataclass(slots=True, eq=False)
class _Outcome:
    #: The document made ready to store where it was extracted (`geo.store.prepare`: the
    #: writing process only decides and writes), or as extracted when that failed (the store
    #: then says why it cannot take it).
    doc: Prepared | dict[str, Any]
    #: The article's text; unpickled, its UTF-8 as it crossed the pipe (`text` decodes it).
    raw: str | bytes
    fingerprint: dedup.Fingerprint
    dataset: str | None = None
    #: An exact copy of a text extracted earlier in this run (not extracted again, no
    #: MinHash): the article, should the parent have to extract it after all (`_settle_copy`).
    copy_of: Article | None = None

    @property
    def text(self) -> str:
        raw = self.raw
        return raw if type(raw) is str else raw.decode("utf-8")  # type: ignore[union-attr]

    def __eq__(self, other: object) -> bool:  # the same text, sent as UTF-8 or not
        if type(other) is not _Outcome:
            return NotImplemented
        return ((self.doc, self.text, self.fingerprint, self.dataset, self.copy_of)
                == (other.doc, other.text, other.fingerprint, other.dataset, other.copy_of))

    def __reduce__(self) -> tuple[Any, ...]:
        # Its fields, in order: a dataclass pickles its state through `fields()` (~3 µs each way).
        # The text as its UTF-8 bytes: pickle encodes a str to UTF-8 all the same, but the
        # writing process then decoded ~4 KB (UCS-2 for news with a curly quote or a bullet)
        # only for SQLite to take its UTF-8 again when binding it: ~70 k of the writer's
        # ~1.6 M instructions a report (issue 16). A GeoPackage binds the bytes as they come
        # (`SQLiteStore.utf8_text`); other stores get the text (`_raw_text`).
        # An in-run copy sends its text once, shared with its article (pickle's memo).
        raw = self.raw if self.copy_of is not None else _utf8(self.raw)
        return (type(self), (self.doc, raw, self.fingerprint, self.dataset, self.copy_of))


def _utf8(text: str | bytes) -> str | bytes:
    """A text's UTF-8, or the text itself where it has none (a lone surrogate: pickle sends
    it as it always did, and the store refuses it as it always did)."""
    if type(text) is str:
        try:
            return text.encode("utf-8")  # type: ignore[union-attr]
        except UnicodeEncodeError:
            return text
    return text


def _raw_text(out: _Outcome, store: Any) -> str | bytes:
    """The outcome's text for `store.add`: as it came (UTF-8 bytes from a worker) where the
    store takes those (`utf8_text`), else decoded."""
    return out.raw if getattr(store, "utf8_text", False) else out.text


@dataclass(slots=True)
class _Result:
    origin: str
    outcomes: tuple[_Outcome, ...] = ()
    errors: tuple[str, ...] = ()
    count: int = 1

    def __reduce__(self) -> tuple[Any, ...]:
        # Its fields, in order: a dataclass pickles its state through `fields()` (~3 µs each way).
        return (type(self), (self.origin, self.outcomes, self.errors, self.count))


@dataclass(frozen=True, slots=True)
class _Context:
    """What extraction needs besides the task: the extractor (None: the pipeline's), the
    content keys already stored, the default publication date, and `seen`: the content keys
    this process extracted in this run, or None. Only where tasks come in input order (one
    process, or a forked pool's ordered chunks: each worker its own copy of the set), so the
    first copy of a text is stored before any later one; not on Dask, whose order is its own."""

    extractor: Extractor | None = None
    known: frozenset[str] = frozenset()
    published: str | None = None
    seen: set[str] | None = None
    #: A forked pool's table of the texts every worker extracted (`_SharedSeen`), or None.
    shared: _SharedSeen | None = None


class _SharedSeen:
    """The content keys the workers of a forked pool extracted, each with the input position
    of its task, in shared memory: a worker skips a text that another worker extracted for an
    earlier task (its own `_Context.seen` only knows its own tasks, so with two workers about
    half the exact copies of a batch were extracted again).

    Why it is safe: results are stored in input order, so the earlier task's article is stored
    first; should it not be (its extraction or write failed, or two keys shared a slot), the
    copy is extracted by the writing process after all (`_settle_copy`). A slot holds one key
    (a direct-mapped table: a key that lands on a taken slot replaces it), so a very large
    batch forgets old texts: they are extracted again, never lost.
    """

    SLOTS = 1 << 18  # 4 MB of shared memory, allocated as pages are touched

    def __init__(self) -> None:
        mp = multiprocessing.get_context("fork")
        self._keys = mp.RawArray(ctypes.c_uint64, self.SLOTS)
        self._where = mp.RawArray(ctypes.c_int64, self.SLOTS)
        self._lock = mp.Lock()

    def earlier(self, key: str, index: int) -> bool:
        """True when a task before position `index` extracted the text of content key `key`."""
        k = int(key[:16], 16) or 1
        slot = k & (self.SLOTS - 1)
        with self._lock:
            return self._keys[slot] == k and self._where[slot] < index

    def claim(self, key: str, index: int) -> None:
        """Note that the task at position `index` extracted the text of content key `key`."""
        k = int(key[:16], 16) or 1
        slot = k & (self.SLOTS - 1)
        with self._lock:
            if self._keys[slot] != k or self._where[slot] > index:
                self._keys[slot], self._where[slot] = k, index


# The context of a pool's workers: set in the parent just before the pool forks, so a stub
# extractor (tests) and the known keys reach the workers without pickling.
_FORK_CONTEXT: _Context | None = None
_FORK_LOCK = threading.Lock()


def _extract_numbered(item: tuple[int, _Task]) -> _Result:
    """`_extract_task` of a pool's worker: the task with its position in the input."""
    return _extract_task(item[1], index=item[0])


def _extract_task(task: _Task, ctx: _Context | None = None, *,
                  index: int | None = None) -> _Result:
    """Read (if needed) and extract one task; never raises (errors become messages).
    `index`: the task's position in the input (`_SharedSeen`)."""
    ctx = ctx or _FORK_CONTEXT or _Context()
    if task.error is not None:
        return _Result(task.origin, errors=(f"{task.origin} {task.error}",))
    if task.row is not None:
        row = task.row
        return _Result(task.origin, (_Outcome(_ready(row.doc, row.raw_text, row.dataset,
                                                     row.fingerprint),
                                              row.raw_text, row.fingerprint, row.dataset),))
    try:
        if task.path is not None:
            articles = read_path(task.path)
        else:
            assert task.article is not None
            articles = [task.article]
    except ValueError as exc:  # extract.reading.ReadError
        return _Result(task.origin, errors=(str(exc),))
    except OSError as exc:
        return _Result(task.origin, errors=(f"{task.origin}: cannot read ({exc})",))
    outcomes, errors = [], []
    for n, art in enumerate(articles, start=1):
        try:
            outcomes.append(_extract_one(art, ctx, index))
        except Exception as exc:  # an extractor bug must cost one article, not the batch
            log.debug("extraction failed", exc_info=True)
            where = f" (article {n})" if len(articles) > 1 else ""
            errors.append(f"{task.origin}{where}: extraction failed "
                          f"({type(exc).__name__}: {exc})")
    return _Result(task.origin, tuple(outcomes), tuple(errors), count=len(articles))


def _extract_one(art: Article, ctx: _Context, index: int | None = None) -> _Outcome:
    data, norm = dedup.normalized_utf8(art.text)
    fp = dedup.Fingerprint(hashlib.sha1(data).hexdigest(), None)
    published = art.published or ctx.published
    url = web_link(getattr(art, "url", None)) or web_link(art.source)
    article = {"id": None, "source": art.source, "published": published, "title": art.title,
               "url": url}
    if fp.content_key in ctx.known:
        # Already stored: the store only needs the source, not a second extraction.
        return _Outcome(_ready({"article": article, "mentions": [], "events": []}, art.text,
                               None, fp), art.text, fp)
    shared = ctx.shared if index is not None else None
    if ctx.seen is not None and (fp.content_key in ctx.seen or (
            shared is not None and shared.earlier(fp.content_key, index))):  # type: ignore[arg-type]
        # Extracted earlier in this run, so stored before this one: neither the extraction
        # nor the MinHash is needed (the store settles an exact copy by its content key).
        return _Outcome(_ready({"article": article, "mentions": [], "events": []}, art.text,
                               None, fp), art.text, fp, copy_of=art)
    extractor = ctx.extractor or _default_extractor()
    result = extractor(art.text, published=published, source=art.source, title=art.title)
    doc = _document(result)
    if url is not None:  # the extractor sees the source; the address may be apart from it
        doc["article"] = {**(doc.get("article") or {}), "url": url}
    if ctx.seen is not None:
        ctx.seen.add(fp.content_key)
        if shared is not None:
            shared.claim(fp.content_key, index)  # type: ignore[arg-type]
    sig = dedup.signature_utf8(data, norm)
    fp = dedup.Fingerprint(fp.content_key, None if sig is None else sig.tobytes())
    return _Outcome(_ready(doc, art.text, None, fp), art.text, fp)


def _document(result: Any) -> dict[str, Any]:
    """The extractor's result as a document for `geo.store.prepare`: an `Extraction`'s own
    mention records (named tuples, which `prepare` reads as they are: ~25 a report, each
    made a dict and read back otherwise), else its `to_dict()` or the mapping itself."""
    if isinstance(result, Extraction):
        return {"article": result.article.to_dict(), "mentions": result.mentions,
                "events": [e.to_dict() for e in result.events]}
    return result.to_dict() if hasattr(result, "to_dict") else dict(result)


def _ready(doc: dict[str, Any], text: str, dataset: str | None,
           fingerprint: dedup.Fingerprint) -> Prepared | dict[str, Any]:
    """The document prepared for the store (`geo.store.prepare`), or as it is when it cannot
    be (a position off the globe): the store's `add` then refuses it with its message."""
    try:
        return prepare(doc, text, dataset, fingerprint)
    except StoreError:
        return doc


def _default_extractor() -> Extractor:
    try:  # deferred: dataset-only batches never load the extractor's rules
        from extract.pipeline import extract_text
    except ImportError as exc:
        raise RuntimeError(f"the extractor is not available ({exc})") from exc
    return extract_text


# -- inputs ------------------------------------------------------------------------------------


def collect_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[str]]:
    """Files to ingest (folders searched recursively, hidden files skipped, sorted) and a
    message for each path that does not exist."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, unreadable = _folder_files(path)
            errors.extend(unreadable)  # an unreadable folder is a failure, not silence
            if not found:
                log.warning("%s: no readable files in the folder", path)
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or folder")
    return files, errors


def _folder_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The files under `folder` that a batch reads, sorted as paths sort, and a message for
    each folder that cannot be read (as `walk_files`): files of `FOLDER_SUFFIXES` or archives,
    not a report's sidecar, not a README, nothing hidden. Names are tested as text and only the
    files kept become Paths: through pathlib a folder of 3,000 reports took 80 ms of the
    batch's start, with both cores but one idle."""
    errors: list[str] = []

    def failed(exc: OSError) -> None:
        errors.append(f"{exc.filename or folder}: cannot read the folder "
                      f"({exc.strerror or exc})")

    top = os.fspath(folder)
    found = []
    for root, _dirs, names in os.walk(top, onerror=failed):
        if root != top and any(part.startswith(".")
                               for part in os.path.relpath(root, top).split(os.sep)):
            continue  # a hidden folder (walked all the same: its errors are reported)
        for name in names:
            if _wanted(name) and os.path.isfile(full := os.path.join(root, name)):
                found.append(full)
    return sorted(map(Path, found)), errors


def _wanted(name: str) -> bool:
    """Whether a folder's file of this name is read (`Path.suffix` and `stem` as text)."""
    if name.startswith(".") or name.endswith(META_SUFFIX):  # hidden; a report's sidecar
        return False
    dot = name.rfind(".")
    has_suffix = 0 < dot < len(name) - 1
    if (name[:dot] if has_suffix else name).lower() == "readme":  # the folder's documentation
        return False
    return ((has_suffix and name[dot:].lower() in FOLDER_SUFFIXES)
            or name.lower().endswith(ARCHIVE_SUFFIXES))


def _resolved(path: Path, folders: dict[str, str] | None) -> Path:
    """`path.resolve()`, each folder resolved once (`folders` keeps them): a batch of
    thousands of files costs a check of each file instead of one per part of its path."""
    if folders is None or path.name in ("", ".", "..") or os.path.islink(path):
        return path.resolve()
    parent = folders.get(key := os.path.dirname(str(path)) or ".")  # str(path.parent)
    if parent is None:
        parent = folders[key] = os.path.realpath(key)
    return Path(parent, path.name)


def _tasks_for(path: Path, folders: dict[str, str] | None = None) -> tuple[list[_Task], int]:
    """The tasks of one file and its skipped dataset rows; raises ValueError with a message.
    `folders`: resolved folders kept between calls (`_resolved`)."""
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        dataset = datasets.detect_dataset(datasets.csv_header(path))
        if dataset is not None:
            rows = datasets.read_dataset(path, dataset)
            return ([_Task(origin, row=r) for r in rows.rows]
                    + [_Task(origin, error=why) for _line, why in rows.refused],
                    len(rows.skipped))
        return [_Task(origin, path=_resolved(path, folders))], 0
    if suffix in FEED_SUFFIXES:
        return [_Task(origin, article=a) for a in read_feed(path)], 0
    return [_Task(origin, path=_resolved(path, folders))], 0


def archive_tasks(path: Path) -> Iterator[_Task]:
    """The tasks of an archive, one line or row at a time; a bad one becomes an error task.
    Raises ReadError (a ValueError) when the file cannot be opened at all."""
    origin = str(path)
    for item in iter_archive(path):
        if isinstance(item, BadRecord):
            yield _Task(origin, error=str(item))
        else:
            yield _Task(origin, article=item)


def read_feed(path: Path) -> list[Article]:
    """The entries of an RSS/Atom feed file as articles (HTML reduced to text), each with its
    link as source and address.

    Raises
    ------
    ValueError
        When the file cannot be read or is not a feed (the message says why).
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        entries = feed_entries(data, str(path))
    except FeedError as exc:
        raise ValueError(str(exc)) from exc
    out = []
    for n, entry in enumerate(entries, start=1):
        if not entry.text:
            log.warning("%s: entry %d has no text", path, n)
            continue
        out.append(Article(entry.text, entry.published,
                           entry.link or f"{path.resolve()}#{n}", entry.title, entry.link))
    if not out:
        raise ValueError(f"{path}: no feed entry has any text")
    return out


# -- the batch ---------------------------------------------------------------------------------


def ingest(paths: Sequence[Path | str], store: Any, *, jobs: int | None = None,
           progress: bool = False, published: str | None = None,
           extractor: Extractor | None = None, stream: TextIO | None = None,
           commit_seconds: float | None = None, feeds: Sequence[str] = (),
           fetcher: Any = None, fetch_state: Any = None) -> Summary:
    """Ingest files, folders and web addresses into `store` (a `geo.store.Store`); returns
    the counts.

    Parameters
    ----------
    jobs
        Worker processes for extraction; None picks one per core for batches of at least
        `PARALLEL_MIN` articles, else works in this process.
    progress
        Draw a progress bar on `stream` (stderr by default).
    published
        Publication date (YYYY-MM-DD) for articles that carry none.
    extractor
        `extract_text`-like callable (tests pass a stub); defaults to
        `extract.pipeline.extract_text`.
    commit_seconds
        Seconds between commits (`Store.batch`; None: `COMMIT_SECONDS`): each article is
        atomic, a hard crash loses at most that many seconds of work, which re-running the
        batch restores; an exception or SIGTERM commits every article completed. 0 commits
        every article on its own (a crash loses nothing stored before it).
    feeds
        URLs that must be RSS/Atom feeds (a feeds list); URLs among `paths` may be feeds or
        article pages.
    fetcher, fetch_state
        `extract.fetch.Fetcher` and `FetchState` for the web addresses (defaults: a polite
        fetcher from the settings, the state file under the cache folder, scoped to the store).
    """
    summary = Summary()
    urls = [str(p) for p in paths if isinstance(p, str) and web_url(p)]
    files, missing = collect_files([p for p in paths if not (isinstance(p, str) and web_url(p))])
    for msg in missing:
        summary.failed += 1
        summary.errors.append(msg)
    tasks: list[_Task] = []
    archives: list[tuple[Path, int]] = []   # streamed after the other tasks
    folders: dict[str, str] = {}
    for path in files:
        if is_archive(path):
            try:
                archives.append((path, count_articles(path)))
            except ValueError as exc:
                summary.failed += 1
                summary.errors.append(_prefixed(path, str(exc)))
            continue
        try:
            file_tasks, skipped = _tasks_for(path, folders)
        except ValueError as exc:  # ReadError, DatasetError, feed errors
            summary.failed += 1
            summary.errors.append(_prefixed(path, str(exc)))
            continue
        summary.skipped_rows += skipped
        tasks.extend(file_tasks)
    fetched: list[Any] = []
    if urls or feeds:
        fetched, fetch_state = _fetch_all(urls, feeds, store, summary, fetcher, fetch_state)
        tasks.extend(_Task(art.source or res.url, article=art)
                     for res in fetched for art in res.articles)
    ctx = _Context(extractor, frozenset(store.content_keys()), published, set())
    total = len(tasks) + sum(n for _p, n in archives)
    bar = Progress(total, stream=stream, enabled=progress)
    commit_seconds = COMMIT_SECONDS if commit_seconds is None else commit_seconds
    grouped = commit_seconds > 0 and hasattr(store, "batch")
    failed: set[str] = set()
    stored: set[str] = set(ctx.known)  # content keys in the store: settles the copies
    streamed = itertools.chain(tasks, _streamed(archives, summary))
    who = local_editor("ingest")  # every write records who made it (looked up once)
    try:
        # `articles`: a large batch into a small store is a backfill (`SQLiteStore.batch`).
        with store.batch(commit_seconds=commit_seconds, articles=total) if grouped \
                else nullcontext():
            # A store that writes batches (PostGIS) gets them whole: one transaction each.
            batches = _Batches(store, summary, who, stored, ctx, failed, commit_seconds) \
                if grouped and hasattr(store, "add_batch") else None
            for result in _run(streamed, jobs, ctx,
                               total - sum(1 for t in tasks if t.row is not None)):
                if batches is not None:
                    batches.put(result)
                elif not _store_result(result, store, summary, who, stored, ctx):
                    failed.add(result.origin)
                bar.update()
            if batches is not None:
                batches.flush()
    finally:
        bar.close()
        if fetch_state is not None:
            _remember(fetched, failed, fetch_state)
    for msg in summary.errors:
        log.warning("%s", msg)
    return summary


def _prefixed(path: Path, message: str) -> str:
    return message if message.startswith(str(path)) else f"{path}: {message}"


def _streamed(archives: list[tuple[Path, int]], summary: Summary) -> Iterator[_Task]:
    """The archives' tasks, one file after another; one that cannot be opened is a failure."""
    for path, _n in archives:
        try:
            yield from archive_tasks(path)
        except ValueError as exc:
            summary.failed += 1
            summary.errors.append(_prefixed(path, str(exc)))


def _run(tasks: Iterable[_Task], jobs: int | None, ctx: _Context,
         n_articles: int) -> Iterator[_Result]:
    """Results in task order: in this process, or in a pool of `jobs` forked workers fed
    `WINDOW` tasks at a time, two windows ahead at most (a streamed archive is never all in
    memory)."""
    global _FORK_CONTEXT
    if jobs is None:
        jobs = (os.cpu_count() or 1) if n_articles >= PARALLEL_MIN else 1
    if jobs <= 1 or n_articles == 0 or "fork" not in multiprocessing.get_all_start_methods():
        # Workers get their context only through fork; elsewhere work in this process.
        yield from (_extract_task(t, ctx) for t in tasks)
        return
    if ctx.extractor is None:
        # Import and load the gazetteer once, before forking, so workers share it.
        _default_extractor()(WARM_TEXT, published=None, source=None, title=None)
    if ctx.seen is not None:  # tasks in input order: the workers share what they extracted
        ctx = _Context(ctx.extractor, ctx.known, ctx.published, ctx.seen, _SharedSeen())
    with _FORK_LOCK:
        _FORK_CONTEXT = ctx
        pool = _Pool(jobs, initializer=_worker_starts, context=multiprocessing.get_context("fork"))
    _widen_results(pool)
    paused = _collections_paused()
    finished = False
    try:
        # Two windows out at once: the workers extract the next while this process writes
        # the results of the current one (one window at a time left them idle at its end).
        it = enumerate(tasks)
        chunk = _chunk_size(n_articles, jobs)
        out: deque[Iterator[_Result]] = deque()

        def send(window: list[tuple[int, _Task]]) -> None:
            # The last window's last tasks go in small chunks: with whole chunks one worker
            # sat idle while the other finished its last one (~0.1 s of a core), and this
            # process then wrote that chunk's results with both workers done.
            tail = jobs * TAIL_TASKS if len(window) < WINDOW and chunk > TAIL_CHUNK else 0
            if len(window) > tail:
                out.append(pool.imap(_extract_numbered, window[:len(window) - tail],
                                     chunksize=chunk))
            if tail:
                out.append(pool.imap(_extract_numbered, window[-tail:], chunksize=TAIL_CHUNK))

        for _ in range(2):
            if window := list(itertools.islice(it, WINDOW)):
                send(window)
        done = 0
        while out:
            current = out.popleft()
            yield next(current)  # the current window has started coming back: send one more
            if window := list(itertools.islice(it, WINDOW)):
                send(window)
            for result in current:
                yield result
                if paused:
                    done += 1
                    if done % COLLECT_EVERY == 0:
                        gc.collect()
        finished = True
    finally:
        # Done: the workers leave on their own and keep what they compiled (`_worker_starts`).
        if finished:
            pool.close()
        else:
            pool.terminate()
        pool.join()
        if paused:
            gc.enable()


def _worker_starts() -> None:
    """A pool worker's start: it collects as usual (one that replaces a worker forks from a
    writing process that does not, `_collections_paused`), and when the pool is done it keeps
    the rules' patterns it compiled and the twins it chose (`regex_cache.save`) for the
    workers of later runs, which otherwise each spent ~0.3 s of CPU on them again."""
    gc.enable()
    regex_cache.save_when_worker_exits()


#: Results the writing process takes between its collections of cyclic garbage while a pool
#: works (`_collections_paused`).
COLLECT_EVERY = 100_000


def _collections_paused() -> bool:
    """Pause the cyclic garbage collector of the writing process while its pool works (True
    when it was running). Why: the pool's result thread unpickles whole chunks ahead of the
    writer, ~40 tracked objects a result, which stay alive until written, so the collections
    that ~700 new objects trigger walked the same live results again and again, and every
    tenth one the older ones: ~60 collections a thousand reports, 0.02-0.03 ms of the
    writer's ~0.45 ms a report (issue 16), reclaiming nothing - the write path makes no
    reference cycles (a 1,000-report ingest left none to collect). Objects are still freed
    as their last reference goes; a full collection every `COLLECT_EVERY` results bounds
    whatever cycles an unusual input might leave, and the collector runs again after."""
    if not gc.isenabled():
        return False
    gc.disable()
    return True


class _Pool(multiprocessing.pool.Pool):
    """A pool whose worker-handling thread sleeps until a worker exits or the pool is closed
    or terminated (its change notifier), not also whenever results wait in the result pipe.

    Why: `multiprocessing.pool.Pool` (3.8-3.13) lists the result pipe's read end among what
    that thread waits on, so while a chunk's results sit in the pipe - `_widen_results` lets a
    whole chunk sit there until the result thread, which needs the GIL, reads it - the thread
    spun: a new `wait()` (a selector made, registered, polled), each worker polled by
    `waitpid`, all under the GIL, again and again. With a store that writes nothing it took
    35-42 us of the writing process's CPU a report, more than unpickling the results (issue
    16). Nothing else needs that wake-up: a worker's exit wakes it by the worker's sentinel,
    `close` and `terminate` by the change notifier, as does the cache running empty
    (tests/test_ingest_pipe.py)."""

    def _get_sentinels(self) -> list[Any]:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


#: Bytes the pipe that brings the workers' results may buffer (`_widen_results`): a chunk's
#: results (64 prepared articles of news, ~0.5-0.7 MB pickled) fit in one write.
RESULTS_PIPE = 1 << 20


def _widen_results(pool: Any) -> int | None:
    """Let the pool's result pipe hold a whole chunk's results (`RESULTS_PIPE`, or the
    system's `fs.pipe-max-size` if lower); returns its new size, or None where it cannot grow
    (not Linux, or a pool without that pipe).

    Why: a pipe holds 64 KB by default, so a worker sending a chunk's results waited for the
    writing process to read each 64 KB. That process reads them in a thread that needs the
    GIL for every read, which its main thread holds while it plans a batch (up to the
    5 ms switch interval each time): the workers stood blocked a third as long as they
    computed (issue 16: 0.6-0.9 s against 2.6 s on the CPU each, 2,000 reports), and a core
    sat idle meanwhile. With room for the whole chunk a worker writes it and goes on."""
    try:
        import fcntl

        fd = pool._outqueue._writer.fileno()
        try:
            most = int(Path("/proc/sys/fs/pipe-max-size").read_text())
        except (OSError, ValueError):
            most = RESULTS_PIPE
        return int(fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, min(RESULTS_PIPE, most)))
    except (ImportError, AttributeError, OSError, ValueError):
        return None


def _chunk_size(n_articles: int, jobs: int) -> int:
    """Tasks a worker takes at once: `CHUNK`, or fewer so each worker gets about four chunks
    of a small batch."""
    return max(1, min(CHUNK, n_articles // (4 * jobs)))


def _fetch_all(urls: Sequence[str], feeds: Sequence[str], store: Any, summary: Summary,
               fetcher: Any, state: Any) -> tuple[list[Any], Any]:
    """Fetch every web address (each failure one message; the others go on): pages and feeds
    with their new entries. Returns what each gave and the state used."""
    from extract import fetch  # deferred: requests loads only when a URL is given

    state = state if state is not None else fetch.FetchState(scope=getattr(store, "url",
                                                                           "default"))
    own = fetcher is None
    fetcher = fetcher or fetch.Fetcher()
    out = []
    try:
        for url, must_be_feed in [*((u, False) for u in urls), *((f, True) for f in feeds)]:
            try:
                if must_be_feed:
                    res = fetch.read_feed_url(url, fetcher, state)
                else:
                    res = fetch.read_url(url, fetcher, state)
            except fetch.FetchError as exc:
                summary.failed += 1
                summary.errors.append(str(exc))
                continue
            (summary.feed_urls if res.feed else summary.page_urls).append(url)
            summary.feeds_unchanged += res.unchanged
            summary.entries_seen += res.skipped
            summary.failed += len(res.errors)
            summary.errors.extend(res.errors)
            out.append(res)
    finally:
        if own:
            fetcher.close()
    return out, state


def _remember(fetched: list[Any], failed: set[str], state: Any) -> None:
    """Keep the feed entries stored (their links) and the validators of each feed whose every
    entry was stored, so the next poll asks "changed since?" and skips what it has. A feed
    with a failed entry keeps its old validators: the next poll reads it again."""
    for res in fetched:
        stored = [a.source for a in res.articles if a.source and a.source not in failed]
        if res.etag is None and res.last_modified is None and not res.articles:
            continue
        state.mark_seen(stored)
        if not res.errors and len(stored) == len(res.articles) and (res.etag or
                                                                     res.last_modified):
            state.set_validators(res.url, res.etag, res.last_modified)
    state.save()


def _settle_copy(out: _Outcome, stored: set[str] | None, ctx: _Context | None) -> _Outcome:
    """An exact copy whose first copy is not in the store (its extraction or write failed):
    extracted here after all. Any other outcome as it is."""
    if out.copy_of is None or (stored is not None and out.fingerprint.content_key in stored):
        return out
    base = ctx or _Context()
    return _extract_one(out.copy_of, _Context(base.extractor, frozenset(), base.published))


#: Articles a store that writes batches (`add_batch`: PostGIS) gets at once, at most: ~0.15 s
#: of ingest; a hard crash loses at most these (ingesting again restores them).
BATCH = 128


class _Batches:
    """Results gathered for a store's `add_batch` (the PostGIS store: one transaction, two
    lookups and COPY a batch instead of round trips an article), the same counts and
    messages as `_store_result`. A batch goes when it holds `BATCH` articles or its first is
    `seconds` old, and before an in-run copy whose first copy it holds (a copy is only
    settled against texts stored: `_settle_copy`)."""

    def __init__(self, store: Any, summary: Summary, who: str | None, stored: set[str],
                 ctx: _Context, failed: set[str], seconds: float) -> None:
        self.store, self.summary, self.who, self.stored = store, summary, who, stored
        self.ctx, self.failed, self.seconds = ctx, failed, seconds
        self.items: list[tuple[str, _Outcome]] = []
        self.keys: set[str] = set()
        self.since = 0.0

    def put(self, result: _Result) -> None:
        summary = self.summary
        summary.read += result.count
        summary.failed += len(result.errors)
        summary.errors.extend(result.errors)
        if result.errors:
            self.failed.add(result.origin)
        for out in result.outcomes:
            key = out.fingerprint.content_key
            if out.copy_of is not None and key not in self.stored:
                if key in self.keys:
                    self.flush()
                try:
                    out = _settle_copy(out, self.stored, self.ctx)
                except Exception as exc:
                    self._failed(result.origin, exc)
                    continue
            if not self.items:
                self.since = time.monotonic()
            self.items.append((result.origin, out))
            self.keys.add(key)
        if len(self.items) >= BATCH or (self.items and
                                        time.monotonic() - self.since >= self.seconds):
            self.flush()

    def flush(self) -> None:
        items, self.items = self.items, []
        self.keys = set()
        if not items:
            return
        try:
            results = self.store.add_batch(
                [(out.doc, out.text, out.dataset, out.fingerprint, self.who)
                 for _origin, out in items])
        except Exception as exc:  # the store is gone (twice lost, or no server)
            log.debug("store batch failed", exc_info=True)
            results = [exc] * len(items)
        for (origin, out), added in zip(items, results, strict=True):
            if isinstance(added, Exception):
                self._failed(origin, added)
                continue
            self.stored.add(out.fingerprint.content_key)
            _count(self.summary, added)

    def _failed(self, origin: str, exc: BaseException) -> None:
        self.summary.failed += 1
        self.summary.errors.append(f"{origin}: not stored ({type(exc).__name__}: {exc})")
        self.failed.add(origin)


def _store_result(result: _Result, store: Any, summary: Summary,
                  who: str | None = None, stored: set[str] | None = None,
                  ctx: _Context | None = None) -> bool:
    """Store one result's documents; False when anything of it failed. `who`: the editor
    recorded with every write (default: this machine's user, `local_editor`); `stored`: the
    content keys in the store, kept up to date here (with `ctx`, settles in-run copies)."""
    ok = not result.errors
    summary.read += result.count
    summary.failed += len(result.errors)
    summary.errors.extend(result.errors)
    who = who or local_editor("ingest")
    for out in result.outcomes:
        try:
            out = _settle_copy(out, stored, ctx)
            added = store.add(out.doc, raw_text=_raw_text(out, store), dataset=out.dataset,
                              fingerprint=out.fingerprint, who=who)
        except Exception as exc:  # one article's write failed and rolled back; go on
            log.debug("store write failed", exc_info=True)
            summary.failed += 1
            summary.errors.append(f"{result.origin}: not stored ({type(exc).__name__}: {exc})")
            ok = False
            continue
        if stored is not None:
            stored.add(out.fingerprint.content_key)
        _count(summary, added)
    return ok


def _count(summary: Summary, added: Any) -> None:
    """Count one stored article's outcome (a store's `Added`) in the summary."""
    if added.status == "duplicate":
        summary.duplicate += 1
    else:
        summary.new += 1
        summary.events_added += added.events_added
        summary.events_merged += added.events_merged
        summary.near_copies += added.near_copy_of is not None
