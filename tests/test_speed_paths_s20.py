"""The shortcuts of the session of 2026-12-06 (fifth, "sx20") answer as the searches they
spare: a pattern that is one group of alternatives blanked one alternative at a time, each
only where the text holds a literal of every set its matches need (`rules.blank_matches`,
`rules.required_literal_sets`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.rules import (
    _alternatives,
    blank_matches,
    lang_ru,
    lang_uk,
    required_literal_sets,
    split_wrapped_alternatives,
)


def _blank_plainly(regex: re.Pattern[str], text: str) -> str:
    return regex.sub(lambda m: " " * len(m.group()), text)


def test_one_group_of_alternatives_is_split() -> None:
    assert split_wrapped_alternatives(r"(?:ab|c\)d|[(|]e)") == ["ab", r"c\)d", "[(|]e"]
    assert split_wrapped_alternatives(r"ab|cd") == ["ab", "cd"]
    assert split_wrapped_alternatives(r"(?:ab|cd)(?:ef|gh)") is None   # two groups
    assert split_wrapped_alternatives(r"(?:ab|cd)x") is None           # more after the group
    assert split_wrapped_alternatives(r"(ab|cd)") is None              # a capturing group
    assert split_wrapped_alternatives(r"(?i:ab|cd)") is None           # flags of its own
    assert split_wrapped_alternatives(r"(?:ab)") is None               # one alternative
    # the Ukrainian and Russian counts that are no toll: two alternatives in one group
    for rule in (lang_uk.NOT_A_TOLL, lang_ru.NOT_A_TOLL):
        assert len(_alternatives(rule.regex) or ()) == 2


def test_literal_sets_of_a_sequence() -> None:
    sets = required_literal_sets(r"\d+\s+(?:постраждал|поранен)\w*\s+(?:та|і)\s+(?:рідн|родич)")
    assert set(sets) == {frozenset({"постраждал", "поранен"}), frozenset({"та", "і"}),
                         frozenset({"рідн", "родич"})}
    assert required_literal_sets(r"a?b*\w+") == ()
    assert required_literal_sets(r"ab(?:c\s+de|f)") == (frozenset({"ab"}),
                                                        frozenset({"de", "f"}))


_PIECES = ["ab", "b", "(?:c|de)", "x*", r"\s+", "e?", "(?:f\\s+g)+", "[ab]", "a|", "(?:h|)",
           "(?=b)", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
       st.text(alphabet="abcdefgh x", max_size=20))
def test_every_match_holds_a_literal_of_each_set(pieces: list[str], text: str) -> None:
    pattern = "".join(pieces)
    try:
        rx = re.compile(pattern)
    except re.error:
        return
    m = rx.search(text)
    if m is None:
        return
    for literals in required_literal_sets(pattern):
        assert any(literal in m.group() for literal in literals), (pattern, text, literals)


def test_not_a_toll_blanked_as_by_its_substitution_on_its_examples() -> None:
    for rule in (lang_uk.NOT_A_TOLL, lang_ru.NOT_A_TOLL):
        rx = rule.regex
        for example in (*rule.matches, *rule.rejects):
            low = example.lower()
            for text in (low, f"{low}, {low} і {low}", low.replace(" ", "  ")):
                assert blank_matches(rx, text) == _blank_plainly(rx, text), text


_WORDS_UK = ["психологи", " надали", " допомогу", " 25", " 3", " двом", " постраждалим", " та",
             " і", " їхнім", " рідним", " родичам", " людям", " пораненим", " загинули", ",",
             " ще", " близьким", "  ", " 40", " сотні", " понад"]
_WORDS_RU = ["психологи", " помогли", " 25", " 3", " двум", " пострадавшим", " и", " их",
             " родственникам", " родным", " людям", " раненым", " погибли", ",", " ещё",
             " близким", "  ", " 40", " сотни", " более"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS_UK), max_size=24),
       st.lists(st.sampled_from(_WORDS_RU), max_size=24))
def test_not_a_toll_blanked_as_by_its_substitution_on_random_text(uk: list[str],
                                                                    ru: list[str]) -> None:
    for rule, words in ((lang_uk.NOT_A_TOLL, uk), (lang_ru.NOT_A_TOLL, ru)):
        text = "".join(words)
        assert blank_matches(rule.regex, text) == _blank_plainly(rule.regex, text), text

