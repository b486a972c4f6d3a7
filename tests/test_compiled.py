"""The extraction modules setup.py compiles with mypyc (`extract.compiled`): a compiled module
whose source was edited since the build is not run (every one loads from source, with a
warning), and compiled and source modules extract the same from the same texts.

Without a build (no mypyc or no compiler at the install) the tests of the compiled modules
skip; `STRIKEMAP_REQUIRE_COMPILED=1` (set by .ci/run) makes a missing build fail instead.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extract.dates
import extract.events
import extract.figures
import extract.language
import extract.numbers
import extract.pipeline
import extract.places
import extract.rules
import extract.scan
import extract.sentences
from extract.compiled import MANIFEST, compiled_modules, running_compiled, stale

ROOT = Path(__file__).resolve().parent.parent
#: What setup.py compiles (`COMPILED`), one group: compiled all, or all from source.
MODULES = (extract.events, extract.figures, extract.places, extract.rules, extract.sentences,
           extract.scan, extract.numbers, extract.dates, extract.language, extract.pipeline)
COMPILED = all(map(running_compiled, MODULES))
needs_build = pytest.mark.skipif(not COMPILED, reason="the extraction modules were not compiled")
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(tmp_path: Path, recorded: bool) -> Path:
    """A package `pkg` whose module `mod` has a (dummy) compiled file beside its source, and
    the build's record of that source where `recorded`."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("from pathlib import Path\nfrom extract.compiled import "
                                     "choose\nchoose(Path(__file__).parent)\n")
    (pkg / "mod.py").write_text("VALUE = 'source'\n")
    (pkg / f"mod{SUFFIX}").write_bytes(b"not a shared object")
    if recorded:
        digest = hashlib.sha256((pkg / "mod.py").read_bytes()).hexdigest()
        (pkg / MANIFEST).write_text(json.dumps({"mod": digest}))
    return pkg


def _run(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "STRIKEMAP_PURE"}
    environ["PYTHONPATH"] = os.pathsep.join((str(cwd), str(ROOT)))
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env={**environ, **env}, timeout=600)


def test_a_compiled_module_is_stale_once_its_source_changes(tmp_path: Path) -> None:
    pkg = _package(tmp_path, recorded=True)
    assert compiled_modules(pkg) == {"pkg.mod": pkg / f"mod{SUFFIX}"}
    assert stale(pkg) == []
    (pkg / "mod.py").write_text("VALUE = 'edited'\n")
    assert stale(pkg) == ["pkg.mod"]


def test_a_compiled_module_the_build_did_not_record_is_stale(tmp_path: Path) -> None:
    """Compiled by hand (`mypyc extract/x.py`), or an old file a failed build left."""
    assert stale(_package(tmp_path, recorded=False)) == ["pkg.mod"]


def test_an_edited_source_is_imported_with_one_warning(tmp_path: Path) -> None:
    """The compiled file (here a dummy, which would not import) is passed over for the edited
    source, with a warning that says how to rebuild."""
    pkg = _package(tmp_path, recorded=True)
    (pkg / "mod.py").write_text("VALUE = 'edited'\n")
    got = _run("import pkg.mod; print(pkg.mod.VALUE, pkg.mod.__file__)", tmp_path)
    assert got.returncode == 0, got.stderr
    assert got.stdout.split() == ["edited", str(pkg / "mod.py")]
    # (one for pkg; extract's own modules warn too where this tree's build is stale)
    assert got.stderr.count("pkg.mod: the source differs") == 1
    assert "Rebuild them with `pip install -e .`" in got.stderr


def _subpackage(tmp_path: Path) -> Path:
    """A package `pkg` whose subpackage `sub` has a (dummy) compiled `__init__` beside its
    source, recorded by the build, and a plain module `sub.child`."""
    pkg = _package(tmp_path, recorded=False)
    sub = pkg / "sub"
    sub.mkdir()
    (sub / "__init__.py").write_text("VALUE = 'source'\n")
    (sub / f"__init__{SUFFIX}").write_bytes(b"not a shared object")
    (sub / "child.py").write_text("from pkg.sub import VALUE\n")
    (pkg / f"mod{SUFFIX}").unlink()
    digest = hashlib.sha256((sub / "__init__.py").read_bytes()).hexdigest()
    (pkg / MANIFEST).write_text(json.dumps({"sub": digest}))
    return pkg


def test_a_compiled_package_init_is_its_package(tmp_path: Path) -> None:
    """mypyc compiles `extract/rules/__init__.py` to `__init__.<suffix>`: the module is
    `extract.rules`, recorded as "rules", stale when its source changes."""
    pkg = _subpackage(tmp_path)
    assert compiled_modules(pkg) == {"pkg.sub": pkg / "sub" / f"__init__{SUFFIX}"}
    assert stale(pkg) == []
    (pkg / "sub" / "__init__.py").write_text("VALUE = 'edited'\n")
    assert stale(pkg) == ["pkg.sub"]


