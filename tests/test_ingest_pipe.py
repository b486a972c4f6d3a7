"""The pool's result pipe holds a whole chunk of results (`extract.ingest._widen_results`):
workers no longer wait, 64 KB at a time, for the writing process to read what they send."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import pytest

from extract import ingest as ing
from extract.reading import RawArticle


def _pipe_size(pool: object) -> int:
    import fcntl

    return int(fcntl.fcntl(pool._outqueue._writer.fileno(), fcntl.F_GETPIPE_SZ))  # type: ignore[attr-defined]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
def test_the_result_pipe_grows_to_hold_a_chunk() -> None:
    most = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    pool = multiprocessing.get_context("fork").Pool(2)
    try:
        before = _pipe_size(pool)
        got = ing._widen_results(pool)
        assert got == _pipe_size(pool) == min(ing.RESULTS_PIPE, most)
        assert got > before  # 64 KB by default
    finally:
        pool.terminate()
        pool.join()


def test_a_pool_without_that_pipe_is_left_as_it_is() -> None:
    assert ing._widen_results(object()) is None


def _echo(text: str, *, published: str | None = None, source: str | None = None,
          title: str | None = None) -> dict:
    return {"article": {"source": source, "published": published, "title": title},
            "mentions": [], "events": []}


def test_chunks_larger_than_the_pipe_come_whole_and_in_order() -> None:
    """Chunks of results well past the widened pipe (~3 MB each) still arrive, in order."""
    n = 96
    tasks = [ing._Task(f"t{i}", article=RawArticle(f"report {i} " + "Kharkiv " * 16000, None,
                                                   f"s{i}")) for i in range(n)]
    ctx = ing._Context(_echo, frozenset(), None, set())
    got = list(ing._run(iter(tasks), 2, ctx, n))
    assert [r.origin for r in got] == [f"t{i}" for i in range(n)]
    assert all(r.outcomes[0].text.startswith(f"report {i} ") for i, r in enumerate(got))
