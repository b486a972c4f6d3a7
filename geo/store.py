"""The embedded store: articles, mentions and merged strike events in one GeoPackage file.

Why a GeoPackage: it is an SQLite file (no server, one file to copy or mail) that QGIS and GDAL
open as a map layer. `events` is a GeoPackage feature table (point geometry in EPSG:4326,
written as standard GeoPackage geometry blobs); `articles` and `event_reports` are registered
attribute tables; the other tables are plain SQLite beside them. There is no R-tree index: its
triggers need SpatiaLite functions plain `sqlite3` lacks, and QGIS builds one when asked.

Everything goes through `open_store(url)`: `sqlite:///path/to/file.gpkg` (or a bare path) for
this file, `postgresql://user@host/db` for the shared PostGIS store (`geo.store_postgis`), behind
the same `Store` methods, without touching callers.

Each `Store.add` is one transaction (`BEGIN IMMEDIATE` ... `COMMIT`): if anything fails the
article, its mentions, its reports and the figures they changed roll back together, so a crash
mid-batch leaves the store as it was before that article. WAL journalling with
`synchronous=NORMAL` keeps a commit cheap (no fsync per article) while staying atomic; a power
loss may cost the last commits, never consistency. `Store.batch` trades a little of that
durability for speed: articles stay atomic (savepoints) but commit a few hundred at a time.

Deduplication rules (same article, near-copies, same strike, figure policy) live in
`geo.dedup`; this module applies them, and `geo.merge_rule` for an event's figures. Merging
costs a constant number of indexed statements per report (the new report's votes added to
those the store keeps, `event_sources` for the distinct sources) and a sort of the event's
votes (`benchmarks/bench_merge.py`).
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import math
import os
import re
import sqlite3
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Self

import pandas as pd

from geo import dedup
from geo.event_table import normalize_events
from geo.merge_rule import Merged, median_vote, merge_votes
from geo.schema import EVENT_COLUMNS, FIGURES, how_text, web_url

log = logging.getLogger(__name__)

#: Environment variable holding the store URL.
ENV_VAR = "STRIKEMAP_DB"
#: Where the store lives unless `STRIKEMAP_DB` or an explicit URL says otherwise (outside the
#: repository, in the user's data folder).
DEFAULT_URL = "sqlite:///~/.local/share/strikemap/strikemap.gpkg"
#: Version of the schema below, kept in `strikemap_meta`.
SCHEMA_VERSION = 6
#: What brings a store of an older version up to the next one, applied in order on opening.
_MIGRATIONS: dict[int, str] = {
    # 3: the article's language and how each report's figures were obtained
    2: "ALTER TABLE articles ADD COLUMN lang TEXT; ALTER TABLE event_reports ADD COLUMN how TEXT;",
    # 4: each report's web address (sources that were http(s) links become it)
    3: "".join(f"ALTER TABLE {t} ADD COLUMN url TEXT; UPDATE {t} SET url = source "
               f"WHERE source LIKE 'http://%' OR source LIKE 'https://%';"
               for t in ("articles", "events", "event_reports")),
    # 5: the corrections log (created by _SCHEMA's CREATE ... IF NOT EXISTS, run after this)
    4: "",
    # 6: who added each article and source; which figures an event's stories disagree on
    # (its figures are then merged again by `geo.merge_rule`: `SQLiteStore._remerge_all`)
    5: "ALTER TABLE articles ADD COLUMN added_by TEXT; "
       "ALTER TABLE article_sources ADD COLUMN added_by TEXT; "
       "ALTER TABLE events ADD COLUMN disputed TEXT;",
}

#: Events whose stories' votes a store keeps between merges (`SQLiteStore._remerge`).
_VOTE_EVENTS = 4096
#: Place keys and weapons whose dated events a store keeps for `SQLiteStore._find_event`.
_PLACE_KEYS = 4096
#: A date SQLite stores as the text it is given in the events' `date` column (NUMERIC
#: affinity would turn text that reads as a number into one): `SQLiteStore._by_place`.
_TEXT_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Above every fid: `_by_place`'s upper bound of a date's entries.
_ANY_FID = 1 << 62

_GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
_GPKG_USER_VERSION = 10400  # GeoPackage 1.4
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AUTHORITY["EPSG","4326"]]'
)
# GeoPackage geometry header: magic, version 0, flags (little-endian, no envelope), SRS id.
_GP_HEADER = struct.pack("<2sBBi", b"GP", 0, 0b00000001, 4326)

#: The mentions' index, which a backfill builds at its end (`SQLiteStore.batch`).
_MENTIONS_INDEX = "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id)"

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
   'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
   'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{_WGS84_WKT}',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE IF NOT EXISTS gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));

CREATE TABLE IF NOT EXISTS strikemap_meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS articles (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  content_key TEXT NOT NULL UNIQUE,
  story_id TEXT NOT NULL,
  similarity DOUBLE,
  dataset TEXT,
  published TEXT,
  title TEXT,
  source TEXT,
  added TEXT NOT NULL,
  signature BLOB,
  text TEXT NOT NULL,
  lang TEXT,
  url TEXT,
  added_by TEXT);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);

CREATE TABLE IF NOT EXISTS article_sources (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id),
  source TEXT NOT NULL,
  added TEXT NOT NULL,
  added_by TEXT,
  UNIQUE (article_id, source));

CREATE TABLE IF NOT EXISTS mentions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id),
  text TEXT, start INTEGER, "end" INTEGER, name TEXT, kind TEXT, geonameid INTEGER,
  lat DOUBLE, lon DOUBLE, oblast TEXT, oblast_iso TEXT, in_ukraine BOOLEAN, role TEXT);
{_MENTIONS_INDEX};

CREATE TABLE IF NOT EXISTS events (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  id TEXT NOT NULL UNIQUE,
  date DATE, place TEXT, place_kind TEXT, lat DOUBLE, lon DOUBLE, oblast TEXT, oblast_iso TEXT,
  geo_precision INTEGER, weapon TEXT,
  drones INTEGER, drones_downed INTEGER, missiles INTEGER, missiles_downed INTEGER,
  killed INTEGER, injured INTEGER,
  sentence TEXT, start INTEGER, "end" INTEGER,
  article_id TEXT, source TEXT, title TEXT, published TEXT,
  sources INTEGER NOT NULL DEFAULT 1,
  reports INTEGER NOT NULL DEFAULT 1,
  match_key TEXT NOT NULL,
  url TEXT,
  disputed TEXT);
CREATE INDEX IF NOT EXISTS events_match ON events(match_key, weapon, date);

CREATE TABLE IF NOT EXISTS event_reports (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  event_fid INTEGER NOT NULL REFERENCES events(fid),
  article_id TEXT NOT NULL REFERENCES articles(id),
  story_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  report_id TEXT,
  date DATE, place TEXT, place_kind TEXT, lat DOUBLE, lon DOUBLE, oblast TEXT, oblast_iso TEXT,
  geo_precision INTEGER, weapon TEXT,
  drones INTEGER, drones_downed INTEGER, missiles INTEGER, missiles_downed INTEGER,
  killed INTEGER, injured INTEGER,
  sentence TEXT, start INTEGER, "end" INTEGER,
  source TEXT, match_key TEXT NOT NULL,
  how TEXT,
  url TEXT);
CREATE INDEX IF NOT EXISTS event_reports_event ON event_reports(event_fid, origin);
CREATE INDEX IF NOT EXISTS event_reports_event_story ON event_reports(event_fid, story_id);
CREATE INDEX IF NOT EXISTS event_reports_story ON event_reports(story_id, match_key);
CREATE INDEX IF NOT EXISTS event_reports_article ON event_reports(article_id);

CREATE TABLE IF NOT EXISTS event_sources (
  event_fid INTEGER NOT NULL REFERENCES events(fid),
  source TEXT NOT NULL,
  PRIMARY KEY (event_fid, source)) WITHOUT ROWID;

-- Reviewers' corrections, append-only (geo.corrections explains the columns and the event
-- reference; event/old_value/new_value are JSON text). Never updated or deleted.
CREATE TABLE IF NOT EXISTS corrections (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  event TEXT NOT NULL,
  event_id TEXT,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  who TEXT NOT NULL,
  at TEXT NOT NULL,
  reason TEXT);
CREATE TRIGGER IF NOT EXISTS corrections_no_update BEFORE UPDATE ON corrections
  BEGIN SELECT RAISE(ABORT, 'the corrections log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS corrections_no_delete BEFORE DELETE ON corrections
  BEGIN SELECT RAISE(ABORT, 'the corrections log is append-only'); END;

INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('events', 'features', 'events', 'Strike events merged from reports', 4326),
         ('corrections', 'attributes', 'corrections',
          'Corrections by reviewers, append-only', NULL),
         ('articles', 'attributes', 'articles', 'Ingested articles and dataset rows', NULL),
         ('event_reports', 'attributes', 'event_reports',
          'Every report behind each event, with its own figures', NULL);
INSERT OR IGNORE INTO gpkg_geometry_columns VALUES ('events', 'geom', 'POINT', 4326, 0, 0);
"""

