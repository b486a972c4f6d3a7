"""The pool's result pipe holds a whole chunk of results (`extract.ingest._widen_results`):
workers no longer wait, 64 KB at a time, for the writing process to read what they send."""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import sys
import threading
import time
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


def _square(x: int) -> int:
    return x * x


def _fork_pool(cls: type) -> multiprocessing.pool.Pool:
    return cls(2, context=multiprocessing.get_context("fork"))


def test_the_pools_worker_thread_sleeps_while_results_come(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`_Pool`'s worker-handling thread does not wake for results (the plain pool's did, and
    spun while they waited in the pipe); the results are the plain pool's, in order."""
    waits: list[tuple[object, int]] = []
    wait = multiprocessing.pool.Pool._wait_for_updates

    def counting(sentinels: list, change_notifier: object, timeout: float | None = None) -> None:
        waits.append((threading.current_thread(), len(sentinels)))
        wait(sentinels, change_notifier, timeout)

    # The thread runs `Pool._handle_workers`, which calls it on `Pool` (either pool's).
    monkeypatch.setattr(multiprocessing.pool.Pool, "_wait_for_updates", staticmethod(counting))
    fast, plain = _fork_pool(ing._Pool), _fork_pool(multiprocessing.pool.Pool)
    try:
        got = list(fast.imap(_square, range(3000), chunksize=4))
        assert got == list(plain.imap(_square, range(3000), chunksize=4))
        assert got == [x * x for x in range(3000)]
        mine = [n for thread, n in waits if thread is fast._worker_handler]  # type: ignore[attr-defined]
        assert 1 <= len(mine) <= 2  # once at the start (and once should a worker have exited)
        assert mine[0] == 3  # two workers' sentinels and the change notifier
    finally:
        for pool in (fast, plain):
            pool.terminate()
            pool.join()


def test_workers_that_exit_are_replaced_and_the_pool_still_closes() -> None:
    """A worker's exit still wakes the thread (its sentinel): with one task a worker, each
    exits after its task and the pool must start another for the next."""
    pool = ing._Pool(2, maxtasksperchild=1, context=multiprocessing.get_context("fork"))
    try:
        done = pool.map_async(_square, range(12), chunksize=1).get(timeout=60)
        assert done == [x * x for x in range(12)]
    finally:
        pool.close()
        start = time.monotonic()
        pool.join()  # the change notifier wakes the thread when the pool closes
        assert time.monotonic() - start < 30
