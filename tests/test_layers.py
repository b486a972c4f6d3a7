"""The packages' layers (README "Architecture", ../shared/DESIGN.md "Layers"): `extract` builds on
geo's core and no geo library module imports `extract`; only the entry points that compose both
may. Checked twice: statically over every import statement (those inside functions too), and
by importing each geo module in a fresh interpreter, which also catches imports by string.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GEO = ROOT / "geo"
#: Project packages whose `_`-prefixed modules are private to them.
PACKAGES = ("geo", "extract")
#: geo modules that compose geo and the extractor: command lines that extract report files.
ENTRY_POINTS = frozenset({"geo/__main__.py", "geo/cli.py", "geo/render_cli.py"})
#: Functions whose first argument names a module to import.
_IMPORT_CALLS = frozenset({"import_module", "__import__", "find_spec"})


def imported_modules(source: str, module: str) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of everything `source` (the module `module`) imports, at any depth:
    `import a.b`, `from a import b` (as "a.b", b may be a module), relative imports resolved,
    and `importlib.import_module("a.b")` / `__import__` / `find_spec` with a literal name."""
    package = module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", None)) in _IMPORT_CALLS):
            yield node.lineno, node.args[0].value


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def _is_extract(name: str) -> bool:
    return name == "extract" or name.startswith("extract.")


def _geo_files() -> list[Path]:
    return sorted(GEO.rglob("*.py"))


def _library_modules() -> list[str]:
    return [_module_name(p) for p in _geo_files()
            if p.relative_to(ROOT).as_posix() not in ENTRY_POINTS]


def extract_imports(path: Path) -> list[str]:
    """`line: name` of every import of `extract` in one file."""
    return [f"{line}: {name}"
            for line, name in imported_modules(path.read_text(encoding="utf-8"),
                                               _module_name(path))
            if _is_extract(name)]


def test_no_geo_library_module_imports_extract() -> None:
    found = {p.relative_to(ROOT).as_posix(): extract_imports(p) for p in _geo_files()
             if p.relative_to(ROOT).as_posix() not in ENTRY_POINTS}
    assert {k: v for k, v in found.items() if v} == {}


def test_the_entry_points_exist() -> None:
    """A renamed entry point must not silently widen what may import `extract`."""
    assert all((ROOT / p).is_file() for p in ENTRY_POINTS)


@pytest.mark.parametrize("module", _library_modules())
def test_importing_a_geo_module_loads_no_extract(module: str) -> None:
    code = (f"import {module}, sys\n"
            "loaded = sorted(m for m in sys.modules if m == 'extract' "
            "or m.startswith('extract.'))\n"
            "assert not loaded, loaded\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]


def _is_project_module(name: str) -> bool:
    """Whether a dotted name is a module of the project (not a function or class in one)."""
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def private_imports(source: str, module: str,
                    is_module: Callable[[str], bool] = _is_project_module) -> list[str]:
    """Imports in `source` (the module `module`) of another project package's `_` module.

    Private names inside a public module (`from geo.static import _units`, as tests do) are
    not modules and pass.
    """
    own = module.split(".")[0]
    out = []
    for line, name in imported_modules(source, module):
        parts = name.split(".")
        if parts[0] not in PACKAGES or parts[0] == own:
            continue
        private = [i for i, p in enumerate(parts) if i and p.startswith("_")
                   and not (p.startswith("__") and p.endswith("__"))]
        if private and is_module(".".join(parts[:private[0] + 1])):
            out.append(f"{line}: {name}")
    return out


def _project_files() -> list[Path]:
    files = [ROOT / "app.py"]
    for folder in (*PACKAGES, "tests", "benchmarks", "data"):
        files += sorted((ROOT / folder).rglob("*.py"))
    return [p for p in files if p.is_file()]


def test_no_module_imports_another_packages_private_module() -> None:
    found = {}
    for path in _project_files():
        got = private_imports(path.read_text(encoding="utf-8"), _module_name(path))
        if got:
            found[path.relative_to(ROOT).as_posix()] = got
    assert found == {}


def test_the_checks_see_imports_inside_functions() -> None:
    """The checkers themselves: an import hidden in a function, a relative import, an import
    by string, and a private module of another package are all found."""
    source = ("def f():\n"
              "    from extract.pipeline import extract_text\n"
              "    import importlib\n"
              "    importlib.import_module('extract.reading')\n"
              "from geo import _hidden\n"
              "from .. import extract as e\n")
    names = [name for _line, name in imported_modules(source, "geo.sub.mod")]
    assert "extract.pipeline" in names and "extract.reading" in names
    assert "geo.extract" in names  # relative: resolved inside geo, not the extract package
    assert private_imports(source, "extract.x", lambda _name: True) == ["5: geo._hidden"]
    assert private_imports(source, "geo.x", lambda _name: True) == []  # its own
    assert private_imports(source, "extract.x", lambda _name: False) == []  # a private name
