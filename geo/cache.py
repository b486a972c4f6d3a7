"""Disk cache for objects that take long to build from the shipped data (the gazetteer index,
the place matcher): built once, pickled under `settings.CACHE_DIR`, keyed by the source files
and the code that builds them, so a change to either rebuilds it. A stale, truncated or
unwritable cache is never fatal: the object is built again in memory."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from geo import settings

log = logging.getLogger(__name__)
T = TypeVar("T")


def cached_build(name: str, sources: Sequence[Path], build: Callable[[], T],
                 kind: type[T]) -> T:
    """`build()`, or its pickled result from an earlier run with the same `sources`."""
    path = _path(name, sources)
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                gc.disable()  # the collector would walk the half-built objects again and again
                try:
                    obj = pickle.load(fh)
                finally:
                    gc.enable()
            if isinstance(obj, kind):
                return _long_lived(obj)
        except Exception as exc:  # any unreadable cache is rebuilt
            log.info("ignoring cache %s: %s", path, exc)
    obj = build()
    if path is not None:
        write_pickle(path, obj)
    return _long_lived(obj)


def write_pickle(path: Path, obj: Any) -> bool:
    """Pickle `obj` to `path` through a temporary file and a rename, so a reader never sees a
    half-written file; False (logged) when the folder is not writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("cannot write cache %s: %s", path, exc)
        return False
    return True


def _long_lived(obj: T) -> T:
    """Move everything alive now out of the collector's sight for good: the built objects
    (millions of them) live as long as the process, and every full collection would walk them
    again (the first one cost 40 ms)."""
    gc.freeze()
    return obj


def _path(name: str, sources: Sequence[Path]) -> Path | None:
    try:
        stamp = "|".join(f"{f.resolve()}:{f.stat().st_size}:{f.stat().st_mtime_ns}"
                         for f in sources)
    except OSError:
        return None
    digest = hashlib.sha1(f"{stamp}|{sys.version}".encode()).hexdigest()[:16]
    return settings.CACHE_DIR / f"{name}-{digest}.pickle"
