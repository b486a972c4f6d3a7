"""The optional compiled parts: the near-copy signature's C kernels and the hot extraction
modules compiled with mypyc.

Everything else is in pyproject.toml. Both are optional: where no C compiler is (or mypyc
cannot compile the modules), the install goes on without them and the same results come from
numpy (`geo.dedup`) and from the modules' Python sources (tests/test_fingerprint_kernel.py,
tests/test_compiled.py compare both ways).

- `geo/_fingerprint.c` (issue 16): the signature's words, shingles and MinHash took ~1.6 M
  instructions of a 4 KB report in numpy and Python, ~0.4 M compiled.
- `extract/_place_scan.c` (issue 16): the place matcher's capital-word scan (~0.6 M instructions
  of a 4 KB English report in `re`) and its sentence ends and line breaks, in C (without it,
  the regexes give the same: tests/test_cw25_s25.py).
- `extract/_cue_scan.c` (issue 16): the cue automaton of `extract.events` (the gates' and
  figures' anchors of each sentence), ~0.87 M instructions of a 4 KB news report through
  pyahocorasick (without it, pyahocorasick finds the same: tests/test_cue_scan.py), and the
  place matcher's gate words (~0.2 M in substring searches).
- `extract/_sentence_scan.c` (issue 16): the sentence splitter, ~0.37 M instructions of a
  4 KB news report in regexes and a loop over their matches (without it, the regexes give
  the same: tests/test_sentence_scan.py).
- `extract/events.py`, `figures.py`, `places.py`, and since s17 `rules/__init__.py` (`Rule`,
  whose `search`/`armed_by` the engines call thousands of times a report), `sentences`,
  `scan`, `numbers`, `dates`, `language`, `pipeline` (`COMPILED`), compiled by mypyc (a build
  requirement in pyproject.toml) into C extensions beside their sources: the extraction runs
  ~30% less CPU a report than from source (~20% the first three, ~10% more the rest, paired
  bench_extract). Offline: README, "Installing without network". Each source's SHA-256
  goes to `extract/compiled.json` at the build; `extract.compiled` loads every module from
  source, with a warning to rebuild, where a source no longer matches (an edit since the build).
  `STRIKEMAP_NO_MYPYC=1` skips them (a quicker install for work on those modules).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
#: The modules mypyc compiles (under `extract`; "rules" is the package's `__init__.py`): where
#: the extraction's interpretation is (py-spy, callgrind). One group, so that their calls of
#: each other are native; none of them is patched by a test that runs compiled (`source`).
COMPILED = ("events", "figures", "places", "rules", "sentences", "scan", "numbers", "dates",
            "language", "pipeline")
#: Beside the compiled modules: each one's source hash at the build (`extract.compiled`).
MANIFEST = "compiled.json"


def source_of(name: str) -> str:
    """A compiled module's source, relative to the root: `extract/NAME.py`, or a package's
    `extract/NAME/__init__.py`."""
    package = ROOT / "extract" / name
    return f"extract/{name}/__init__.py" if package.is_dir() else f"extract/{name}.py"


def extension_of(name: str) -> str:
    """The name mypyc gives a compiled module's extension (a package's ends in `__init__`)."""
    return "extract." + source_of(name)[len("extract/"):-len(".py")].replace("/", ".")


#: Each compiled module's source hash, taken as mypyc reads the sources (an edit made while
#: the build runs must not be recorded as built).
_HASHES: dict[str, str] = {}


def _mypyc_extensions() -> list[Extension]:
    """The compiled modules' extensions, or none where mypyc is missing or refuses them."""
    if os.environ.get("STRIKEMAP_NO_MYPYC") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("mypyc is not installed: the extraction modules run from source (see README, "
              "'Installing without network')", file=sys.stderr)
        return []
    _HASHES.update({name: hashlib.sha256((ROOT / source_of(name)).read_bytes()).hexdigest()
                    for name in COMPILED})
    try:
        exts = mypycify([source_of(name) for name in COMPILED], opt_level="3",
                        group_name="extract._native")
    except (Exception, SystemExit) as exc:  # mypy's errors end in SystemExit
        print(f"mypyc could not compile the extraction modules ({exc}): they run from source",
              file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # no compiler, a failed compile: the install goes on
    return exts


class BuildExt(build_ext):
    """build_ext that writes `extract/compiled.json` beside the compiled modules: the source
    hash of each one that built, so that `extract.compiled` can tell a stale one."""

    def run(self) -> None:
        self._built: set[str] = set()
        super().run()
        names = {extension_of(name) for name in COMPILED}
        if not any(ext.name in names for ext in self.extensions):
            return
        out = Path(self.get_ext_fullpath("extract.events")).parent / MANIFEST
        # (an optional extension whose build failed leaves no record: its old file, if one is
        # still there, is then stale to extract.compiled; without their shared library, built
        # first, none of them would import)
        shared = [ext.name for ext in self.extensions if ext.name.endswith("__mypyc")]
        ok = all(name in self._built for name in shared)
        built = {n: h for n, h in _HASHES.items() if ok and extension_of(n) in self._built}
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    def build_extension(self, ext: Extension) -> None:
        super().build_extension(ext)
        self._built.add(ext.name)


setup(
    ext_modules=[Extension(
        "geo._fingerprint", ["geo/_fingerprint.c"], optional=True,
        extra_compile_args=[] if sys.platform == "win32" else ["-O3"],
    ), Extension(
        "extract._place_scan", ["extract/_place_scan.c"], optional=True,
        extra_compile_args=[] if sys.platform == "win32" else ["-O3"],
    ), Extension(
        "extract._cue_scan", ["extract/_cue_scan.c"], optional=True,
        extra_compile_args=[] if sys.platform == "win32" else ["-O3"],
    ), Extension(
        "extract._sentence_scan", ["extract/_sentence_scan.c"], optional=True,
        extra_compile_args=[] if sys.platform == "win32" else ["-O3"],
    ), *_mypyc_extensions()],
    cmdclass={"build_ext": BuildExt},
)
