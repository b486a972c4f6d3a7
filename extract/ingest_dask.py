"""`ingest(..., --dask ADDRESS)`: extraction on a Dask distributed cluster, writes from here.

The client reads the inputs (files, folders, streamed archives) and sends articles to the
workers in batches of `BATCH` with `Client.submit` (Dask schedules them, retries a batch whose
worker died, and reports progress); at most `IN_FLIGHT` batches per worker are out at once, so
memory stays flat however large the archive. Results come back with `as_completed` and are
written to the store in input order, so a cluster run stores exactly what a single-process
`extract.ingest.ingest` of the same input stores, event for event (merging and near-copy
links depend on the order reports arrive).

Stop and resume: articles whose content key (`Store.content_keys`) is already in the store
are not sent; they only add their source, as in a plain ingest. A GeoPackage is written only
from the client; with a PostGIS store (`STRIKEMAP_DB=postgresql://...`) the client writes
too, which keeps the input order above.

Each worker needs this package installed (`pip install 'strikemap[dask]'`, the same version
as the client) and its gazetteer cache builds on the worker's first batch.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TextIO

from extract.archive import count_articles, is_archive
from extract.ingest import (
    COMMIT_SECONDS,
    Progress,
    Summary,
    _Batches,
    _Context,
    _extract_task,
    _prefixed,
    _Result,
    _store_result,
    _streamed,
    _Task,
    _tasks_for,
    collect_files,
)
from extract.reading import read_path
from geo import dedup
from geo.access import local_editor

log = logging.getLogger(__name__)

#: Articles per Dask task: large enough that scheduling costs little beside extraction.
BATCH = 64
#: Batches out per worker at a time (the rest wait on the client, unread).
IN_FLIGHT = 4


def extract_batch(tasks: list[_Task], published: str | None) -> list[_Result]:
    """Run on a worker: extract each article of the batch (errors become messages)."""
    ctx = _Context(None, frozenset(), published)
    return [_extract_task(t, ctx) for t in tasks]


def connect(address: str, *, workers: int | None = None) -> tuple[Any, Any]:
    """A Dask client for `address` ("local": a LocalCluster of `workers` single-threaded
    processes on this machine), and the cluster it started (None for an address)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError("--dask needs dask.distributed: pip install 'strikemap[dask]'") \
            from exc
    if address == "local":
        with local_worker_environment():
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                   threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


@contextmanager
def local_worker_environment() -> Iterator[None]:
    """Start local workers without Dask's `MALLOC_TRIM_THRESHOLD_` (and its profiler).

    Dask's nanny sets `MALLOC_TRIM_THRESHOLD_=65536` in each worker's environment so that
    memory goes back to the OS; any such setting also turns off glibc's adaptive mmap
    threshold, and the extraction (many short-lived allocations above 128 KB) then runs
    about 45% slower in a worker than in a plain process (256 reports: 0.69-0.78 s against
    0.45-0.51 s of CPU, `benchmarks/README.md`). A value the user set in the environment is
    kept; the one an earlier LocalCluster of this process left there (the nanny writes it
    into its own process's environment) is not. Workers on other machines: see README.
    """
    import dask

    key = "MALLOC_TRIM_THRESHOLD_"
    default = dask.config.get(f"distributed.nanny.pre-spawn-environ.{key}", None)
    if default is not None and os.environ.get(key) == str(default):
        del os.environ[key]
    with dask.config.set({f"distributed.nanny.pre-spawn-environ.{key}": None,
                          "distributed.worker.profile.enabled": False}):
        yield


