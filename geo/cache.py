"""Disk cache for objects that take long to build from the shipped data (the gazetteer index,
the place matcher): built once, pickled under `settings.CACHE_DIR`, keyed by the source files
and the code that builds them, so a change to either rebuilds it. A stale, truncated or
unwritable cache is never fatal: the object is built again in memory. Each name keeps its few
latest builds (`KEEP`): one per code version would fill the disk (17 MB a matcher)."""

from __future__ import annotations

import contextlib
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
#: Builds kept per name: the newest, by last use. Worktrees of other versions share the folder.
KEEP = 4
#: Source -> its stamp when the process loaded it (`pin`).
_pinned: dict[Path, str] = {}


def pin(*files: str | Path) -> list[Path]:
    """Stamp code files as loaded now, and key their caches by that stamp from then on: a
    module edited while a process runs would otherwise key its old objects by the new file
    (a pickle without the new code's attributes, loaded by the next process)."""
    paths = [Path(f).resolve() for f in files]
    for path in paths:
        if path not in _pinned:
            stamp = _stamp(path)
            if stamp is not None:
                _pinned[path] = stamp
    return paths


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
                touch(path)
                return _long_lived(obj)
        except Exception as exc:  # any unreadable cache is rebuilt
            log.info("ignoring cache %s: %s", path, exc)
    obj = build()
    if path is not None and write_pickle(path, obj):
        prune(name, path)
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


def _stamp(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def _path(name: str, sources: Sequence[Path]) -> Path | None:
    stamps = []
    for f in sources:
        path = f.resolve()
        stamp = _pinned.get(path) or _stamp(path)
        if stamp is None:
            return None
        stamps.append(stamp)
    stamp = "|".join(stamps)
    digest = hashlib.sha1(f"{stamp}|{sys.version}".encode()).hexdigest()[:16]
    return settings.CACHE_DIR / f"{name}-{digest}.pickle"


def touch(path: Path) -> None:
    """Mark a build as used, so `prune` keeps the builds in use."""
    with contextlib.suppress(OSError):
        os.utime(path)


def prune(name: str, kept: Path) -> None:
    """Remove all but the `KEEP` builds of `name` last used (a reader that has one open keeps
    reading it)."""
    builds = []
    for path in kept.parent.glob(f"{name}-{'[0-9a-f]' * 16}.pickle"):
        try:
            builds.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _used, path in sorted(builds, reverse=True)[KEEP:]:
        if path != kept:
            path.unlink(missing_ok=True)
