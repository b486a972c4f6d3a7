from __future__ import annotations

from pathlib import Path

import pytest

from geo import cache, settings


def test_built_once_then_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path / "cache")
    source = tmp_path / "source.txt"
    source.write_text("v1")
    calls: list[int] = []

    def build() -> dict[str, str]:
        calls.append(1)
        return {"value": source.read_text()}

    assert cache.cached_build("thing", [source], build, dict) == {"value": "v1"}
    assert cache.cached_build("thing", [source], build, dict) == {"value": "v1"}
    assert len(calls) == 1


def test_a_changed_source_file_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path / "cache")
    source = tmp_path / "source.txt"
    source.write_text("v1")
    calls: list[int] = []

    def build() -> dict[str, str]:
        calls.append(1)
        return {"value": source.read_text()}

    assert cache.cached_build("thing", [source], build, dict) == {"value": "v1"}
    source.write_text("v2, longer")
    assert cache.cached_build("thing", [source], build, dict) == {"value": "v2, longer"}
    assert len(calls) == 2


def test_corrupt_cache_is_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source.txt"
    source.write_text("x")
    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path / "cache")
    assert cache.cached_build("thing", [source], lambda: [1], list) == [1]
    (cached,) = (tmp_path / "cache").glob("thing-*.pickle")
    cached.write_bytes(b"not a pickle")
    assert cache.cached_build("thing", [source], lambda: [2], list) == [2]


def test_unwritable_cache_is_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "source.txt"
    source.write_text("x")
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setattr(settings, "CACHE_DIR", blocker / "cache")
    assert cache.cached_build("thing", [source], lambda: [3], list) == [3]