def ingest_dask(paths: Sequence[Path | str], store: Any, client: Any, *,
                published: str | None = None, progress: bool = False,
                stream: TextIO | None = None, commit_seconds: float | None = None,
                batch: int = BATCH) -> Summary:
    """Ingest files, folders and archives into `store`, extracting on `client`'s cluster."""
    summary = Summary()
    files, missing = collect_files(paths)
    for msg in missing:
        summary.failed += 1
        summary.errors.append(msg)
    local: list[_Task] = []
    archives: list[tuple[Path, int]] = []
    for path in files:
        try:
            if is_archive(path):
                archives.append((path, count_articles(path)))
            else:
                tasks, skipped = _tasks_for(path)
                summary.skipped_rows += skipped
                local.extend(tasks)
        except ValueError as exc:
            summary.failed += 1
            summary.errors.append(_prefixed(path, str(exc)))
    known = frozenset(store.content_keys())
    bar = Progress(len(local) + sum(n for _p, n in archives), stream=stream, enabled=progress,
                   label="ingest (dask)")
    tasks = itertools.chain(_articles(local), _streamed(archives, summary))
    commit_seconds = COMMIT_SECONDS if commit_seconds is None else commit_seconds
    grouped = commit_seconds > 0 and hasattr(store, "batch")
    who = local_editor("ingest")
    try:
        with store.batch(commit_seconds=commit_seconds, articles=bar.total) if grouped \
                else nullcontext():
            # A store that writes batches (PostGIS) gets them whole, as in a plain ingest.
            batches = _Batches(store, summary, who, set(known), _Context(), set(),
                               commit_seconds) if grouped and hasattr(store, "add_batch") \
                else None
            for result in _cluster_results(client, tasks, known, published, batch):
                if batches is not None:
                    batches.put(result)
                else:
                    _store_result(result, store, summary, who)
                bar.update(result.count)
            if batches is not None:
                batches.flush()
    finally:
        bar.close()
    for msg in summary.errors:
        log.warning("%s", msg)
    return summary


def _articles(tasks: Iterable[_Task]) -> Iterator[_Task | _Result]:
    """Tasks with the files read here (workers need no access to the client's files): each
    file's articles one task each; a file that cannot be read is its failed result, worded
    as a plain ingest words it."""
    for task in tasks:
        if task.path is None:
            yield task
            continue
        try:
            articles = read_path(task.path)
        except ValueError as exc:  # extract.reading.ReadError
            yield _Result(task.origin, errors=(str(exc),))
            continue
        except OSError as exc:
            yield _Result(task.origin, errors=(f"{task.origin}: cannot read ({exc})",))
            continue
        for art in articles:
            yield _Task(task.origin, article=art)


def _local(task: _Task | _Result, known: frozenset[str],
           published: str | None) -> _Result | None:
    """The result of a task that needs no worker (a dataset row, a bad line, an unreadable
    file, a text already stored: it only adds its source), else None."""
    if isinstance(task, _Result):
        return task
    if task.article is not None and (not known
                                     or dedup.content_key(task.article.text) not in known):
        return None  # to extract (an empty store knows no text: no key to compute here)
    return _extract_task(task, _Context(None, known, published))


def _cluster_results(client: Any, tasks: Iterator[_Task | _Result], known: frozenset[str],
                     published: str | None, size: int) -> Iterator[_Result]:
    """Results of every task in input order; the articles to extract go to the cluster in
    batches, a bounded number out at a time."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    limit = IN_FLIGHT * workers
    # a step is a batch out on the cluster (a future) or the results of local tasks
    pending: dict[int, tuple[int, list[_Task]]] = {}   # id(future) -> step, its tasks
    done: dict[int, list[_Result]] = {}
    next_out = 0
    steps = itertools.count()
    it = iter(tasks)
    running = as_completed()
    exhausted = False
    batch_tasks: list[_Task] = []

    def flush_batch() -> None:
        nonlocal batch_tasks
        if batch_tasks:
            step = next(steps)
            fut = client.submit(extract_batch, batch_tasks, published, pure=False, retries=2)
            pending[id(fut)] = step, batch_tasks
            running.add(fut)
            batch_tasks = []

    while True:
        while not exhausted and len(pending) < limit:
            task = next(it, None)
            if task is None:
                exhausted = True
                flush_batch()
                break
            quick = _local(task, known, published)
            if quick is None:
                assert isinstance(task, _Task)
                batch_tasks.append(task)
                if len(batch_tasks) >= size:
                    flush_batch()
            else:
                flush_batch()   # keeps the order: the batch before, then this result
                done[next(steps)] = [quick]
        while next_out in done:
            yield from done.pop(next_out)
            next_out += 1
        if not pending:
            if exhausted:
                return
            continue
        fut = next(running)
        step, sent = pending.pop(id(fut))
        try:
            done[step] = fut.result()
        except Exception as exc:  # the batch failed on every try (a worker died, or lost)
            done[step] = [_Result(t.origin, errors=(f"{t.origin}: extraction on the cluster "
                                                    f"failed ({type(exc).__name__}: {exc})",))
                          for t in sent]
        fut.release()
