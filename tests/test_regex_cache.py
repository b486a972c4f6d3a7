"""The compiled-regex table on disk (`extract.regex_cache`) gives the very patterns
`re.compile` gives: `re.Pattern` equality compares pattern, flags and compiled program."""

from __future__ import annotations

import re

import pytest

from extract import regex_cache
from extract.figures import RULESETS
from extract.rules import Rule, lower_pattern
from geo import settings


@pytest.fixture
def fresh_table(tmp_path, monkeypatch):
    """Empty tables in a cache folder of their own, the module's state put back after."""
    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path)
    for name in ("_programs", "_derived"):  # put back after the test, as set by `new_process`
        monkeypatch.setattr(regex_cache, name, getattr(regex_cache, name))
    new_process()
    monkeypatch.setattr(regex_cache, "_registered", True)  # no atexit write from a test
    return tmp_path


def new_process() -> None:
    """The tables as a new process finds them: read from their files when first used."""
    regex_cache._programs = regex_cache._Table(regex_cache._programs_path)
    regex_cache._derived = regex_cache._Table(regex_cache._derived_path)


def _patterns() -> list[tuple[str, int]]:
    """Every figure phrase of every language as `Rule.regex` compiles it (the longest
    patterns), and a few with groups, flags and look-arounds."""
    out = [(lower_pattern(r.pattern), r.flags & ~re.IGNORECASE) if r.lower else (r.pattern, r.flags)
           for rs in RULESETS.values() for _f, r in rs.phrases]
    return [*out, (r"(?P<n>\d+)\s+(?:drones?|UAVs)(?!\s+were)", re.IGNORECASE),
            (r"(?<=\bin )[A-Z]\w+", 0), ("^a.c$", re.MULTILINE | re.DOTALL), ("(a)|(?P<b>b)", 0)]


def test_compiled_patterns_equal_re_compile_when_made_and_when_read_back(fresh_table) -> None:
    patterns = _patterns()
    made = [regex_cache.compile(p, f) for p, f in patterns]
    assert made == [re.compile(p, f) for p, f in patterns]
    regex_cache.save()
    assert regex_cache._programs_path().exists()
    new_process()
    read = [regex_cache.compile(p, f) for p, f in patterns]
    assert read == made
    assert not regex_cache._programs.added  # every one came from the file
    m = regex_cache.compile(r"(?P<n>\d+)\s+(?:drones?|UAVs)(?!\s+were)", re.IGNORECASE)
    assert m.search("Russia launched 45 Drones at night")["n"] == "45"
    assert m.groupindex == {"n": 1} and m.groups == 1


def test_a_broken_table_or_entry_is_compiled_afresh(fresh_table) -> None:
    regex_cache._programs_path().write_bytes(b"not a pickle")
    assert regex_cache.compile(r"\bshell(?:ed|ing)\b") == re.compile(r"\bshell(?:ed|ing)\b")
    regex_cache._programs.entries = {("x+y", 0): (0, "garbage", 0, {}, ())}
    assert regex_cache.compile("x+y") == re.compile("x+y")


def test_a_bad_pattern_raises_as_re_does(fresh_table) -> None:
    with pytest.raises(re.error):
        regex_cache.compile("(unclosed")


def test_rules_compile_through_the_table(fresh_table) -> None:
    rule = Rule("cached", "a rule made here", r"\bShelled (?P<n>\d+)", matches=("shelled 3",))
    assert rule.regex == re.compile(r"\bshelled (?P<n>\d+)")
    assert (r"\bshelled (?P<n>\d+)", 0) in regex_cache._programs.added


def test_derived_values_are_made_once_and_read_back_by_the_same_code(fresh_table,
                                                                     monkeypatch) -> None:
    made: list[str] = []

    def make() -> str:
        made.append("x")
        return "derived from a+"

    assert regex_cache.derived("kind", "a+", 0, make, str) == "derived from a+"
    assert regex_cache.derived("kind", "a+", 0, make, str) == "derived from a+"  # kept in memory
    regex_cache.save()
    new_process()  # of the same code: read, not made
    assert regex_cache.derived("kind", "a+", 0, make, str) == "derived from a+"
    assert regex_cache.derived("kind", "a+", re.I, lambda: None, type(None)) is None  # other flags
    assert len(made) == 1
    regex_cache._derived.entries[("kind", "a+", 0)] = 12  # an entry of another type: made afresh
    assert regex_cache.derived("kind", "a+", 0, make, str) == "derived from a+"
    assert len(made) == 2
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "_code", "an edited scan.py")  # other code: made afresh
    new_process()
    assert regex_cache.derived("kind", "a+", 0, make, str) == "derived from a+"
    assert len(made) == 3
    regex_cache.save()  # each version's values in a file of its own
    assert len(list(fresh_table.glob(f"{regex_cache.DERIVED}-*.pickle"))) == 2


def test_a_process_that_only_reads_a_derived_table_keeps_it_from_the_prune(fresh_table,
                                                                          monkeypatch) -> None:
    """A file read is marked used: a version that saves later prunes the least recently used
    beyond `geo.cache.KEEP`, not the one a process runs on though it added nothing."""
    import os

    from geo import cache

    def save_version(code: str, value: str, when: int):
        monkeypatch.setattr(regex_cache, "_code", code)
        new_process()
        regex_cache.derived("kind", "a+", 0, lambda: value, str)
        regex_cache.save()   # and prunes
        path = regex_cache._derived_path()
        os.utime(path, (when, when))   # written long ago, in this order
        return path

    running = save_version("running code", "running code's", 1)
    for version in range(cache.KEEP - 1):   # as many files as are kept
        save_version(f"version {version}", "other code's", 2 + version)
    monkeypatch.setattr(regex_cache, "_code", "running code")
    new_process()   # a process of the running code: reads its values, adds none
    assert regex_cache.derived("kind", "a+", 0, lambda: "made again", str) == "running code's"
    save_version("newest code", "newest code's", 10**10)
    assert running.exists()
    assert len(list(fresh_table.glob(f"{regex_cache.DERIVED}-*.pickle"))) == cache.KEEP


def test_the_code_stamp_follows_the_deriving_sources(monkeypatch) -> None:
    monkeypatch.setattr(regex_cache, "_code", None)
    stamp = regex_cache._code_stamp()
    assert len(stamp) == 40 and regex_cache._code_stamp() == stamp
    monkeypatch.setattr(regex_cache, "_code", None)
    monkeypatch.setattr(regex_cache, "DERIVING", ("scan.py",))
    assert regex_cache._code_stamp() != stamp


def test_an_ingests_workers_keep_the_patterns_they_compiled(fresh_table, tmp_path) -> None:
    """The workers of a forked pool, which extract every report, write what they compiled
    when the pool is done (they leave by `os._exit`, past `atexit`): later runs read it."""
    from extract.ingest import ingest
    from geo.store import open_store

    def extractor(text: str, **_kw: object) -> dict[str, object]:
        regex_cache.compile(rf"\bworker pattern {len(text)}\b")
        return {"article": {"id": str(len(text)), "lang": "en"}, "mentions": [], "events": []}

    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text("report " + "x" * i, encoding="utf-8")
    with open_store(str(tmp_path / "store.gpkg")) as store:
        assert ingest([folder], store, extractor=extractor, jobs=2).new == 4
    kept = regex_cache._read(regex_cache._programs_path())
    assert {rf"\bworker pattern {7 + i}\b" for i in range(4)} <= {key[0] for key in kept}
    assert not any("worker pattern" in key[0] for key in regex_cache._programs.added)  # not here
