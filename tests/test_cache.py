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


def test_a_pinned_source_keys_its_cache_as_loaded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a module edited while a process runs: the process's build keeps the key of the code it
    # loaded, and a process that loads the edited module builds again
    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(cache, "_pinned", {})
    source = tmp_path / "module.py"
    source.write_text("old = 1")
    (pinned,) = cache.pin(source)
    source.write_text("new = 2, longer")
    assert cache.cached_build("thing", [pinned], lambda: ["old"], list) == ["old"]
    assert cache.cached_build("thing", [pinned], lambda: ["again"], list) == ["old"]
    monkeypatch.setattr(cache, "_pinned", {})
    assert cache.cached_build("thing", cache.pin(source), lambda: ["new"], list) == ["new"]


def test_only_the_builds_last_used_are_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path / "cache")
    first, later, other = (tmp_path / f"{n}.txt" for n in ("first", "later", "other"))
    first.write_text("a source that does not change")
    other.write_text("another name's source")
    assert cache.cached_build("thing-else", [other], lambda: ["kept"], list) == ["kept"]
    assert cache.cached_build("thing", [first], lambda: ["first"], list) == ["first"]
    for version in range(cache.KEEP + 3):
        later.write_text("v" * (version + 1))
        assert cache.cached_build("thing", [later], lambda v=version: [v], list) == [version]
        # the first build is used again after each new one, so it stays among the last used
        assert cache.cached_build("thing", [first], lambda: ["rebuilt"], list) == ["first"]
    assert len(list((tmp_path / "cache").glob("thing-????????????????.pickle"))) == cache.KEEP
    assert cache.cached_build("thing", [later], lambda: ["rebuilt"], list) == [cache.KEEP + 2]
    assert cache.cached_build("thing-else", [other], lambda: ["lost"], list) == ["kept"]