#: The corrections log's columns, in order (`Store.add_correction`, `Store.corrections`).
CORRECTION_COLUMNS: tuple[str, ...] = ("id", "event", "event_id", "action", "field", "old_value",
                                       "new_value", "who", "at", "reason")

_EVENT_FIELDS = ("date", "place", "place_kind", "lat", "lon", "oblast", "oblast_iso",
                 "geo_precision", "weapon", *FIGURES, "sentence", "start", "end")
_MENTION_FIELDS = ("text", "start", "end", "name", "kind", "geonameid", "lat", "lon", "oblast",
                   "oblast_iso", "in_ukraine", "role")
_FIELD_INDEX = {f: i for i, f in enumerate(_EVENT_FIELDS)}
_WEAPON = _FIELD_INDEX["weapon"]
_DATE = _FIELD_INDEX["date"]
#: Mentions written by one INSERT at most (`SQLiteStore._insert_mentions`): 13 values a row,
#: under SQLite's oldest limit of 999 parameters a statement.
_MENTION_ROWS = 64


@lru_cache(maxsize=_MENTION_ROWS)
def _insert_mentions_sql(rows: int) -> str:
    """INSERT of `rows` mentions (article id and `_MENTION_FIELDS` each), one SQL text per row
    count (sqlite3 keeps each one prepared). The article id is bound once, as ?1, for every
    row; then each row's values in turn (`SQLiteStore._insert_mentions`)."""
    width = len(_MENTION_FIELDS)
    values = ", ".join(
        "(?1, " + ", ".join(f"?{2 + r * width + i}" for i in range(width)) + ")"
        for r in range(rows))
    return (f"INSERT INTO mentions (article_id, {', '.join(_quoted(_MENTION_FIELDS))}) "
            f"VALUES {values}")


# sqlite3 binds an int, float, str or bytearray directly, but looks up an adapter for any other
# parameter: for None and bool that lookup failed through a formatted AttributeError (~0.3 us a
# parameter; a news report's writes bind ~140 of them: 40 us of the ingest writer's CPU, issue
# 16). Adapters that give the value sqlite3 bound anyway make it a dict hit: None stays NULL,
# a bool becomes the integer 0 or 1 that sqlite3 stored for it (tests/test_ingest_speed.py).
# None's adapter is an empty dict's `get` (None for any value), a call in C: a Python function
# cost a frame for each of the ~110 None a report binds (~0.05 M instructions a report).
sqlite3.register_adapter(type(None), {}.get)
sqlite3.register_adapter(bool, int)

#: A value that binds as NULL without the adapter lookup above: sqlite3 binds a float
#: directly (`sqlite3_bind_double`), and SQLite stores a NaN as NULL, in any column and
#: expression (tests/test_ingest_speed.py). Even through `{}.get` the lookup costs ~1,270
#: instructions a value (a key tuple built, a dict searched, a call); a news report's writes
#: bound ~140 None and bools: ~0.18 M of the writer's ~1.9 M instructions (issue 16). The
#: GeoPackage writer's statements with the most of them bind this instead (`_mention_params`,
#: `_nulls_as_nan`); PostgreSQL would store a NaN as it is, so the PostGIS store never sees it.
_NULL = math.nan
_NULL2 = (_NULL, _NULL)
_NULL4 = (_NULL, _NULL, _NULL, _NULL)


def _nulls_as_nan(values: Any) -> list[Any]:
    """`values` with each None as `_NULL` (stored alike, bound without an adapter)."""
    return [_NULL if v is None else v for v in values]


def _mention_params(article_id: str, rows: tuple[tuple[Any, ...], ...]) -> list[Any]:
    """The parameters of `_insert_mentions_sql(len(rows))`: the article id, then each
    mention row's values with its Nones as `_NULL` and its `in_ukraine` an integer - the
    stored rows are the same, and the ~80 None and ~25 bools of a news report's ~25 mentions
    bind without sqlite3's adapter lookup (~0.13 M instructions a report, issue 16). A
    mention without a position has no oblast either (18 of 25 a news report), one with a
    position often has none (3): those shapes are taken whole; other Nones (rare: a
    geonameid) go through the adapter as before."""
    vals: list[Any] = [article_id]
    ext = vals.extend
    for r in rows:
        if r[8] is None and r[9] is None:  # no oblast
            if r[6] is None and r[7] is None:  # nor a position
                ext(r[:6])
                ext(_NULL4)
            else:
                ext(r[:8])
                ext(_NULL2)
        else:
            ext(r[:10])
        x = r[10]  # in_ukraine, then role: the row's last field (`_MENTION_FIELDS`), taken
        ext((1 if x is True else 0 if x is False else x, r[11]))  # as it is, not by a slice
    return vals

#: The rest of a merge's UPDATE (`SQLiteStore._merge_into`): for an event with a date, and
#: for one without (filled from the report's, if it has one).
_MERGE_DATED = (", reports = reports + 1, url = COALESCE(url, ?), sources = sources + ?, "
                "lon = CASE WHEN lat IS NULL AND ? THEN ? ELSE lon END, "
                "geom = CASE WHEN lat IS NULL AND ? THEN ? ELSE geom END, "
                "lat = CASE WHEN lat IS NULL AND ? THEN ? ELSE lat END")
_MERGE_UNDATED = ", date = COALESCE(date, ?)" + _MERGE_DATED
#: The figures' assignments of `SQLiteStore._remerge`'s UPDATE.
_SET_FIGURES = ", ".join(f"{f} = ?" for f in FIGURES)
#: A report's figures (`_add_report`: in `FIGURES` order) when it gives none.
_NO_FIGURES = (None,) * len(FIGURES)
#: An article's INSERT (`Store._insert_article`), per backend's parameter mark. SQLite's
#: takes the text as given or as its UTF-8 bytes (`SQLiteStore.utf8_text`): a BLOB cast to
#: TEXT is the same bytes as text, so the same value is stored either way.
_INSERT_ARTICLE = {
    mark: ("INSERT INTO articles (id, content_key, story_id, similarity, dataset, "
           "published, title, source, added, signature, text, lang, url, added_by) "
           f"VALUES ({', '.join([mark] * 10)}, {text}, {', '.join([mark] * 3)})")
    for mark, text in (("?", "CAST(? AS TEXT)"), ("%s", "%s"))}
#: The GeoPackage store's per-report statements, built once.
_INSERT_EVENT = (
    f'INSERT INTO events (geom, id, {", ".join(f"{chr(34)}{n}{chr(34)}" for n in _EVENT_FIELDS)}, '
    f"article_id, source, title, published, sources, reports, match_key, url) "
    f"VALUES (?, ?, {', '.join('?' * len(_EVENT_FIELDS))}, ?, ?, ?, ?, 1, 1, ?, ?)")
_INSERT_REPORT = (
    f"INSERT INTO event_reports (event_fid, article_id, story_id, origin, report_id, "
    f"{', '.join(f'{chr(34)}{n}{chr(34)}' for n in _EVENT_FIELDS)}, source, match_key, how, url) "
    f"VALUES (?, ?, ?, ?, ?, {', '.join('?' * len(_EVENT_FIELDS))}, ?, ?, ?, ?)")


class StoreError(RuntimeError):
    """A store that cannot be opened or written; the message says why."""


