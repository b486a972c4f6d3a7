"""Strike figures in one sentence: drones and missiles launched and shot down, killed, injured.

Each figure keeps its character span, so the event can cite the exact sentence and the caller
can give the figure to the place its clause names. Numbers that measure something else (ages,
distances, money, durations) and cumulative tolls are not figures.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extract.numbers import (
    COUNT_DIGITS,
    COUNT_WORD_START,
    PERSON_NOUNS,
    parse_number,
)
from extract.rules import figure_contexts as fc
from extract.rules import lower_pattern, prime_gates
from extract.rules.figure_phrases import PHRASES
from extract.rules.figure_words import DOWN_VERB, PEOPLE_LIST, TOPIC_WORDS, N
from geo.names import fold

#: The fields a pattern's counts (groups n and m) go to, where that is not the pattern's name.
_GROUP_FIELDS = {"killed_list": ("killed",), "injured_list": ("injured",),
                 "drones_pair": ("drones_downed", "drones"),
                 "missiles_pair": ("missiles_downed", "missiles"),
                 "drones_and_missiles_downed": ("drones_downed", "missiles_downed"),
                 "missiles_and_drones_downed": ("missiles_downed", "drones_downed")}
prime_gates("figures", [rule for _f, rule in PHRASES] + [DOWN_VERB, fc.ASIDE, fc.ARTICLE_COUNT,
                                                         fc.ONE_PERSON])
_N_LOW = lower_pattern(N)
#: (field, rule, its compiled regex, whether the pattern opens with a count `N`). Count-first
#: patterns are tried only where a count can begin (`_count_starts`) instead of being searched
#: for at every character.
_COMPILED = [(f, rule, rule.regex,
              lower_pattern(rule.pattern).startswith((_N_LOW, lower_pattern(PEOPLE_LIST))))
             for f, rule in PHRASES]
_COUNT_FIRST = re.compile(_N_LOW)

# On lower-cased ASCII text the case-sensitive twin matches exactly where the re.I pattern does,
# several times faster.
_CUMULATIVE = fc.CUMULATIVE.regex
_CUMULATIVE_LOW = re.compile(lower_pattern(fc.CUMULATIVE.pattern))


_DIGIT = re.compile(r"\d")
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                "eighty", "ninety", "hundred")


def _count_word() -> re.Pattern[str]:
    """A whole number word, "two" or "Two" (and "dozen"). It opens with a character class of the
    first letters and checks the word start with a look-behind, so the regex engine scans for
    candidates in C instead of trying every alternative at every character."""
    by_first: dict[str, list[str]] = {}
    for word in _COUNT_WORDS:
        by_first.setdefault(word[0], []).append(word[1:])
    alternatives = [f"(?<=[{c}{c.upper()}])(?:{'|'.join(rests)})" for c, rests in by_first.items()]
    alternatives.append("(?<=d)ozen")
    firsts = "".join(c + c.upper() for c in by_first) + "d"
    return re.compile(rf"[{firsts}](?<!\w.)(?:{'|'.join(alternatives)})\b")


_COUNT_WORD = _count_word()
_COUNT_WORD_GATE = (*_COUNT_WORDS, "dozen")


_ARTICLE_NOUNS = (*PERSON_NOUNS, "year-old", "drone", "uav", "shahed")


def _has_count(sentence: str, low: str) -> bool:
    """A digit, a number word, or "a woman"/"a drone": without one there is nothing to count.
    Substring tests of the lower-cased sentence come first: a regex search costs ten times
    more, and most sentences have no count at all."""
    return bool(_DIGIT.search(sentence)
                or (any(map(low.__contains__, _COUNT_WORD_GATE)) and _COUNT_WORD.search(sentence))
                or (fc.ARTICLE_COUNT.armed_by(low) and fc.ARTICLE_COUNT.search(sentence))
                or (fc.ONE_PERSON.armed_by(low) and fc.ONE_PERSON.search(low)))


def _count_starts(low: str) -> list[int]:
    """Offsets where a count pattern (`N`: qualifier and number) matches, found once per
    sentence: the count-first patterns are then tried only there."""
    starts = [m.start() for m in COUNT_DIGITS.finditer(low)]
    starts += [m.start() for m in COUNT_WORD_START.finditer(low)]
    starts.sort()
    return [at for at in starts if _COUNT_FIRST.match(low, at)]


def _is_cumulative(low: str, start: int = 0, end: int | None = None) -> bool:
    """A running total ("since February 2022", "so far this year") in low[start:end]."""
    end = len(low) if end is None else end
    rx = _CUMULATIVE_LOW if low.isascii() else _CUMULATIVE
    return rx.search(main_clause(low), start, end) is not None


def main_clause(low: str) -> str:
    """The lower-cased text without what only qualifies the strike it reports (blanked, offsets
    kept): comparisons ("the largest attack since the war began") and relative clauses."""
    if "since" in low:
        low = fc.RECORD_SINCE.regex.sub(lambda m: " " * len(m.group()), low)
    if ", wh" in low:
        low = fc.RELATIVE_CLAUSE.regex.sub(lambda m: " " * len(m.group()), low)
    return low


def _list_total(people: str) -> int | None:
    """"two women and a child" -> 3: the counts of a list of counted people, added up."""
    counts = [parse_number(m.group()) for m in fc.LIST_ITEM.regex.finditer(people)]
    return None if not counts or None in counts else sum(c for c in counts if c is not None)


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches that may start inside an earlier match (its number may belong elsewhere)."""
    out = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return out
        out.append(m)
        pos = m.start("n") + 1 if m.start("n") >= pos else m.end()


