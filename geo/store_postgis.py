"""The shared store on PostgreSQL/PostGIS: one database for a team, behind the same `Store`
methods as the GeoPackage file (`geo.store`), opened by `open_store("postgresql://...")`.

Same semantics as `geo.store.SQLiteStore`: one transaction an article (also inside a
`batch`: `PostGISStore._transaction` says why), the same text twice only records its source
(`content_key` is unique), near-copies join a story, reports merge into events by the rules of
`geo.dedup`, every report is kept in `event_reports`. Events are PostGIS points
(`geometry(Point, 4326)`, GiST-indexed) beside the `lat`/`lon` columns the event table has.

Concurrency: many processes (ingest runs, dashboards) may write at once. Whether a report
joins an event or starts one depends on every report stored before it, and a near-copy on
every article before it, so each write transaction first takes one transaction-level
advisory lock (`pg_advisory_xact_lock`): writers queue one article at a time, while reading
(dashboards, `events_frame`) never waits. An article is planned before the lock (lookups,
then the client's decisions) and written by one statement that takes the lock, checks that
nothing the plan read was committed since, and writes (schema step 4's functions); so the
lock is held only while the server writes it, and reading, extraction, fingerprinting and
planning run in parallel outside it. A stale plan is made again under the lock. Inside a
`batch`, `add` does not wait for an article's write: a thread sends it on a second connection
while the next article is looked up and planned (`_Pending`), so the server writes one article
while the client plans the next; it is confirmed before the next write, anything else reading
and the batch's end, and added again on its own if another writer made it stale (a crash may
lose that one article, which ingesting again restores). Batch ingest uses `add_batch`
instead (`geo.store_postgis_batch`): a batch of articles looked up at once, decided by the
same rules, written by COPY in one transaction under the writer lock. Unique
constraints (`articles.content_key`, `articles.id`, `events.id`, `article_sources`,
`event_sources`) back the lock up: a row cannot be stored twice even by a writer that
bypassed it. A write that waits longer than `Store.write_wait` for the lock fails with
`StoreBusy`, writing nothing (as on the GeoPackage). A connection the server dropped (a
restart) is replaced once, transparently, where the operation can simply run again
(`PostGISStore._reconnecting`).

Durability as on the GeoPackage: commits do not wait for the server's log flush
(`synchronous_commit = off` for the store's session), so a crash of the server may lose the
last fraction of a second of commits, never consistency; re-running an ingest restores them.

Schema versions are numbered SQL files under `geo/sql/postgis/` (`0001_schema.sql`, ...),
applied in order on opening (under an advisory lock, each in its own transaction) and
recorded in `strikemap_migrations`.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

import pandas as pd

from geo.event_table import normalize_events
from geo.schema import EVENT_COLUMNS, FIGURES, how_text, web_url
from geo.store import (
    _EVENT_FIELDS,
    _MENTION_FIELDS,
    CORRECTION_COLUMNS,
    AddResult,
    Prepared,
    Store,
    StoreBusy,
    StoreError,
    _now,
    _quoted,
    date_filter,
    prepare,
)

log = logging.getLogger(__name__)

#: Advisory lock key every write transaction takes ("STRKMAPW").
WRITER_LOCK = 0x5354524B4D415057
#: Advisory lock key held while migrations run ("STRKMAPM").
MIGRATION_LOCK = 0x5354524B4D41504D
#: How long a statement of a write transaction waits for a row lock (the writer lock makes
#: such waits rare; `Store.write_wait` bounds the wait for the writer lock itself).
LOCK_TIMEOUT = "30s"
#: The schema step after which every merged event's figures are merged again
#: (`geo.merge_rule` replaced the highest-value rule there).
_REMERGE_AFTER = 3
#: Events whose stories' votes are kept between merges (`PostGISStore._votes`; a lookup sends
#: only those of the article's place keys, so many cost nothing).
_VOTE_EVENTS = 4096
_MIGRATION_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
#: Columns of `events_frame` that are numbers; the others are read as text.
_NUMERIC = frozenset({"lat", "lon", "geo_precision", *FIGURES, "start", "end", "sources"})


def _signed64(key: int) -> int:
    return key - (1 << 64) if key >= 1 << 63 else key


def migrations() -> list[tuple[int, str, str]]:
    """The schema steps shipped with Strikemap: (version, name, SQL), in version order."""
    found = []
    for entry in resources.files("geo").joinpath("sql", "postgis").iterdir():
        match = _MIGRATION_FILE.match(entry.name)
        if match:
            found.append((int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"PostGIS migrations are not numbered 1..n: {versions}")
    return found


#: The newest schema version this Strikemap knows.
SCHEMA_VERSION = len(migrations())


def conninfo(url: str) -> str:
    """The libpq URL for a store URL: `postgresql://`, `postgres://`, `postgis://` and
    `postgresql+psycopg://` all name a PostgreSQL database."""
    scheme, _, rest = url.partition("://")
    if scheme.lower().split("+")[0] not in ("postgresql", "postgres", "postgis"):
        raise StoreError(f"{url}: not a PostgreSQL URL")
    return f"postgresql://{rest}"


def _redacted(url: str) -> str:
    """The URL without a password (user:password@ or ?password=), for messages."""
    url = re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", url)


class PostGISStore(Store):
    """A store in a PostgreSQL database with PostGIS.

    One connection per store object, behind a lock (safe to share between threads, like the
    GeoPackage store); open one store per process.
    """

    _param = "%s"

    @staticmethod
    def _text(value: Any) -> Any:
        """Text PostgreSQL accepts (the module's `_text`: NUL characters replaced)."""
        return _text(value)

    def __init__(self, url: str) -> None:
        self.url = _redacted(url)
        self._lock = threading.RLock()
        self._stories: Any = None  # geo.dedup.StoryIndex, built on the first add
        self._stories_fid = 0
        self._batch_seconds: float | None = None
        self._last_commit = time.monotonic()
        self._dirty = False  # this transaction wrote something `version` should show
        self._writes = 0  # writes through this object (uncommitted ones in a batch too)
        self._frame: tuple[Any, pd.DataFrame] | None = None
        self._closed = False
        self._pending: _Pending | None = None  # an article's write not confirmed (`batch`)
        self._writer: Any = None  # the thread that sends pending writes, on `_wdb`
        self._wdb: Any = None
        # Stories' votes of recently merged events: event fid -> (last report fid read,
        # figure -> story -> vote, place key), so a merge reads only the reports stored since
        # (an event with thousands of reports stays cheap); forgotten on any rollback.
        self._votes: OrderedDict[int, tuple[int, dict[str, dict[str, int]], str]] = \
            OrderedDict()
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(f"{self.url}: PostgreSQL stores need psycopg: "
                             f"pip install 'strikemap[postgis]'") from exc
        self._errors = psycopg.Error
        self._conninfo = conninfo(url)
        self._in_call = False  # inside a `_reconnecting` method: nested calls do not retry
        self._connect()
        try:
            self._migrate()
        except BaseException:
            self._db.close()
            raise
        log.debug("opened store %s", self.url)

    # -- the connection ----------------------------------------------------------------------

    #: Seconds a lost connection is tried again (a restarting server) before giving up.
    reconnect_wait: float = 10.0

    def _connect(self) -> None:
        self._db = self._new_connection()

    def _new_connection(self) -> Any:
        """A new connection with the store's session settings."""
        import psycopg

        try:
            db = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10,
                                 application_name="strikemap")
        except psycopg.Error as exc:
            raise StoreError(f"{self.url}: cannot connect ({str(exc).strip()})") from exc
        try:
            # The GeoPackage's durability (WAL, synchronous=NORMAL): a commit does not wait
            # for its log to reach the disk, so a server crash may lose the last fraction of
            # a second of commits, never consistency; re-running an ingest restores them.
            # Generic plans for the statements psycopg prepares (those run five times): an
            # article's lookups were planned anew each time (PostgreSQL kept choosing custom
            # plans), about half their server CPU. Every prepared statement here reads through
            # an index on equal keys (`_FID_SPAN` for the one range).
            db.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'; SET synchronous_commit = off; "
                       f"SET plan_cache_mode = force_generic_plan")
        except BaseException:
            db.close()
            raise
        return db

    def _lost(self, exc: BaseException) -> bool:
        """Whether `exc` means the connection is gone (server restarted, backend killed).

        Also when the server ended the session in the middle of a pipeline: psycopg then
        raises that it cannot leave pipeline mode, without marking the connection broken,
        and the server's message (an administrator's or a crash's shutdown) is the cause
        or context of that error (this made a reconnect test fail about one run in two)."""
        import psycopg
        from psycopg import errors

        if not isinstance(exc, psycopg.OperationalError):
            return False
        if self._db.closed or self._db.broken:
            return True
        seen: BaseException | None = exc
        for _ in range(8):  # the chain of errors raised while handling one another
            if seen is None:
                break
            if isinstance(seen, errors.AdminShutdown | errors.CrashShutdown):
                return True
            seen = seen.__cause__ or seen.__context__
        return False

    def _reopen(self, exc: BaseException) -> None:
        """Replace a lost connection, trying for up to `reconnect_wait` seconds. What the
        old connection had not committed is gone with it (the server rolled it back), so
        the kept votes go too."""
        log.warning("%s: connection lost (%s); reconnecting", self.url, str(exc).strip())
        with suppress(Exception):
            self._db.close()
        self._votes.clear()
        self._dirty = False
        deadline = time.monotonic() + self.reconnect_wait
        while True:
            try:
                self._connect()
            except StoreError as err:
                if time.monotonic() < deadline:
                    time.sleep(0.5)
                    continue
                raise StoreError(f"{self.url}: lost the connection to the server "
                                 f"({str(exc).strip()}) and could not reconnect within "
                                 f"{self.reconnect_wait:g} s; is PostgreSQL running?") from err
            log.warning("%s: reconnected", self.url)
            return

    # -- schema ------------------------------------------------------------------------------

    def _migrate(self) -> None:
        """Apply the schema steps this database lacks, in order, one transaction each; a
        database with Strikemap-like tables but no migration record, or a newer schema than
        this Strikemap knows, is refused."""
        db = self._db
        steps = migrations()
        db.execute("SELECT pg_advisory_lock(%s)", (_signed64(MIGRATION_LOCK),))
        try:
            known = db.execute("SELECT to_regclass('strikemap_migrations') IS NOT NULL, "
                               "to_regclass('articles') IS NOT NULL").fetchone()
            if not known[0]:
                if known[1]:
                    raise StoreError(f"{self.url}: this database has an `articles` table but "
                                     f"is not a Strikemap store; use another database")
                db.execute("CREATE TABLE IF NOT EXISTS strikemap_migrations (version integer "
                           "PRIMARY KEY, name text NOT NULL, applied text NOT NULL)")
            applied = {r[0] for r in db.execute("SELECT version FROM strikemap_migrations")}
            newest = max(applied, default=0)
            if newest > len(steps):
                raise StoreError(f"{self.url}: store schema {newest} is newer than this "
                                 f"Strikemap ({len(steps)}); upgrade Strikemap")
            for version, name, sql in steps:
                if version in applied:
                    continue
                try:
                    with db.transaction():
                        db.execute(sql)
                        if version == _REMERGE_AFTER:  # the highest-value rule was replaced
                            self._remerge_all()
                        db.execute("INSERT INTO strikemap_migrations VALUES (%s, %s, %s)",
                                   (version, name, _now()))
                except self._errors as exc:
                    hint = ""
                    if "postgis" in str(exc).lower() or "extension" in str(exc).lower():
                        hint = ("; PostGIS must be installed on the server and the extension "
                                "created by its owner: CREATE EXTENSION postgis")
                    raise StoreError(f"{self.url}: cannot apply schema step {version} "
                                     f"({name}): {str(exc).strip()}{hint}") from exc
                log.info("%s: schema step %d (%s) applied", self.url, version, name)
        finally:
            if not self._db.closed:
                db.execute("SELECT pg_advisory_unlock(%s)", (_signed64(MIGRATION_LOCK),))

    def schema_version(self) -> int:
        """The newest schema step applied to this database."""
        return self._scalar("SELECT COALESCE(MAX(version), 0) FROM strikemap_migrations")

    # -- transactions ------------------------------------------------------------------------

    def _in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        if self._db.closed or self._db.broken:  # the server ended it
            return False
        return self._db.info.transaction_status != TransactionStatus.IDLE

    def _begin(self) -> None:
        """Start a write transaction holding the writer lock, waiting at most `write_wait`
        for another writer (reads never wait). Inside the caller's pipeline: the two
        statements go out with its first ones (`_busy` then tells a lock timeout)."""
        wait_ms = max(1, int(self.write_wait * 1000))  # 0 would mean wait for ever
        self._db.execute("BEGIN")
        self._db.execute("SELECT strikemap_writer_lock(%s, %s, %s)",
                         (wait_ms, _signed64(WRITER_LOCK), LOCK_TIMEOUT))

    def _busy(self, exc: BaseException) -> BaseException:
        """`StoreBusy` for a wait for the writer lock that timed out, else `exc`."""
        from psycopg import errors

        if isinstance(exc, errors.LockNotAvailable):
            return StoreBusy(f"{self.url}: another process is writing to the store (an "
                             f"ingest?); waited {self.write_wait:g} s")
        return exc

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """One article's writes in a transaction of its own, also inside a `batch`.

        Why not a batch's savepoints as on the GeoPackage: every write transaction holds the
        writer lock until it commits, so a batch transaction open for `commit_seconds` made
        every other writer wait that long, also while its own process was busy extracting
        the next articles (two ingest runs took turns). A commit here costs about what a
        savepoint does (commits do not wait for the log flush), so each article commits and
        the lock is held only while the article is written; a batch only groups the calls.

        The body runs in a pipeline (psycopg sends statements without waiting for results
        until one is read): begin, the writer lock and the commit ride along with the body's
        statements, no round trip of their own.
        """
        with self._lock:
            db = self._db
            try:
                with db.pipeline():
                    self._begin()
                    yield db
                    self._commit_statements()
            except BaseException as exc:
                self._rollback()
                busy = self._busy(exc)
                if busy is exc:
                    raise
                raise busy from exc
            self._dirty = False
            self._last_commit = time.monotonic()

    def _rollback(self) -> None:
        self._votes.clear()  # they may hold votes of rows rolled back
        if self._in_transaction():
            self._db.execute("ROLLBACK")
        self._dirty = False

    def _commit(self) -> None:
        """Commit (the end of a `batch`): the pending write too, and the writing thread
        stops (no thread is left while the caller forks worker processes between batches)."""
        try:
            self._flush()
        finally:
            if self._writer is not None and self._batch_seconds is None:
                self._writer.shutdown()
                self._writer = None
        if self._in_transaction():
            self._commit_statements()
        self._dirty = False
        self._last_commit = time.monotonic()

    def _commit_statements(self) -> None:
        """Bump the change counter when this transaction wrote (`version`), and commit."""
        if self._dirty:
            self._db.execute("UPDATE strikemap_state SET changes = changes + 1, "
                             "last_change = %s WHERE id = 1", (_now(),))
        self._db.execute("COMMIT")

    # -- reading -----------------------------------------------------------------------------

    def events_frame(self, *, date_from: date | str | None = None,
                     date_to: date | str | None = None) -> pd.DataFrame:
        """The event table (`geo.schema.EVENT_COLUMNS`) in the order events were first
        reported; with `date_from`/`date_to` (inclusive ISO dates) only the events dated in
        that range, filtered in SQL on the indexed `date` column (undated events left out).

        Read with `COPY ... TO STDOUT` and pandas' CSV parser (a few times faster than
        fetching rows for large tables), cached until the store changes; each call returns
        its own copy.
        """
        where, params = date_filter(date_from, date_to, self._param)
        with self._lock:
            key = (self._version(), where, tuple(params))
            if self._frame is None or self._frame[0] != key:
                self._frame = (key, self._read_events(where, params))
            return self._frame[1].copy()

    def _read_events(self, where: str, params: list[str]) -> pd.DataFrame:
        from psycopg import sql

        cols = ", ".join(_quoted(EVENT_COLUMNS))
        # COPY takes no bind parameters: the date bounds go in as quoted literals.
        query = sql.SQL(f"COPY (SELECT {cols} FROM events {where.replace('%s', '{}')} "
                        f"ORDER BY fid) TO STDOUT WITH (FORMAT csv, NULL '\\N')"
                        ).format(*map(sql.Literal, params))
        buf = io.BytesIO()
        with self._db.cursor() as cur, cur.copy(query) as copy:
            for chunk in copy:
                buf.write(chunk)
        buf.seek(0)
        if not buf.getbuffer().nbytes:
            return normalize_events(pd.DataFrame(columns=list(EVENT_COLUMNS)))
        frame = pd.read_csv(buf, header=None, names=list(EVENT_COLUMNS), na_values=["\\N"],
                            keep_default_na=False, engine="c", low_memory=False,
                            dtype={c: ("float64" if c in _NUMERIC else "str")
                                   for c in EVENT_COLUMNS})
        for col in EVENT_COLUMNS:  # the dtypes rows from SQLite get: all missing is object
            if col not in _NUMERIC and not frame[col].notna().any():
                frame[col] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
        return normalize_events(frame)

    def version(self) -> tuple[int, int]:
        """Changes whenever the stored data does: commits by anyone (a counter every write
        transaction bumps) and this object's own writes, committed or not."""
        with self._lock:
            return self._version()

    def _version(self) -> tuple[int, int]:
        return self._db.execute("SELECT changes FROM strikemap_state").fetchone()[0], self._writes

    # -- writing -----------------------------------------------------------------------------

    def add(self, extraction_doc: Mapping[str, Any] | Any, *, raw_text: str,
            dataset: str | None = None, fingerprint: Any = None,
            who: str | None = None) -> AddResult:
        """Store one extraction document and its text in one transaction; see
        `SQLiteStore.add` (the same rules, the same result; `who` recorded likewise)."""
        doc = prepare(extraction_doc, raw_text, dataset, fingerprint)
        if "\x00" in raw_text:  # PostgreSQL text cannot hold NUL
            raw_text = raw_text.replace("\x00", "\ufffd")
        with self._lock:
            return self._add(doc, raw_text, dataset, who, defer=True)

    def _add(self, doc: Prepared, raw_text: str, dataset: str | None, who: str | None, *,
             defer: bool) -> AddResult:
        """`add` of a prepared document; `defer`: inside a `batch`, the write may wait for
        the next article's lookups (`_add_checked`)."""
        article, fp, article_id, source, url = (doc.article, doc.fingerprint, doc.article_id,
                                                doc.source, doc.url)
        events = doc.events
        with self._lock:
            if self.optimistic:
                done = self._add_checked(doc, article, fp, article_id, source, url, raw_text,
                                         dataset, who, events, defer=defer)
                if done is not None:
                    return done
            self._flush()
            with self._transaction() as db:
                # Under the writer lock: every article committed before is visible now.
                plan = self._plan(db, doc, article, fp, article_id, url, raw_text, dataset,
                                  who, events, source)
                if isinstance(plan, tuple):  # the same text is stored: record its source
                    found_id, found_story = plan
                    new_source = self._add_source(found_id, source, who)
                    if url is not None:  # a copy with a link gives a stored one its link
                        db.execute("UPDATE articles SET url = %s WHERE id = %s AND url IS NULL",
                                   (url, found_id))
                        db.execute("UPDATE events SET url = %s WHERE article_id = %s "
                                   "AND url IS NULL", (url, found_id))
                    if new_source:
                        self._recount_sources(found_id)
                        self._wrote()
                    return AddResult("duplicate", found_id, found_story, new_source=new_source)
                db.execute("SELECT strikemap_add_article(%s::jsonb)", (plan.payload(),))
                self._writes += 1  # the function bumped the change counter
            return plan.committed()

    #: Whether `add` first plans an article without the writer lock (`_add_checked`).
    optimistic = True
    #: Events whose votes are kept (`_votes`); `add_batch` lifts it while a batch plans.
    _vote_limit = _VOTE_EVENTS

    def add_batch(self, items: Sequence[tuple[Any, str, str | None, Any, str | None]]
                  ) -> list[AddResult | Exception]:
        """`add` of each (document, raw text, dataset, fingerprint, who), in order: the same
        rows, written a batch at a time (two lookups, COPY, one events call, one commit:
        `geo.store_postgis_batch`); each article's result, or the error that kept it out.

        A batch is one transaction holding the writer lock from its lookups to its commit: a
        crash loses the batch (ingesting again restores it); a batch the server refuses is
        added again article by article, so a bad article fails alone."""
        from geo.store_postgis_batch import add_batch

        with self._lock:
            return add_batch(self, items)

    def _add_checked(self, doc: Prepared, article: Mapping[str, Any], fp: Any,
                     article_id: str, source: str | None, url: str | None, raw_text: str,
                     dataset: str | None, who: str | None,
                     events: _Events, *, defer: bool = False) -> AddResult | None:
        """Add a new article holding the writer lock only while the server writes it: the
        lookups and the client's decisions (which event each report joins, the merged
        figures) happen before the lock, and the write checks, under the lock, that nothing
        they depended on was committed since (`strikemap_add_article`'s check: no article
        with the same text, id or a shared near-copy band, no report on any of the events'
        place keys). None - nothing written - when that check fails or the text is already
        stored: `add` then does it all under the lock.

        Why: under the lock an article cost two round trips to the server, and each waits
        for the client process to be scheduled; with two writers on a busy machine the lock
        was mostly held by a process waiting for the CPU. Here it is held for the server's
        part of one round trip.

        Inside a `batch` (`defer`), the write is not waited for: a thread sends it on a
        connection of its own (`_Pending`) while `add` returns and the next article is looked
        up and planned on this one, so the server writes one article while the client plans
        the next (each on its own core). Its result is read before the next write is sent
        (writes stay in order); the next article's lookups wait for it when they could see
        it (a place key, the text, the id or a near-copy band in common: `_Pending.touches`).
        A write refused (another writer) or failed is added again on its own (`_settle`),
        and the next article planned anew.
        """
        db = self._db
        pending = self._pending
        if pending is not None and (not defer or pending.touches(doc, article_id)):
            self._flush()
            pending = None
        try:
            with db.pipeline():
                plan = self._plan(db, doc, article, fp, article_id, url, raw_text, dataset,
                                  who, events, source, check=True)
        except BaseException:
            self._votes.clear()  # they may hold the votes of merges not written
            raise
        if pending is not None and not self._settled(pending, before=True):
            # Planned as if that article were stored: plan again.
            return self._add_checked(doc, article, fp, article_id, source, url, raw_text,
                                     dataset, who, events, defer=defer)
        if isinstance(plan, tuple):
            return None
        # One statement, its own transaction (autocommit): the writer lock, the check, the
        # writes and the change counter, then the commit releases the lock.
        plan.doc["lock"] = {"wait_ms": max(1, int(self.write_wait * 1000)),
                            "key": _signed64(WRITER_LOCK), "after": LOCK_TIMEOUT}
        if defer and self._batch_seconds and _sendable(doc):
            payload = plan.payload()
            with suppress(UnicodeEncodeError):  # text the server cannot take: written now
                payload.encode("utf-8")
                self._pending = _Pending(
                    plan, self._send(payload),
                    functools.partial(self._add, doc, raw_text, dataset, who, defer=False),
                    frozenset(key for _ev, key, _s, _u in events),
                    frozenset(plan.doc["article"]["bands"] or ()))
                return plan.result
        try:
            done = db.execute(_WRITE, (plan.payload(),)).fetchone()[0]
        except BaseException as exc:
            self._votes.clear()
            busy = self._busy(exc)
            if busy is exc:
                raise
            raise busy from exc
        if not done:
            self._votes.clear()  # they hold the votes of merges not written
            return None
        self._writes += 1
        self._last_commit = time.monotonic()
        return plan.committed()

    def _send(self, payload: str) -> Any:
        """A write on the writing thread's connection (opened on first use): its future."""
        if self._writer is None:
            from concurrent.futures import ThreadPoolExecutor

            self._writer = ThreadPoolExecutor(1, thread_name_prefix="strikemap-write")
        return self._writer.submit(self._write, payload)

    def _write(self, payload: str) -> bool:
        """Run in the writing thread: the article's write, True if stored."""
        if self._wdb is None:
            self._wdb = self._new_connection()
        return self._wdb.execute(_WRITE, (payload,)).fetchone()[0]

    def _settled(self, pending: _Pending, *, before: bool = False) -> bool:
        """Wait for the `pending` write: True if stored, else (refused or failed) False once
        the article is added again on its own (`_settle`; `before`: see there)."""
        self._pending = None
        try:
            done = pending.future.result()
        except Exception as exc:  # the write's connection is dropped, a new one made
            wdb, self._wdb = self._wdb, None
            if wdb is not None:
                with suppress(Exception):
                    wdb.close()
            self._votes.clear()  # they may hold the votes of merges not written
            self._settle(pending, self._busy(exc), before=before)
            return False
        if not done:
            self._votes.clear()
            self._settle(pending, None, before=before)
            return False
        self._writes += 1
        self._last_commit = time.monotonic()
        pending.plan.committed()
        return True

    def _flush(self) -> None:
        """Wait for the pending article's write (`_Pending`): before anything else reads or
        writes, when a batch ends and on closing."""
        if self._pending is not None:
            self._settled(self._pending)

    def _settle(self, pending: _Pending, cause: BaseException | None, *,
                before: bool = False) -> None:
        """The `pending` write was refused by its check (another writer stored something
        it depended on: `cause` None) or failed: add that article again on its own, under
        the writer lock if need be. If that fails too, say which article was not stored
        (its `add` had returned); `before`: the article being added now was not stored
        either."""
        self._pending = None
        try:
            pending.redo()
        except self._errors as exc:
            if not self._lost(exc):
                raise self._settle_error(pending, exc, cause, before) from (cause or exc)
            # This connection is gone too (a server restart): the article stays pending, and
            # `_reconnecting` runs the call again on a new connection, which adds it.
            self._pending = pending
            raise
        except Exception as exc:
            raise self._settle_error(pending, exc, cause, before) from (cause or exc)

    def _settle_error(self, pending: _Pending, exc: BaseException,
                      cause: BaseException | None, before: bool) -> StoreError:
        """The error of a pending article that could not be stored (`_settle`)."""
        also = "; neither was the article after it" if before else ""
        why = (str(exc).strip().splitlines() or [""])[0]  # not the server's CONTEXT lines
        return StoreError(f"{self.url}: article {pending.plan.result.article_id} could not be "
                          f"stored ({type(exc).__name__}: {why}){also}; ingesting the same "
                          f"input again stores what is missing")

    def _plan(self, db: Any, doc: Prepared, article: Mapping[str, Any], fp: Any,
              article_id: str, url: str | None, raw_text: str, dataset: str | None,
              who: str | None, events: _Events, source: str | None, *,
              check: bool = False) -> _Plan | tuple[str, str]:
        """Look up what a new article's writes depend on and decide them: the stored
        article with the same text (id, story) if any, else the `_Plan`. `check`: the plan
        carries what the write must find unchanged (the newest article and report when the
        lookups ran, the article's near-copy bands and its events' place keys).

        The lookups (a duplicate, a taken id, every event's candidate events, the newest rows,
        the near-copy index's new rows) are one statement, one round trip (`_LOOKUP`).
        """
        origin = dataset or article_id
        asked, keys = _event_keys(events)
        kept = self._kept_votes(keys)
        near = fp.signature is not None
        # The near-copy index's new rows in the same statement: the same snapshot as
        # the horizon, and one statement less an article.
        found, id_taken, rows, articles_seen, reports_seen, sigs = db.execute(
            _LOOKUP_NEAR if near else _LOOKUP,
            (fp.content_key, article_id, asked, article_id, *kept, origin, article_id,
             *((self._stories_fid if self._stories is not None else 0,) * 2 if near else ()))
        ).fetchone()
        stories = self._story_index(_signature_rows(sigs)) if near else None
        if found is not None:
            return found[0], found[1]
        first_id = article_id
        if id_taken:
            article_id = hashlib.sha1(f"{article_id}:{fp.content_key}".encode()).hexdigest()
        story_id, similarity, near_id = self._story_of(stories, fp.signature, article_id)
        # Every event's candidates at once: an article's own writes cannot change another
        # of its events' candidates (events it touched carry its origin and are left out)
        # except that two of its events never join one event: `taken`.
        if story_id != first_id:  # a near-copy, or another article had the id
            rows = db.execute(f"SELECT {_CANDIDATES}",
                              (asked, story_id, *kept, origin, story_id)).fetchone()[0]
        candidates: list[list[Any]] = [[] for _ in events]
        for i, *row in rows or ():
            candidates[i].append(row)
        votes = dict(self._votes)  # as the lookup saw them (merging changes `_votes`)
        bands = None if fp.signature is None else band_keys(fp.signature)
        t = _text
        doc_out: dict[str, Any] = {
            "article": {
                "id": article_id, "content_key": fp.content_key, "story_id": story_id,
                "similarity": similarity, "dataset": dataset,
                "published": t(article.get("published")), "title": t(article.get("title")),
                "source": t(source), "added": _now(),
                "signature": None if fp.signature is None else bytes(fp.signature).hex(),
                "text": raw_text, "lang": t(article.get("lang")), "url": url,
                "added_by": t(who), "bands": bands},
            "source": {"source": t(source) or f"article:{article_id}", "added": _now(),
                       "added_by": t(who)},
            "events": []}
        if check:
            doc_out["check"] = {"articles": articles_seen, "reports": reports_seen,
                                "ids": [first_id, article_id],
                                "keys": sorted(keys)}
        added = merged = 0
        taken: set[int] = set()
        for i, (ev, key, ev_source, ev_url) in enumerate(events):
            is_new = self._add_report(article_id, story_id, origin, i, ev, article, key,
                                      ev_source, ev_url,
                                      candidates=candidates[i], taken=taken, votes=votes,
                                      items=doc_out["events"])
            added += is_new
            merged += not is_new
        return _Plan(doc_out, AddResult("new", article_id, story_id, added, merged, True,
                                        near_id), stories, fp.signature,
                     _mention_rows(doc.mentions))

    def add_correction(self, row: Mapping[str, Any]) -> bool:
        values = tuple(None if row.get(c) is None else _text(str(row[c]))
                       for c in CORRECTION_COLUMNS)
        with self._lock, self._transaction() as db:
            added = db.execute(
                f"INSERT INTO corrections ({', '.join(CORRECTION_COLUMNS)}) "
                f"VALUES ({', '.join(['%s'] * len(CORRECTION_COLUMNS))}) ON CONFLICT DO NOTHING "
                f"RETURNING 1", values).fetchone() is not None
            if added:
                self._wrote()
        return added

    def _wrote(self) -> None:
        self._dirty = True
        self._writes += 1

    def _story_index(self, rows: list[tuple[int, str, bytes]]) -> Any:
        """The near-copy index, brought up to date with `rows` (`_LOOKUP_NEAR`). Writers are
        serialised, so articles with signatures get increasing `fid`s in commit order and
        `fid >` the last one seen misses none."""
        if self._stories is None:
            from geo.dedup import StoryIndex

            self._stories, self._stories_fid = StoryIndex(), 0
        for fid, key, sig in rows:
            self._stories.add(key, bytes(sig))
            self._stories_fid = max(self._stories_fid, fid)
        return self._stories

    def _add_source(self, article_id: str, source: str | None, who: str | None = None) -> bool:
        cur = self._db.execute(
            "INSERT INTO article_sources (article_id, source, added, added_by) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING 1",
            (article_id, _text(source) or f"article:{article_id}", _now(), _text(who)))
        return cur.fetchone() is not None

    def _kept_votes(self, keys: set[str]) -> tuple[str, str]:
        """The events in `_votes` with one of the place `keys` (only those can be an
        article's candidates) and the last report read of each, as array literals (built
        once an article: psycopg dumps a list element by element)."""
        kept = [(fid, v[0]) for fid, v in self._votes.items() if v[2] in keys]
        return ("{" + ",".join(str(fid) for fid, _ in kept) + "}",
                "{" + ",".join(str(last) for _, last in kept) + "}")

    def _add_report(self, article_id: str, story_id: str, origin: str, index: int,
                    ev: Mapping[str, Any], article: Mapping[str, Any], key: str,
                    source: Any, url: str | None, *, candidates: list[list[Any]], taken: set[int],
                    votes: Mapping[int, tuple[int, dict[str, dict[str, int]], str]],
                    items: list[dict[str, Any]]) -> bool:
        """Attach one reported event to the best of its `candidates` (fid, date, same story,
        reports since the kept votes) not `taken` by another event of this article, or to a
        new event; True if new. Appends what to write to `items` (`strikemap_add_article`
        stores it; the same steps as `SQLiteStore._add_report`). `key`, `source`, `url`: the
        event's place key, source and link (`geo.store.prepare`)."""
        from geo import dedup
        from geo.merge_rule import merge_votes

        weapon = ev.get("weapon") or "unknown"
        if isinstance(source, str) and "\x00" in source:  # the link of the text stored
            source = _text(source)
            url = web_url(ev.get("url")) or web_url(article.get("url")) or web_url(source)
        raw = {f: _text(v) if isinstance(v, str) else v
               for f, v in zip(_EVENT_FIELDS, map(ev.get, _EVENT_FIELDS), strict=True)}
        raw["weapon"] = weapon
        raw["date"] = _text(_iso(ev.get("date")))
        figures = dedup.credible_figures(ev)
        report = {"article_id": article_id, "story_id": story_id, "origin": origin,
                  "report_id": _text(ev.get("id")), **raw, "source": source, "match_key": key,
                  "how": how_text(ev.get("how")) or None, "url": url}
        day = dedup.parse_date(ev.get("date"))

        def rank(row: list[Any]) -> tuple[int, int, int]:
            other = dedup.parse_date(row[1])
            gap = abs((other - day).days) if other and day else 99
            return (0 if row[2] else 1, gap, row[0])

        free = [row for row in candidates if row[0] not in taken]
        if not free:
            event_id = str(ev.get("id") or f"{article_id}:{index}")
            items.append({"new": {
                "event_id": event_id,
                "other_id": hashlib.sha1(f"{article_id}:{index}:{event_id}".encode()).hexdigest(),
                "values": {**raw, **figures}, "source": source,
                "title": _text(article.get("title")),
                "published": _text(article.get("published")), "match_key": key, "url": url,
                "report": report}})
            return True
        fid, _date, _same, since = min(free, key=rank)
        taken.add(fid)
        # The stories' votes (`geo.merge_rule`): kept from earlier merges, the reports stored
        # since, then this report's.
        last, by_figure, _key = votes.get(fid) or (0, {f: {} for f in FIGURES}, key)
        self._votes.pop(fid, None)
        for row in since or ():
            if row[0] <= last:  # folded by an earlier merge (a batch's event: its rows so far)
                continue
            for fig, value in dedup.credible_figures(dict(zip(FIGURES, row[2:],
                                                              strict=True))).items():
                if value is not None:
                    by_figure[fig].setdefault(str(row[1]), value)
            last = max(last, row[0])
        for fig, value in figures.items():
            if value is not None:
                by_figure[fig].setdefault(str(story_id), value)
        self._votes[fid] = (last, by_figure, key)  # this report is read again next time
        if len(self._votes) > self._vote_limit:
            self._votes.popitem(last=False)
        merged = merge_votes({fig: list(by_story.values())
                              for fig, by_story in by_figure.items()})
        items.append({"merge": {
            "fid": fid, "report": report, "figures": merged.figures,
            "disputed": merged.disputed_text, "date": raw["date"], "url": url,
            "has_point": ev.get("lat") is not None and ev.get("lon") is not None,
            "lat": ev.get("lat"), "lon": ev.get("lon")}})
        return False

    def _remerge(self, fid: int, *, extra_sql: str = "", extra: tuple[Any, ...] = ()) -> None:
        """Set an event's figures and `disputed` from its reports (`geo.merge_rule`)."""
        from geo import dedup
        from geo.merge_rule import merge_reports

        cur = self._db.execute(f"SELECT story_id, {', '.join(FIGURES)} FROM event_reports "
                               f"WHERE event_fid = %s ORDER BY fid", (fid,))
        names = [d.name for d in cur.description]
        reports = []
        for row in cur.fetchall():
            rep = dict(zip(names, row, strict=True))
            reports.append({"story_id": rep["story_id"], **dedup.credible_figures(rep)})
        merged = merge_reports(reports)
        sets = ", ".join(f"{f} = %s" for f in FIGURES)
        self._db.execute(f"UPDATE events SET {sets}, disputed = %s{extra_sql} WHERE fid = %s",
                         (*(merged.figures[f] for f in FIGURES), merged.disputed_text, *extra,
                          fid))

    def _remerge_all(self) -> int:
        """Merge the figures of every event with several reports again; the number of
        events (inside the caller's transaction)."""
        fids = [r[0] for r in self._db.execute("SELECT fid FROM events WHERE reports > 1")]
        for fid in fids:
            self._remerge(fid)
        return len(fids)

    def _add_event_sources(self, fid: int, article_id: str) -> None:
        self._db.execute(f"WITH {_NEW_SOURCES} UPDATE events SET sources = sources + "
                         f"(SELECT COUNT(*) FROM s) WHERE fid = %s", (fid, article_id, fid))

    def close(self) -> None:
        """Commit what a batch left open and close the connection (twice is harmless)."""
        with self._lock:
            if self._closed:
                return
            try:
                self._flush()
                if not self._db.closed and self._in_transaction():
                    self._commit()
            finally:
                if self._writer is not None:
                    self._writer.shutdown()
                    self._writer = None
                if self._wdb is not None:
                    self._wdb.close()
                self._db.close()
                self._closed = True
                self._stories = self._frame = None