def test_an_edited_package_init_loads_as_a_package(tmp_path: Path) -> None:
    """From source, the package still finds its submodules."""
    pkg = _subpackage(tmp_path)
    (pkg / "sub" / "__init__.py").write_text("VALUE = 'edited'\n")
    got = _run("import pkg.sub.child as c; print(c.VALUE, c.__file__)", tmp_path)
    assert got.returncode == 0, got.stderr
    assert got.stdout.split() == ["edited", str(pkg / "sub" / "child.py")]
    assert got.stderr.count("pkg.sub: the source differs") == 1


def test_pure_loads_sources_without_a_warning(tmp_path: Path) -> None:
    _package(tmp_path, recorded=True)
    got = _run("import pkg.mod; print(pkg.mod.VALUE)", tmp_path, STRIKEMAP_PURE="1")
    assert got.returncode == 0, got.stderr
    assert got.stdout.split() == ["source"]
    assert got.stderr == ""


def test_a_recorded_compiled_module_wins_the_import(tmp_path: Path) -> None:
    """Its source unchanged, the compiled file is what imports (the dummy one fails to)."""
    _package(tmp_path, recorded=True)
    got = _run("import pkg.mod", tmp_path)
    assert got.returncode != 0
    assert "ImportError" in got.stderr


@needs_build
def test_the_built_modules_fall_back_when_one_source_is_edited(tmp_path: Path) -> None:
    """The real build, in a copy of the package: one source edited loads all of them from
    source."""
    root = tmp_path / "tree"
    root.mkdir()
    for name in ("geo", "data"):
        (root / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "extract", root / "extract",
                    ignore=shutil.ignore_patterns("__pycache__"))
    names = [m.__name__ for m in MODULES]
    code = f"import importlib; print(*(importlib.import_module(n).__file__ for n in {names}))"
    fresh = _run(code, root)
    assert fresh.returncode == 0, fresh.stderr
    assert not any(f.endswith(".py") for f in fresh.stdout.split())
    with (root / "extract" / "figures.py").open("a", encoding="utf-8") as fh:
        fh.write("# an edit since the build\n")
    edited = _run(code, root)
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.split() == [
        str(root / "extract" / (n.partition(".")[2].replace(".", "/") + ".py")
            if n != "extract.rules" else root / "extract" / "rules" / "__init__.py")
        for n in names]
    assert "extract.figures: the source differs" in edited.stderr


def _texts() -> list[str]:
    """Every rule's examples, bench-style reports in English and Ukrainian, the samples."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_extract import make_reports, make_ukrainian_reports
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from test_rules import RULES

    texts = [t for _family, rule in RULES for t in (*rule.matches, *rule.rejects)]
    texts += [t for t, _gold in make_reports(30)] + make_ukrainian_reports(30)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "samples").glob(
        "*.txt"))]
    return texts


_EXTRACT = """
import json, sys
from extract.pipeline import extract_text
for t in json.load(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps(extract_text(t, published="2025-12-03").to_dict(), sort_keys=True))
"""


@needs_build
def test_compiled_and_source_extract_the_same(tmp_path: Path) -> None:
    """Byte for byte, on ~4,000 texts: the compiled modules here, their sources in a process
    with STRIKEMAP_PURE=1."""
    from extract.pipeline import extract_text

    texts = _texts()
    assert len(texts) > 1000
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(texts), encoding="utf-8")
    compiled = [json.dumps(extract_text(t, published="2025-12-03").to_dict(), sort_keys=True)
                for t in texts]
    source = subprocess.run([sys.executable, "-c", _EXTRACT, str(path)], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=1200,
                            env={**os.environ, "STRIKEMAP_PURE": "1"}).stdout.splitlines()
    assert len(source) == len(texts)
    differ = [t for t, a, b in zip(texts, compiled, source, strict=True) if a != b]
    assert not differ, f"{len(differ)} texts differ, the first: {differ[0][:200]!r}"


def test_compiled_where_required() -> None:
    """setup.py compiles the modules where mypyc is installed (a build requirement) and a C
    compiler is; a failed build is passed over quietly: `STRIKEMAP_REQUIRE_COMPILED=1` (set by
    .ci/run, whose machine has both) makes it fail here."""
    if os.environ.get("STRIKEMAP_REQUIRE_COMPILED") != "1":
        pytest.skip("STRIKEMAP_REQUIRE_COMPILED is not set")
    assert os.environ.get("STRIKEMAP_PURE") != "1", "STRIKEMAP_PURE=1 loads the sources"
    assert COMPILED, ("the extraction modules run from source: was mypyc installed at the "
                      "build (pip install -e .), and is a source newer than the build?")
