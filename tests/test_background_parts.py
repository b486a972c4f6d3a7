"""English BACKGROUND searched one alternative at a time (`word_first`): the parts must match
exactly where the whole rule does, and each part's own gate must let its matches through."""

from __future__ import annotations

import pytest

from extract.rules import Rule, alternative_samples, lower_pattern
from extract.rules import not_strike as ns

PARTS = ns.BACKGROUND_PARTS

#: Sentences near the rule's edges: a word inside another, an anniversary dated, a landmark.
EDGES = (
    "500 drones per day", "500 drones upper day", "the last year", "blast year",
    "the third anniversary of the war", "an anniversary", "the 30th anniversary",
    "historical cathedral hit", "a historical grievance", "the war killed 2,000",
    "the prewar killed", "it is a frequent target", "funerals held", "unfunerals",
    "investigators confirmed 21 dead", "an investigation is under way", "recall", "recalled",
    "ten days ago", "tendays ago", "in the past two months", "a regular target",
    "earlier this year", "mourners gathered", "nothing of the kind",
)


def _samples() -> list[str]:
    return [*alternative_samples(lower_pattern(ns.BACKGROUND.pattern)),
            *(s.lower() for s in (*ns.BACKGROUND.matches, *ns.BACKGROUND.rejects, *EDGES))]


@pytest.mark.parametrize("text", _samples())
def test_parts_match_where_the_rule_does(text: str) -> None:
    whole = ns.BACKGROUND.search(text) is not None
    assert whole == any(part.search(text) is not None for part in PARTS), text


@pytest.mark.parametrize("text", _samples())
def test_a_matching_part_arms_its_gate(text: str) -> None:
    closed = [p.name for p in PARTS if p.search(text) is not None and not p.armed_by(text)]
    assert not closed, (text, closed)


def test_parts_open_on_their_first_word() -> None:
    """Most parts open on a literal word, which re looks for instead of trying every position."""
    assert PARTS[1].pattern.startswith("last(?<!\\wlast)")
    assert sum(not p.pattern.startswith("\\b") for p in PARTS) > len(PARTS) * 3 // 4


def test_word_first_refuses_what_is_not_the_rule() -> None:
    rule = Rule("t", "a test rule", r"\b(?:a|b)\b", matches=("a",), rejects=("c",))
    with pytest.raises(ValueError, match="more than one"):
        ns.word_first(Rule("t", "", r"\b(?:a|b)\b", matches=("a",)), ("a|b",))
    with pytest.raises(ValueError, match="not the alternation"):
        ns.word_first(rule, ("a", "c"))
    assert [p.pattern for p in ns.word_first(rule, ("a", "b"))] == [
        r"a(?<!\wa)(?:)\b", r"b(?<!\wb)(?:)\b"]