@dataclass(slots=True)
class _Plan:
    """A new article's writes as decided by `PostGISStore._plan`, and what `add` returns."""

    doc: dict[str, Any]  # what strikemap_add_article takes, but its mentions
    result: AddResult
    stories: Any  # the near-copy index, or None
    signature: bytes | None
    mentions: str  # the mentions as JSON (`_mention_rows`)

    def payload(self) -> str:
        """The document as JSON text, the mentions' JSON put in as it is."""
        head = json.dumps(self.doc, ensure_ascii=False, default=_json_value)
        return f'{head[:-1]}, "mentions": {self.mentions}}}'

    def committed(self) -> AddResult:
        """The result, once the article is committed: only now may later articles be its
        near-copies."""
        if self.stories is not None:
            self.stories.add(self.result.article_id, self.signature)
        return self.result


@dataclass(slots=True)
class _Pending:
    """An article planned inside a `batch` whose write (the writer lock and the check
    included) a thread is sending (`future`: True if stored); `redo` adds it again on its own
    when the write was refused or failed; its events' place `keys` and near-copy `bands`."""

    plan: _Plan
    future: Any
    redo: Callable[[], AddResult]
    keys: frozenset[str]
    bands: frozenset[int]

    def touches(self, doc: Prepared, article_id: str) -> bool:
        """Whether the next article's lookups could see this one's write: the same text or
        id, a place key or a near-copy band in common. Otherwise they may run before it is
        stored: they cannot find it, and its rows leave their plan's check valid."""
        if doc.fingerprint.content_key == self.plan.doc["article"]["content_key"] or \
                article_id in self.plan.doc["check"]["ids"]:
            return True
        if any(key in self.keys for _ev, key, _s, _u in doc.events):
            return True
        signature = doc.fingerprint.signature
        return bool(self.bands) and signature is not None and \
            not self.bands.isdisjoint(band_keys(signature))


