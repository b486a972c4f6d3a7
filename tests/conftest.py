"""Shared fixtures: the shipped gazetteer, a tiny in-memory gazetteer, the seed report, and
(from postgis_cluster.py) a throwaway PostGIS database and a store URL on each backend."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from postgis_cluster import postgis_server, postgis_url, store_url  # noqa: F401

from geo.gazetteer import Gazetteer, Place, default_gazetteer
from geo.store import SQLiteStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "samples" / "seed.txt"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `source` (they patch a module's internals, which its compiled calls do not
    see) are skipped where the extraction modules run compiled: `STRIKEMAP_PURE=1 python -m
    pytest -m source` runs them from source (.ci/run does)."""
    import extract.events
    import extract.figures
    import extract.places
    from extract.compiled import running_compiled

    if not any(map(running_compiled, (extract.events, extract.figures, extract.places))):
        return
    skip = pytest.mark.skip(reason="patches a compiled module: STRIKEMAP_PURE=1 runs it")
    for item in items:
        if item.get_closest_marker("source") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture()
def tiny_gazetteer() -> Gazetteer:
    return Gazetteer(
        [
            (
                Place(1, "Lyman", "settlement", 48.99, 37.81, 20066, "UA-14"),
                ["Krasnyi Lyman", "Лиман"],
            ),
            (Place(2, "Lyman", "settlement", 49.5, 36.3, 4008, "UA-63"), ["Лиман"]),
            (Place(3, "Kramatorsk", "settlement", 48.73, 37.57, 147145, "UA-14"), ["Краматорськ"]),
            (Place(None, "Donetsk", "oblast", 48.1, 37.8, 0, "UA-14"), ["Donetsk region"]),
            (Place(4, "Moscow", "settlement", 55.75, 37.62, 10381222, None, "RU"), []),
        ]
    )


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def seed_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed report alone as the bundled samples (not the demo events): the test's
    samples/ folder, which the app and `extract.adding` then read."""
    from geo import settings

    folder = tmp_path / "samples"
    folder.mkdir()
    for name in ("seed.txt", "seed.meta.json"):
        shutil.copy(settings.SAMPLES_DIR / name, folder / name)
    monkeypatch.setattr(settings, "SAMPLES_DIR", folder)
    return folder


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    """A fresh embedded store in the test's folder."""
    s = open_store(str(tmp_path / "store.gpkg"))
    assert isinstance(s, SQLiteStore)
    yield s
    s.close()
