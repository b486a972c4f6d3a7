"""The writing process pauses the cyclic garbage collector while its pool works
(`extract.ingest._collections_paused`, issue 16); its workers collect as usual, and the
collector runs again when the batch ends, however it ends."""

from __future__ import annotations

import gc

import pytest

from extract import ingest as ing
from extract.reading import RawArticle


def _seen_by_worker(text: str, *, published: str | None = None, source: str | None = None,
                    title: str | None = None) -> dict:
    """A stub extractor that reports, as the article's title, whether its process collects."""
    return {"article": {"source": source, "published": published,
                        "title": f"collects={gc.isenabled()}"}, "mentions": [], "events": []}


def _tasks(n: int) -> list[ing._Task]:
    return [ing._Task(f"t{i}", article=RawArticle(f"report {i} on Kharkiv", None, f"s{i}"))
            for i in range(n)]


def test_the_writer_pauses_the_collector_and_its_workers_do_not() -> None:
    assert gc.isenabled()
    n = 80
    ctx = ing._Context(_seen_by_worker, frozenset(), None, set())
    paused = []
    titles = []
    for result in ing._run(iter(_tasks(n)), 2, ctx, n):
        paused.append(not gc.isenabled())
        titles.extend(o.doc.article["title"] for o in result.outcomes)
    assert all(paused) and len(paused) == n
    assert set(titles) == {"collects=True"}
    assert gc.isenabled()
    for _result in ing._run(iter(_tasks(3)), 1, ctx, 3):  # one process: left alone
        assert gc.isenabled()


def test_the_collector_runs_again_when_the_writer_stops_early() -> None:
    n = 80
    ctx = ing._Context(_seen_by_worker, frozenset(), None, set())
    results = ing._run(iter(_tasks(n)), 2, ctx, n)
    next(results)
    assert not gc.isenabled()
    results.close()
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        for _result in ing._run(iter(_tasks(n)), 2, ctx, n):
            raise RuntimeError("the store failed")
    assert gc.isenabled()


def test_a_full_collection_every_so_many_results(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(ing, "COLLECT_EVERY", 10)
    monkeypatch.setattr(ing.gc, "collect", lambda *a: calls.append(a) or 0)
    n = 80
    ctx = ing._Context(_seen_by_worker, frozenset(), None, set())
    assert len(list(ing._run(iter(_tasks(n)), 2, ctx, n))) == n
    assert len(calls) >= 6  # the first result of each window is not counted

