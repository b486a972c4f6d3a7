"""Inside a batch, a PostGIS article's write is sent by a thread on a second connection while
the next article is planned (`PostGISStore._Pending`, issue 16): it must be confirmed before
anything reads and when the batch ends, be added again on its own when another writer made it
stale, and hold back the next article's lookups when they could see it; an article whose write
cannot succeed is written at once, so its error is its own. A gate holds the writing thread
where a test needs the write to wait.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from postgis_cluster import Cluster, postgis_cluster, table_counts  # noqa: F401
from test_store_postgis import _strike, _text

from geo import store_postgis
from geo.store import StoreError, open_store
from geo.store_postgis import PostGISStore


@pytest.fixture()
def two(postgis_url: str) -> Iterator[tuple[PostGISStore, PostGISStore]]:
    with open_store(postgis_url) as first, open_store(postgis_url) as second:
        assert isinstance(first, PostGISStore) and isinstance(second, PostGISStore)
        yield first, second


@pytest.fixture()
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Writes on the writing thread wait until the event is set."""
    opened = threading.Event()
    real = PostGISStore._write

    def held(self: PostGISStore, payload: str) -> Any:
        assert opened.wait(30)
        return real(self, payload)

    monkeypatch.setattr(PostGISStore, "_write", held)
    return opened


def test_a_pending_write_is_stored_before_a_read_and_at_the_batch_end(
        two: tuple[PostGISStore, PostGISStore], postgis_url: str,
        gate: threading.Event) -> None:
    first, _second = two
    with first.batch(commit_seconds=3600):
        first.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
        assert table_counts(postgis_url)["articles"] == 0  # held at the gate
        gate.set()
        assert len(first.events_frame()) == 1  # a read waits for it
        first.add(_strike("b", "https://one.example/b", place="Odesa"),
                  raw_text=_text(2, "Odesa"))
    assert table_counts(postgis_url)["articles"] == 2  # the batch's end waits for the last
    assert first._writer is None  # and stops the writing thread (workers fork between batches)


