"""Reports added in the dashboard: pasted text, uploaded files and the bundled samples, read,
extracted, and saved to the store.

The page (`app.py`) calls these; a report that cannot be read or extracted becomes a message
(`Ingested.error`), never a crashed page. They live in `extract`, not in `geo.view`, because
they run the extractor: geo's modules never import it (README, "Architecture").
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from extract import datasets
from extract.budget import BudgetExceeded, check_size
from extract.datasets import ImportedRow
from extract.dates import absolute_dates
from extract.pipeline import extract_text
from extract.reading import RawArticle, ReadError, read_bytes, read_path
from geo import settings
from geo.event_table import events_frame
from geo.schema import META_SUFFIX
from geo.store import ENV_VAR, AddResult, Store, StoreBusy, StoreError, open_store

log = logging.getLogger(__name__)

#: Files the page and the sample loader accept.
READABLE_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".json", ".csv")


@dataclass(frozen=True, slots=True)
class Ingested:
    """The outcome of reading one input: its contract documents, or why it could not be read."""

    name: str
    documents: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    error: str | None = None
    #: The text of each document, in order (the store keeps it for deduplication).
    texts: tuple[str, ...] = field(default_factory=tuple)


def extract_document(
    text: str, *, published: str | None = None, source: str | None = None,
    title: str | None = None, url: str | None = None,
) -> dict[str, Any]:
    """Run the extractor on one text and return the contract document."""
    return extract_text(text, published=published, source=source, title=title,
                        url=url).to_dict()


def ingest_text(text: str, *, published: str | None = None,
                source: str = "pasted text") -> Ingested:
    """Extract one pasted report; a failure becomes a message, never a crashed page."""
    try:
        check_size(text)
    except BudgetExceeded as exc:   # over 1,000,000 characters: refused before any work
        return Ingested(source, error=str(exc))
    try:
        return Ingested(source, (extract_document(text, published=published, source=source),),
                        texts=(text,))
    except Exception as exc:  # the page reports it and keeps working
        log.exception("extraction failed for %s", source)
        return Ingested(source, error=f"extraction failed: {exc}")


def ingest_path(path: Path) -> Ingested:
    """Read one bundled report with its sidecar metadata (`seed.meta.json`) and extract it."""
    try:
        return _extract_articles(_dated(read_path(path)), path.name)
    except ReadError as exc:
        return Ingested(path.name, error=_without_name(str(exc), str(path), path.name))


#: Lines of a report searched for its dateline ("KYIV, 6 December 2025 -", "2025-12-06").
DATELINE_LINES = 6
_DOTTED = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def first_lines_date(text: str, *, lines: int = DATELINE_LINES,
                     today: date | None = None) -> str | None:
    """The first full date (with its year) in a report's first non-empty lines, ISO, or None.

    A dateline or "Published 06.12.2025" dates the report; dates after `today` are no
    publication dates and are skipped. Day-first dotted dates are read as in Ukrainian and
    European news.
    """
    head = "\n".join([ln for ln in text.splitlines() if ln.strip()][:lines])[:1500]
    today = today or date.today()
    found = [(at, d) for at, d in absolute_dates(head, None)]
    for m in _DOTTED.finditer(head):
        try:
            found.append((m.start(), date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
        except ValueError:
            continue
    for _at, day in sorted(found):
        if day <= today:
            return day.isoformat()
    return None


def _dated(articles: Sequence[RawArticle], published: str | None = None) -> list[RawArticle]:
    """Articles with a published date: `published` (the user's) for a one-article file, else
    for those without one; then the file's own metadata; then a date in the first lines."""
    out = []
    for art in articles:
        when = (published if published and len(articles) == 1 else None) or art.published \
            or published or first_lines_date(art.text)
        out.append(art if when == art.published else replace(art, published=when))
    return out


def _without_name(message: str, *names: str) -> str:
    """A reading error without the file name it starts with: the page names the file once."""
    for name in names:
        if name and message.startswith(name + ": "):
            return message[len(name) + 2:]
    return message


#: How much of a large upload `file_date` reads: its head holds the date it gives itself.
PREVIEW_BYTES = 256 * 1024


def file_date(data: bytes, filename: str) -> date | None:
    """The date an uploaded file gives itself (metadata, else a date in its first lines), for
    the page to offer before adding it; None when it gives none or cannot be read.

    Only the first `PREVIEW_BYTES` (up to a line end) of a larger text, HTML or CSV file are
    read, so offering a date never decodes and extracts a whole 49 MB upload; a JSON file
    that large offers none (its articles keep their own dates when added)."""
    if len(data) > PREVIEW_BYTES:
        if os.path.splitext(filename)[1].lower() == ".json":
            return None
        head = data[:PREVIEW_BYTES]
        data = head[:head.rfind(b"\n") + 1] or head
    try:
        articles = _dated(read_bytes(data, filename))
    except ReadError:
        return None
    return next((date.fromisoformat(a.published) for a in articles if a.published), None)


def ingest_file(data: bytes, filename: str, *, published: str | None = None) -> Ingested:
    """Read one uploaded file (one or several articles) and extract it.

    Its articles are dated by `published` when given (the page's date for this upload: it
    replaces a one-article file's own date, and dates the undated articles of a larger file),
    else by the file's metadata (HTML, JSON, CSV) or a date in their first lines. Failures are
    reported per file, so one unreadable upload never stops the others; the message does not
    repeat the file name (`Ingested.name` has it).
    """
    try:
        articles = read_bytes(data, filename)
    except ReadError as exc:
        return Ingested(filename, error=_without_name(str(exc), filename))
    return _extract_articles(_dated(articles, published), filename)


def ingest_url(url: str, *, fetcher: Any = None) -> Ingested:
    """Fetch one web address (an article page, or an RSS/Atom feed and its entries) and
    extract it; an unreachable, refused or unreadable URL becomes a message. Polite as the
    command line (`extract.fetch`); without `fetcher`, a new one from the settings."""
    from extract import fetch  # deferred: requests loads only when a URL is fetched

    url = url.strip()
    if not fetch.is_url(url):
        return Ingested(url[:200], error="not an http(s) URL")
    own = fetcher is None
    fetcher = fetcher or fetch.Fetcher()
    try:
        got = fetch.read_url(url, fetcher)
    except fetch.FetchError as exc:
        return Ingested(url, error=str(exc).removeprefix(f"{url}: "))
    finally:
        if own:
            fetcher.close()
    done = _extract_articles(got.articles, url) if got.articles else Ingested(
        url, error="the feed has no new entries")
    if got.errors and done.error is None:
        return Ingested(url, done.documents, error="; ".join(got.errors), texts=done.texts)
    return done


def _extract_articles(articles: Sequence[Any], filename: str) -> Ingested:
    if not articles:
        return Ingested(filename, error="no article text found")
    docs: list[dict[str, Any]] = []
    for art in articles:
        try:
            docs.append(
                extract_document(art.text, published=art.published,
                                 source=art.source or filename, title=art.title,
                                 url=getattr(art, "url", None))
            )
        except Exception as exc:  # one bad article must not lose the rest of the batch
            log.exception("extraction failed for %s", filename)
            return Ingested(filename, tuple(docs), error=f"extraction failed: {exc}",
                            texts=tuple(a.text for a in articles[:len(docs)]))
    return Ingested(filename, tuple(docs), texts=tuple(a.text for a in articles))


#: `STRIKEMAP_DB` values that keep added reports in the browser session only (no store).
NO_STORE = ("off", "none", "session")


#: Seconds one dashboard write waits for another writer (an ingest) before it lets go of the
#: store for a moment (other visitors' reads go on) and tries again.
WRITE_WAIT = 2.0
#: Seconds the dashboard keeps trying to save a report before it says it could not.
WRITE_RETRY = 30.0


def open_event_store(url: str | None = None) -> Store | None:
    """The persistent store (`geo.store`, at `STRIKEMAP_DB` or its default), holding the
    bundled reports; None when `STRIKEMAP_DB` is "off" or the store cannot be opened, and the
    page then keeps added reports in the session (`open_dashboard_store` says why).
    """
    return open_dashboard_store(url)[0]


def open_dashboard_store(url: str | None = None) -> tuple[Store | None, str | None]:
    """The store as `open_event_store` opens it, and why there is none (None when there is
    one, or when `STRIKEMAP_DB` is "off" on purpose).

    Opening never waits for another writer: a long `ingest` holding the store does not stop
    the page, which reads what is committed and writes between the ingest's commits
    (`store_reports` retries). The bundled reports are added only when the store lacks them,
    and left for a later start when the store is busy.
    """
    if (url or os.environ.get(ENV_VAR, "")).strip().lower() in NO_STORE:
        return None, None
    try:
        store = open_store(url)
    except (StoreError, OSError) as exc:
        log.warning("no persistent store (%s): added reports last for the session", exc)
        return None, str(exc)
    store.write_wait = WRITE_WAIT
    try:
        _add_samples(store)
    except StoreBusy as exc:
        log.warning("bundled reports not added now (%s); they are added on a later start", exc)
    return store, None


def _add_samples(store: Store) -> None:
    """Add the bundled reports and event facts the store lacks (read first: a store that has
    them all is never locked for writing)."""
    from geo.dedup import content_key  # deferred: datasketch loads scipy (~0.4 s)

    known = store.content_keys()
    for path in sample_files():
        rows = sample_dataset(path)
        if rows is None:
            got = ingest_path(path)
            if any(content_key(t) not in known for t in got.texts):
                store_reports(store, got, retry=0)  # busy: left for a later start
            continue
        fresh = [r for r in rows if r.fingerprint.content_key not in known]
        if fresh:
            with store.batch():
                for r in fresh:
                    store.add(r.doc, raw_text=r.raw_text, dataset=r.dataset,
                              fingerprint=r.fingerprint)


def save(store: Store, ingested: Ingested) -> int:
    """Add what was read to the store; the number of events added or merged."""
    return store_reports(store, ingested)[0]


def store_reports(store: Store, ingested: Ingested, *, who: str | None = None,
                  retry: float | None = None) -> tuple[int, int]:
    """Add what was read to the store, recording `who` added it: (events added or merged,
    reports already stored).

    Raises `StoreBusy` when another writer kept the store for `retry` seconds; its message
    says how many of the reports were saved (the others were not: adding them again later
    saves only those). `retry` defaults to `WRITE_RETRY`.
    """
    retry = WRITE_RETRY if retry is None else retry
    n = dup = 0
    pairs = list(zip(ingested.documents, ingested.texts, strict=False))
    for done, (doc, text) in enumerate(pairs):
        try:
            result = add_retrying(store, doc, raw_text=text, who=who, retry=retry)
        except StoreBusy as exc:
            saved = f"{done} of {len(pairs)} reports saved" if done else "not saved"
            raise StoreBusy(f"{saved}: another process (an ingest?) kept the store busy for "
                            f"{retry:g} s; try adding it again in a moment") from exc
        n += result.events_added + result.events_merged
        dup += result.status == "duplicate"
    return n, dup


def store_results(store: Store, results: Sequence[Ingested], *,
                  who: str | None = None) -> tuple[list[Ingested], list[int]]:
    """Save what the page read (`store_reports` each): the results, those that could not be
    saved turned into their message (no documents), and how many reports of each were
    already stored."""
    out: list[Ingested] = []
    dups: list[int] = []
    for r in results:
        try:
            dups.append(store_reports(store, r, who=who)[1])
            out.append(r)
        except StoreError as exc:
            log.warning("%s: %s", r.name, exc)
            dups.append(0)
            out.append(Ingested(r.name, error=str(exc)))
    return out, dups


def add_retrying(store: Store, doc: Any, *, raw_text: str, who: str | None = None,
                 retry: float | None = None) -> AddResult:
    """`store.add`, tried again (with growing pauses, the store let go in between) while
    another writer holds the store, for up to `retry` seconds; then `StoreBusy`."""
    deadline = time.monotonic() + (WRITE_RETRY if retry is None else retry)
    pause = 0.1
    while True:
        try:
            return store.add(doc, raw_text=raw_text, who=who)
        except StoreBusy:
            left = deadline - time.monotonic()
            if left <= 0:
                raise
            time.sleep(min(pause, left))
            pause = min(pause * 2, 1.0)


#: Environment variable that switches the bundled samples off ("off", "0", "no", "false"):
#: the page then opens on the user's own store only.
SAMPLES_VAR = "STRIKEMAP_SAMPLES"


def samples_on() -> bool:
    """Whether the bundled samples (the seed report and the demo events) are loaded."""
    return os.environ.get(SAMPLES_VAR, "").strip().lower() not in ("off", "0", "no", "false")


def sample_dataset(path: Path) -> list[ImportedRow] | None:
    """The rows of a bundled dataset CSV (the demo's event facts); None for a report.

    A broken row is logged and left out, so the page still opens on the rest."""
    if path.suffix.lower() != ".csv":
        return None
    try:
        got = datasets.read_if_dataset(path)
    except datasets.DatasetError as exc:
        log.warning("sample %s: %s", path.name, exc)
        return []
    if got is None:
        return None
    for _line, why in got.refused:
        log.warning("sample %s: %s", path.name, why)
    return got.rows


def sample_files(folder: Path | None = None) -> list[Path]:
    """The bundled reports and event facts the dashboard opens on; none when
    `STRIKEMAP_SAMPLES` is off."""
    folder = folder or settings.SAMPLES_DIR
    if not samples_on() or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in READABLE_SUFFIXES and not p.name.endswith(META_SUFFIX))


def load_sample_events(folder: Path | None = None) -> pd.DataFrame:
    """THE event source of the page: the bundled samples in data/samples, the reports extracted
    and the demo's event facts (data/samples/README.md) read as they are.

    The page falls back to it when there is no store (`STRIKEMAP_DB=off`); a sample that
    cannot be read is logged and left out, so the page still opens.
    """
    docs: list[dict[str, Any]] = []
    for path in sample_files(folder):
        rows = sample_dataset(path)
        if rows is not None:
            docs.extend(r.doc for r in rows)
            continue
        got = ingest_path(path)
        if got.error:
            log.warning("sample %s: %s", path.name, got.error)
        docs.extend(got.documents)
    return events_frame(docs)