#: An article's write (schema steps 4-5's function), one statement.
_WRITE = "SELECT strikemap_add_article(%s::jsonb)"
#: The integer columns an article's write casts numbers to (figures, offsets, precision; a
#: mention's geonameid is a bigint). Positions were checked by `geo.store.prepare`.
_INT4 = 2**31 - 1
_EVENT_INTS = (*FIGURES, "geo_precision", "start", "end")
_MENTION_INTS = tuple(_MENTION_FIELDS.index(f) for f in ("start", "end"))
_GEONAMEID = _MENTION_FIELDS.index("geonameid")


def _sendable(doc: Prepared) -> bool:
    """Whether an article's write can only fail for reasons that would fail the next one
    too (the server, the connection, another writer), so it may be left pending
    (`_Pending`): every integer is a finite int or float its column holds. Others are
    written at once, where their error is theirs."""
    values = [ev.get(f) for ev, _key, _source, _url in doc.events for f in _EVENT_INTS]
    values += [m[i] for m in doc.mentions for i in _MENTION_INTS]
    for v in values:
        if v is not None and (type(v) not in (int, float) or not -_INT4 <= v <= _INT4):
            return False  # NaN fails the comparison too
    for m in doc.mentions:
        v = m[_GEONAMEID]
        if v is not None and (type(v) not in (int, float) or not -2**63 < v < 2**63):
            return False
    return True


