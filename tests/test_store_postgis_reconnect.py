"""A PostGIS store outlives its connection: after a server restart or a killed backend the next
call reconnects and runs again (what may run twice: reads, idempotent writes), and a server
that stays away is a clear `StoreError`. Against the throwaway cluster, restarted for real.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from postgis_cluster import Cluster, postgis_cluster, table_counts  # noqa: F401
from test_store_postgis import _strike, _text

from geo.store import StoreError, open_store
from geo.store_postgis import PostGISStore


@pytest.fixture()
def pg(postgis_url: str) -> Iterator[PostGISStore]:
    with open_store(postgis_url) as store:
        assert isinstance(store, PostGISStore)
        yield store


def _kill(url: str, pid: int) -> None:
    """End one backend from another connection, as an administrator (or a failover) would."""
    with psycopg.connect(url, autocommit=True) as db:
        assert db.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]


def test_a_store_outlives_a_server_restart(pg: PostGISStore, postgis_url: str,
                                           postgis_cluster: Cluster) -> None:  # noqa: F811
    pg.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
    before = pg.events_frame()
    old_pid = pg._db.info.backend_pid
    postgis_cluster.restart()
    # A dashboard's next read, then an ingest's next write, on a fresh connection.
    assert pg.events_frame().equals(before)
    assert pg._db.info.backend_pid != old_pid
    assert pg.add(_strike("b", "https://two.example/b"), raw_text=_text(2)).events_merged == 1
    assert pg.add(_strike("a", "https://three.example/a"), raw_text=_text(1)).new_source
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["article_sources"], counts["events"]) == (2, 3, 1)
    assert pg.events_frame()["sources"].tolist() == [3]


def test_a_write_whose_connection_dies_mid_article_runs_again_once(
        pg: PostGISStore, postgis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backend is killed while the article's transaction is open (writer lock held,
    lookups done): nothing of it was committed, the retry stores it once."""
    pg.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
    real, calls = PostGISStore._add_report, []

    def dying(self: PostGISStore, *args: Any, **kwargs: Any) -> bool:
        calls.append(1)
        if len(calls) == 1:
            _kill(postgis_url, self._db.info.backend_pid)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PostGISStore, "_add_report", dying)
    result = pg.add(_strike("b", "https://two.example/b"), raw_text=_text(2))
    assert result.status == "new" and result.events_merged == 1 and len(calls) == 2
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["event_reports"], counts["event_sources"]) == (2, 2, 2)
    assert pg.events_frame()["sources"].tolist() == [2]
    assert pg._scalar("SELECT reports FROM events") == 2


def test_a_batch_goes_on_after_its_connection_is_killed(pg: PostGISStore,
                                                        postgis_url: str) -> None:
    """A long ingest: the backend is killed between articles of a batch; every article is
    stored once, those before the kill included."""
    with pg.batch(commit_seconds=3600):
        for n in range(12):
            if n in (4, 9):
                _kill(postgis_url, pg._db.info.backend_pid)
            pg.add(_strike(f"n{n}", f"https://o{n}.example/", place=f"Town{n % 3}"),
                   raw_text=_text(n))
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["article_sources"]) == (12, 12)
    assert (counts["events"], counts["event_reports"], counts["event_sources"]) == (3, 12, 12)


def test_a_server_that_stays_down_is_a_clear_message(pg: PostGISStore,
                                                     postgis_cluster: Cluster) -> None:  # noqa: F811
    pg.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
    pg.reconnect_wait = 1.0
    postgis_cluster.halt()
    try:
        with pytest.raises(StoreError, match="could not reconnect within 1 s; is PostgreSQL "
                                             "running") as err:
            pg.add(_strike("b", "https://two.example/b"), raw_text=_text(2))
        assert "password" not in str(err.value)
        with pytest.raises(StoreError, match="could not reconnect"):
            pg.events_count()
    finally:
        postgis_cluster.resume()
    # Back up: the next call reconnects; the failed write wrote nothing.
    assert (pg.articles_count(), pg.events_count()) == (1, 1)
    assert pg.add(_strike("b", "https://two.example/b"), raw_text=_text(2)).status == "new"


def test_other_errors_are_not_retried(pg: PostGISStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a lost connection is retried: a failing statement fails once, as before."""
    calls = []
    real = PostGISStore._add_report

    def failing(self: PostGISStore, *args: Any, **kwargs: Any) -> bool:
        calls.append(1)
        real(self, *args, **kwargs)
        raise psycopg.errors.DiskFull("disk full")

    monkeypatch.setattr(PostGISStore, "_add_report", failing)
    with pytest.raises(psycopg.errors.DiskFull):
        pg.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
    assert len(calls) == 1 and pg.articles_count() == 0
