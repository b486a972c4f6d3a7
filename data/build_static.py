"""Build static/: the Leaflet and plugin files the dashboard's map loads, served by Streamlit.

folium points its maps at CDNs; the dashboard must work with no network, so the same files are
taken from the npm registry (`npm pack`, tarballs pinned by version and SHA-256), copied under
`static/<package>/<version>/` with their licenses, and `geo.maps` rewrites folium's URLs to
`/app/static/...` (`server.enableStaticServing` in `.streamlit/config.toml`). Run from the
repository root with npm able to reach its registry:

    python data/build_static.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _sources import _check, sha256, workdir  # noqa: E402

STATIC = HERE.parent / "static"

#: (package, version, tarball SHA-256, files inside the tarball's `package/` folder).
PACKAGES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "leaflet",
        "1.9.3",
        "10d016716b56048661eaf9cde004dc82e80bd3613b52c4f53cf5aec73088006c",
        (
            "LICENSE",
            "dist/leaflet.js",
            "dist/leaflet.css",
            "dist/images/layers.png",
            "dist/images/layers-2x.png",
            "dist/images/marker-icon.png",
            "dist/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png",
        ),
    ),
    (
        "jquery",
        "3.7.1",
        "68a9f787516da47c680e09c187bcbac4536b6f85d90eb882844e12919e583f53",
        ("LICENSE.txt", "dist/jquery.min.js"),
    ),
    (
        "bootstrap",
        "5.2.2",
        "6ae3403f9085283be866fd9bca04f3034ffc755e466e6a1ff9836e8c0a1340d4",
        ("LICENSE", "dist/js/bootstrap.bundle.min.js", "dist/css/bootstrap.min.css"),
    ),
    (
        "leaflet.markercluster",
        "1.5.3",
        "fc6b0b1d00b6c708ae54e43ee4a11ac345e41660e19f0a570190bb35babb1a1c",
        (
            "MIT-LICENCE.txt",
            "dist/leaflet.markercluster-src.js",
            "dist/MarkerCluster.css",
            "dist/MarkerCluster.Default.css",
        ),
    ),
)


def _pack(package: str, version: str, sha: str, work: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"{package}@{version}", "--silent"],
        cwd=work,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return _check(work / f"{package}-{version}.tgz", sha)


def _strip_source_map(path: Path) -> None:
    """Drop `sourceMappingURL` comments: the maps are not shipped, so browsers need not ask."""
    if path.suffix not in (".js", ".css"):
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if "sourceMappingURL=" not in ln]
    if kept != lines:
        path.write_text("".join(kept), encoding="utf-8")


def build() -> list[tuple[str, str]]:
    """Copy every pinned file into static/; return (path, SHA-256) of what was written."""
    written: list[tuple[str, str]] = []
    with workdir() as tmp:
        work = Path(tmp)
        for package, version, sha, members in PACKAGES:
            tgz = _pack(package, version, sha, work)
            dest = STATIC / package / version
            if dest.exists():
                shutil.rmtree(dest)
            with tarfile.open(tgz) as tar:
                for member in members:
                    tar.extract(f"package/{member}", work / package, filter="data")
                    target = dest / member.removeprefix("dist/")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(work / package / "package" / member, target)
                    _strip_source_map(target)
                    written.append((str(target.relative_to(STATIC.parent)), sha256(target)))
    return written


if __name__ == "__main__":
    for path, digest in build():
        print(f"{digest}  {path}")
