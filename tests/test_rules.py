"""Every extraction rule, one by one: its examples, and that its gate lets each of its matches
through (the gate is derived from the pattern, so this checks the derivation too)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extract.rules as rules_pkg
from extract.pipeline import extract_text
from extract.rules import Rule, alternative_samples, lower_pattern, required_literals


def _families() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(rules_pkg.__path__))


def _all_rules() -> list[tuple[str, Rule]]:
    """(family, rule) for every rule defined (not imported) in a family module."""
    out = []
    for family in _families():
        module = importlib.import_module(f"extract.rules.{family}")
        source = inspect.getsource(module)
        for name, value in vars(module).items():
            if isinstance(value, Rule) and re.search(rf"^{name}\s*=\s*Rule\(", source, re.M):
                out.append((family, value))
    return out


RULES = _all_rules()
IDS = [f"{family}.{rule.name}" for family, rule in RULES]


def test_rule_names_are_unique() -> None:
    names = [rule.name for _f, rule in RULES]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


@pytest.mark.parametrize("family", _families())
def test_every_family_says_what_it_holds(family: str) -> None:
    assert (importlib.import_module(f"extract.rules.{family}").__doc__ or "").strip()


@pytest.mark.parametrize(("family", "rule"), RULES, ids=IDS)
def test_rule_has_purpose_and_examples(family: str, rule: Rule) -> None:
    assert rule.purpose.strip(), f"{rule.name}: no purpose"
    assert rule.matches, f"{rule.name}: a rule without examples is unfinished"
    assert rule.rejects, f"{rule.name}: no example it must not match"
    assert rule.use in ("search", "match", "fullmatch")


@pytest.mark.parametrize(("family", "rule"), RULES, ids=IDS)
def test_rule_matches_its_examples(family: str, rule: Rule) -> None:
    missed = [ex for ex in rule.matches if not rule.check(ex)]
    assert not missed, f"{rule.name} should match: {missed}"


@pytest.mark.parametrize(("family", "rule"), RULES, ids=IDS)
def test_rule_rejects_its_counter_examples(family: str, rule: Rule) -> None:
    wrong = [ex for ex in rule.rejects if rule.check(ex)]
    assert not wrong, f"{rule.name} should not match: {wrong}"


@pytest.mark.parametrize(("family", "rule"), RULES, ids=IDS)
def test_examples_switch_the_gate_on(family: str, rule: Rule) -> None:
    closed = [ex for ex in rule.matches if not rule.armed_by(ex.lower())]
    assert not closed, f"{rule.name}: gate {sorted(rule.gate or ())} misses {closed}"


@pytest.mark.parametrize(("family", "rule"), RULES, ids=IDS)
def test_each_alternative_switches_the_gate_on(family: str, rule: Rule) -> None:
    """A sample along every alternative of the pattern that the rule matches arms its gate."""
    pattern = lower_pattern(rule.pattern) if rule.lower else rule.pattern
    flags = rule.flags & ~re.IGNORECASE if rule.lower else rule.flags
    samples = [s for s in alternative_samples(pattern, flags) if rule.regex.search(s)]
    closed = [s for s in samples if not rule.armed_by(s.lower())]
    assert not closed, f"{rule.name}: gate {sorted(rule.gate or ())} misses {closed[:5]}"


@pytest.mark.parametrize(("family", "rule"), RULES, ids=IDS)
# derandomized: a draw from a long phrase's look-arounds may be filtered for many minutes
# (a CI run waited 20 on one); each run draws the same texts, timed once
@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_random_matches_switch_the_gate_on(family: str, rule: Rule, data: st.DataObject) -> None:
    if rule.gate is None:
        return
    text = data.draw(st.from_regex(rule.regex))
    assert rule.armed_by(text.lower()), (rule.name, text)


def _prescanned() -> list[Rule]:
    """The figure phrases' prescans and those of the rules defined in the family modules."""
    from extract.rules.rulesets import RULESETS
    rules = {id(rule): rule for rs in RULESETS.values() for _f, rule in rs.phrases}
    rules.update((id(rule), rule) for _f, rule in RULES)
    return [rule for rule in rules.values() if rule.prescan is not None]


