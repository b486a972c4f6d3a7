"""Copy a whole store into an empty one: a GeoPackage file into PostGIS and back
(`python -m extract store copy SRC DST`).

Rows are copied as they are, not ingested again: the same articles, sources, mentions, merged
events, reports, event sources and corrections, with the same `fid`s (so `event_reports`
still points at its events) and the same ids, figures and dates. Geometries are rebuilt from
each event's `lat`/`lon` in the destination's own form (a GeoPackage blob, a PostGIS point).
The destination must be empty (a new file, an empty database): merging two stores would need
the merge rules, not a copy. Everything goes in one transaction, so a failed copy leaves the
destination empty; the row counts are compared at the end.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

from geo.store import SQLiteStore, Store, StoreError, _gpkg_point, open_store

#: Tables in the order rows must arrive (references first), with their sort key.
TABLES: tuple[tuple[str, str], ...] = (
    ("articles", "fid"), ("article_sources", "fid"), ("mentions", "fid"), ("events", "fid"),
    ("event_reports", "fid"), ("event_sources", "event_fid, source"), ("corrections", "fid"),
)
_CHUNK = 5000


def copy_store(src_url: str, dst_url: str,
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of the store at `src_url` into the empty store at `dst_url` (created
    when missing); the rows copied per table. `progress(table, rows)` is told after each
    table.

    Raises
    ------
    StoreError
        When a store cannot be opened, the destination is not empty or is the source, or a
        row cannot be written (nothing is then left in the destination).
    """
    if src_url == dst_url:
        raise StoreError(f"{src_url}: source and destination are the same store")
    with open_store(src_url) as src, open_store(dst_url) as dst:
        held = dst.articles_count() + dst.events_count() + len(dst.corrections())
        if held:
            raise StoreError(f"{dst.url}: the destination already holds data ({held} articles, "
                             f"events and corrections); copy into an empty store (a new .gpkg "
                             f"file or an empty database)")
        reader, writer = _side(src), _side(dst)
        counts: dict[str, int] = {}
        writer.begin()
        try:
            for table, order in TABLES:
                shared = [c for c in reader.columns(table) if c in set(writer.columns(table))
                          and c != "geom"]
                try:
                    counts[table] = writer.load(table, shared, reader.rows(table, shared, order))
                except (StoreError, KeyboardInterrupt):
                    raise
                except Exception as exc:  # sqlite3.Error, psycopg.Error: say which table
                    raise StoreError(f"{dst.url}: copying {table} failed, nothing was copied "
                                     f"({type(exc).__name__}: {str(exc).strip()})") from exc
                if progress:
                    progress(table, counts[table])
            writer.finish()
        except BaseException:
            writer.rollback()
            raise
        copied = {t: _count(dst, t) for t, _ in TABLES}
        source = {t: _count(src, t) for t, _ in TABLES}
    if copied != source:
        raise StoreError(f"copy incomplete: {source} rows in the source, {copied} copied")
    return counts


def _count(store: Store, table: str) -> int:
    return int(store._scalar(f"SELECT COUNT(*) FROM {table}"))  # type: ignore[attr-defined]


def _side(store: Store) -> _SQLiteSide | _PostGISSide:
    if isinstance(store, SQLiteStore):
        return _SQLiteSide(store)
    from geo.store_postgis import PostGISStore

    if isinstance(store, PostGISStore):
        return _PostGISSide(store)
    raise StoreError(f"{store.url}: cannot copy a store of type {type(store).__name__}")


class _SQLiteSide:
    """Raw rows of a GeoPackage store."""

    def __init__(self, store: SQLiteStore) -> None:
        self.db = store._db

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.db.execute(f"PRAGMA table_info({table})")]

    def rows(self, table: str, cols: list[str], order: str) -> Iterator[tuple[Any, ...]]:
        cur = self.db.execute(f"SELECT {_names(cols)} FROM {table} ORDER BY {order}")
        while chunk := cur.fetchmany(_CHUNK):
            yield from chunk

    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def load(self, table: str, cols: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
        names = list(cols)
        geom = table == "events" and "lat" in cols and "lon" in cols
        if geom:
            names.append("geom")
            lat, lon = cols.index("lat"), cols.index("lon")
        sql = (f"INSERT INTO {table} ({_names(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        n = 0
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append((*row, _gpkg_point(row[lon], row[lat])) if geom else tuple(row))
            if len(batch) >= _CHUNK:
                self.db.executemany(sql, batch)
                n, batch = n + len(batch), []
        if batch:
            self.db.executemany(sql, batch)
            n += len(batch)
        return n

    def finish(self) -> None:
        self.db.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', "
                        "'now') WHERE table_name IN ('events', 'articles', 'event_reports')")
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")


class _PostGISSide:
    """Raw rows of a PostGIS store."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.db = store._db

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s ORDER BY ordinal_position", (table,))]

    def _types(self, table: str) -> dict[str, str]:
        return dict(self.db.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema "
            "= current_schema() AND table_name = %s", (table,)).fetchall())

    def rows(self, table: str, cols: list[str], order: str) -> Iterator[tuple[Any, ...]]:
        with self.db.transaction(), self.db.cursor(name=f"copy_{table}") as cur:
            cur.itersize = _CHUNK
            cur.execute(f"SELECT {_names(cols)} FROM {table} ORDER BY {order}")
            for row in cur:
                yield tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)

    def begin(self) -> None:
        self.store._begin()  # the writer lock: no other writer while the copy runs

    def load(self, table: str, cols: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
        types = self._types(table)
        convert = [_converter(types.get(c, "text")) for c in cols]
        n = 0
        with self.db.cursor() as cur, cur.copy(f"COPY {table} ({_names(cols)}) FROM STDIN") as cp:
            for row in rows:
                cp.write_row([f(v) for f, v in zip(convert, row, strict=True)])
                n += 1
        if table == "events":
            self.db.execute("UPDATE events SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326) "
                            "WHERE lat IS NOT NULL AND lon IS NOT NULL")
        if "fid" in cols:  # new rows continue after the copied ones
            self.db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'fid'), "
                            f"COALESCE((SELECT MAX(fid) FROM {table}), 0) + 1, false)")
        return n

    def finish(self) -> None:
        self.store._wrote()
        self.store._commit()

    def rollback(self) -> None:
        self.store._rollback()


def _converter(pg_type: str) -> Callable[[Any], Any]:
    """What a GeoPackage value becomes in a PostgreSQL column of `pg_type` (SQLite keeps
    whatever it was given: 0/1 for booleans, 12.0 for integers, NUL in text)."""
    if pg_type == "boolean":
        return lambda v: None if v is None else bool(v)
    if pg_type in ("integer", "bigint", "smallint"):
        return lambda v: int(v) if isinstance(v, float) and math.isfinite(v) else v
    if pg_type == "text":
        return lambda v: v.replace("\x00", "\ufffd") if isinstance(v, str) and "\x00" in v else v
    return lambda v: v


def _names(cols: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)
