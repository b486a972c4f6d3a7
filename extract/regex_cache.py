"""Compiled regular expressions kept on disk between runs (`compile`, for `Rule.regex`).

Why: Python compiles a pattern in Python code (`re._parser`, `re._compiler`), and the rules'
long patterns cost a process a tenth to a third of a second when first used: the English
figure phrases (0.11 s) are compiled by every ingest before its workers fork, the other core
idle meanwhile, then by every Dask worker and every command-line run. What the compiler
produces, a program of integers that the C engine `_sre` runs, depends only on the pattern,
its flags and the Python version, so it is kept in the cache folder under those;
`_sre.compile` builds the same pattern from it in microseconds (`re.Pattern` equality compares
the programs: tests/test_regex_cache.py).

A pattern not in the table is compiled as `re.compile` does and added; the table is written
when the process ends, only if it gained entries, merged with what another process wrote
meanwhile. A table that cannot be read or written, or a Python whose internals differ, is
never fatal: `re.compile` is used. `_sre.compile` checks every program it is given.

A second table, one per version of the code that derives them (`DERIVING`), keeps what that
code derives from a pattern alone (`derived`): a long pattern's lower case, a rule's source as
compiled, a pattern's twin (`extract.scan.twin`) and whether it is the faster. Deriving those
parses and times long patterns in Python, ~0.3 s of CPU in each process that meets them, and
an ingest's parent and each of its workers met them afresh (issue 16). A pool's workers write
what they added when the pool is done (`save_when_worker_exits`).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import atexit
import contextlib
import hashlib
import logging
import multiprocessing.util
import os
import pickle
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from geo import settings
from geo.cache import prune, touch, write_pickle

try:
    import fcntl
except ImportError:  # not POSIX: saves may overwrite each other (the table refills)
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

#: Entries a table keeps at most (rules that changed leave their old patterns behind; the
#: oldest go first). The rules have ~500 patterns.
MAX_ENTRIES = 4096
#: The modules whose code `derived` values come from (`extract.scan`'s twins and look-behind
#: merging, `extract.rules`' lower-casing): their sources key those values' table, so an edit of
#: either derives them afresh. The tables of the last `geo.cache.KEEP` versions are kept.
DERIVING = ("scan.py", "rules/__init__.py")
T = TypeVar("T")

#: (pattern, flags) -> (flags as compiled, program, groups, group index, index group).
_Entry = tuple[int, "array.array[int]", int, dict[str, int], tuple[Any, ...]]
_MISSING = object()


class _Table:
    """A dict kept in a pickle file: read when first used; what this process adds is written
    by `save`, merged with the file as it is then (at most `MAX_ENTRIES`, the oldest go)."""

    def __init__(self, path: Callable[[], Path]) -> None:
        self.path = path
        self.entries: dict[tuple[Any, ...], Any] | None = None
        self.added: dict[tuple[Any, ...], Any] = {}

    def get(self, key: tuple[Any, ...]) -> Any:
        """The value kept under `key`, else `_MISSING`."""
        with _lock:
            if self.entries is None:
                path = self.path()
                self.entries = _read(path)
                if self.entries:
                    touch(path)  # in use: `prune` keeps the files last used
            return self.entries.get(key, _MISSING)

    def add(self, key: tuple[Any, ...], value: Any) -> None:
        with _lock:
            if self.entries is not None:
                self.entries[key] = value
            self.added[key] = value
            _register()

    def save(self) -> Path | None:
        """Write what was added (processes that save at once take turns: none writes over what
        another merged meanwhile); the file written, if any."""
        with _lock:
            if not self.added:
                return None
            path = self.path()
            with _turn(path):
                table = _read(path)
                table.update(self.added)
                while len(table) > MAX_ENTRIES:
                    del table[next(iter(table))]
                if not write_pickle(path, table):
                    return None
            self.entries = table
            self.added = {}
            return path


def _python() -> str:
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"


def _programs_path() -> Path:
    """The programs' file: one per Python build and regex engine."""
    return settings.CACHE_DIR / f"regex-{hashlib.sha1(_python().encode()).hexdigest()[:16]}.pickle"


