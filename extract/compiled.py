"""Whether the extraction modules that setup.py compiles (mypyc) run compiled or from source.

A compiled module (`events.cpython-311-x86_64-linux-gnu.so` beside `events.py`) wins the
import over its source, so a source edited since the build would silently not run. The build
records each compiled module's source hash in `compiled.json`; where any compiled module of
the package no longer matches its record (or has none: compiled by hand), every one of them
is loaded from source, with one warning to rebuild (`pip install -e .`). Both give the same
results (tests/test_compiled.py), the compiled ones in ~25% less CPU a report.

`STRIKEMAP_PURE=1` loads them from source without a warning: tests that patch a module's
internals (a compiled module's calls do not see a patched global) and comparisons.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TypeVar

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent
#: Written by setup.py's build beside the compiled modules: module name -> source SHA-256.
MANIFEST = "compiled.json"


def compiled_modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Module name (`extract.events`) -> its compiled file, for each module of the package (and
    its subpackages) that has one beside its source (a subpackage's `__init__`: `extract.rules`)."""
    out: dict[str, Path] = {}
    for folder, _dirs, files in os.walk(package):
        names = set(files)
        prefix = ".".join((package.name, *Path(folder).relative_to(package).parts))
        for f in files:
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                if f.endswith(suffix) and f[:-len(suffix)] + ".py" in names:
                    stem = f[:-len(suffix)]
                    out[prefix if stem == "__init__" else f"{prefix}.{stem}"] = Path(folder) / f
    return out


def source_file(compiled: Path) -> Path:
    """The source beside a compiled module's file (`events.py`, `rules/__init__.py`)."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if compiled.name.endswith(suffix):
            return compiled.with_name(compiled.name[:-len(suffix)] + ".py")
    return compiled.with_suffix(".py")


def stale(package: Path = PACKAGE) -> list[str]:
    """The compiled modules whose source is not the one they were built from (or unrecorded)."""
    try:
        recorded = json.loads((package / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    out = []
    for name, path in sorted(compiled_modules(package).items()):
        key = name.partition(".")[2]  # "events", "rules": as setup.py records them
        if recorded.get(key) != hashlib.sha256(source_file(path).read_bytes()).hexdigest():
            out.append(name)
    return out


class SourceFirst(importlib.abc.MetaPathFinder):
    """Imports the given modules from their `.py` sources, past their compiled files."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        source = self.sources.get(fullname)
        if source is None:
            return None
        if source.name == "__init__.py":  # a package: its submodules are found in its folder
            return importlib.util.spec_from_file_location(
                fullname, source, submodule_search_locations=[str(source.parent)])
        return importlib.util.spec_from_file_location(fullname, source)


def choose(package: Path = PACKAGE) -> list[str]:
    """Make the package's compiled modules load from source where one is stale or
    `STRIKEMAP_PURE=1` (called by `extract/__init__.py`, before any of them is imported).
    Returns the modules sent to their sources. All or none: the compiled modules are one
    group (one shared library, whose native calls between them skip the module objects), so
    one stale module sends every one to its source."""
    compiled = compiled_modules(package)
    if not compiled:
        return []
    if os.environ.get("STRIKEMAP_PURE") != "1":
        old = stale(package)
        if not old:
            return []
        warnings.warn(
            f"{', '.join(old)}: the source differs from the compiled module beside it (edited "
            f"since the build); every compiled extraction module is loaded from source. "
            f"Rebuild them with `pip install -e .`", stacklevel=2)
    sources = {name: source_file(path) for name, path in compiled.items()}
    sys.meta_path.insert(0, SourceFirst(sources))
    return sorted(sources)


def running_compiled(module: ModuleType) -> bool:
    """Whether `module` was loaded from a compiled file."""
    return not str(getattr(module, "__file__", "")).endswith(".py")


def loaded_file(name: str, file: str) -> Path:
    """The file module `name` runs from (`__name__`, `__file__`): its source, or the compiled file
    beside it, whose `__file__` as a mypyc module sees it while it is imported is not one that
    exists. Caches keyed by their code (`geo.cache.pin`) key on it: a compiled module's pickles
    (of its native classes) stay apart from its source's."""
    if file.endswith(".py"):
        return Path(file)
    stem = PACKAGE.joinpath(*name.split(".")[1:])
    if stem.is_dir():  # a package: its `__init__`
        stem = stem / "__init__"
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if stem.with_name(stem.name + suffix).exists():
            return stem.with_name(stem.name + suffix)
    return Path(file)


def mypyc_attr(**_attrs: object) -> Callable[[T], T]:
    """`mypy_extensions.mypyc_attr` at run time, where mypy_extensions need not be installed:
    mypyc reads the decorator at the build (where it is), and a source class is left as it is.
    `serializable=True` on a class whose instances are pickled: a native instance would pickle
    but not unpickle (its `__new__` would run `__init__`)."""
    return lambda cls: cls
