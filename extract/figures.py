"""Strike figures in one sentence: drones and missiles launched and shot down, killed, injured.

Each figure keeps its character span, so the event can cite the exact sentence and the caller
can give the figure to the place its clause names. Numbers that measure something else (ages,
distances, money, durations) and cumulative tolls are not figures.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extract.dates import MONTH_NAMES
from extract.numbers import (
    COUNT_DIGITS,
    COUNT_WORD_START,
    NUMBER,
    PERSON_NOUN,
    PERSON_NOUNS,
    RELATIVE,
    ROLE,
    parse_number,
)
from extract.rules import lower_pattern
from extract.rules.figure_phrases import PHRASES
from extract.rules.figure_words import DOWN_VERB, PEOPLE_LIST, PERSON, TOPIC_WORDS, N
from geo.names import fold

#: The fields a pattern's counts (groups n and m) go to, where that is not the pattern's name.
_GROUP_FIELDS = {"killed_list": ("killed",), "injured_list": ("injured",),
                 "drones_pair": ("drones_downed", "drones"),
                 "missiles_pair": ("missiles_downed", "missiles"),
                 "drones_and_missiles_downed": ("drones_downed", "missiles_downed"),
                 "missiles_and_drones_downed": ("missiles_downed", "drones_downed")}
_N_LOW = lower_pattern(N)
#: (field, rule, its compiled regex, whether the pattern opens with a count `N`). Count-first
#: patterns are tried only where a count can begin (`_count_starts`) instead of being searched
#: for at every character.
_COMPILED = [(f, rule, rule.regex,
              lower_pattern(rule.pattern).startswith((_N_LOW, lower_pattern(PEOPLE_LIST))))
             for f, rule in PHRASES]
_COUNT_FIRST = re.compile(_N_LOW)

_MONTH = f"(?:{'|'.join(MONTH_NAMES)})"
_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:the\s+(?:start|beginning|outbreak)|(?:February\s+)?20\d\d|19\d\d|"
    r"the\s+full-scale|the\s+invasion|the\s+war|russia's\s+full)|so\s+far\s+this\s+(?:year|month)|"
    r"in\s+total\s+since|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:months?|years?|weeks)|"
    r"throughout\s+the\s+war|during\s+the\s+war|in\s+(?:the\s+)?(?:first|second)\s+world\s+war|"
    r"death\s+toll\s+(?:of|in)\s+the\s+war|cumulative|altogether\s+since|"
    r"this\s+year\s+alone|this\s+week|this\s+month|past\s+week|last\s+week|"
    r"so\s+far\s+(?:in|since|during)\b|each\s+(?:day|night|month)|per\s+(?:day|night|month)|"
    r"(?:daily|monthly|weekly)\s+average|on\s+average|"
    r"(?<!on\s)a\s+(?:day|night|month)(?!\s+(?:after|before|earlier|later|ago|of|when)\b)|"
    # an earlier attack or a longer period: "came days after Russia launched a record 728
    # drones", "3,000 drones in October alone"
    r"(?:days|hours|weeks|a\s+week)\s+after\s+(?:russia|moscow|the\s+kremlin|russian\s+forces)\s+"
    r"(?:had\s+)?(?:launched|fired|sent|used|attacked|struck)|"
    rf"in\s+{_MONTH}\s+alone|"
    # "July's toll was 286 killed": a month's count
    rf"{_MONTH}(?:'s|’s)\s+(?:\w+\s+)?toll|monthly\s+toll)\b",
    re.I)
# On lower-cased ASCII text the case-sensitive twin matches exactly where the re.I pattern does,
# several times faster.
_CUMULATIVE_LOW = re.compile(lower_pattern(_CUMULATIVE.pattern))
_SOLDIERS = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|fighters|personnel|"
                       r"mercenaries|invaders|occupiers)\b", re.I)


# "a woman", "an elderly man", "a drone": what `NUMBER` counts as one, with an article. The
# look-behind after the first letter stands for the \b before it, so the pattern opens with a
# character class the regex engine scans for in C.
_ARTICLE_COUNT = re.compile(rf"[Aa](?<!\w.)n?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON_NOUN}|drone|UAV|"
                            r"Shahed)")
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


# "another man", "her husband", "the driver" (in lower-cased text)
_ONE_PERSON = re.compile(rf"\b(?:another\s+(?:[\w'’-]+\s+)?{PERSON}|(?:her|his|their)\s+"
                         rf"(?:[\w-]+\s+)?{RELATIVE}|the\s+(?:[\w-]+\s+)?{ROLE})\b")


_ONE_PERSON_GATE = ("another", "her ", "his ", "their ", "driver", "pilot", "guard")


def _has_count(sentence: str, low: str) -> bool:
    """A digit, a number word, or "a woman"/"a drone": without one there is nothing to count.
    Substring tests of the lower-cased sentence come first: a regex search costs ten times
    more, and most sentences have no count at all."""
    return bool(_DIGIT.search(sentence)
                or (any(map(low.__contains__, _COUNT_WORD_GATE)) and _COUNT_WORD.search(sentence))
                or (any(map(low.__contains__, _ARTICLE_NOUNS))
                    and _ARTICLE_COUNT.search(sentence))
                or (any(map(low.__contains__, _ONE_PERSON_GATE)) and _ONE_PERSON.search(low)))


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


# "the most powerful attack on the city since the start of the war": a comparison that ranks
# today's strike, no running total or background (blanked, offsets kept)
_RECORD_SINCE = re.compile(
    r"\b(?:most|largest|biggest|deadliest|heaviest|worst|strongest|longest|first|record)\b"
    r"[^.,;]{0,60}?\bsince\b[^.,;]{0,60}")


# "In Kherson, which Ukrainian forces recaptured earlier this month, shelling killed four":
# what a relative clause recalls dates its noun, not the sentence's strike
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;]{0,120},")


def main_clause(low: str) -> str:
    """The lower-cased text without what only qualifies the strike it reports (blanked, offsets
    kept): comparisons ("the largest attack since the war began") and relative clauses."""
    if "since" in low:
        low = _RECORD_SINCE.sub(lambda m: " " * len(m.group()), low)
    if ", wh" in low:
        low = _RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), low)
    return low


# "Over the past week, Russia launched 800 glide bombs and 400 drones": a period opening the
# sentence governs all its counts
_PERIOD_FIRST = re.compile(r"\s*(?:over|during|in)\s+the\s+(?:past|last)\s+(?:week|month|year|"
                           r"\w+\s+(?:days|weeks|months))|\s*(?:this|last)\s+(?:week|month|year)|"
                           r"\s*so\s+far")
_ASIDE = re.compile(r",\s+(?:including|among\s+them)\s+(?![^,]*(?:drone|missile|uav|shahed))"
                    r"[^,]{1,40},"
                    # "27 civilians including 3 children were killed": the part of a total
                    r"|,?\s+(?:including|among\s+them)\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|"
                    r"five|six|seven|eight|nine|ten|a|an)\s+(?:[\w-]+\s+){0,2}?(?:children|child|"
                    r"minors?|teenagers?|women|men|boys?|girls?|babies|baby|infants?|police\w*|"
                    r"rescuers?|medics?)\b,?"
                    # "a family of three - a man, his wife and their son - were injured"
                    r"|\s[-–—]\s(?:(?!\s[-–—]\s).){1,60}?\s[-–—]\s"
                    # "two men aged 38 and 71": ages, not counts
                    r"|,?\s*\baged\s+\d+(?:\s*(?:,|and|-|to)\s*\d+)*,?")
#: Substrings without which `_ASIDE` cannot match: most sentences skip the substitution.
_ASIDE_HINTS = ("including", "among", "aged", " -", "–", "—")


_LIST_ITEM = re.compile(rf"(?:{NUMBER})(?=\s+(?:[\w'’-]+\s+){{0,2}}?{PERSON}\b)")


def _list_total(people: str) -> int | None:
    """"two women and a child" -> 3: the counts of a list of counted people, added up."""
    counts = [parse_number(m.group()) for m in _LIST_ITEM.finditer(people)]
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
    if any(map(low.__contains__, _ASIDE_HINTS)):
        low = _ASIDE.sub(lambda m: " " * len(m.group()), low)
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
                if cumulative or _SOLDIERS.search(m.group(0)) or (values[0] or 0) >= 1000:
                    continue
            elif cumulative and (_is_cumulative(low, max(0, m.start() - 40),
                                                min(len(low), m.end() + 120))
                                 or _PERIOD_FIRST.match(low)):
                continue  # "1,300 drones this week": a running total
            for f, v, (_g, s, e) in zip(fields, values, groups, strict=True):
                out.append(Figure(f, int(v or 0), offset + s, offset + e))
                used.append((s, e))
    out.sort(key=lambda f: f.start)
    return out