def _derived_path() -> Path:
    """The derived values' file: one per Python build and version of the deriving code."""
    stamp = f"{_python()}|{_code_stamp()}"
    return settings.CACHE_DIR / f"{DERIVED}-{hashlib.sha1(stamp.encode()).hexdigest()[:16]}.pickle"


#: The name of the derived values' files (`geo.cache.prune` keeps the latest few).
DERIVED = "regex-derived"
_lock = threading.RLock()
_programs = _Table(_programs_path)
_derived = _Table(_derived_path)
_registered = False
_code: str | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # re's name
    """`re.compile(pattern, flags)` for a str pattern, from the table when it is there."""
    flags = int(flags)
    key = (pattern, flags)
    entry = _programs.get(key)
    if entry is not _MISSING:
        try:
            return _build(pattern, entry)
        except Exception as exc:  # a bad entry: compile it afresh
            log.info("regex cache entry unusable (%s); compiling", exc)
    try:
        entry = _program(pattern, flags)
        compiled = _build(pattern, entry)
    except Exception:  # internals of another Python: the public way
        return re.compile(pattern, flags)
    _programs.add(key, entry)
    return compiled


def derived(kind: str, pattern: str, flags: int, make: Callable[[], T],
            of: type | tuple[type, ...]) -> T:
    """`make()`, a value of type `of` that this package's code (`DERIVING`) derives from
    `pattern` and `flags` alone, as `kind` names it: from the table where a process running the
    same code kept it (an entry of another type is made afresh), else made and kept."""
    key = (kind, pattern, int(flags))
    value = _derived.get(key)
    if value is not _MISSING and isinstance(value, of):
        return value  # type: ignore[no-any-return]
    value = make()
    _derived.add(key, value)
    return value


def _code_stamp() -> str:
    global _code
    if _code is None:
        digest = hashlib.sha1()
        for name in DERIVING:
            try:
                digest.update((Path(__file__).parent / name).read_bytes())
            except OSError:  # no source to key by: a stamp no later process shares
                digest.update(f"{os.getpid()} {time.time_ns()}".encode())
        _code = digest.hexdigest()
    return _code


def _build(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, code.tolist(), groups, dict(groupindex), indexgroup)


def _program(pattern: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands `_sre.compile` (Python 3.11-3.13)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if flags & re.DEBUG:
        raise ValueError("DEBUG patterns are not cached")
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[Any] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | p.state.flags, array.array("I", code), p.state.groups - 1, groupindex,
            tuple(indexgroup))


def _read(path: Path) -> dict[tuple[Any, ...], Any]:
    try:
        with path.open("rb") as fh:
            table = pickle.load(fh)
    except FileNotFoundError:
        return {}
    except Exception as exc:  # any unreadable table is rebuilt
        log.info("ignoring regex cache %s: %s", path, exc)
        return {}
    return table if isinstance(table, dict) else {}


def _register() -> None:
    global _registered
    if not _registered:
        atexit.register(save)
        _registered = True


def save_when_worker_exits() -> None:
    """Have this process, a forked pool worker, `save` what it adds itself when it ends its
    work: it leaves by `os._exit`, past the `atexit` registration it inherited, but runs
    multiprocessing's finalizers. (An ingest's workers compile most of the rules, and none of
    it was kept.) What the parent had added when it forked is the parent's to write."""
    with _lock:
        _programs.added = {}
        _derived.added = {}
    multiprocessing.util.Finalize(None, save, exitpriority=0)


def save() -> None:
    """Write the patterns compiled and the values derived since the tables were read. Only
    the process that registered it writes, and a pool worker told to
    (`save_when_worker_exits`): a forked worker inherits the registration but exits without
    running it (`os._exit`)."""
    _programs.save()
    if _derived.save() is not None:
        prune(DERIVED, _derived_path())


@contextlib.contextmanager
def _turn(path: Path) -> Iterator[None]:
    """This process's turn to read and write a table in `path`'s folder (where locks can be
    taken)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path.parent / "regex.lock", "a")  # noqa: SIM115 (closed below)
    except OSError:  # no lock where the folder is not writable: the write fails too
        yield
        return
    with fh:
        if fcntl is not None:
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield
