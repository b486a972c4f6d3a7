"""The shortcuts of session 24 ("sx24") answer as the searches they spare: digit and space runs
written `\\d\\d*`, `[0-9][0-9]*`, `\\s\\s*` (a class first, which `re` skips to in C) match as
`\\d+`, `[0-9]+`, `\\s+`; a plain prescan (`events._prescan_found`) is substring tests; a rule
with an alternative anchored at the start (`events._rule_found`) is its parts, the anchored
ones matched at 0 and the others searched by their twins where their literals are."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import events, figures, numbers
from extract.rules import Rule, blasts, figure_contexts, totals
from extract.rules.rulesets import RULESETS

#: Sentences of our own, lower-cased where the rules read them so: tolls told as a part of a
#: larger one, record attacks, blasts of their own cause, "all but" counts.
_SENTENCES = (
    "of the 14 people killed, three were children, the governor said.",
    "among those injured were two rescuers and a medic.",
    "two of the five injured are in a serious condition.",
    "one of them died in hospital, the other is recovering.",
    "the bodies of all six victims have been identified.",
    "police identified the bodies of three of the victims.",
    "at its peak, russia launched 728 drones in a single night.",
    "in the largest attack of the war, russia fired 810 drones.",
    "russia has previously launched more than 700 drones in one night.",
    "a grenade went off in a flat in kryvyi rih, injuring a man.",
    "an unknown object exploded near a bus stop; the causes are being established.",
    "all but three of the 47 drones were shot down overnight.",
    "air defence shot down all the missiles and 40 of 45 drones.",
    "russian drones struck kharkiv overnight, killing two people and injuring nine.",
    "\u2014 of the dead, two were children \u2014 officials said.",
    "  among the wounded, nine were hospitalised, one of whom later died.",
    "",
    "^ of the",
)

_WORDS = ("of", "the", "those", "among", "killed", "injured", "dead", "three", "14", ",", ".",
          "one", "first", "others", "other", "bodies", "were", "identified", "at", "its", "peak",
          "in", "largest", "attack", "has", "launched", "drones", "single", "night", "all", "but",
          "grenade", "explosion", "\u2014", " ", "\n", "twenty", "fifteen", "victims", "been")


def _rules_with_anchors() -> list[Rule]:
    """Every lower-case rule of every language that `_anchored_parts` splits."""
    seen: dict[int, Rule] = {}
    for rules in RULESETS.values():
        fields = [*vars(rules).values(), *(vars(rules.recall).values() if rules.recall else ())]
        for value in fields:
            for rule in (value if isinstance(value, tuple) else (value,)):
                if isinstance(rule, Rule) and events._anchored_parts(rule) is not None:
                    seen[id(rule)] = rule
    return list(seen.values())


def test_the_anchored_rules_are_split() -> None:
    """`part_of_toll` and `record_attack` (what the bench reports reach) have anchored parts;
    a rule without one is searched whole."""
    names = {rule.name for rule in _rules_with_anchors()}
    assert {"part_of_toll", "record_attack"} <= names
    assert events._anchored_parts(blasts.OWN_CAUSE) is None


def test_rule_found_answers_as_the_search() -> None:
    """On the rules' own examples and sentences of ours, and at every start of them."""
    for rule in _rules_with_anchors():
        for text in (*rule.matches, *rule.rejects, *_SENTENCES):
            for low in {text.lower(), text.lower()[1:], " " + text.lower()}:
                assert events._rule_found(rule, low) == (rule.regex.search(low) is not None), (
                    rule.name, low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=24))
def test_rule_found_answers_as_the_search_on_random_text(words: list[str]) -> None:
    low = " ".join(words)
    for rule in (figure_contexts.PART_OF_TOLL, totals.RECORD_ATTACK):
        assert events._rule_found(rule, low) == (rule.regex.search(low) is not None), low


def test_a_plain_prescan_is_substring_tests() -> None:
    """`blast_own_cause`'s and "all but"'s prescans are plain literals; a prescan with a
    class or repeat (`figure_phrases`' "and/or ... drones") is searched as before."""
    plain = [rule for rules in RULESETS.values()
             for rule in (rules.own_cause_blast, rules.all_but_downed, rules.all_shot_down)
             if rule is not None and rule.prescan is not None]
    assert any(events._literal_prescan(rule) for rule in plain)
    for rule in (*plain, figure_contexts.ALL_BUT_DOWNED):
        for text in (*rule.matches, *rule.rejects, *_SENTENCES):
            low = text.lower()
            assert rule.prescan_regex is not None
            assert events._prescan_found(rule, low) == (rule.prescan_regex.search(low)
                                                       is not None), (rule.name, low)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 a\u0661\u0966\t\n\u00a0\u2003.,", max_size=40))
def test_runs_written_with_a_class_first_match_as_the_repeats(text: str) -> None:
    """`COUNT_DIGITS`, `_ASCII_DIGITS`, `_SPACES`, `figures._AGE`: the same matches as the
    `+` forms they replace, by finditer, search from each offset and sub."""
    pairs = ((numbers.COUNT_DIGITS, re.compile(r"\d+")),
             (numbers._ASCII_DIGITS, re.compile(r"[0-9]+")),
             (numbers._SPACES, re.compile(r"\s+")),
             (figures._AGE, re.compile(r"\d+")))
    for new, old in pairs:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for pos in range(len(text) + 1):
            a, b = new.search(text, pos), old.search(text, pos)
            assert (a and a.span()) == (b and b.span())
        assert new.sub(" ", text) == old.sub(" ", text)
        assert new.findall(text) == old.findall(text)
