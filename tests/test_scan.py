"""`extract.scan`: a pattern's twin matches exactly where the pattern does (existence, and the
positions matches begin at), for every rule on its examples and on random text."""

from __future__ import annotations

import _sre
import importlib
import pkgutil
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extract.rules as rules_pkg
from extract import scan
from extract.rules import Rule


def _rules() -> list[Rule]:
    out: dict[str, Rule] = {}
    for m in pkgutil.iter_modules(rules_pkg.__path__):
        for value in vars(importlib.import_module(f"extract.rules.{m.name}")).values():
            if isinstance(value, Rule):
                out[value.name] = value
    return sorted(out.values(), key=lambda r: r.name)


RULES = _rules()
_BUILT: dict[str, re.Pattern[str]] = {}


def _build(rule: Rule) -> re.Pattern[str]:
    """`scan.build` of a rule's pattern, compiled once for all tests."""
    if rule.name not in _BUILT:
        _BUILT[rule.name] = scan.build(rule.regex)
    return _BUILT[rule.name]


def _starts(regex: re.Pattern[str], text: str) -> list[int]:
    """Every position where `regex` matches (a match may begin inside an earlier one)."""
    return [at for at in range(len(text) + 1) if regex.match(text, at)]


def _same(regex: re.Pattern[str], text: str, twin: re.Pattern[str]) -> None:
    if twin is regex:
        return
    assert (twin.search(text) is None) == (regex.search(text) is None), text
    assert [m.start() for m in twin.finditer(text)] == _starts(regex, text), text


def test_odd_upper_lists_every_irregular_lower_case() -> None:
    """With a character's upper and title case, ODD_UPPER holds every character that lower-cases
    to it: checked against every code point."""
    for code in range(0x110000):
        low = _sre.unicode_tolower(code)
        if low != code:
            ch, lower = chr(code), chr(low)
            assert ch in lower.upper() or ch == lower.title() or ch in scan.ODD_UPPER, hex(code)


def test_most_rules_have_a_twin() -> None:
    twins = sum(_build(rule) is not rule.regex for rule in RULES)
    assert twins >= 0.6 * len(RULES)


def test_the_pattern_searched_with_answers_as_the_rule() -> None:
    """`twin` keeps the faster of a rule and its twin: either way, the same answers."""
    for rule in RULES:
        for example in (*rule.matches, *rule.rejects):
            assert (scan.twin(rule.regex).search(example) is None) == (
                rule.regex.search(example) is None), (rule.name, example)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_twin_matches_where_the_rule_does_on_its_examples(rule: Rule) -> None:
    for example in (*rule.matches, *rule.rejects):
        for text in (example, example.lower(), example.upper(), f"x {example}. Ще 3"):
            _same(rule.regex, text, _build(rule))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_twin_matches_where_the_rule_does_on_random_text(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from([r for r in RULES if _build(r) is not r.regex]))
    example = data.draw(st.sampled_from(rule.matches))
    noise = st.text(alphabet="aBkKsſвВᲀтТᲄіІ 5.,-'\u212a\u0130", max_size=6)
    text = data.draw(noise) + example + data.draw(noise) + example[: data.draw(
        st.integers(0, len(example)))]
    _same(rule.regex, text, _build(rule))


@pytest.mark.parametrize(("pattern", "flags", "text", "where"), [
    ("k", re.I, "a\u212a b", [1]),          # Kelvin sign: IGNORECASE's 'k'
    ("в\\w+", re.I, "xx ᲀаш В", [3]),       # old-style в (re._casefix)
    ("\\bдо\\s+\\d", 0, "підо 5, до 7", [8]),
    ("(?<!\\w)s", re.I, "ſ S as", [0, 2]),
])
def test_case_and_look_behinds(pattern: str, flags: int, text: str, where: list[int]) -> None:
    regex = re.compile(pattern, flags)
    assert scan.build(regex) is not regex
    assert [m.start() for m in scan.build(regex).finditer(text)] == where == _starts(regex, text)


