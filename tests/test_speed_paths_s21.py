"""The shortcuts of the session of 2026-12-06 (sixth, "sx21") answer as the searches they
spare: `figures._has_count` searches `ONE_PERSON` ("her husband", "the driver") only where the
sentence holds a literal of its gate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import figures, scan
from extract.numbers import digits_in
from extract.rules import figure_contexts as fc


def _has_count_plainly(sentence: str, low: str) -> bool:
    """`figures._has_count` as it was: `ONE_PERSON` searched in every sentence."""
    return bool(digits_in(sentence).search(sentence)
                or scan.twin(fc.ARTICLE_COUNT.regex).search(sentence)
                or scan.twin(fc.ONE_PERSON.regex).search(low)
                or figures._COUNT_WORD.search(sentence))


def _one_person_plainly(low: str) -> bool:
    return scan.twin(fc.ONE_PERSON.regex).search(low) is not None


def test_one_person_gate_is_taken() -> None:
    """The rule has a gate of plain literals (else the shortcut would be idle)."""
    assert figures._ONE_PERSON_GATE is not None
    assert {"her", "his", "driver"} <= figures._ONE_PERSON_GATE


def test_one_person_gated_on_its_examples() -> None:
    """Each example the rule matches arms the gate; sentences with and without a count ask
    `_has_count` as the plain search does."""
    for example in fc.ONE_PERSON.matches:
        low = example.lower()
        assert _one_person_plainly(low), example
        assert figures._one_person_armed(low), example
        assert figures._has_count(example, low) == _has_count_plainly(example, low)
    sentences = ["Her husband was wounded when the drone hit the yard.",
                 "The tractor driver died in hospital, the governor said.",
                 "Their neighbour was hurt by debris.",
                 "The house was hit and the office said nothing more.",
                 "Shelling damaged a school and several homes overnight.",
                 "Officials said the strike destroyed a warehouse."]
    seen = {True: 0, False: 0}
    for sentence in sentences:
        low = sentence.lower()
        got = figures._has_count(sentence, low)
        assert got == _has_count_plainly(sentence, low), sentence
        seen[got] += 1
        if not figures._one_person_armed(low):
            assert not _one_person_plainly(low), sentence
    assert seen[True] and seen[False]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["her ", "his ", "their ", "the ", "another ", "husband ", "son ", "driver ", "pilot ",
     "guard ", "truck ", "died ", "succumbed ", "was ", "wounded ", "hurt ", "and ", "a ",
     "two ", "3 ", "drone ", "Her ", "The ", "x", "-", ", ", ". ", "\n", "other", "where "]),
    max_size=25))
def test_one_person_gated_on_random_text(words: list[str]) -> None:
    """Where the gate is not armed the rule's search finds nothing, so `_has_count` answers
    as before on any text."""
    sentence = "".join(words)
    low = sentence.lower()
    if not figures._one_person_armed(low):
        assert not _one_person_plainly(low)
    assert figures._has_count(sentence, low) == _has_count_plainly(sentence, low)