PRESCANNED = _prescanned()


def test_some_rules_are_prescanned() -> None:
    assert {r.name for r in PRESCANNED} >= {"killed_roundup_3_uk", "injured_aged_ru",
                                            "raion_name"}


@pytest.mark.parametrize("rule", PRESCANNED, ids=[r.name for r in PRESCANNED])
def test_a_prescan_never_skips_a_match(rule: Rule) -> None:
    """`Rule.prescan` is sound on the rule's examples: its pattern is found often enough."""
    assert rule.prescan is not None
    pattern, n = rule.prescan
    scan = re.compile(lower_pattern(pattern))
    missed = [ex for ex in rule.matches if len(scan.findall(ex.lower())) < n]
    assert not missed, (rule.name, missed)


# --- The gate derivation itself ------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\bhit(?:s|ting)?\b", {"hit"}),
    (r"shot\s+down|downed", {"shot", "downed"}),
    (r"(?:a|an)\s+drone", {"drone"}),
    (r"attack(?:s|ed)?|strike", {"attack", "strike"}),
    (r"kh-\d+", {"kh-"}),
    (r"[ab]c", {"ac", "bc"}),
], ids=["optional-suffix", "two-alternatives", "article-then-noun", "words", "prefix-then-digits",
        "small-class"])
def test_required_literals(pattern: str, literals: set[str]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:drone)?\d+", r"a|\d", r"(?:x|y)*"],
                         ids=["word", "optional-word", "one-branch-free", "star"])
def test_patterns_without_a_required_literal_cannot_be_gated(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_common_words_make_poor_gates() -> None:
    assert required_literals(r"\d+\s+and\s+(?:killed|dead)") == {"killed", "dead"}


# --- Gates that once drifted from their rules -------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("A drone targeted Kharkiv overnight, officials warned.", "Kharkiv"),
    ("Russian forces were firing on Kherson.", "Kherson"),
    ("Air defence units were destroying the drones over Poltava as they came.", "Poltava"),
], ids=["targeted", "firing", "destroying"])
def test_a_rules_own_words_reach_it(text: str, place: str) -> None:
    """Words in a rule but once missing from its hand-copied gate ("targeted", "firing")."""
    events = extract_text(text).events
    assert [e.place for e in events] == [place]


def test_a_shot_down_verb_of_the_rule_counts() -> None:
    """"destroying" is in the shot-down verbs; the hand gate once lacked it."""
    text = ("Russia launched nine attack drones, with air defence destroying eight of them above "
            "the Mykolaiv region.")
    (event,) = extract_text(text).events
    assert (event.drones, event.drones_downed) == (9, 8)


@pytest.mark.parametrize(("family", "rule"), RULES, ids=IDS)
def test_a_cached_gate_is_the_derived_gate(family: str, rule: Rule) -> None:
    """Gates come from a disk cache at start-up (`prime_gates`); they must be what the pattern
    gives now."""
    flags = rule.flags & ~re.IGNORECASE
    assert rule.gate == required_literals(lower_pattern(rule.pattern), flags)


def test_prime_gates_fills_gates_from_the_cache(tmp_path, monkeypatch) -> None:
    from extract.rules import prime_gates
    from geo import settings

    monkeypatch.setattr(settings, "CACHE_DIR", tmp_path)
    fresh = Rule("fresh", "a rule made here", r"\bshell(?:ed|ing)\b", matches=("shelled",))
    prime_gates("test", [fresh])
    assert list(tmp_path.glob("gates-test-*.pickle"))
    again = Rule("fresh", "a rule made here", r"\bshell(?:ed|ing)\b", matches=("shelled",))
    prime_gates("test", [again])
    assert again._gated and again._gate == frozenset({"shelled", "shelling"})  # (not derived)
