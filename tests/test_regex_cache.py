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
    """An empty table in a cache folder of its own, the module's state put back after."""
    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(regex_cache, "_table", None)
    monkeypatch.setattr(regex_cache, "_added", {})
    monkeypatch.setattr(regex_cache, "_registered", True)  # no atexit write from a test
    return tmp_path


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
    assert len(list(fresh_table.glob("regex-*.pickle"))) == 1
    regex_cache._table = None  # as a new process: the table read from the file
    read = [regex_cache.compile(p, f) for p, f in patterns]
    assert read == made
    assert not regex_cache._added  # every one came from the file
    m = regex_cache.compile(r"(?P<n>\d+)\s+(?:drones?|UAVs)(?!\s+were)", re.IGNORECASE)
    assert m.search("Russia launched 45 Drones at night")["n"] == "45"
    assert m.groupindex == {"n": 1} and m.groups == 1


def test_a_broken_table_or_entry_is_compiled_afresh(fresh_table) -> None:
    regex_cache._path().write_bytes(b"not a pickle")
    assert regex_cache.compile(r"\bshell(?:ed|ing)\b") == re.compile(r"\bshell(?:ed|ing)\b")
    regex_cache._table = {("x+y", 0): (0, "garbage", 0, {}, ())}
    assert regex_cache.compile("x+y") == re.compile("x+y")


def test_a_bad_pattern_raises_as_re_does(fresh_table) -> None:
    with pytest.raises(re.error):
        regex_cache.compile("(unclosed")


def test_rules_compile_through_the_table(fresh_table) -> None:
    rule = Rule("cached", "a rule made here", r"\bShelled (?P<n>\d+)", matches=("shelled 3",))
    assert rule.regex == re.compile(r"\bshelled (?P<n>\d+)")
    assert (r"\bshelled (?P<n>\d+)", 0) in regex_cache._added
