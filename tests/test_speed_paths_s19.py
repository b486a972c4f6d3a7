"""The shortcuts of the session of 2026-12-06 (fourth, "sx19") answer as the searches they
spare: a gated rule's plain prescan found by the cue automaton (`events._PRESCAN_CUES`), the
village-of scan let go where no settlement word is written (`places._may_name_village_of`),
and a pattern's matches blanked one alternative at a time (`rules.blank_matches`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import events, places
from extract.rules import blank_matches, blasts, split_alternatives
from extract.rules import figure_contexts as fc
from extract.rules import place_contexts as contexts
from extract.sentences import sentence_spans


def _may_match_plainly(rule, low: str, cues: set[str]) -> bool:
    """`events._may_match` as it was: the gate, then the prescan searched in the sentence."""
    if rule.name not in cues:
        return False
    if rule.prescan is None:
        return True
    regex, n = rule.prescan_regex, rule.prescan[1]
    return regex.search(low) is not None if n == 1 else len(regex.findall(low)) >= n


def _sentences(text: str) -> list[tuple[str, set[str]]]:
    """Each sentence's lower case and the cues the report's automaton gives it."""
    low = text.lower()
    spans = sentence_spans(text)
    starts = [a for a, _b in spans]
    armed = events._armed(low, starts)
    return [(low[a:b], armed.get(i, set())) for i, (a, b) in enumerate(spans)]


def test_plain_prescans_are_cued() -> None:
    """The own-cause blast's and the recall's prescans are plain literals (else the shortcut
    would be idle: the test would say nothing), and a prescan with a group is not taken."""
    assert "blast_own_cause" in events._PRESCAN_CUES
    assert "recall_after" in events._PRESCAN_CUES
    assert "recalled_toll" not in events._PRESCAN_CUES  # "this (?:year|month|week)"
    assert events._literal_prescan(blasts.OWN_CAUSE) >= {"grenade", "de-min", "mine"}


def test_prescan_cues_answer_as_the_prescan_on_sentences() -> None:
    text = ("A grenade went off in a flat in Lviv because of careless handling, injuring two. "
            "Drones struck Kharkiv, which caused fires. The cause of the blast is being "
            "established. Two days after the strike, deminers cleared the field.\n"
            "A shell hit the school; the cause was a drone, the police said. "
            "Because of the attack, the mine was closed hours later.")
    rules = [r for r in events._GATED_RULES if r.name in events._PRESCAN_CUES]
    seen_true = seen_false = 0
    for low, cues in _sentences(text):
        for rule in rules:
            got = events._may_match(rule, low, cues)
            assert got == _may_match_plainly(rule, low, cues), (rule.name, low)
            seen_true += got
            seen_false += rule.name in cues and not got
    assert seen_true and seen_false  # both answers were asked for


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["grenade ", "explosion ", "because ", "caused ", "cause ", "mine", "s ", "left ", ". ",
     "\n", "Drones hit Sumy", " days after ", "hours ", "week", "x", "  ", "de-", "min",
     "ed ", "the ", "Blast"]), max_size=30))
def test_prescan_cues_answer_as_the_prescan_on_random_text(words: list[str]) -> None:
    """Literals cut by a sentence's end, or across two sentences, never leave a match out."""
    text = "".join(words)
    for low, cues in _sentences(text):
        for rule in events._GATED_RULES:
            if rule.name in events._PRESCAN_CUES:
                assert events._may_match(rule, low, cues) == _may_match_plainly(rule, low, cues)


def test_village_of_is_looked_for_wherever_it_matches() -> None:
    rule = contexts.VILLAGE_OF_NAME
    for example in (*rule.matches, *rule.rejects, "The Village of Rohan", "the hamlet of Ivanky"):
        if rule.regex.search(example) is not None:
            assert places._may_name_village_of(example), example
    assert not places._may_name_village_of("Drones hit the city of Sumy and a Village nearby")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["village ", "Village ", "town ", "towns ", "of ", "Velyka ", "Rohan", "-", " ", "hamlet",
     "settlement", "Kharkiv ", "x", "\n"]), max_size=20))
def test_village_of_is_looked_for_wherever_it_matches_random_text(words: list[str]) -> None:
    text = "".join(words)
    if contexts.VILLAGE_OF_NAME.regex.search(text) is not None:
        assert places._may_name_village_of(text), text



def _blank_plainly(regex, text: str) -> str:
    return regex.sub(lambda m: " " * len(m.group()), text)


def test_alternatives_split_as_written() -> None:
    assert split_alternatives(r"a|b(?:c|d)|[|(]x|\|y|(?#a|b)z") == [
        "a", "b(?:c|d)", "[|(]x", r"\|y", "(?#a|b)z"]
    assert split_alternatives(r"(a|b)c") is None           # one alternative
    assert split_alternatives(r"(a)x|\1y") is None          # tied by a back-reference
    assert split_alternatives(r"(?i)ab|cd") is None         # global flags
    assert len(split_alternatives(fc.ASIDE.regex.pattern, fc.ASIDE.regex.flags) or ()) >= 4


def test_aside_blanked_as_by_its_substitution_on_its_examples() -> None:
    rx = fc.ASIDE.regex
    for example in (*fc.ASIDE.matches, *fc.ASIDE.rejects):
        for text in (example, f"{example}, {example} - and - {example}",
                     example.replace(" ", "  ")):
            assert blank_matches(rx, text) == _blank_plainly(rx, text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(
    ["five people", ", including", " including", " among them", " a child", " two", " 3",
     " children", " women", ",", " and", " aged", " about", " 38", " 71", " -", " –", " a man",
     " his wife", " were hurt", ", who include", " toddlers", " drones", ":", " boys", "  "]),
    max_size=30))
def test_aside_blanked_as_by_its_substitution_on_random_text(words: list[str]) -> None:
    text = "".join(words)
    assert blank_matches(fc.ASIDE.regex, text) == _blank_plainly(fc.ASIDE.regex, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab|-x ", max_size=12), st.text(alphabet="ab x", max_size=12))
def test_blank_matches_of_small_alternations(pattern_words: str, text: str) -> None:
    """Alternatives that overlap, start alike or match empty: as `sub` blanks them."""
    pattern = "|".join(p for p in pattern_words.split("|")) or "a|b"
    try:
        rx = re.compile(pattern)
    except re.error:
        return
    assert blank_matches(rx, text) == _blank_plainly(rx, text)