def test_lookups_that_could_see_the_pending_write_wait_for_it(
        two: tuple[PostGISStore, PostGISStore], postgis_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two reports of one strike in a row: the second is planned once the first is stored
    (it joins its event); reports elsewhere do not wait."""
    first, _second = two
    waited: list[str] = []
    real = PostGISStore._flush

    def flush(self: PostGISStore) -> None:
        if self._pending is not None:
            waited.append(self._pending.plan.result.article_id)
        real(self)

    monkeypatch.setattr(PostGISStore, "_flush", flush)
    with first.batch(commit_seconds=3600):
        first.add(_strike("a", "https://one.example/a", killed=3), raw_text=_text(1))
        first.add(_strike("b", "https://two.example/b", place="Odesa"),
                  raw_text=_text(2, "Odesa"))
        merged = first.add(_strike("c", "https://three.example/c", place="Odesa", killed=1),
                           raw_text=_text(3, "Odesa"))
        assert waited == ["b"] and merged.events_merged == 1
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["events"], counts["event_reports"]) == (3, 2, 3)


def test_a_pending_write_made_stale_is_added_again(
        two: tuple[PostGISStore, PostGISStore], postgis_url: str,
        gate: threading.Event) -> None:
    """Another writer stores a report of the same strike while the first one's write waits:
    that write is refused by its check and added again, joining the strike."""
    first, second = two
    with first.batch(commit_seconds=3600):
        first.add(_strike("a", "https://one.example/a", killed=3), raw_text=_text(1))
        second.add(_strike("b", "https://two.example/b", killed=2), raw_text=_text(2))
        gate.set()
        first.add(_strike("c", "https://one.example/c", place="Odesa"),
                  raw_text=_text(3, "Odesa"))
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["events"], counts["event_reports"]) == (3, 2, 3)
    frame = first.events_frame().set_index("place")
    # b was stored first: of the two stories its figure stays
    assert (frame.loc["Kharkiv", "sources"], frame.loc["Kharkiv", "killed"]) == (2, 2)


def test_the_same_text_stored_meanwhile_becomes_a_source(
        two: tuple[PostGISStore, PostGISStore], postgis_url: str,
        gate: threading.Event) -> None:
    first, second = two
    with first.batch(commit_seconds=3600):
        first.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
        second.add(_strike("a", "https://two.example/a"), raw_text=_text(1))
        gate.set()
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["article_sources"], counts["event_reports"]) == (1, 2, 1)
    assert first.events_frame()["sources"].tolist() == [2]


def test_an_article_the_server_refuses_fails_on_its_own(pg_first: PostGISStore,
                                                        postgis_url: str) -> None:
    """A figure beyond the integer columns: that article's add fails (written at once, not
    left pending), the articles before and after it are stored."""
    with pg_first.batch(commit_seconds=3600):
        pg_first.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
        with pytest.raises(Exception, match="out of range"):
            pg_first.add(_strike("big", "https://one.example/big", place="Odesa",
                                 killed=2**40), raw_text=_text(2, "Odesa"))
        pg_first.add(_strike("c", "https://one.example/c", place="Sumy"),
                     raw_text=_text(3, "Sumy"))
    assert table_counts(postgis_url)["articles"] == 2
    assert pg_first.article("big") is None


def test_a_pending_write_that_fails_names_its_article(
        pg_first: PostGISStore, postgis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a pending write fail (here: the number check bypassed), the next add says which
    article was not stored, and the store goes on."""
    monkeypatch.setattr(store_postgis, "_sendable", lambda doc: True)
    with pg_first.batch(commit_seconds=3600):
        pg_first.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
        pg_first.add(_strike("big", "https://one.example/big", place="Odesa", killed=2**40),
                     raw_text=_text(2, "Odesa"))
        with pytest.raises(StoreError, match=r"article big could not be stored.*out of range"
                                             r".*neither was the article after it"):
            pg_first.add(_strike("c", "https://one.example/c", place="Sumy"),
                         raw_text=_text(3, "Sumy"))
        pg_first.add(_strike("c", "https://one.example/c", place="Sumy"),
                     raw_text=_text(3, "Sumy"))
    assert table_counts(postgis_url)["articles"] == 2
    assert pg_first.article("big") is None and pg_first.article("c") is not None


def test_a_batch_goes_on_through_server_restarts(pg_first: PostGISStore, postgis_url: str,
                                                 postgis_cluster: Cluster) -> None:  # noqa: F811
    """The server restarts between articles of a batch, an article's write pending on the
    writing thread's connection: every article is stored once."""
    with pg_first.batch(commit_seconds=3600):
        for n in range(8):
            if n in (3, 6):
                postgis_cluster.restart()
            pg_first.add(_strike(f"n{n}", f"https://o{n}.example/", place=f"Town{n % 3}"),
                         raw_text=_text(n))
    counts = table_counts(postgis_url)
    assert (counts["articles"], counts["article_sources"]) == (8, 8)
    assert (counts["events"], counts["event_reports"], counts["event_sources"]) == (3, 8, 8)


def test_a_pending_write_lost_in_a_restart_is_stored_after_it(
        pg_first: PostGISStore, postgis_url: str, postgis_cluster: Cluster,  # noqa: F811
        gate: threading.Event) -> None:
    """The server restarts while an article's write waits on the writing thread: the next
    read reconnects, writes it again on its own and sees it."""
    with pg_first.batch(commit_seconds=3600):
        gate.set()
        pg_first.add(_strike("a", "https://one.example/a"), raw_text=_text(1))
        assert pg_first.articles_count() == 1  # the writing thread has its connection
        gate.clear()
        pg_first.add(_strike("b", "https://one.example/b", place="Odesa"),
                     raw_text=_text(2, "Odesa"))
        postgis_cluster.restart()
        gate.set()
        assert len(pg_first.events_frame()) == 2
    assert table_counts(postgis_url)["articles"] == 2


@pytest.fixture()
def pg_first(postgis_url: str) -> Iterator[PostGISStore]:
    with open_store(postgis_url) as store:
        assert isinstance(store, PostGISStore)
        yield store