def _reconnecting(method: Callable[..., Any]) -> Callable[..., Any]:
    """`method` run again once on a fresh connection when the server dropped the old one (a
    restart, a killed backend). Only for what may simply run again: reading, and writes that
    are idempotent (an article already stored is a duplicate the second time; a correction
    is stored once by its id). Each write is its own transaction, so a lost connection lost
    at most the one being written. A second loss, or no server within `reconnect_wait`, is
    a `StoreError` that says so. Every method but `add` first waits for a pending write
    (`PostGISStore._flush`): what it reads or writes comes after it."""

    flush = method.__name__ != "add"  # `add` settles a pending write itself

    def call(self: PostGISStore, *args: Any, **kwargs: Any) -> Any:
        if flush and not self._closed:
            self._flush()
        return method(self, *args, **kwargs)

    @functools.wraps(method)
    def run(self: PostGISStore, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if self._in_call or self._closed:  # the outermost call retries
                return call(self, *args, **kwargs)
            self._in_call = True
            try:
                try:
                    return call(self, *args, **kwargs)
                except self._errors as exc:
                    if not self._lost(exc):
                        raise
                    self._reopen(exc)
                try:
                    return call(self, *args, **kwargs)
                except self._errors as exc:
                    if not self._lost(exc):
                        raise
                    raise StoreError(f"{self.url}: lost the connection to the server again "
                                     f"({str(exc).strip()})") from exc
            finally:
                self._in_call = False

    return run


for _name in ("add", "add_batch", "add_correction", "events_frame", "version", "schema_version",
              "event_reports", "article", "article_sources", "content_keys", "corrections",
              "_scalar"):
    setattr(PostGISStore, _name, _reconnecting(getattr(PostGISStore, _name)))


def _text(value: Any) -> Any:
    """Text PostgreSQL accepts: NUL characters (which SQLite keeps) become U+FFFD."""
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\ufffd")
    return value


def _iso(value: Any) -> Any:
    """A date as the store keeps it: ISO text (date objects too), anything else as given."""
    return value.isoformat() if isinstance(value, date) else value


#: An article's events with their place keys, sources and links (`Prepared.events`).
_Events = tuple[tuple[Mapping[str, Any], str, Any, "str | None"], ...]

_REPORT_FIGURES = ", ".join(f"r.{f}" for f in FIGURES)
#: An event's new sources: the article's sources it lacks (parameters: event fid, article).
_NEW_SOURCES = ("s AS (INSERT INTO event_sources (event_fid, source) SELECT %s, source "
                "FROM article_sources WHERE article_id = %s ON CONFLICT DO NOTHING RETURNING 1)")
#: Every event's candidates in one query (the rule of `SQLiteStore._find_event`: same place
#: key and weapon, a date within the window or the same story, no report of the same origin),
#: each with the figures of its reports not yet in `_votes`, as JSON rows (event index, fid,
#: date, same story, reports since). Parameters: the events (`_event_keys`), the story, the
#: kept votes (`_kept_votes`), the origin, the story.
_CANDIDATES = (
    f"(SELECT json_agg(json_build_array(q.i, c.fid, c.date, c.same_story, c.since)) "
    f"FROM jsonb_to_recordset(%s::jsonb) AS q(i integer, key text, weapon text, lo text, "
    f"  hi text), "
    f"(SELECT %s::text AS story, %s::bigint[] AS kev, %s::bigint[] AS klast, "
    f"  %s::text AS origin, %s::text AS story2) AS p "
    f"CROSS JOIN LATERAL (SELECT e.fid, e.date, EXISTS (SELECT 1 FROM event_reports r "
    f"  WHERE r.event_fid = e.fid AND r.story_id = p.story) AS same_story, "
    f"  (SELECT json_agg(json_build_array(r.fid, r.story_id, {_REPORT_FIGURES}) ORDER BY r.fid) "
    f"   FROM event_reports r WHERE r.event_fid = e.fid "
    f"   AND r.fid > COALESCE(p.klast[array_position(p.kev, e.fid)], 0)) AS since "
    f"  FROM events e WHERE e.match_key = q.key AND e.weapon = q.weapon "
    f"  AND NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_fid = e.fid "
    f"    AND r.origin = p.origin) "
    f"  AND ((e.date BETWEEN q.lo AND q.hi) OR e.fid IN (SELECT r.event_fid "
    f"    FROM event_reports r WHERE r.story_id = p.story2 AND r.match_key = q.key))) c)")


#: Row numbers a store's tables never outgrow: the near-copy index's new rows are asked as a
#: range `fid BETWEEN last + 1 AND last + _FID_SPAN`, which a generic plan
#: (`PostGISStore._new_connection`) reads through the primary key (`fid > last` alone is
#: estimated at a third of the table: a sequential scan once the table is large).
_FID_SPAN = 10**15
#: An article's lookups (`PostGISStore._plan`): the stored article with its text, whether its
#: id is taken, every event's candidates (`_CANDIDATES`), the newest article and report, and
#: (`_LOOKUP_NEAR`) the articles with signatures since the near-copy index last read (fid,
#: id, signature as hex: `_signature_rows`), else NULL.
_LOOKUP = (f"SELECT (SELECT json_build_array(id, story_id) FROM articles WHERE content_key = %s), "
           f"EXISTS (SELECT 1 FROM articles WHERE id = %s), {_CANDIDATES}, "
           f"(SELECT COALESCE(MAX(fid), 0) FROM articles), "
           f"(SELECT COALESCE(MAX(fid), 0) FROM event_reports)")
_LOOKUP_NEAR = (f"{_LOOKUP}, (SELECT json_agg(json_build_array(fid, id, encode(signature, 'hex')) "
                f"ORDER BY fid) FROM articles WHERE fid BETWEEN %s + 1 AND %s + {_FID_SPAN} "
                f"AND signature IS NOT NULL)")
_LOOKUP += ", NULL::json"


def _signature_rows(rows: list[list[Any]] | None) -> list[tuple[int, str, bytes]]:
    """`_LOOKUP_NEAR`'s new signatures as `_story_index` takes them."""
    return [(fid, key, bytes.fromhex(sig)) for fid, key, sig in rows or ()]


def _event_keys(events: _Events) -> tuple[str, set[str]]:
    """The events' place keys, weapons and date windows, as JSON for `_CANDIDATES`, and the
    set of place keys."""
    from geo import dedup

    rows = []
    for i, (ev, key, _source, _url) in enumerate(events):
        lo, hi = dedup.date_window(ev.get("date")) or (None, None)
        rows.append({"i": i, "key": key, "weapon": ev.get("weapon") or "unknown",
                     "lo": lo, "hi": hi})
    return json.dumps(rows, ensure_ascii=False), {r["key"] for r in rows}


#: The near-copy index's banding (`geo.dedup.StoryIndex`: bands of rows of the signature's
#: 64-bit values); a test keeps them equal.
BANDS, ROWS = 25, 5


def band_keys(signature: bytes) -> list[int]:
    """A key (signed 64-bit) for each band of a signature, for `articles.bands`: two
    signatures with one band alike - what makes them near-copy candidates - share its key.
    A hash of the band's position and bytes, so any Strikemap version gives the same keys."""
    width = ROWS * 8
    return [int.from_bytes(hashlib.blake2b(bytes([j]) + signature[j * width:(j + 1) * width],
                                           digest_size=8).digest(), "big", signed=True)
            for j in range(BANDS)]


def _mention_rows(mentions: tuple[tuple[Any, ...], ...]) -> str:
    """An article's mentions (`Prepared.mentions` rows, `_MENTION_FIELDS` order) as
    `strikemap_add_article` takes them: JSON, each mention an array of its values (schema step
    5), `in_ukraine` a boolean, text without NUL characters (`_text`)."""
    flag = _MENTION_FIELDS.index("in_ukraine")
    rows = [m if m[flag] is None or type(m[flag]) is bool
            else (*m[:flag], bool(m[flag]), *m[flag + 1:]) for m in mentions]
    text = json.dumps(rows, ensure_ascii=False, default=_json_value)
    if "\\u0000" in text:  # a NUL (or a text that spells one out): replaced, value by value
        text = json.dumps([[_text(v) for v in m] for m in rows], ensure_ascii=False,
                          default=_json_value)
    return text


def _json_value(value: Any) -> Any:
    """What `json.dumps` cannot write: dates as ISO text, bytes as hex, numbers from numpy or
    Decimal as numbers, anything else as its text (a text column gets what psycopg sent)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)