@pytest.mark.parametrize("pattern", ["a*", "(?:x|)", ".b", "[^a]b", "(?i)\\wb", "(a)\\1",
                                     "abc", "[ab]c"])  # the last two: re scans for them
def test_patterns_without_listed_first_characters_keep_no_twin(pattern: str) -> None:
    regex = re.compile(pattern)
    assert scan.build(regex) is regex


def test_starts_are_the_look_ahead_positions() -> None:
    text = "понад 10 дронів, до 5 ракет; вище 3 км"
    pattern = r"(?:(?:понад|до|ще)\s+)?(?<![\w-])\d+"
    assert [m.start() for m in scan.starts(pattern).finditer(text)] == [
        m.start() for m in re.finditer(f"(?=(?:{pattern}))", text)] == [0, 6, 17, 20, 31, 34]


def test_the_twin_chosen_once_is_read_back_without_parsing_or_timing(tmp_path,
                                                                     monkeypatch) -> None:
    """`twin`'s choice is kept in the regex table: a later process of the same code gets the
    same pattern to search with, without `build` and `_faster` (~20 M instructions a long
    phrase, made by each ingest worker afresh before)."""
    from extract import regex_cache
    from geo import settings as geo_settings

    monkeypatch.setattr(geo_settings, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(regex_cache, "_derived", regex_cache._Table(regex_cache._derived_path))
    monkeypatch.setattr(regex_cache, "_registered", True)
    patterns = [re.compile(r"(?<![\w-])(?:shot|downed) (?P<n>\d+) (?:drones|uavs)\b"),
                re.compile(r"\b\w+ed\b")]  # a twin where few characters begin a match; any
    chosen = [scan._chosen(p) for p in patterns]
    assert all(c is p or (c.pattern, c.flags) == (scan.build(p).pattern, scan.build(p).flags)
               for c, p in zip(chosen, patterns, strict=True))
    regex_cache.save()
    regex_cache._derived = regex_cache._Table(regex_cache._derived_path)  # a new process
    keys = [("twin", p.pattern, p.flags) for p in patterns]
    assert all(regex_cache._derived.get(key) is not regex_cache._MISSING for key in keys)
    regex_cache._derived.entries[keys[0]] = ("(unclosed", 0)  # a bad entry: chosen afresh
    again = [scan._chosen(p) for p in patterns]
    assert [(a.pattern, a.flags) for a in again[1:]] == [(c.pattern, c.flags) for c in chosen[1:]]
    assert [m.start() for m in again[0].finditer("they shot 5 drones and downed 6 uavs")] == \
        [m.start() for m in patterns[0].finditer("they shot 5 drones and downed 6 uavs")]


@pytest.mark.source
def test_a_kept_twin_is_neither_built_nor_timed_again(tmp_path, monkeypatch) -> None:
    from extract import regex_cache
    from geo import settings as geo_settings

    monkeypatch.setattr(geo_settings, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(regex_cache, "_derived", regex_cache._Table(regex_cache._derived_path))
    monkeypatch.setattr(regex_cache, "_registered", True)
    pattern = re.compile(r"(?<![\w-])(?:hit|struck) (?P<n>\d+) (?:homes|houses)\b")
    first = scan._chosen(pattern)
    regex_cache.save()
    regex_cache._derived = regex_cache._Table(regex_cache._derived_path)  # a new process

    def fail(*_a: object) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(scan, "build", fail)
    monkeypatch.setattr(scan, "_faster", fail)
    again = scan._chosen(pattern)
    assert (again.pattern, again.flags) == (first.pattern, first.flags)


def test_opens_with_tells_a_phrase_that_begins_with_its_head() -> None:
    count = r"(?:\d+|двох|трьох)"
    assert scan.opens_with(rf"(?<![\w-]){count}\s+дронів", count)  # after a look-behind
    assert not scan.opens_with(rf"збито\s+{count}\s+дронів", count)
    assert not scan.opens_with(count, count)  # the head and nothing more
    assert not scan.opens_with(rf"(?:{count}|кілька)\s+дронів", count)
    assert scan.opens_with(rf"{count}\s+ракет", count) is True  # the same read back
