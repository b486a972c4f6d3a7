"""The shortcuts of the session of 2026-12-06 (fifth, "sx20") answer as the searches they
spare: a pattern that is one group of alternatives blanked one alternative at a time, each
only where the text holds a literal of every set its matches need (`rules.blank_matches`,
`rules.required_literal_sets`), and Ukrainian and Russian sentence rules searched one armed
part at a time (`events._PARTS`, `rules.split_rule_parts`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import events
from extract.rules import (
    Rule,
    _alternatives,
    alternative_samples,
    blank_matches,
    lang_ru,
    lang_uk,
    lower_pattern,
    required_literal_sets,
    split_rule_parts,
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


# --- Ukrainian and Russian sentence rules searched one alternative at a time -------------------

def test_rule_parts_distribute_a_word_boundary() -> None:
    assert split_rule_parts(r"ab\s+c|\b(?:де|жз\w*|ий)\b") == [
        r"ab\s+c", r"\b(?:де)\b", r"\b(?:жз\w*)\b", r"\b(?:ий)\b"]
    assert split_rule_parts(r"\b(?:ab|cd\w+)") == [r"\b(?:ab)", r"\b(?:cd\w+)"]
    assert split_rule_parts(r"\b(?:ab|cd)x\b") is None   # more than the group after it
    assert split_rule_parts(r"\b(?:abc)\b") is None       # one alternative


def _cues_of(low: str) -> set[str]:
    return events._armed(low, [0]).get(0, set())


def _other_split_rules() -> list[Rule]:
    from extract.rules.rulesets import RULESETS

    rules = [rule for lang in ("uk", "ru") for rule in RULESETS[lang].sentence_rules
             if rule.name in events._PARTS]
    assert {"not_evidence_uk", "not_evidence_ru", "happened_uk", "happened_ru"} <= {
        rule.name for rule in rules}
    return rules


def test_other_rules_split_into_parts_find_what_the_whole_rule_finds() -> None:
    """`events._found` of a Ukrainian or Russian rule searched one armed part at a time (and
    only where the sentence holds a literal of each of the part's sets, `events._PART_MORE`)
    answers as the whole rule's search, on its examples and samples of each alternative, whole
    and cut at every fourth offset from either end."""
    for rule in _other_split_rules():
        texts = [s.lower() for s in (*rule.matches, *rule.rejects,
                                     *alternative_samples(lower_pattern(rule.pattern)))]
        for text in texts:
            for cut in range(0, len(text) + 1, 4):
                for piece in (text, text[:cut], text[cut:], f"{text[cut:]}, {text[:cut]}"):
                    cues = _cues_of(piece)
                    assert events._found(rule, piece, cues) == (
                        rule.name in cues and rule.regex.search(piece) is not None), (
                        rule.name, piece)


_CYRILLIC = ["без ", "постраждалих ", "не ", "постраждав ", "ніхто ", "немає ", "тривога ",
             "рух ", "ворожих ", "дронів ", "атакували ", "вдарили ", "по ", "обстріл ",
             "переговори ", "наступ ", "можуть ", "минулого ", "року ", "пострадавших ",
             "нет ", "никто ", "пострадал ", "тревога ", "атаковали ", "ударили ", "по ",
             "переговоры ", "наступление ", "могут ", "в ", "прошлом ", "году ", "из-за ",
             "атаки ", "графики ", "отключений ", "через ", "удар ", ", ", ". ", "-", "х"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CYRILLIC), max_size=16))
def test_other_rules_split_into_parts_on_random_text(words: list[str]) -> None:
    from extract.rules.rulesets import RULESETS

    text = "".join(words)
    cues = _cues_of(text)
    for rule in _other_split_rules():
        assert events._found(rule, text, cues) == (
            rule.name in cues and rule.regex.search(text) is not None), (rule.name, text)
    for lang in ("uk", "ru"):
        rules = RULESETS[lang]
        assert events._evidence(text, cues, rules) == (
            rules.not_evidence.regex.sub(lambda m: " " * len(m.group()), text)
            if rules.not_evidence.name in cues else text)
