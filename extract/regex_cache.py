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
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import atexit
import hashlib
import logging
import pickle
import re
import sys
import threading
from pathlib import Path
from typing import Any

from geo import settings
from geo.cache import write_pickle

log = logging.getLogger(__name__)

#: Entries a table keeps at most (rules that changed leave their old patterns behind; the
#: oldest go first). The rules have ~500 patterns.
MAX_ENTRIES = 4096

#: (pattern, flags) -> (flags as compiled, program, groups, group index, index group).
_Entry = tuple[int, "array.array[int]", int, dict[str, int], tuple[Any, ...]]

_lock = threading.Lock()
_table: dict[tuple[str, int], _Entry] | None = None
_added: dict[tuple[str, int], _Entry] = {}
_registered = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # re's name
    """`re.compile(pattern, flags)` for a str pattern, from the table when it is there."""
    flags = int(flags)
    key = (pattern, flags)
    with _lock:
        entry = _load().get(key)
    if entry is not None:
        try:
            return _build(pattern, entry)
        except Exception as exc:  # a bad entry: compile it afresh
            log.info("regex cache entry unusable (%s); compiling", exc)
    try:
        entry = _program(pattern, flags)
        compiled = _build(pattern, entry)
    except Exception:  # internals of another Python: the public way
        return re.compile(pattern, flags)
    with _lock:
        _added[key] = entry
        _register()
    return compiled


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


def _path() -> Path:
    """The table's file: one per Python build and regex engine."""
    stamp = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return settings.CACHE_DIR / f"regex-{hashlib.sha1(stamp.encode()).hexdigest()[:16]}.pickle"


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        with path.open("rb") as fh:
            table = pickle.load(fh)
    except FileNotFoundError:
        return {}
    except Exception as exc:  # any unreadable table is rebuilt
        log.info("ignoring regex cache %s: %s", path, exc)
        return {}
    return table if isinstance(table, dict) else {}


def _load() -> dict[tuple[str, int], _Entry]:
    global _table
    if _table is None:
        _table = _read(_path())
    return _table


def _register() -> None:
    global _registered
    if not _registered:
        atexit.register(save)
        _registered = True


def save() -> None:
    """Write the patterns compiled since the table was read (merged with the file as it is
    now, at most `MAX_ENTRIES`). Only the process that registered it writes: a forked worker
    inherits the registration but exits without running it (`os._exit`)."""
    with _lock:
        if not _added:
            return
        path = _path()
        table = _read(path)
        table.update(_added)
        while len(table) > MAX_ENTRIES:
            del table[next(iter(table))]
        if not write_pickle(path, table):
            return
        global _table
        _table = table
        _added.clear()