class StoreBusy(StoreError):
    """A write that could not start within `Store.write_wait`: another writer (a long ingest)
    holds the store. Nothing was written; trying again later may succeed."""


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one `Store.add` did.

    `status` is "new" (article stored) or "duplicate" (same text already stored; its source is
    recorded if new, `new_source`). `near_copy_of` names the stored article this one is a
    near-copy of (same `story_id`). `events_added` counts new events, `events_merged` reports
    that joined an existing event.
    """

    status: str
    article_id: str
    story_id: str
    events_added: int = 0
    events_merged: int = 0
    new_source: bool = False
    near_copy_of: str | None = None


def default_url() -> str:
    """The store URL: `$STRIKEMAP_DB` if set, else `DEFAULT_URL`."""
    return os.environ.get(ENV_VAR) or DEFAULT_URL


def open_store(url: str | None = None) -> Store:
    """Open (creating if needed) the store at `url` (`sqlite:///path`, a bare path, or None for
    `default_url()`).

    Raises
    ------
    StoreError
        For an unsupported scheme, a file that cannot be opened as a store, or a PostgreSQL
        database that cannot be reached or migrated (`geo.store_postgis`).
    """
    url = url or default_url()
    scheme, sep, rest = url.partition("://")
    if not sep:
        return SQLiteStore(Path(url).expanduser(), url=url)
    scheme = scheme.lower()
    if scheme in ("sqlite", "gpkg", "geopackage"):
        path = rest[1:] if rest.startswith("/") else rest
        if path in ("", ":memory:"):
            return SQLiteStore(None, url=url)
        return SQLiteStore(Path(path).expanduser(), url=url)
    if scheme.split("+")[0] in ("postgresql", "postgres", "postgis"):
        from geo.store_postgis import PostGISStore  # deferred: psycopg is an optional extra

        return PostGISStore(url)
    raise StoreError(f"{url}: unsupported store URL scheme {scheme!r}; "
                     f"use sqlite:///path/to/strikemap.gpkg or postgresql://host/db")


def _now() -> str:
    """The time in UTC as YYYY-MM-DDTHH:MM:SS.ffffffZ (`_stamp`): every article stores two."""
    return _stamp(time.time_ns())


#: The second `_stamp` last wrote and its text up to the fraction (one tuple: threads read
#: both at once; a true pair from the start, so no time, even before 1970, is given another's).
_SECOND: tuple[int, str] = (0, "1970-01-01T00:00:00")


def _stamp(ns: int) -> str:
    """The time `ns` nanoseconds after the epoch in UTC as YYYY-MM-DDTHH:MM:SS.ffffffZ (the
    microseconds cut, not rounded). The date and time of day are formatted once a second:
    `datetime.now(UTC).replace(tzinfo=None).isoformat(...)` cost ~24 k instructions a call
    (a zone-aware time made, converted and copied; two an article, in either store's
    writer), now ~6.6 k (issue 16)."""
    global _SECOND
    second, fraction = divmod(ns // 1000, 1_000_000)
    known, head = _SECOND
    if second != known:
        head = datetime.fromtimestamp(second, UTC).replace(tzinfo=None).isoformat()
        _SECOND = (second, head)
    return f"{head}.{fraction:06d}Z"


def check_position(lat: Any, lon: Any, what: str = "event") -> None:
    """Raise `StoreError` unless each of lat, lon is missing (None) or on the globe: a finite
    number, latitude within -90..90, longitude within -180..180."""
    for name, value, bound in (("latitude", lat, 90.0), ("longitude", lon, 180.0)):
        if value is None:
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise StoreError(f"{what}: {name} {value!r} is not a number") from None
        if not math.isfinite(number) or abs(number) > bound:
            raise StoreError(f"{what}: {name} {value!r} is outside -{bound:g}..{bound:g}; "
                             f"not stored")


def date_bounds(date_from: date | str | None,
                date_to: date | str | None) -> tuple[str | None, str | None]:
    """An inclusive date range as ISO bounds on the stored date text: `date >= lo` and
    `date < hi` (the day after `date_to`, so a date with a time of day counts too)."""

    def day(value: date | str) -> date:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            raise StoreError(f"{value!r} is not a date (YYYY-MM-DD)") from None

    lo = None if date_from is None else day(date_from).isoformat()
    hi = None if date_to is None else (day(date_to) + timedelta(days=1)).isoformat()
    if lo is None and hi is not None:
        lo = "0000-00-00"  # below every ISO date, above '': a filter leaves undated out
    return lo, hi


def date_filter(date_from: date | str | None, date_to: date | str | None,
                param: str) -> tuple[str, list[str]]:
    """A WHERE clause (or "") over the ISO `date` text for an inclusive date range
    (`date_bounds`) and its parameters, `param` being the driver's placeholder."""
    lo, hi = date_bounds(date_from, date_to)
    clauses = [f"date {op} {param}" for op, bound in ((">=", lo), ("<", hi)) if bound]
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), [b for b in (lo, hi) if b]


def _gpkg_point(lon: Any, lat: Any) -> bytes | None:
    """A GeoPackage point blob (header + little-endian WKB), or None without coordinates."""
    try:
        x, y = float(lon), float(lat)
    except (TypeError, ValueError):
        return None
    if math.isnan(x) or math.isnan(y):
        return None
    return _GP_HEADER + struct.pack("<BIdd", 1, 1, x, y)


def web_link(value: Any) -> str | None:
    """`geo.schema.web_url`, a text that cannot be a web link (a file name: most sources of a
    batch) turned away by its first letters: a link's scheme, http or https, starts it."""
    if isinstance(value, str) and value.lstrip()[:4].lower() != "http":
        return None
    return web_url(value)


@dataclass(frozen=True, slots=True)
class Prepared:
    """An extraction document made ready to store (`prepare`), by either backend's `add`.

    Why: everything here depends on the document alone, so batch ingest computes it in its
    worker processes (`extract.ingest`) and the writing process only decides and writes.
    Compact to pickle: the mentions are rows, not dicts.
    """

    article: dict[str, Any]
    fingerprint: Any
    article_id: str
    source: str | None
    url: str | None
    #: Each mention's values in `_MENTION_FIELDS` order.
    mentions: tuple[tuple[Any, ...], ...]
    #: Each event with its place key (`geo.dedup.match_key`), source and link.
    events: tuple[tuple[Mapping[str, Any], str, Any, str | None], ...]

    def __reduce__(self) -> tuple[Any, ...]:
        # Its fields, in order: a dataclass pickles its state through `fields()` (~3 µs each way).
        return (type(self), (self.article, self.fingerprint, self.article_id, self.source,
                             self.url, self.mentions, self.events))


def prepare(extraction_doc: Mapping[str, Any] | Any, raw_text: str, dataset: str | None = None,
            fingerprint: Any = None) -> Prepared:
    """What `Store.add` works from, for either backend: the document, its article, the
    fingerprint (computed here unless given), the article's id, source and link, its mention
    rows and its events' place keys, sources and links; positions checked before anything is
    written (`StoreError`). A pure function of its arguments."""
    if isinstance(extraction_doc, Prepared):
        return extraction_doc
    if isinstance(raw_text, bytes):  # its UTF-8 (`SQLiteStore.utf8_text`)
        raw_text = raw_text.decode("utf-8")
    doc = extraction_doc.to_dict() if hasattr(extraction_doc, "to_dict") else extraction_doc
    article = dict(doc.get("article") or {})
    fp = fingerprint or dedup.Fingerprint.of(raw_text, near=dataset is None)
    article_id = str(article.get("id") or hashlib.sha1(raw_text.encode("utf-8")).hexdigest())
    source = article.get("source") or None
    links: dict[str, str | None] = {}  # web_url of each text once: the article's source and
                                       # link recur in every event

    def link(value: Any) -> str | None:
        if not isinstance(value, str):
            return web_url(value)
        if value not in links:
            links[value] = web_link(value)
        return links[value]

    article_url = link(article.get("url"))
    url = article_url or link(source)
    events = []
    for ev in doc.get("events") or ():
        check_position(ev.get("lat"), ev.get("lon"), f"event {ev.get('id') or ''}".strip())
        ev_source = ev.get("source") or article.get("source")
        events.append((ev, dedup.match_key(ev), ev_source,
                       link(ev.get("url")) or article_url or link(ev_source)))
    mentions = _mention_rows(doc.get("mentions") or ())
    for row in mentions:
        lat, lon = row[6], row[7]
        if not ((lat is None or (type(lat) is float and -90.0 <= lat <= 90.0))
                and (lon is None or (type(lon) is float and -180.0 <= lon <= 180.0))):
            check_position(lat, lon, f"mention {row[0] or ''}".strip())
    return Prepared(article, fp, article_id, source, url, mentions, tuple(events))


#: Per named-tuple type of mention record: what takes its `_MENTION_FIELDS` out in order.
_MENTION_GETTERS: dict[type, Any] = {}


def _mention_rows(mentions: Any) -> tuple[tuple[Any, ...], ...]:
    """Each mention's `_mention_row`: the extractor's mentions, all of one named-tuple type
    already seen, through its getter in one `map` (no per-mention type test: ~10 us a
    report of 26 mentions, in the workers)."""
    ms = mentions if isinstance(mentions, (tuple, list)) else tuple(mentions)
    getter = _MENTION_GETTERS.get(first := type(ms[0])) if ms else None
    if getter is not None and set(map(type, ms)) == {first}:  # in C, not a generator's steps
        return tuple(map(getter, ms))
    return tuple(map(_mention_row, ms))


def _mention_row(m: Any) -> tuple[Any, ...]:
    """A mention's values in `_MENTION_FIELDS` order, from its dict or, straight from the
    extractor, its named tuple (`extract.model.Mention`: no dict made and read back)."""
    if isinstance(m, Mapping):
        return tuple(map(m.get, _MENTION_FIELDS))
    getter = _MENTION_GETTERS.get(type(m))
    if getter is None:
        fields = getattr(m, "_fields", ())
        if not all(f in fields for f in _MENTION_FIELDS):
            return tuple(map(m._asdict().get, _MENTION_FIELDS))
        getter = _MENTION_GETTERS[type(m)] = itemgetter(*map(fields.index, _MENTION_FIELDS))
    return getter(m)


class Store:
    """What every store offers (callers use only these); `SQLiteStore` is the embedded one,
    a PostGIS store would be another subclass returned by `open_store`."""

    url: str
    #: Whether `add` takes the text as its UTF-8 bytes too (`SQLiteStore.utf8_text`).
    utf8_text: bool = False
    #: Seconds a write waits for another writer to finish before `StoreBusy`.
    write_wait: float = 30.0
    #: What the backend's driver raises (`batch` rolls back on it).
    _errors: type[Exception] | tuple[type[Exception], ...] = ()
    _lock: Any  # threading.RLock: one connection shared between threads
    _batch_seconds: float | None  # set inside `batch`
    _last_commit: float
    _stories: Any
    _db: Any  # the driver's connection (sqlite3, psycopg)
    #: The driver's query parameter placeholder ("?" or "%s"), for the SQL shared here.
    _param: str

    def add(self, extraction_doc: Mapping[str, Any] | Any, *, raw_text: str,
            dataset: str | None = None, fingerprint: Any = None,
            who: str | None = None) -> AddResult:
        raise NotImplementedError

    @contextmanager
    def batch(self, *, commit_seconds: float = 0.5, articles: int = 0) -> Iterator[Self]:
        """Group the `add`s made inside into one commit every `commit_seconds`.

        Each article stays atomic (a savepoint: a failing article rolls back alone and the
        batch goes on), but committing a few hundred articles at once instead of one by one
        roughly halves the cost of a write. The price: a hard crash (power loss, kill -9) loses
        the articles added since the last commit - the store is still whole, as it was at that
        commit, and ingesting the same input again restores them. Leaving the block, normally
        or by an exception, commits every article completed so far. A PostGIS store commits
        each article anyway (other writers would wait for an open batch: its `_transaction`).

        `articles`: about how many articles the batch will write (a backfill's size; 0 when
        unknown), which a backend may prepare for (`SQLiteStore.batch`). The backends supply
        the hooks: `_commit`, `_rollback` and `_errors` (their driver's error class).
        """
        with self._lock:
            outer = self._batch_seconds
            self._batch_seconds = commit_seconds if outer is None else min(outer, commit_seconds)
            self._last_commit = time.monotonic()
        try:
            yield self
        finally:
            with self._lock:
                self._batch_seconds = outer
                if outer is None:
                    try:
                        self._commit()
                    except self._errors:
                        self._rollback()
                        self._stories = None  # it may list articles that were not committed
                        raise

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _insert_article(self, article_id: str, fp: Any, story_id: str, similarity: float | None,
                        dataset: str | None, article: Mapping[str, Any], source: str | None,
                        raw_text: str, url: str | None, who: str | None) -> None:
        """Store a new article's row (its text as given, its metadata through `_text`)."""
        t = self._text
        self._db.execute(
            _INSERT_ARTICLE[self._param],  # built once (a new text each call was hashed)
            (article_id, fp.content_key, story_id, similarity, dataset,
             t(article.get("published")), t(article.get("title")), t(source), _now(),
             fp.signature, raw_text, t(article.get("lang")), url, t(who)))

    @staticmethod
    def _text(value: Any) -> Any:
        """Text as the backend can store it (SQLite keeps any string)."""
        return value

    def _story_of(self, stories: Any, signature: Any,
                  article_id: str) -> tuple[str, float | None, str | None]:
        """The story a new article joins, the similarity and the stored article it is a
        near-copy of: that article's story, else its own (`article_id`, None, None)."""
        near = stories.best(signature) if stories is not None and len(stories) else None
        if near is None:
            return article_id, None, None
        near_id, similarity = near
        story_id = self._db.execute(f"SELECT story_id FROM articles WHERE id = {self._param}",
                                    (near_id,)).fetchone()[0]
        return story_id, similarity, near_id

    def _recount_sources(self, article_id: str) -> None:
        """After an article gained a source: count it on every event the article backs."""
        fids = [r[0] for r in self._db.execute(
            f"SELECT DISTINCT event_fid FROM event_reports WHERE article_id = {self._param}",
            (article_id,)).fetchall()]
        for fid in fids:
            self._add_event_sources(fid, article_id)

    def _add_event_sources(self, fid: int, article_id: str) -> None:
        raise NotImplementedError

    def events_frame(self, *, date_from: date | str | None = None,
                     date_to: date | str | None = None) -> pd.DataFrame:
        raise NotImplementedError

    def checkpoint(self) -> bool:
        """True: nothing to copy where the server's own log is the database (PostGIS)."""
        return True

    def version(self) -> Any:
        raise NotImplementedError

    def event_reports(self, event_id: str) -> list[dict[str, Any]]:
        """The reports behind one event, each with its own figures and sources: the values the
        figure policy did not pick are kept here."""
        with self._lock:
            cur = self._db.execute(
                "SELECT r.article_id, r.origin, r.report_id, r.date, r.place, r.weapon, "
                "r.drones, r.drones_downed, r.missiles, r.missiles_downed, r.killed, r.injured, "
                "r.sentence, r.how, r.source, r.url, a.story_id, a.title, a.published, a.lang "
                "FROM event_reports r "
                "JOIN events e ON e.fid = r.event_fid JOIN articles a ON a.id = r.article_id "
                f"WHERE e.id = {self._param} ORDER BY r.fid", (event_id,))
            names = [d[0] for d in cur.description]
            out = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
            for rep in out:
                rep["sources"] = self.article_sources(rep["article_id"])
        return out

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article (text, metadata, story, sources), or None."""
        with self._lock:
            cur = self._db.execute(
                "SELECT id, content_key, story_id, similarity, dataset, published, title, "
                f"source, url, added, text FROM articles WHERE id = {self._param}",
                (article_id,))
            row = cur.fetchone()
            if row is None:
                return None
            out = dict(zip([d[0] for d in cur.description], row, strict=True))
            out["sources"] = self.article_sources(article_id)
        return out

    def article_sources(self, article_id: str) -> list[str]:
        """Every source the article came from, in the order they were seen."""
        with self._lock:
            rows = self._db.execute(f"SELECT source FROM article_sources WHERE article_id = "
                                    f"{self._param} ORDER BY fid", (article_id,)).fetchall()
        return [r[0] for r in rows]

    def content_keys(self) -> set[str]:
        """Content keys of every stored article (lets a batch skip extracting known texts)."""
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT content_key FROM articles")}

    def add_correction(self, row: Mapping[str, Any]) -> bool:
        """Append one row to the corrections log; False (nothing written) when a row with the
        same `id` is already there, so importing a log twice adds nothing.

        `row` has the keys of `CORRECTION_COLUMNS`, all str or None, stored as given (TEXT
        columns; `event`, `old_value`, `new_value` are JSON text). `geo.corrections` builds
        and validates rows and gives `id` (a hash of the row's content). The log is
        append-only: no row is ever updated or deleted.
        """
        raise NotImplementedError

    def corrections(self) -> list[dict[str, Any]]:
        """Every row of the corrections log (keys: `CORRECTION_COLUMNS`) in the order they were
        added."""
        with self._lock:
            rows = self._db.execute(f"SELECT {', '.join(CORRECTION_COLUMNS)} FROM corrections "
                                    f"ORDER BY fid").fetchall()
        return [dict(zip(CORRECTION_COLUMNS, r, strict=True)) for r in rows]

    def articles_count(self) -> int:
        return self._scalar("SELECT COUNT(*) FROM articles")

    def events_count(self) -> int:
        return self._scalar("SELECT COUNT(*) FROM events")

    def reports_count(self) -> int:
        return self._scalar("SELECT COUNT(*) FROM event_reports")

    def stories_count(self) -> int:
        return self._scalar("SELECT COUNT(DISTINCT story_id) FROM articles")

    def _scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with self._lock:
            return self._db.execute(sql, params).fetchone()[0]

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SQLiteStore(Store):
    """The embedded store in one SQLite/GeoPackage file (or in memory when `path` is None).

    Safe to share between threads (one connection behind a lock) and between processes
    (SQLite's file locks; a writer waits up to 30 s for another).
    """

    _errors = sqlite3.Error
    _param = "?"
    #: `add` takes the text as its UTF-8 bytes too (batch ingest's workers send it so: the
    #: writing process then neither decodes it nor encodes it again to bind it).
    utf8_text = True

    def __init__(self, path: Path | None, *, url: str | None = None) -> None:
        self.path = path
        self.url = url or (f"sqlite:///{path}" if path else "sqlite://")
        self._lock = threading.RLock()
        self._stories: Any = None  # geo.dedup.StoryIndex, built on the first add
        self._stories_fid = 0  # the last article the index has read from the table
        self._stories_version = -2  # `_data_version` when the index last read the table
        self._batch_seconds: float | None = None  # set inside `batch`
        self._closed = False
        self._frame: tuple[tuple[Any, ...], pd.DataFrame] | None = None  # events_frame cache
        self._last_commit = time.monotonic()
        self._wait_ms = 30_000  # the connection's busy timeout (`write_wait`)
        #: Per recently merged event: the last report read and its stories' votes per figure
        #: (`geo.merge_rule`), so a merge reads only the reports added since.
        self._votes: OrderedDict[int, tuple[int, dict[str, dict[str, int]], Merged]] = \
            OrderedDict()
        #: Per (place key, weapon) recently asked: its stored events with a text date, as
        #: sorted (date, fid) (`_find_event`), current while `_votes` is (forgotten with it).
        self._by_place: OrderedDict[tuple[str, str], list[tuple[str, int]]] = OrderedDict()
        self._data_version = -1  # PRAGMA data_version when the last transaction began
        self._deferred = False  # a backfill of this connection dropped the mentions' index
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path) if path else ":memory:", isolation_level=None,
                                       check_same_thread=False, timeout=30.0)
            #: One cursor kept for the writes of `add` (under `_lock`, each statement's rows
            #: read before the next runs), `_run` its `execute`: `Connection.execute` makes
            #: and registers a new cursor each time, ~1.5 k instructions of a statement's
            #: ~10 k (~15 statements a news report, issue 16).
            self._cursor = self._db.cursor()
            self._run = self._cursor.execute
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.url}: cannot open the store ({exc})") from exc
        try:
            _use_wal(self._db)
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Checkpoint (and fsync) every ~40 MB of log rather than every 4 MB: ingest speed.
            self._db.execute("PRAGMA wal_autocheckpoint=10000")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._init_schema()
        except (StoreError, sqlite3.Error) as exc:
            self._db.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{self.url}: cannot open the store ({exc})") from exc
        log.debug("opened store %s", self.url)

    #: Page cache while a batch writes (KiB; SQLite's default is 2 MB): a batch inserts into
    #: indexes keyed by hashes (ids, content keys), whose pages a small cache keeps reading
    #: again; 64 MB took a tenth off the writer's CPU at 5,000 articles (`bench_ingest.py`).
    #: Pages are only allocated as they are used, and the cache shrinks back after the batch.
    BATCH_CACHE_KIB = 65536

    #: Articles a batch must announce (`batch(articles=...)`) to write without the mentions'
    #: index (`_MENTIONS_INDEX`), at least, and at least as many as the store holds.
    BULK_ARTICLES = 1000

    @contextmanager
    def batch(self, *, commit_seconds: float = 0.5, articles: int = 0) -> Iterator[Self]:
        """`Store.batch`, with the larger page cache `BATCH_CACHE_KIB`, the savepoints'
        journals in memory and the foreign keys not looked up while it lasts; a backfill
        (`articles` at least `BULK_ARTICLES` and the stored articles) writes its mentions
        without their index, built again once at its end.

        Why in memory: each article's savepoint keeps the pages it changes as they were
        (~30 index and table pages, ~125 KB an article), and SQLite wrote that journal to a
        temporary file past its first 64 KB (`temp_store` default): ~60 writes an article,
        ~0.03-0.04 ms of the writing process's CPU in the kernel (issue 16). It is freed at
        each article's RELEASE; a crash loses the batch's open transaction either way.

        Why no foreign-key lookups: a batch only runs `add`, which writes each row after the
        row it refers to, in the same savepoint (the article before its source, mentions and
        reports; an event, found or inserted, before its reports and sources), so SQLite's
        look-up of the parent of each of a news report's ~35 child rows (~27 mentions, each
        a search of the articles' id index) could never fail: ~0.08 M of the writer's ~2 M
        instructions a report (issue 16). Outside a batch every write is checked as before
        (tests/test_ingest_speed.py).

        Why the mentions' index waits: each of a news report's ~26 mentions put an entry keyed
        by a 40-character hash into a random leaf of `mentions_article` (~20% of the writer's
        SQLite work, issue 16); built at the end it is one sort. Nothing reads mentions by
        article while a batch writes (the store's code never does; the index serves QGIS-style
        readers and the key's checks of an article deleted). A backfill stopped before its end
        (kill -9, power loss) leaves the store without the index, whole otherwise; the next
        write of any connection (`_begin`) or the next backfill's end builds it again."""
        with self._lock:
            cache = temp = keys = None
            if self._batch_seconds is None:
                cache = self._db.execute("PRAGMA cache_size").fetchone()[0]
                temp = self._db.execute("PRAGMA temp_store").fetchone()[0]
                keys = self._db.execute("PRAGMA foreign_keys").fetchone()[0]
                self._db.execute(f"PRAGMA cache_size=-{self.BATCH_CACHE_KIB}")
                self._db.execute("PRAGMA temp_store=MEMORY")
                self._db.execute("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction
                if articles >= self.BULK_ARTICLES and not self._db.in_transaction:
                    self._defer_index(articles)
        try:
            with super().batch(commit_seconds=commit_seconds, articles=articles) as store:
                yield store
        finally:
            if cache is not None:
                with self._lock, suppress(sqlite3.Error):
                    self._db.execute(f"PRAGMA temp_store={int(temp)}")  # the sort may spill
                    self._db.execute(f"PRAGMA foreign_keys={int(keys)}")
                if self._deferred:
                    self._index_mentions()
                with self._lock, suppress(sqlite3.Error):
                    self._db.execute(f"PRAGMA cache_size={int(cache)}")

    def _defer_index(self, articles: int) -> None:
        """Drop the mentions' index for a backfill of `articles` (its own transaction: a
        crash from here on leaves a store without it, which `_begin` repairs), unless the
        store holds more articles than that (rebuilding would cost more than it saves)."""
        with self._lock:
            try:
                stored = self._db.execute("SELECT max(fid) FROM articles").fetchone()[0] or 0
                if stored > articles:
                    return
                self._db.execute("DROP INDEX IF EXISTS mentions_article")
            except sqlite3.Error as exc:  # busy: the batch goes on with the index
                log.debug("mentions index kept (%s)", exc)
                return
            self._deferred = True

    def _index_mentions(self) -> None:
        """Build the mentions' index (if missing) in a transaction of its own, after a
        backfill; when the store is busy the next write builds it (`_begin`)."""
        with self._lock:
            self._deferred = False
            try:
                if self._db.in_transaction:
                    raise sqlite3.OperationalError("a transaction is open")
                self._db.execute(_MENTIONS_INDEX)
            except sqlite3.Error as exc:
                log.warning("%s: the mentions' index was not built (%s); the next write "
                            "builds it", self.url, exc)
                self._data_version = -1  # `_begin` looks again

    # -- schema ------------------------------------------------------------------------------

    def _init_schema(self) -> None:
        db = self._db
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "strikemap_meta" not in tables:
            raise StoreError(f"{self.url}: this file is not a Strikemap store "
                             f"(it has other tables: {', '.join(sorted(tables)[:5])})")
        if "strikemap_meta" in tables:
            found = db.execute("SELECT value FROM strikemap_meta WHERE key='schema_version'")
            version = int((found.fetchone() or ("0",))[0])
            if version < min(_MIGRATIONS, default=SCHEMA_VERSION):
                raise StoreError(f"{self.url}: store schema {version} predates this Strikemap "
                                 f"({SCHEMA_VERSION}); ingest the inputs again into a new file")
            if version == SCHEMA_VERSION and app_id == _GPKG_APPLICATION_ID:
                return  # up to date: opening writes nothing, so it never waits for a writer
            self._migrate(version)
        pragmas = ""
        if app_id != _GPKG_APPLICATION_ID:
            pragmas = (f"PRAGMA application_id={_GPKG_APPLICATION_ID};"
                       f"PRAGMA user_version={_GPKG_USER_VERSION};")
        try:
            # One script, one transaction: a store is created whole or not at all.
            db.executescript(
                f"BEGIN IMMEDIATE;{pragmas}{_SCHEMA}"
                f"INSERT OR IGNORE INTO strikemap_meta VALUES ('schema_version', "
                f"'{SCHEMA_VERSION}');COMMIT;")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        found = db.execute("SELECT value FROM strikemap_meta WHERE key='schema_version'")
        version = int(found.fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.url}: store schema {version} is newer than this "
                             f"Strikemap ({SCHEMA_VERSION}); upgrade Strikemap")

    def _migrate(self, version: int) -> None:
        """Bring a store of an older schema up to this one, one step a transaction."""
        db = self._db
        while version < SCHEMA_VERSION:
            db.executescript(f"BEGIN IMMEDIATE;{_MIGRATIONS[version]}"
                             f"UPDATE strikemap_meta SET value = '{version + 1}' "
                             f"WHERE key = 'schema_version';COMMIT;")
            version += 1
            if version == 6:
                self._remerge_all()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection | sqlite3.Cursor]:
        """One article's writes: its own transaction, or a savepoint inside a `batch` (there
        the kept cursor: both `execute` alike)."""
        with self._lock:
            db = self._db
            if self._batch_seconds is None:
                self._begin()
                try:
                    yield db
                except BaseException:
                    db.execute("ROLLBACK")
                    self._forget()  # they may hold votes of rows rolled back
                    self._data_version = -1  # and the index `_begin` may have built
                    raise
                db.execute("COMMIT")
                return
            if not db.in_transaction:
                self._begin()
            run = self._run
            run("SAVEPOINT article")
            try:
                yield self._cursor  # `execute` as the connection's, without a new cursor
            except BaseException:
                db.execute("ROLLBACK TO article")
                self._forget()
                db.execute("RELEASE article")
                raise
            run("RELEASE article")
            if time.monotonic() - self._last_commit >= self._batch_seconds:
                self._commit()

    def _forget(self) -> None:
        """Drop what the store keeps of its rows between statements (`_votes`, `_by_place`):
        after a rollback, or when another connection wrote."""
        self._votes.clear()
        self._by_place.clear()

    def _begin(self) -> None:
        """Start a write transaction, waiting at most `write_wait` for another writer (reads
        never wait: WAL lets them go on while a writer holds the store)."""
        wait_ms = max(0, int(self.write_wait * 1000))
        if wait_ms != self._wait_ms:
            self._db.execute(f"PRAGMA busy_timeout={wait_ms}")
            self._wait_ms = wait_ms
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise StoreBusy(f"{self.url}: another process is writing to the store (an ingest?); "
                            f"waited {self.write_wait:g} s") from exc
        # Holding the write lock now: if another connection committed since this one's last
        # transaction, the votes kept for merges may miss its reports (`_remerge`).
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._forget()
            self._data_version = version
            if not self._deferred:  # a backfill stopped before its end (`batch`) dropped it
                self._db.execute(_MENTIONS_INDEX)  # (-1: this connection's first write, or
                                                   # its last one that built it rolled back)

    def _commit(self) -> None:
        if self._db.in_transaction:
            self._touch()
            self._db.execute("COMMIT")
        self._last_commit = time.monotonic()

    def _rollback(self) -> None:
        """End the open transaction writing nothing (`Store.batch` after a failed commit)."""
        self._db.execute("ROLLBACK")
        self._forget()  # they may hold votes of rows rolled back
        self._data_version = -1  # and the index `_begin` may have built

    # -- reading -----------------------------------------------------------------------------

    def events_frame(self, *, date_from: date | str | None = None,
                     date_to: date | str | None = None) -> pd.DataFrame:
        """The event table (`geo.schema.EVENT_COLUMNS`), one row per merged event in the order
        they were first reported, `sources` counting the distinct sources behind each; with
        `date_from`/`date_to` (inclusive) only the events dated in that range, filtered in SQL.

        The frame is cached until the store changes (a write through this object, or a commit
        by another connection or process), so a dashboard that asks on every rerun pays for
        reading 100,000 events once; each call returns its own copy.
        """
        where, params = date_filter(date_from, date_to, self._param)
        with self._lock:
            version = (*self._version(), where, *params)
            if self._frame is None or self._frame[0] != version:
                cols = ", ".join(_quoted(EVENT_COLUMNS))
                rows = self._db.execute(f"SELECT {cols} FROM events {where} ORDER BY fid",
                                        params).fetchall()
                frame = normalize_events(pd.DataFrame.from_records(rows,
                                                                   columns=list(EVENT_COLUMNS)))
                self._frame = (version, frame)
            return self._frame[1].copy()

    def version(self) -> tuple[int, int]:
        """Changes whenever the stored data does (cheap: callers key their caches on it)."""
        with self._lock:
            return self._version()

    def _version(self) -> tuple[int, int]:
        # data_version moves when another connection commits; total_changes on our writes.
        return self._db.execute("PRAGMA data_version").fetchone()[0], self._db.total_changes

    def add_correction(self, row: Mapping[str, Any]) -> bool:
        values = tuple(None if row.get(c) is None else str(row[c]) for c in CORRECTION_COLUMNS)
        with self._lock:
            cur = self._db.execute(
                f"INSERT OR IGNORE INTO corrections ({', '.join(CORRECTION_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(CORRECTION_COLUMNS))})", values)
        return cur.rowcount > 0

    # -- writing -----------------------------------------------------------------------------

    def add(self, extraction_doc: Mapping[str, Any] | Any, *, raw_text: str | bytes,
            dataset: str | None = None, fingerprint: Any = None,
            who: str | None = None) -> AddResult:
        """Store one extraction document ({"article", "mentions", "events"}) and its text (or
        the text's UTF-8 bytes: `utf8_text`), in one transaction; `who` (an editor,
        `geo.access`) is recorded with the article and its source.

        The same text seen again (after normalisation) only records its source; a near-copy
        joins the stored article's story; each event joins a matching stored event or starts
        one (rules and figure policy: `geo.dedup`). `dataset` names an imported dataset:
        its rows skip near-copy detection and never merge with rows of the same dataset.
        `fingerprint` (`geo.dedup.Fingerprint`) may be computed beforehand, e.g. in a
        worker process, or the whole document prepared there (`prepare`: a `Prepared` in
        place of the document).
        """
        p = prepare(extraction_doc, raw_text, dataset, fingerprint)
        article, fp, article_id, source, url = (p.article, p.fingerprint, p.article_id,
                                                p.source, p.url)
        with self._lock:
            stories = None
            with self._transaction() as db:
                # One statement for both questions: is this text stored, is this id taken?
                rows = db.execute("SELECT id, story_id, content_key FROM articles "
                                  "WHERE content_key = ? OR id = ?",
                                  (fp.content_key, article_id)).fetchall()
                found = next((r for r in rows if r[2] == fp.content_key), None)
                if found is not None:
                    new_source = self._add_source(found[0], source, who)
                    if url is not None:  # a copy with a link gives a stored one without it its
                        for table in ("articles", "events"):
                            db.execute(f"UPDATE {table} SET url = ? WHERE "
                                       f"{'id' if table == 'articles' else 'article_id'} = ? "
                                       f"AND url IS NULL", (url, found[0]))
                    if new_source:
                        self._recount_sources(found[0])
                        self._touch_unless_batched()
                    return AddResult("duplicate", found[0], found[1], new_source=new_source)
                if rows:  # the id is taken by another text
                    # Same raw-text id, different normalisation (should not happen): keep apart.
                    article_id = hashlib.sha1(f"{article_id}:{fp.content_key}".encode()).hexdigest()
                # The near-copy index only once the content key has not settled it.
                stories = self._story_index() if fp.signature is not None else None
                story_id, similarity, near_id = self._story_of(stories, fp.signature, article_id)
                self._insert_article(article_id, fp, story_id, similarity, dataset, article,
                                     source, raw_text, url, who)
                self._add_source(article_id, source, who)  # its only source: see _add_report
                self._insert_mentions(article_id, p.mentions)
                added = merged = 0
                # An article of its own story and origin (no dataset, no near-copy): no stored
                # report has either (a new id: `_find_event` answers from memory); the events
                # its reports joined so far.
                touched: set[int] | None = \
                    set() if dataset is None and story_id == article_id else None
                for i, (ev, key, ev_source, ev_url) in enumerate(p.events):
                    is_new = self._add_report(article_id, story_id, dataset or article_id, i,
                                              ev, article, key, ev_source, ev_url, touched)
                    added += is_new
                    merged += not is_new
                self._touch_unless_batched()
            if stories is not None:
                stories.add(article_id, fp.signature)
        return AddResult("new", article_id, story_id, added, merged, True, near_id)

    def _story_index(self) -> Any:
        """The near-copy index, brought up to date with articles other connections (another
        process, e.g. the CLI while the dashboard runs) added since it was last read. Read
        again only when one did (`_begin` notes PRAGMA data_version): this connection's own
        articles go in as they are stored (`add`)."""
        if self._stories is None:
            self._stories, self._stories_fid = dedup.StoryIndex(), 0
        elif self._stories_version == self._data_version:
            return self._stories
        self._stories_version = self._data_version
        rows = self._db.execute("SELECT fid, id, signature FROM articles WHERE fid > ? "
                                "AND signature IS NOT NULL ORDER BY fid",
                                (self._stories_fid,)).fetchall()
        for fid, key, sig in rows:
            self._stories.add(key, sig)
            self._stories_fid = fid
        return self._stories

    def _add_source(self, article_id: str, source: str | None, who: str | None = None) -> bool:
        cur = self._run(
            "INSERT OR IGNORE INTO article_sources (article_id, source, added, added_by) "
            "VALUES (?, ?, ?, ?)", (article_id, source or f"article:{article_id}", _now(), who))
        return cur.rowcount > 0

    def _insert_mentions(self, article_id: str, mentions: tuple[tuple[Any, ...], ...]) -> None:
        """An article's mentions (`Prepared.mentions` rows), up to `_MENTION_ROWS` rows a
        statement: a row costs SQLite about a third less than in `executemany`, which runs
        the statement (and pays its fixed cost) once per row. Same rows, order and fids. The
        article id is bound once a statement and the rows' values are taken by the slice
        (`_mention_params`: no Python step per value, no adapter lookup for None or a bool)."""
        for at in range(0, len(mentions), _MENTION_ROWS):
            part = mentions[at:at + _MENTION_ROWS]
            self._run(_insert_mentions_sql(len(part)), _mention_params(article_id, part))

    def _add_report(self, article_id: str, story_id: str, origin: str, index: int,
                    ev: Mapping[str, Any], article: Mapping[str, Any], key: str, source: Any,
                    url: str | None, touched: set[int] | None = None) -> bool:
        """Attach one reported event (of an article just stored, with its one source) to a
        matching stored event or a new one; True if new.

        `key`, `source`, `url`: the event's place key, source and link (`prepare`). Finding
        the event and counting sources are a constant number of indexed statements;
        a merge reads the event's new reports (`_merge_into`: one indexed range) to apply
        `geo.merge_rule` and updates the event in one statement. Sources go into
        `event_sources` once each: the article's one source, as `_add_source` recorded it
        (bound as it is, not read back from `article_sources` by a sub-select each report).
        `touched`: the events the article's reports joined so far, when no stored report has
        its story or origin (`add`; `_find_event`).
        """
        run = self._run
        weapon = ev.get("weapon") or "unknown"
        found = self._find_event(key, weapon, ev.get("date"), story_id, origin, touched)
        raw = list(map(ev.get, _EVENT_FIELDS))
        raw[_WEAPON] = weapon
        is_new = found is None
        target, dated = (None, False) if found is None else (found[0], found[1] is not None)
        if is_new:
            values = list(raw)
            for f, value in dedup.credible_figures(ev).items():
                values[_FIELD_INDEX[f]] = value
            report_id = str(ev.get("id") or f"{article_id}:{index}")
            # A new event's sources are its article's: the one just recorded (`add`).
            row = _nulls_as_nan((_gpkg_point(ev.get("lon"), ev.get("lat")), report_id, *values,
                                 article_id, source, article.get("title"),
                                 article.get("published"), key, url))
            try:
                target = run(_INSERT_EVENT, row).lastrowid
            except sqlite3.IntegrityError:
                # The id is taken (the only constraint an event's row can fail; a failed
                # statement leaves no trace, its fid unused): another id, as the SELECT that
                # asked first before each insert did (one statement fewer a new event).
                if not run("SELECT 1 FROM events WHERE id = ?", (report_id,)).fetchone():
                    raise
                row[1] = hashlib.sha1(f"{article_id}:{index}:{report_id}".encode()).hexdigest()
                target = run(_INSERT_EVENT, row).lastrowid
            self._placed(key, weapon, values[_DATE], target)
        elif not dated:  # `_merge_into` may give the event the report's date
            self._by_place.pop((key, weapon), None)
        if touched is not None:
            touched.add(target)
        report = run(
            _INSERT_REPORT,
            _nulls_as_nan((target, article_id, story_id, origin, ev.get("id"), *raw, source, key,
                       how_text(ev.get("how")) or None, url))).lastrowid
        # The article's only source (`add`: its row in article_sources, `_add_source`).
        article_source = article.get("source") or f"article:{article_id}"
        if is_new:
            run("INSERT INTO event_sources (event_fid, source) VALUES (?, ?)",
                (target, article_source))
        else:
            new_sources = run("INSERT OR IGNORE INTO event_sources (event_fid, source) "
                              "VALUES (?, ?)", (target, article_source)).rowcount
            self._merge_into(target, ev, url, new_sources,
                             (report, story_id, {f: ev.get(f) for f in FIGURES}),
                             dated=dated)
        return is_new

    def _find_event(self, key: str, weapon: str, when: Any, story_id: str,
                    origin: str, touched: set[int] | None = None) -> tuple[int, Any] | None:
        """The stored event a report joins, with its date: same place key and weapon, a date
        within the window or the same story, and no report of the same origin yet.

        With `touched` (`add`: no stored report has the article's story or origin, so the
        events of its story or with its origin are those its reports joined) the answer
        comes from the events dated within the window (`_dated_events`), less those: the
        same rows as the query's, whose three sub-selects were ~a seventh of the writer's
        SQLite time for a news report's ~2.1 reports (issue 16)."""
        window = dedup.date_window(when)
        if touched is not None:
            if window is None:  # a NULL window: only the story's events, all touched
                return None
            dated = self._dated_events(key, weapon)
            rows = [(fid, date, 0) for date, fid in
                    dated[bisect.bisect_left(dated, (window[0], -1)):
                          bisect.bisect_right(dated, (window[1], _ANY_FID))]
                    if fid not in touched]
        else:
            rows = self._run(
                "SELECT e.fid, e.date, EXISTS (SELECT 1 FROM event_reports r "
                "  WHERE r.event_fid = e.fid AND r.story_id = ?) AS same_story "
                "FROM events e WHERE e.match_key = ? AND e.weapon = ? "
                "AND NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_fid = e.fid "
                "  AND r.origin = ?) "
                "AND ((e.date BETWEEN ? AND ?) OR e.fid IN (SELECT r.event_fid "
                "  FROM event_reports r WHERE r.story_id = ? AND r.match_key = ?))",
                (story_id, key, weapon, origin, *(window or (None, None)), story_id,
                 key)).fetchall()
        if not rows:
            return None
        if len(rows) == 1:  # most reports: one candidate, nothing to rank (no dates parsed)
            return rows[0][0], rows[0][1]
        day = dedup.parse_date(when)

        def rank(row: tuple[int, Any, int]) -> tuple[int, int, int]:
            other = dedup.parse_date(row[1])
            gap = abs((other - day).days) if other and day else 99
            return (0 if row[2] else 1, gap, row[0])

        fid, date, _same_story = min(rows, key=rank)
        return fid, date

    def _dated_events(self, key: str, weapon: str) -> list[tuple[str, int]]:
        """The stored events of a place key and weapon whose date is text (no other date is
        within a window: SQLite orders numbers and NULL before text), as sorted (date, fid):
        read once (the `events_match` index covers it), then kept up to date by `_placed`
        and `_add_report` until `_forget`."""
        k = (key, weapon)
        got = self._by_place.get(k)
        if got is None:
            got = self._by_place[k] = sorted(
                (date, fid) for fid, date in self._run(
                    "SELECT fid, date FROM events WHERE match_key = ? AND weapon = ?",
                    k).fetchall() if type(date) is str)
            if len(self._by_place) > _PLACE_KEYS:
                self._by_place.popitem(last=False)
        else:
            self._by_place.move_to_end(k)
        return got

    def _placed(self, key: str, weapon: str, date: Any, fid: int) -> None:
        """A new event `fid` stored with `date`: into its place's kept events (`_dated_events`)
        when SQLite stored the date as this text (or NULL); any other date, the place is read
        again when next asked."""
        got = self._by_place.get((key, weapon))
        if got is None or date is None:
            return
        if type(date) is str and _TEXT_DATE.fullmatch(date):
            bisect.insort(got, (date, fid))
        else:
            del self._by_place[(key, weapon)]

    def _merge_into(self, fid: int, ev: Mapping[str, Any], url: str | None = None,
                    new_sources: int = 0,
                    report: tuple[int, str, dict[str, Any]] | None = None, *,
                    dated: bool = False) -> None:
        """Fold one more report (already in `event_reports`) into an event, in one UPDATE:
        its figures merged again from all its reports by `geo.merge_rule` (one outlier
        cannot move them), a missing date, position or link (`url`: the event's link is its
        first report's that has one) filled, one more report, `new_sources` more sources.

        `dated`: the event has a date (`_find_event` read it in this savepoint), so the
        UPDATE leaves the column alone: `date = COALESCE(date, ?)` kept it all the same, but
        assigning an indexed column made SQLite rewrite the event's `events_match` entry on
        every merge (~23 k instructions a news report, issue 16)."""
        lat, lon = ev.get("lat"), ev.get("lon")
        # Only a whole position fills one; bound as 0/1 (a bool: sqlite3's adapter lookup).
        position = 1 if lat is not None and lon is not None else 0
        self._remerge(fid, extra_sql=(_MERGE_DATED if dated else _MERGE_UNDATED),
                      extra=(*(() if dated else (ev.get("date"),)), url, new_sources,
                             position, lon, position,
                             _gpkg_point(lon, lat) if position else None, position, lat),
                      report=report)

    def _remerge(self, fid: int, *, extra_sql: str = "", extra: tuple[Any, ...] = (),
                 report: tuple[int, str, dict[str, Any]] | None = None) -> None:
        """Set an event's figures and `disputed` from its reports (`geo.merge_rule`).

        A story's vote is its first credible value and reports only ever join an event, so
        the votes of a recently merged event are kept (`_votes`, forgotten on any rollback)
        and only the reports stored since are read: an event that collects thousands of
        reports costs a sort of its votes per merge, not a pass over all its reports.
        """
        cached = self._votes.pop(fid, None)
        # A report with no figure at all (most news reports' merges) gains no vote: its
        # figures' checks (`_plain_figures`, `credible_figures`: ~6 k instructions) skipped.
        bare = report is not None and tuple(report[2].values()) == _NO_FIGURES
        if cached is not None and report is not None and (bare or _plain_figures(report[2])):
            # The votes are current (`_begin`: no other connection wrote since they were
            # read, and every report this one adds to a known event comes here): fold in
            # the report just stored instead of reading it back; only a figure that gained
            # a vote is merged again (each figure's merge depends on its own votes alone).
            last, votes, merged = cached
            story = report[1]
            gained = []
            for fig, value in () if bare else dedup.credible_figures(report[2]).items():
                if value is not None and story not in votes[fig]:
                    votes[fig][story] = value
                    gained.append(fig)
            last = report[0]
            if gained:
                merged = _merged_again(merged, votes, gained)
        else:
            last, votes = cached[:2] if cached else (0, {f: {} for f in FIGURES})
            cur = self._run(f"SELECT fid, story_id, {', '.join(FIGURES)} "
                            f"FROM event_reports WHERE event_fid = ? AND fid > ? "
                            f"ORDER BY fid", (fid, last))
            names = [d[0] for d in cur.description]
            for row in cur.fetchall():
                rep = dict(zip(names, row, strict=True))
                for fig, value in dedup.credible_figures(rep).items():
                    if value is not None:
                        votes[fig].setdefault(str(rep["story_id"]), value)
                last = rep["fid"]
            merged = merge_votes({fig: list(by_story.values())
                                  for fig, by_story in votes.items()})
        self._votes[fid] = (last, votes, merged)
        if len(self._votes) > _VOTE_EVENTS:
            self._votes.popitem(last=False)
        self._run(f"UPDATE events SET {_SET_FIGURES}, disputed = ?{extra_sql} WHERE fid = ?",
                  _nulls_as_nan((*map(merged.figures.__getitem__, FIGURES),
                                 merged.disputed_text, *extra, fid)))

    def _remerge_all(self) -> int:
        """Merge the figures of every event with several reports again (after the upgrade to
        schema 6, which replaced the highest-value rule); the number of events."""
        with self._lock, self._transaction():
            fids = [r[0] for r in self._db.execute("SELECT fid FROM events WHERE reports > 1")]
            for fid in fids:
                self._remerge(fid)
        return len(fids)

    def _add_event_sources(self, fid: int, article_id: str) -> None:
        cur = self._db.execute("INSERT OR IGNORE INTO event_sources (event_fid, source) "
                               "SELECT ?, source FROM article_sources WHERE article_id = ?",
                               (fid, article_id))
        if cur.rowcount > 0:
            self._db.execute("UPDATE events SET sources = sources + ? WHERE fid = ?",
                             (cur.rowcount, fid))

    def _touch_unless_batched(self) -> None:
        if self._batch_seconds is None:
            self._touch()

    def _touch(self) -> None:
        self._db.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name IN "
                         "('events', 'articles', 'event_reports')", (_now(),))

    def close(self) -> None:
        """Commit what a batch left open, checkpoint the log into the file and close it
        (closing twice is harmless).

        With WAL journalling, committed data sits in the `-wal` file beside the store until a
        checkpoint copies it into the `.gpkg`; SQLite does that when its last connection
        closes, but not while another one (a dashboard, a second ingest) has the file open.
        Checkpointing here means the `.gpkg` alone holds everything committed, for a user who
        copies or mails just that file.
        """
        with self._lock:
            if self._closed:
                return
            if self._db.in_transaction:
                self._commit()
            self.checkpoint()
            self._db.close()
            self._closed = True
            self._stories = self._frame = None  # the near-copy index: ~6 KB an article
            self._forget()

    def checkpoint(self) -> bool:
        """Copy the write-ahead log into the store file (and empty it when no other
        connection is reading); True when the whole log is in the file. Waits at most a
        second for other connections rather than the 30 s a write would."""
        if self.path is None:
            return True
        with self._lock:
            try:
                self._db.execute("PRAGMA busy_timeout=1000")
                busy, log_pages, done = self._db.execute(
                    "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy:  # a reader holds the log: copy what it allows without waiting
                    busy, log_pages, done = self._db.execute(
                        "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            except sqlite3.Error as exc:
                log.warning("%s: checkpoint failed (%s); the data stays in the -wal file",
                            self.url, exc)
                return False
            finally:
                with suppress(sqlite3.Error):
                    self._db.execute(f"PRAGMA busy_timeout={self._wait_ms}")
        complete = log_pages <= 0 or done == log_pages
        if not complete:
            log.warning("%s: %d of %d log pages checkpointed (another connection is reading)",
                        self.url, done, log_pages)
        return complete


def _use_wal(db: sqlite3.Connection, *, wait: float = 30.0) -> None:
    """Switch a connection to WAL. Two processes creating the same new file at once can see
    "database is locked" here at once (SQLite does not call the busy handler while the journal
    mode changes), so retry for up to `wait` seconds like any other write."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _merged_again(merged: Merged, votes: Mapping[str, Mapping[str, int]],
                  gained: list[str]) -> Merged:
    """`merge_votes` of all `votes` where only the figures `gained` got a vote since
    `merged`: those merged again (`geo.merge_rule`: a figure's value and whether it is
    disputed follow from its own votes alone), the others kept. Every merge of a batch came
    here and merged all six figures anew (~a third of them voted on)."""
    figures = dict(merged.figures)
    disputed = set(merged.disputed)
    for fig in gained:
        got = list(votes[fig].values())
        figures[fig] = median_vote(got)
        if min(got) != max(got):
            disputed.add(fig)
        else:
            disputed.discard(fig)
    return Merged(figures, tuple(f for f in FIGURES if f in disputed))


def _plain_figures(figures: Mapping[str, Any]) -> bool:
    """True when each figure is None or an int, so it reads back from the store unchanged (a
    float or a numeric string would come back as SQLite's affinity made it)."""
    return all(v is None or (type(v) is int) for v in figures.values())


def _quoted(names: tuple[str, ...]) -> list[str]:
    return [f'"{n}"' for n in names]