def _overlapping_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`_overlapping` for a pattern that can only match at `starts` (ascending): a search from
    `pos` finds the first start at or after `pos` where the pattern matches."""
    out = []
    pos = 0
    for at in starts:
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            pos = m.start("n") + 1 if m.start("n") >= pos else m.end()
    return out


class Figure(NamedTuple):
    field: str   # drones, drones_downed, missiles, missiles_downed, killed, injured
    value: int
    start: int  # offsets in the text
    end: int


#: A cheap test for any figure: a topic word of some field (in lower-cased text).
TRIGGER_WORDS: tuple[str, ...] = tuple(w for words in TOPIC_WORDS.values() for w in words)
#: Cue name -> the lower-case substrings that arm it. A phrase runs only in a sentence where
#: both its field's topic (`figure:drones`) and its own gate (`figure:rule:NAME`, derived from the
#: phrase) are armed. `events` finds every cue of an article in one automaton pass; a sentence
#: on its own is tested substring by substring (`_cues`).
FIGURE_CUES: dict[str, frozenset[str]] = {
    **{f"figure:{kind}": frozenset(words) for kind, words in TOPIC_WORDS.items()},
    **{f"figure:rule:{rule.name}": rule.gate for _f, rule in PHRASES if rule.gate is not None},
    "figure:downed": DOWN_VERB.gate or frozenset(),
}
_PATTERN_CUES = [(f"figure:{field.split('_')[0]}",
                  f"figure:rule:{rule.name}" if rule.gate is not None else None)
                 for field, rule in PHRASES]


def _cues(low: str) -> set[str]:
    return {name for name, words in FIGURE_CUES.items() if any(map(low.__contains__, words))}


def sentence_figures(sentence: str, offset: int = 0,
                     cues: frozenset[str] | set[str] | None = None) -> list[Figure]:
    """Figures of one sentence, each number used once (first matching pattern wins). `cues`:
    the `FIGURE_CUES` armed in the sentence, if the caller has them already."""
    low = sentence.lower()
    if len(low) != len(sentence):
        low = fold(sentence)
    if cues is None:
        cues = _cues(low)
    if not any(f"figure:{kind}" in cues for kind in TOPIC_WORDS):
        return []  # no drone, missile, death or injury word
    if not _has_count(sentence, low):
        return []  # no digits, no number words, no "a woman"/"a drone": nothing to count
    # "Five people, including a child, were wounded": the aside is part of the five. Blanked
    # (not cut) so that offsets still point into the sentence.
    if fc.ASIDE.armed_by(low):
        low = fc.ASIDE.regex.sub(lambda m: " " * len(m.group()), low)
    starts: list[int] | None = None   # computed when first needed
    cumulative: bool | None = None
    used: list[tuple[int, int]] = []
    out: list[Figure] = []
    for (field, _rule, pattern, count_first), (cue, needs) in zip(_COMPILED, _PATTERN_CUES,
                                                                   strict=True):
        if cue not in cues or (needs is not None and needs not in cues):
            continue
        if count_first:
            if starts is None:
                starts = _count_starts(low)
            matches = _overlapping_at(pattern, low, starts)
        else:
            matches = _overlapping(pattern, low)
        for m in matches:
            groups = [("n", m.start("n"), m.end("n"))]
            if "m" in pattern.groupindex and m.group("m"):
                groups.append(("m", m.start("m"), m.end("m")))
            if any(s < e2 and s2 < e for _g, s, e in groups for s2, e2 in used):
                continue
            values = ([_list_total(m.group("n"))] if field.endswith("_list")
                      else [parse_number(m.group(g)) for g, _s, _e in groups])
            if any(v is None for v in values):
                continue
            fields = list(_GROUP_FIELDS.get(field, (field,)))
            if cumulative is None:
                cumulative = _is_cumulative(low)
            if fields[0] in ("killed", "injured"):
                if cumulative or fc.SOLDIERS.search(m.group(0)) or (values[0] or 0) >= 1000:
                    continue
            elif cumulative and (_is_cumulative(low, max(0, m.start() - 40),
                                                min(len(low), m.end() + 120))
                                 or fc.PERIOD_FIRST.match(low)):
                continue  # "1,300 drones this week": a running total
            for f, v, (_g, s, e) in zip(fields, values, groups, strict=True):
                out.append(Figure(f, int(v or 0), offset + s, offset + e))
                used.append((s, e))
    out.sort(key=lambda f: f.start)
    return out
