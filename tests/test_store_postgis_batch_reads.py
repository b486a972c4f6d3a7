"""A PostGIS batch reads from the server only the near-copy signatures it has not seen
(issue 16): after its commit, the index's last read article is the newest one, so the next
batch does not read the batch's own signatures back - and near-copies across batches and
another writer's articles between them are still found (the rows are those of `add`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from postgis_cluster import fresh_database
from test_store_postgis_batch import _items, _one_by_one
from test_store_postgis_ingest import _rows

from geo import store_postgis
from geo.store import open_store
from geo.store_postgis import PostGISStore


@pytest.fixture()
def other_url(postgis_server: str) -> Iterator[str]:
    with fresh_database(postgis_server, "strikemap_r") as url:
        yield url


def test_a_batch_reads_no_signature_it_wrote(postgis_url: str, other_url: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    items = _items(120, seed=9)
    expected = _one_by_one(other_url, items[:40] + items[60:])
    read: list[int] = []
    real = store_postgis._signature_rows

    def counted(rows: Any) -> Any:
        out = real(rows)
        read.append(len(out))
        return out

    monkeypatch.setattr(store_postgis, "_signature_rows", counted)
    with open_store(postgis_url) as store, open_store(postgis_url) as other:
        assert isinstance(store, PostGISStore)
        store.add_batch(items[:40])
        with psycopg.connect(postgis_url) as db:
            newest = db.execute("SELECT max(fid) FROM articles").fetchone()[0]
        assert store._stories_fid == newest
        assert read == [0]  # a fresh store: nothing to read
        # Another writer's articles between two batches are read, and only they.
        for doc, text, ds, fp, who in items[60:80]:
            other.add(doc, raw_text=text, dataset=ds, fingerprint=fp, who=who)
        with psycopg.connect(postgis_url) as db:
            theirs = db.execute("SELECT count(*) FROM articles WHERE fid > %s "
                                "AND signature IS NOT NULL", (newest,)).fetchone()[0]
        assert theirs > 0
        read.clear()
        got = store.add_batch(items[80:])
        assert read == [theirs]
        assert any(r.near_copy_of for r in got)
    assert _rows(postgis_url) == _rows(other_url)
    assert len(expected) == 100


def test_the_lookups_are_planned_without_scans_and_the_writes_as_before(
        postgis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch's lookups run with sequential scans off (a prepared plan from a small store
    read whole tables each batch); the writes after them see the setting as it was."""
    from geo import store_postgis_batch as spb

    seen: dict[str, str] = {}
    plan, write = spb._plan_and_write, spb._write

    def planned(store: Any, db: Any, *args: Any) -> Any:
        seen["lookups"] = db.execute("SHOW enable_seqscan").fetchone()[0]
        return plan(store, db, *args)

    def written(store: Any, db: Any, *args: Any) -> Any:
        seen["writes"] = db.execute("SHOW enable_seqscan").fetchone()[0]
        return write(store, db, *args)

    monkeypatch.setattr(spb, "_plan_and_write", planned)
    monkeypatch.setattr(spb, "_write", written)
    with open_store(postgis_url) as store:
        assert isinstance(store, PostGISStore)
        store._db.execute("SET enable_seqscan = on")
        store.add_batch(_items(12, seed=3))
        assert seen == {"lookups": "off", "writes": "on"}
        assert store._db.execute("SHOW enable_seqscan").fetchone()[0] == "on"
        store._db.execute("SET enable_seqscan = off")  # a store that has them off keeps it
        seen.clear()
        store.add_batch(_items(24, seed=3)[12:])
        assert seen == {"lookups": "off", "writes": "off"}
