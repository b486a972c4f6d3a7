"""Strike figures in one sentence: drones and missiles launched and shot down, killed, injured.

Each figure keeps its character span, so the event can cite the exact sentence and the caller
can give the figure to the place its clause names. Numbers that measure something else (ages,
distances, money, durations) and cumulative tolls are not figures.
"""

from __future__ import annotations

import re
import re._parser as _p
from bisect import bisect_right, insort
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from extract import scan
from extract.compiled import loaded_file
from extract.numbers import (
    COUNT_DIGITS,
    COUNT_WORD_START,
    PERSON_NOUNS,
    QUALIFIER,
    digits_in,
    parse_number,
)
from extract.rules import (
    Rule,
    blank_matches,
    holds_any,
    item_literals,
    lang_uk,
    lower_pattern,
    minimal_literals,
    prime_gates,
)
from extract.rules import figure_contexts as fc
from extract.rules import totals as tl
from extract.rules.figure_words import PEOPLE_LIST, N
from extract.rules.rulesets import RULESETS, LossClaimRules, RuleSet, ruleset
from geo.cache import cached_build, pin
from geo.names import LOWER, fold

#: The fields a pattern's counts (groups n and m) go to, where that is not the pattern's name.
_GROUP_FIELDS = {"killed_list": ("killed",), "injured_list": ("injured",),
                 # "women aged 71 and 53 were wounded": as many people as ages
                 "killed_ages": ("killed",), "injured_ages": ("injured",),
                 "drones_pair": ("drones_downed", "drones"),
                 # "shot down all 14 drones": one count, launched and shot down
                 "drones_all": ("drones_downed", "drones"),
                 # "all but four of the 31 drones": 27 shot down, 31 launched
                 "drones_all_but": ("drones_downed", "drones"),
                 "missiles_pair": ("missiles_downed", "missiles"),
                 "drones_and_missiles_downed": ("drones_downed", "missiles_downed"),
                 "missiles_and_drones_downed": ("missiles_downed", "drones_downed")}
ENGLISH = ruleset("en")
prime_gates("figures", [rule for rs in RULESETS.values() for _f, rule in rs.phrases]
            + [rs.down_verb for rs in RULESETS.values()]
            + [fc.ASIDE, fc.ARTICLE_COUNT, fc.ONE_PERSON, fc.APPOSITION, fc.LOSS_WORD,
               fc.ARMY_LOSSES, fc.EQUIPMENT_TALLY, fc.ELIDED_ONE_MORE, fc.DRONES_BY_TYPE])
_N_LOW = lower_pattern(N)


@cache
def _compiled(lang: str) -> list[tuple[str, Rule, re.Pattern[str] | None, bool]]:
    """(field, rule, its compiled regex, whether the pattern opens with a count `N`) for each
    phrase of a language, English ones compiled when its first report comes. The Ukrainian and
    Russian phrases, with their number words in every case, take a third of a second to
    compile: each is compiled (None here) when a sentence first arms it, so a report's start-up
    pays for the phrases it uses. English count-first patterns are tried only where a count can
    begin (`_CountStarts`) instead of being searched for at every character."""
    rules = RULESETS[lang]
    english = lang == "en"
    return [(f, rule, rule.regex if english else None,
             english and _count_first(lower_pattern(rule.pattern)))
            for f, rule in rules.phrases]


_COUNT_OPENINGS = (_N_LOW, lower_pattern(PEOPLE_LIST))


def _count_first(low: str) -> bool:
    """Whether an English phrase opens with `N` or `PEOPLE_LIST`, after any look-behinds ("not
    after a verb of injury": they test the text before the match and consume nothing, so its
    matches still begin where the count does). Searched for at every character of a sentence,
    such a phrase of ~10,000 characters cost ~1 M instructions of a news report."""
    return low.startswith(_COUNT_OPENINGS) or (low.startswith("(?<") and any(
        scan.opens_with(low, head) for head in _COUNT_OPENINGS))


_COUNT_FIRST = re.compile(scan.merge_lookbehinds(_N_LOW))


@cache
def _qualifier_first(lang: str) -> frozenset[int]:
    """The phrases of a language (their indices) that open with `N`, so with its optional
    qualifier: the English count-first phrases but those that open with `PEOPLE_LIST`."""
    return frozenset(i for i, (_f, rule) in enumerate(RULESETS[lang].phrases)
                     if lang == "en" and lower_pattern(rule.pattern).startswith(_N_LOW))

#: The count `N` of the other languages: their phrases that open with it are tried only where
#: it matches (`_count_starts_in`), as the English ones are, once it is found in the sentence.
_LANG_N = {lang: lower_pattern(rules.count) for lang, rules in RULESETS.items()
           if rules.count is not None}
#: The verb of shooting down (`down_verb`) of the other languages: their phrases that open with
#: it ("збито 115 БпЛА та 3 ракети") are tried only where it matches, found once per sentence,
#: not searched for at every character by each such phrase in turn.
_LANG_DOWN = {lang: lower_pattern(RULESETS[lang].down_verb.pattern) for lang in _LANG_N
              if RULESETS[lang].down_verb.lower and not RULESETS[lang].down_verb.flags}
#: id of a compiled phrase -> (its count group, whether it has a second count `m`, whether every
#: match opens with its language's `N`, whether every match opens with its `down_verb`), found
#: when the phrase is first compiled.
_SHAPES: dict[int, tuple[str, bool, bool, bool]] = {}


def _shape(lang: str, rule: Rule, pattern: re.Pattern[str]) -> tuple[str, bool, bool, bool]:
    shape = _SHAPES.get(id(pattern))
    if shape is None:
        plain = rule.lower and not rule.flags
        low = lower_pattern(rule.pattern)
        shape = _SHAPES[id(pattern)] = (
            _count_group(pattern), "m" in pattern.groupindex,
            lang in _LANG_N and plain and scan.opens_with(low, _LANG_N[lang]),
            lang in _LANG_DOWN and plain and scan.opens_with(low, _LANG_DOWN[lang]))
    return shape


@cache
def _count_finder(lang: str) -> re.Pattern[str]:
    """Each offset where the language's `N` matches, once each (`scan.starts`: re skips in C
    to the characters a count can begin with)."""
    return scan.starts(_LANG_N[lang])


def _count_starts_in(low: str, lang: str) -> list[int]:
    """`_count_starts` for Ukrainian or Russian."""
    return [m.start() for m in _count_finder(lang).finditer(low)]


@cache
def _down_finder(lang: str) -> re.Pattern[str]:
    """Each offset where the language's `down_verb` matches, once each (`scan.starts`)."""
    return scan.starts(_LANG_DOWN[lang])


def _down_starts_in(low: str, lang: str) -> list[int]:
    """Offsets where a Ukrainian or Russian verb of shooting down matches."""
    return [m.start() for m in _down_finder(lang).finditer(low)]

# On lower-cased ASCII text the case-sensitive twin matches exactly where the re.I pattern does,
# several times faster.
_CUMULATIVE = fc.CUMULATIVE.regex
_CUMULATIVE_LOW = re.compile(lower_pattern(fc.CUMULATIVE.pattern))


_DIGIT = re.compile(r"\d")
_AGE = re.compile(r"\d\d*")  # the ages of a list of people by their ages (`*_ages` phrases)
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                "eighty", "ninety", "hundred",
                # "Both passengers were injured": two
                "both")


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


_ARTICLE_NOUNS = (*PERSON_NOUNS, "year-old", "drone", "uav", "shahed")


def _has_count(sentence: str, low: str) -> bool:
    """A digit, a number word, or "a woman"/"a drone": without one there is nothing to count.
    Each is a search that re scans for in C (`_COUNT_WORD` opens with its first letters, the
    rules' `scan.twin`s with theirs), cheaper than testing the words of their gates first;
    `_COUNT_WORD`, which costs the most (1.5-5 us a bench sentence, the twins 0.5-2.8), last.
    But `ONE_PERSON` ("her husband", "the driver") is searched only where the sentence holds a
    literal of its gate (`_ONE_PERSON_GATE`, every match holds one): its twin opens with "a",
    "h", "s" or "t", so re tried its look-ahead at a third of the characters (~4 us a bench
    sentence, which matched in none of 280), where eight substring tests take ~0.5 us."""
    return bool(digits_in(sentence).search(sentence)
                or scan.twin(fc.ARTICLE_COUNT.regex).search(sentence)
                or (_one_person_armed(low) and scan.twin(fc.ONE_PERSON.regex).search(low))
                or _COUNT_WORD.search(sentence))


#: `fc.ONE_PERSON`'s gate (its literals, of which every match holds one; None: no gate).
_ONE_PERSON_GATE: frozenset[str] | None = fc.ONE_PERSON.gate


def _one_person_armed(low: str) -> bool:
    """Whether the lower-cased sentence holds a literal of `ONE_PERSON`'s gate, by substring
    tests (`Rule.armed_by` walks an automaton for eight literals, which costs about as much
    as the search it would spare)."""
    return _ONE_PERSON_GATE is None or holds_any(low, _ONE_PERSON_GATE)


def _has_foreign_count(low: str, rules: RuleSet) -> bool:
    """A digit or a number word of the language, or a phrase counting one person by a noun."""
    return bool(_DIGIT.search(low)
                or (rules.count_word is not None and rules.count_word.armed_by(low)
                    and rules.count_word.search(low))
                or _counts_one_by_noun(rules.lang))


@cache
def _counts_one_by_noun(lang: str) -> bool:
    """Whether a phrase of the language counts one person by a noun (has a group `one`)."""
    return any("one" in rule.regex.groupindex for _f, rule in RULESETS[lang].phrases)


def _count_group(pattern: re.Pattern[str]) -> str:
    """The group holding a phrase's (first) count: `n`, or `one` for one person by a noun."""
    return "n" if "n" in pattern.groupindex else "one"


def _count_starts(low: str) -> list[int]:
    """Offsets where a count pattern (`N`: qualifier and number) matches, all of a sentence's
    at once: the plain form of `_CountStarts` (which the extraction uses: it matches `N` only
    as far as a phrase's gate asks), kept for tests/test_speed_paths.py to compare it with."""
    starts = [m.start() for m in COUNT_DIGITS.finditer(low)]
    starts += [m.start() for m in COUNT_WORD_START.finditer(low)]
    starts.sort()
    return [at for at in starts if _COUNT_FIRST.match(low, at)]


def _is_cumulative(low: str, start: int = 0, end: int | None = None, *,
                   rules: RuleSet = ENGLISH) -> bool:
    """A running total ("since February 2022", "so far this year") in low[start:end]."""
    end = len(low) if end is None else end
    if rules.lang != "en":
        return scan.twin(rules.cumulative.regex).search(low, start, end) is not None
    rx = _CUMULATIVE_LOW if low.isascii() else _CUMULATIVE
    return scan.twin(rx).search(main_clause(low), start, end) is not None


#: The periods of `_RANKED_PERIODS` that `_weapon_period` looks for in a count's window.
_RANKED_THIS = ("this year", "to date", "this week", "this month")
#: What a ranking may be over besides "since": "the deadliest attack in recent weeks".
_RANKED_PERIODS = ("in recent", "in weeks", "in months", "in years", *_RANKED_THIS)


def main_clause(low: str) -> str:
    """The lower-cased text without what only qualifies the strike it reports (blanked, offsets
    kept): comparisons ("the largest attack since the war began") and relative clauses."""
    if "since" in low or any(map(low.__contains__, _RANKED_PERIODS)):
        low = fc.RECORD_SINCE.regex.sub(lambda m: " " * len(m.group()), low)
    if ", wh" in low:
        low = fc.RELATIVE_CLAUSE.regex.sub(lambda m: " " * len(m.group()), low)
    return low


def _list_total(people: str) -> int | None:
    """"two women and a child" -> 3: the counts of a list of counted people, added up."""
    counts = [parse_number(m.group()) for m in fc.LIST_ITEM.regex.finditer(people)]
    return None if not counts or None in counts else sum(c for c in counts if c is not None)


def _mixed_list(m: re.Match[str], field: str, rules: RuleSet) -> list[tuple[str, int]]:
    """A list of people that names soldiers beside others ("two Ukrainian soldiers and two
    civilians were wounded", "killing a serviceman and three residents"): the others' count is
    the strike's toll, the soldiers' that of the attacked side's soldiers where the list names
    them as Ukraine's (`RuleSet.own_soldiers`), else none (an army's losses). Empty where the
    list names no soldiers or only soldiers (read as any count of soldiers is)."""
    people = m.group("n")
    items = list(fc.LIST_ITEM.regex.finditer(people))
    others = soldiers = 0
    own = rules.own_soldiers is not None
    for k, item in enumerate(items):
        value = parse_number(item.group())
        if value is None:
            return []
        piece = people[item.start():items[k + 1].start() if k + 1 < len(items) else len(people)]
        if rules.soldiers.search(piece) is None:
            others += value
            continue
        soldiers += value
        own = own and rules.own_soldiers.search(piece) is not None  # type: ignore[union-attr]
    if not others or not soldiers:
        return []
    return [(field, others), *([(_own_soldiers_field(field), soldiers)] if own else [])]


def _overlapping(pattern: re.Pattern[str], text: str,
                 group: str | None = None) -> list[re.Match[str]]:
    """Matches that may start inside an earlier match (its number may belong elsewhere).
    `group`: `_count_group(pattern)`, if the caller has it."""
    out: list[re.Match[str]] = []
    pos = 0
    group = group or _count_group(pattern)
    finder = scan.twin(pattern)  # where the pattern's leftmost match from `pos` begins
    while True:
        m = finder.search(text, pos)
        if m is not None and finder is not pattern:
            m = pattern.match(text, m.start())
        if m is None:
            return out
        out.append(m)
        at = m.start(group)
        pos = at + 1 if at >= pos else m.end()


def _overlapping_at(pattern: re.Pattern[str], text: str, starts: list[int],
                    group: str = "n", qualified: dict[int, tuple[int, ...]] | None = None
                    ) -> list[re.Match[str]]:
    """`_overlapping` for a pattern that can only match at `starts` (ascending): a search from
    `pos` finds the first start at or after `pos` where the pattern matches. `qualified`: for
    a pattern that opens with `N` (its optional qualifier first), `_CountStarts.qualified`: a
    count that only such a qualifier before it leads to ("245" in "at least 245") is not
    tried where the try at the qualifier failed, whose paths held every path of its own."""
    out: list[re.Match[str]] = []
    pos = 0
    failed: list[int] = []
    for at in starts:
        if at < pos:
            continue
        if qualified and failed:
            by = qualified.get(at)
            if by is not None and any(a in failed for a in by):
                continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            pos = m.start(group) + 1 if m.start(group) >= pos else m.end()
        elif qualified:
            failed.append(at)
    return out


#: Gates of more literals than this are not looked for one by one (`_gate_end`). The English
#: count-first phrases' gates hold 1-20; the Ukrainian and Russian phrases are not bounded so
#: (their gates hold the number words' case forms, and with the bound on their smaller gates a
#: Ukrainian bench report counted 1.6% more instructions, in one noisy pair).
_GATE_RFINDS = 24


def _gate_end(low: str, gate: frozenset[str] | None, lasts: dict[frozenset[str], int]) -> int:
    """The last offset where a literal of a phrase's gate begins (`len(low)` where the gate is
    not looked for): every match consumes one of them (`Rule.gate`), so a match at `at` holds
    one that begins at `at` or later, and a count-first phrase is not tried at a count after
    the sentence's last drone word. `lasts` keeps each gate's offset for the sentence."""
    if gate is None or len(gate) > _GATE_RFINDS:
        return len(low)
    last = lasts.get(gate)
    if last is None:
        last = lasts[gate] = max(map(low.rfind, gate))
    return last


#: `N`'s qualifier ("at least ", "more than "), not optional: a count's start `b` that the
#: qualifier at an earlier count's start `a` runs up to is reached from `a` too
#: (`_CountStarts.qualified`). None where `N` no longer opens with the optional qualifier.
_QUALIFIER_LOW = lower_pattern(QUALIFIER)
_QUALIFIER = (re.compile(_QUALIFIER_LOW[:-1]) if _N_LOW.startswith(_QUALIFIER_LOW)
              and _QUALIFIER_LOW.startswith("(?:") and _QUALIFIER_LOW.endswith(")?") else None)
#: How far before a count its qualifier's start is looked for (the longest qualifier, "no
#: fewer than", and its spaces); a qualifier further away only goes unused (the count is tried).
_QUALIFIER_REACH = 32


class _CountStarts:
    """`_count_starts` of a sentence, asked for up to an offset (`upto`): the count `N` is
    matched at its candidate starts only as far as a phrase's gate can still follow, not at
    every candidate of the sentence."""

    def __init__(self, low: str) -> None:
        starts = [m.start() for m in digits_in(low).finditer(low)]
        starts += [m.start() for m in COUNT_WORD_START.finditer(low)]
        starts.sort()
        self._low, self._candidates, self._tried = low, starts, 0
        self._found: list[int] = []
        #: count start `b` -> the count starts `a` before it from which `N`'s qualifier runs
        #: exactly up to `b`, where no qualifier opens at `b` itself ("at least 245": 245 ->
        #: "at"). Any path of a phrase that opens with `N` from `b` (no qualifier there) is a
        #: path from `a` (the qualifier, then the same steps from `b`: look-behinds see the
        #: same text), so where the try at `a` failed the try at `b` fails too.
        self.qualified: dict[int, tuple[int, ...]] = {}

    def upto(self, last: int) -> list[int]:
        """The offsets at or before `last` where `N` matches (ascending)."""
        candidates, k, found, low = self._candidates, self._tried, self._found, self._low
        while k < len(candidates) and candidates[k] <= last:
            at = candidates[k]
            if _COUNT_FIRST.match(low, at):
                if found and found[-1] >= at - _QUALIFIER_REACH and _QUALIFIER is not None:
                    by = tuple(a for a in reversed(found) if a >= at - _QUALIFIER_REACH
                               and _QUALIFIER.fullmatch(low, a, at))
                    if by and _QUALIFIER.match(low, at) is None:
                        self.qualified[at] = by
                found.append(at)
            k += 1
        self._tried = k
        return found if not found or found[-1] <= last else found[:bisect_right(found, last)]


class _Used:
    """The spans of the numbers a sentence's figures have used, sorted, so that whether a new
    count overlaps one is a bisection, not a scan of them all (a long sentence of many figures
    stayed quadratic otherwise). Spans added together are disjoint or equal."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a used span: one with s < end and start < e."""
        j = bisect_right(self._ends, start)   # the first span ending after `start`
        return j < len(self._ends) and self._starts[j] < end

    def add(self, start: int, end: int) -> None:
        insort(self._starts, start)
        insort(self._ends, end)


class Figure(NamedTuple):
    field: str   # drones, drones_downed, missiles, missiles_downed, killed, injured; or
    #              killed_after_wounds (wounded who died), victims (killed or injured)
    value: int
    start: int  # offsets in the text
    end: int


#: Field topic -> its topic words in every language (lower case).
_TOPICS: dict[str, frozenset[str]] = {}
for _rules in RULESETS.values():
    for _kind, _words in _rules.topic_words.items():
        _TOPICS[_kind] = _TOPICS.get(_kind, frozenset()) | frozenset(_words)
#: A cheap test for any figure: a topic word of some field (in lower-cased text).
TRIGGER_WORDS: tuple[str, ...] = tuple(sorted(w for words in _TOPICS.values() for w in words))
#: Cue name -> the lower-case substrings that arm it. A phrase runs only in a sentence where
#: both its field's topic (`figure:drones`) and its own gate (`figure:rule:NAME`, derived from the
#: phrase) are armed. `events` finds every cue of an article in one automaton pass; a sentence
#: on its own is tested substring by substring (`_cues`).
FIGURE_CUES: dict[str, frozenset[str]] = {
    **{f"figure:{kind}": words for kind, words in _TOPICS.items()},
    **{f"figure:rule:{rule.name}": rule.gate for rules in RULESETS.values()
       for _f, rule in rules.phrases if rule.gate is not None},
    "figure:downed": frozenset().union(*(rules.down_verb.gate or () for rules in
                                         RULESETS.values())),
}


def _also_required(rule: Rule) -> list[frozenset[str]]:
    """Sets of literals of which every match of a phrase holds one, beside its gate: one for
    each top-level piece of its pattern that must match ("збито 115 БпЛА та 3 ракети": a drone
    word, its gate, and a missile word), derived as `Rule.gate` is (so sound the same way).
    Sets with a one-character literal ("з", "і") are left out: such cues would
    fire all the time and skip nothing."""
    if not rule.lower or rule.flags:
        return []
    out: list[frozenset[str]] = []
    for op, av in _p.parse(lower_pattern(rule.pattern)):
        exact, required = item_literals(op, av)
        if required is None and exact is not None and "" not in exact:
            required = exact
        if required is None:
            continue
        literals = minimal_literals(required)
        if min(map(len, literals)) >= 2 and literals != rule.gate and literals not in out:
            out.append(literals)
    return out


def _build_also() -> dict[str, list[list[frozenset[str]]]]:
    """Ukrainian and Russian phrases only: most English ones are tried at counts alone, and
    their sets hold everyday words ("were", "have") that would arm cues all the time."""
    return {lang: [_also_required(rule) if lang in _LANG_N else [] for _f, rule in rules.phrases]
            for lang, rules in RULESETS.items()}


_RULES_DIR = Path(lang_uk.__file__).resolve().parent
#: Language -> for each phrase (in `RuleSet.phrases` order), its `_also_required` sets: parsing
#: every phrase takes a second, so they are cached on disk like the gates.
_ALSO_SETS: dict[str, list[list[frozenset[str]]]] = cached_build(
    "figure-also", pin(*sorted(_RULES_DIR.glob("*.py")), _RULES_DIR.parent / "numbers.py",
                       _RULES_DIR.parent / "dates.py", loaded_file(__name__, __file__)),
    _build_also, dict)
#: Language -> for each phrase, the cues (in `FIGURE_CUES`) of its `_also_required` sets: a
#: phrase runs only in a sentence that arms them all, as well as its gate and topic.
_ALSO_CUES: dict[str, list[tuple[str, ...]]] = {
    lang: [tuple(f"figure:also:{rule.name}:{k}" for k in range(len(sets)))
           for (_f, rule), sets in zip(RULESETS[lang].phrases, _ALSO_SETS[lang], strict=True)]
    for lang in RULESETS}
FIGURE_CUES.update({cue: words for lang in RULESETS
                    for cues, sets in zip(_ALSO_CUES[lang], _ALSO_SETS[lang], strict=True)
                    for cue, words in zip(cues, sets, strict=True)})
#: The cue of each field topic: a sentence that arms none has no figure.
_TOPIC_CUES = tuple(f"figure:{kind}" for kind in _TOPICS)
_PATTERN_CUES = {lang: [(f"figure:{field.split('_')[0]}",
                         f"figure:rule:{rule.name}" if rule.gate is not None else None)
                        for field, rule in rules.phrases]
                 for lang, rules in RULESETS.items()}


def _by_gate(lang: str) -> tuple[frozenset[str], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The gate cues of a language's phrases, the positions (in `_compiled` order) of the
    phrases each gates, and those of the phrases without a gate: a sentence's phrases are then
    found from the few gates it arms, not by testing all fifty."""
    positions: dict[str, tuple[int, ...]] = {}
    ungated = []
    for i, (_cue, needs) in enumerate(_PATTERN_CUES[lang]):
        if needs is None:
            ungated.append(i)
        else:
            positions[needs] = (*positions.get(needs, ()), i)
    return frozenset(positions), positions, tuple(ungated)


_BY_GATE = {lang: _by_gate(lang) for lang in RULESETS}
#: Language -> the cues that decide which of its phrases a sentence runs (gates, field topics,
#: `_also_required` sets): sentences arming the same ones run the same phrases.
_DECIDING = {lang: frozenset(c for pair in _PATTERN_CUES[lang] for c in pair if c is not None)
             | frozenset(c for cues in _ALSO_CUES[lang] for c in cues) for lang in RULESETS}
_RUN: dict[str, dict[frozenset[str], tuple[int, ...]]] = {lang: {} for lang in RULESETS}


def _phrases_to_run(lang: str, cues: frozenset[str] | set[str]) -> tuple[int, ...]:
    """Positions (in `_compiled` order) of the phrases a sentence runs: those whose gate (if
    any), field topic and `_also_required` cues it arms. Found once per set of deciding cues
    (a report's sentences arm few distinct ones), not phrase by phrase in every sentence."""
    key = _DECIDING[lang].intersection(cues)
    table = _RUN[lang]
    run = table.get(key)
    if run is None:
        if len(table) >= 4096:
            table.clear()
        gates, gated, ungated = _BY_GATE[lang]
        topics, also = _PATTERN_CUES[lang], _ALSO_CUES[lang]
        run = table[key] = tuple(
            i for i in sorted([*ungated, *(i for gate in gates & key for i in gated[gate])])
            if topics[i][0] in key and all(map(key.__contains__, also[i])))
    return run


def _cues(low: str) -> set[str]:
    return {name for name, words in FIGURE_CUES.items() if any(map(low.__contains__, words))}


def sentence_figures(sentence: str, offset: int = 0,
                     cues: frozenset[str] | set[str] | None = None,
                     rules: RuleSet = ENGLISH) -> list[Figure]:
    """Figures of one sentence, each number used once (first matching pattern wins). `cues`:
    the `FIGURE_CUES` armed in the sentence, if the caller has them already; `rules`: those of
    the report's language."""
    low = LOWER(sentence)
    if len(low) != len(sentence):
        low = fold(sentence)
    if cues is None:
        cues = _cues(low)
    if not any(map(cues.__contains__, _TOPIC_CUES)):
        return []  # no drone, missile, death or injury word
    english = rules.lang == "en"
    compound = rules.open_compound
    if compound is not None and compound.armed_by(low):
        sentence, low = _joined_compounds(sentence, low, compound)
    bare: bool | None = None   # whether a noun for one person opens it (`_bare_opening`)
    # where such a noun opens a clause after a comma ("..., child reported dead")
    clauses = _bare_clauses(low, rules, cues)
    if not (_has_count(sentence, low) if english else _has_foreign_count(low, rules)):
        bare = _bare_opening(low, rules, cues)
        if not bare and not clauses:
            # no digits, no number words, no "a woman"/"a drone": nothing to count but people
            # told by their names ("Anna Koval was killed")
            return _named_people(sentence, low, offset, rules, None)
    if english:
        low = _count_once(low, rules)
    # "Five people, including a child, were wounded": the aside is part of the five. Blanked
    # (not cut) so that offsets still point into the sentence.
    unblanked = low  # the people-by-their-ages phrases (`*_ages`) read the ages ASIDE blanks
    aside = rules.count_aside
    if aside is not None and aside.armed_by(low):
        low = blank_matches(aside.regex, low)  # (its alternatives one at a time)
    # "two residents, an old man and his wife, were killed": the aside says who the two were
    apposition = rules.count_apposition
    if apposition is not None and apposition[0].armed_by(low):
        for m in apposition[0].regex.finditer(low):
            lo, hi = m.span()
            if apposition[1].regex.search(low, max(0, lo - 60), lo):
                low = low[:lo] + " " * (hi - lo) + low[hi:]
    # "the toll has risen from 30 to 35": the figure before the change is no figure; the
    # phrases then read the new one as a toll told as it stands ("has risen ... to 35")
    rise = rules.rise_from
    if rise is not None and rise.armed_by(low):
        for m in rise.regex.finditer(low):
            lo, hi = m.span("old")
            low = low[:lo] + " " * (hi - lo) + low[hi:]
    # "помощь 252 пострадавшим и их родственникам", "психологи помогли 25 пострадавшим": a
    # count of people that is no toll
    not_toll = rules.not_a_toll
    if not_toll is not None and not_toll.armed_by(low):
        low = blank_matches(not_toll.regex, low)
    # "a girl who was visiting her grandmother died": the clause tells who the one was
    relative = rules.relative_of_one
    if relative is not None and relative.armed_by(low):
        for m in relative.regex.finditer(low):
            lo, hi = m.span("clause")
            low = low[:lo] + " " * (hi - lo) + low[hi:]
    starts: list[int] | None = None   # computed when first needed (Ukrainian, Russian)
    counts: _CountStarts | None = None   # the English counts, matched as far as asked for
    downs: list[int] | None = None   # where a verb of shooting down matches, the same way
    cumulative: bool | None = None
    period: bool | None = None   # whether `rules.weapon_period` is armed, read once per sentence
    bombs: bool | None = None    # whether the sentence counts hundreds of bombs (`bombs_total`)
    soldiers_after, weapon_period = rules.soldiers_after, rules.weapon_period
    bombs_total, told_before = rules.bombs_total, rules.drones_told_before
    procured_before = rules.procured_before
    prescans: dict[str, int] = {}   # Rule.prescan pattern -> its count in `low`
    lasts: dict[frozenset[str], int] = {}   # a phrase gate -> where its last literal begins
    used = _Used()
    out: list[Figure] = []
    singles: list[Figure] = []   # one person each, by a noun (group `one`)
    soldiers_end: list[int] = []  # where a count of soldiers, read as no toll, ends
    own_end: list[int] = []  # where a count of the attacked side's soldiers ends
    parse = rules.parse_number
    lang = rules.lang
    phrases = _compiled(lang)
    qualifier_first = _qualifier_first(lang)
    for i in _phrases_to_run(lang, cues):   # the phrases the sentence arms, in order
        field, rule, compiled, count_first = phrases[i]
        if rule.prescan is not None:
            found = prescans.get(rule.prescan[0])
            if found is None:
                found = prescans[rule.prescan[0]] = len(
                    rule.prescan_regex.findall(low))  # type: ignore[union-attr]
            if found < rule.prescan[1]:
                continue  # fewer places than the rule's depth: it cannot match
        pattern = compiled or rule.regex
        first, has_m, opens_with_n, opens_with_down = _shape(lang, rule, pattern)
        if count_first:   # English: tried at counts up to its gate's last literal
            if counts is None:
                counts = _CountStarts(low)
            matches = _overlapping_at(pattern, low, counts.upto(_gate_end(low, rule.gate, lasts)),
                                      "n", counts.qualified if i in qualifier_first else None)
        elif opens_with_n:
            if starts is None:
                starts = _count_starts_in(low, lang)
            matches = _overlapping_at(pattern, low, starts)
        elif opens_with_down:
            if downs is None:
                downs = _down_starts_in(low, lang)
            matches = _overlapping_at(pattern, low, downs, first)
        else:
            matches = _overlapping(pattern, unblanked if field.endswith("_ages") else low, first)
        for m in matches:
            groups = [(first, m.start(first), m.end(first))]
            if has_m and m.group("m"):
                groups.append(("m", m.start("m"), m.end("m")))
            if any(used.overlaps(s, e) for _g, s, e in groups):
                continue
            # group `one`: one person by a noun, or (Ukrainian, Russian) people named one by
            # one ("33-річна та 53-річна жінки"), whose number `parse` tells
            values = ([_list_total(m.group("n"))] if field.endswith("_list")
                      else [len(_AGE.findall(m.group("n")))] if field.endswith("_ages")
                      else [(1 if english else parse(m.group(g)) or 1) if g == "one"
                            else parse(m.group(g)) for g, _s, _e in groups])
            if any(v is None for v in values):
                continue
            if field == "drones_all_but":
                if len(values) < 2 or values[1] <= values[0]:  # type: ignore[operator]
                    for _g, s, e in groups:  # "downed all but two drones": no count of its own
                        used.add(s, e)
                    continue
                values = [values[1] - values[0], values[1]]  # type: ignore[operator]
            fields = list(_GROUP_FIELDS.get(field, (field,)))
            if len(fields) > len(groups):  # one count told for two fields
                groups, values = groups * len(fields), values * len(fields)
            if cumulative is None:
                cumulative = _is_cumulative(low, rules=rules)
            if fields[0] in _TOLL_FIELDS:
                if cumulative or (values[0] or 0) >= 1000:
                    continue
                if field.endswith("_list") and (parts := _mixed_list(m, fields[0], rules)):
                    for part, count in parts:  # "two Ukrainian soldiers and two civilians"
                        out.append(Figure(part, count, offset + m.start("n"), offset + m.end("n")))
                    used.add(m.start("n"), m.end("n"))
                    continue
                own = rules.own_soldiers
                if rules.soldiers.search(m.group(0)):
                    if own is None or own.search(m.group(0)) is None:
                        soldiers_end.append(m.end())
                        continue
                    own_end.append(m.end())  # "two Ukrainian soldiers were killed"
                    fields = [_own_soldiers_field(f) for f in fields]
                elif soldiers_after is not None and (after := soldiers_after.regex.match(
                        low, groups[-1][2])) is not None:
                    if own is None or own.search(low, groups[-1][2], after.end()) is None:
                        soldiers_end.append(after.end())
                        continue  # "killed 600 Russian soldiers": the phrase ends at the count
                    own_end.append(after.end())
                    fields = [_own_soldiers_field(f) for f in fields]
            elif cumulative and (_is_cumulative(low, max(0, m.start() - 40),
                                                _clause_end(low, m.end(), rules), rules=rules)
                                 or (rules.period_first is not None
                                     and rules.period_first.match(low) is not None)):
                continue  # "1,300 drones this week": a running total
            elif weapon_period is not None and fields[0] in _WEAPON_FIELDS and (
                    period := weapon_period.armed_by(low) if period is None else period
            ) and _weapon_period(low, m, weapon_period):
                for _g, s, e in groups:  # the count read no more ("1," of "1,200")
                    used.add(s, e)
                continue  # "2,000 drones in October", "during the week, 300 drones"
            elif bombs_total is not None and fields[0] in _WEAPON_FIELDS and (
                    bombs := (bombs_total.armed_by(low) and bombs_total.regex.search(
                        low) is not None) if bombs is None else bombs):
                continue  # "1,150 drones, 1,400 guided aerial bombs and 35 missiles": a week's
            elif told_before is not None and fields[0] == "drones" and told_before.regex.search(
                    low, max(0, m.start(first) - 12), m.start(first)) is not None:
                continue  # "another 30 drones", "struck by two drones": no launch count
            elif (procured_before is not None and fields[0] in _LAUNCH_FIELDS
                  and procured_before.regex.search(
                      low, max(0, m.start(first) - 40), m.start(first)) is not None):
                continue  # "Russia has ordered 2,400 drones": a purchase, no launch count
            for f, v, (g, s, e) in zip(fields, values, groups, strict=True):
                (singles if g == "one" else out).append(Figure(f, int(v or 0), offset + s,
                                                               offset + e))
                used.add(s, e)
    if rules.bare_phrases and (_bare_opening(low, rules, cues) if bare is None else bare):
        singles += _bare_people(low, offset, rules, used, out + singles)
    for at in clauses:
        singles += _bare_people(low, offset, rules, used, out + singles, at)
    out.extend(_named_people(sentence, low, offset, rules, used))
    # the steps that read the figures together, each where the language has its rules
    place_break = rules.place_break
    for run in ([singles] if place_break is None
                else _runs(singles, sentence, offset, place_break)):
        out.extend(_people_one_by_one(run))
    out.sort(key=lambda f: f.start)
    elided = rules.elided_one_more
    if elided is not None and out and elided[0].armed_by(low):
        out = _elided_one_more(out, low, offset, elided)
    same = rules.same_number
    if same is not None and out and same.armed_by(low):
        out = _same_number(out, low, offset, same)
    dead_part = rules.victims_dead_part
    if dead_part is not None and any(f.field == "victims" for f in out):
        out = _victims_with_dead(out, unblanked, offset, dead_part, rules)
    by_type = rules.drones_by_type
    if (by_type is not None and any(f.field in DRONE_FIELDS for f in out)
            and by_type.armed_by(low)):
        out = _drones_by_type(out, low, offset, by_type, rules.typed_drone_count)
    if any(f.field == "drones_downed" for f in out):
        if rules.attack_size_before is not None:
            out = _attack_sizes(out, low, offset, rules.attack_size_before)
        if rules.downed_part is not None:
            out = _downed_parts(out, low, offset, rules.downed_part)
    if any(f.field in _DOWNED_FIELDS for f in out):
        out = _downed_list(out, low, offset, rules)
        if rules.downed_and_more is not None:
            out = _downed_sums(out, low, offset, rules.downed_and_more)
        out_of = rules.out_of_launched
        if out_of is not None and out_of.armed_by(low):
            out = _out_of_launched(out, low, offset, out_of)
    if out and rules.loss_claims is not None:
        out = _without_army_losses(out, low, rules.loss_claims)
    soldiers_too = rules.soldiers_too
    if soldiers_too is not None and soldiers_end and out:
        out = [f for f in out if not _soldiers_too(f, low, offset, soldiers_end, soldiers_too)]
    if soldiers_too is not None and own_end and out:
        # "two Ukrainian soldiers were killed and six were wounded"
        out = [f._replace(field=_own_soldiers_field(f.field))
               if _soldiers_too(f, low, offset, own_end, soldiers_too) else f for f in out]
    out = _treated_on_site(out, low, offset, rules.hospital_words)
    if place_break is not None:
        out = _without_breakdown_totals(out, sentence, offset, place_break)
    return _without_russian_claims(out, low, offset, rules)


def _count_once(low: str, rules: RuleSet) -> str:
    """`low` with a count's repeat in brackets ("two (2) civilians", `fc.COUNT_TWICE`) and a
    range's upper bound ("5-7 injured", `fc.COUNT_RANGE`) blanked, so the phrases read one
    count: the number, or the range's lower bound. Catalogue descriptions write tolls so."""
    if "(" in low:
        for m in fc.COUNT_TWICE.regex.finditer(low):
            again = rules.parse_number(m.group("again").strip(" ()"))
            if again is not None and again == rules.parse_number(m.group("count")):
                lo, hi = m.span("again")
                low = low[:lo] + " " * (hi - lo) + low[hi:]
    if fc.COUNT_RANGE.armed_by(low):
        for m in fc.COUNT_RANGE.regex.finditer(low):
            first = rules.parse_number(m.group("low"))
            last = rules.parse_number(re.sub(r"^\W*(?:to|or|and)?\s*", "", m.group("rest")))
            if first is None or last is None or not first < last:
                continue
            for group in ("between", "rest"):
                if m.group(group):
                    lo, hi = m.span(group)
                    low = low[:lo] + " " * (hi - lo) + low[hi:]
    return low


def _joined_compounds(sentence: str, low: str, compound: Rule) -> tuple[str, str]:
    """`sentence` and `low` with each open compound before a person ("a 70 year old man", "a
    middle aged woman", the language's `open_compound`) hyphenated, as the counts of one person
    by an article read it. Spaces become hyphens in place, so offsets still point into the
    text."""
    spans = [m.span() for m in compound.regex.finditer(low)]
    if not spans:
        return sentence, low
    chars, lows = list(sentence), list(low)
    for start, end in spans:
        for i in range(start, end):
            if lows[i].isspace():
                chars[i] = lows[i] = "-"
    return "".join(chars), "".join(lows)


#: The field topics a bare noun is counted for: a sentence of drones alone is not looked at.
_BARE_TOPICS = ("figure:killed", "figure:injured")


def _bare_opening(low: str, rules: RuleSet, cues: frozenset[str] | set[str]) -> bool:
    """Whether a noun for one person opens the sentence ("Woman killed in ...", the language's
    `bare_first`). Most sentences of a word of death or injury are let go by one membership
    test of their first three words, after an image caption, in the language's `bare_nouns`,
    half the cost of the anchored match; the rest by the match."""
    if rules.bare_first is None or not any(map(cues.__contains__, _BARE_TOPICS)):
        return False
    head = low[:48]
    if head.lstrip().startswith("["):
        head = low[low.find("]") + 1:][:48]
    if rules.bare_nouns.isdisjoint(head.split(None, 3)[:3]):
        return False
    return rules.bare_first.regex.match(low) is not None


def _named_people(sentence: str, low: str, offset: int, rules: RuleSet,
                  used: _Used | None) -> list[Figure]:
    """People told by their names, then killed or hurt ("Anna Koval was killed", "Ivan Sydor
    and Petro Marchuk were injured"): one each (the language's `named_people`, on the sentence
    as written). Not names a count phrase has read, nor a run of capitalised words that is no
    person's name (an office, a month: `not_a_person_name`), nor soldiers."""
    named, not_name, separator = rules.named_people, rules.not_a_person_name, rules.name_separator
    if named is None or not named.armed_by(low):
        return []
    assert not_name is not None and separator is not None, f"{rules.lang}: named_people alone"
    out: list[Figure] = []
    for m in named.regex.finditer(sentence):
        s, e = m.span("n")
        if used is not None and used.overlaps(s, e):
            continue
        if not_name.regex.search(m.group("n")) is not None:
            continue
        if rules.soldiers.search(low, max(0, s - 40), m.end()) is not None:
            continue  # "Ukrainian soldier Ivan Sydor was killed": an army's dead
        people = len(separator.regex.findall(m.group("n"))) + 1
        field = "injured" if m.group("out") in ("injured", "wounded", "hurt") else "killed"
        # (group `died`: "died in the attack", killed)
        out.append(Figure(field, people, offset + s, offset + e))
    return out


def _bare_clauses(low: str, rules: RuleSet, cues: frozenset[str] | set[str]) -> list[int]:
    """Where a noun for one person with no article or count opens a clause of a telegraphic
    note after a comma, then dead or hurt ("Damage to a park, child reported dead, 11 reported
    wounded"; the language's `bare_after_comma`): the phrases of `bare_phrases` are tried
    there as at a sentence's start. Asked only of a sentence with a comma and a word of death
    or injury."""
    rule = rules.bare_after_comma
    if rule is None or ("," not in low and ";" not in low) or not any(
            map(cues.__contains__, _BARE_TOPICS)):
        return []
    return [m.start("at") for m in rule.regex.finditer(low)]


def _bare_people(low: str, offset: int, rules: RuleSet, used: _Used,
                 found: list[Figure], at: int = 0) -> list[Figure]:
    """One person each for the bare nouns opening the sentence ("Elderly man and woman killed":
    two), or the clause that starts at `at`, each phrase of `bare_phrases` tried once there;
    not where a count phrase has read the words that count them (group `counted`), nor where
    the caption before them has counted the field ("[Graphic: a dead child] Child killed":
    one), nor in a running total."""
    out: list[Figure] = []
    for field, rule in rules.bare_phrases:
        m = rule.regex.match(low[at:] if at else low)
        if m is None or used.overlaps(at + m.start("counted"), at + m.end("counted")) or (
                not at and any(f.field == field and f.end - offset <= m.start("counted")
                               for f in found)):
            continue
        if _is_cumulative(low, rules=rules):
            return []
        s, e = m.span("one")
        out.append(Figure(field, 2 if m.group("one") in fc.BARE_TWO else 1,
                          offset + at + s, offset + at + e))
    return out


#: The tolls an elided "another in B" adds one to (`_elided_one_more`).
_ONE_MORE_FIELDS = ("killed", "injured", "killed_after_wounds")


def _elided_one_more(figures: list[Figure], low: str, offset: int,
                     rules: tuple[Rule, Rule]) -> list[Figure]:
    """"One man died in A, another in B, and a third in C": each clause that leaves out its
    verb (the language's `elided_one_more`: the clause, then what may not stand between) is
    one more person of the toll told last before it in the sentence, a figure of its own (so
    that the place it names can take it). Not where a phrase read its words already ("another
    one in B" is `killing_and_one_more_in`'s), nor after a weapon count ("three drones were
    downed over A and another near B")."""
    clause, thing_between = rules[0].regex, rules[1].regex
    added: list[Figure] = []
    for m in clause.finditer(low):
        lo, hi = m.span()
        told = figures + added
        if any(f.start - offset < hi and f.end - offset > lo for f in told):
            continue  # read by a phrase already
        before = [f for f in told if f.end - offset <= lo]
        if not before:
            continue
        last = max(before, key=lambda f: f.end)
        between = low[last.end - offset:lo]
        if (last.field not in _ONE_MORE_FIELDS or ";" in between
                or (last not in added  # after an elided one the clause is its own
                    and thing_between.search(between) is not None)):
            continue
        start, end = m.span("one")
        added.append(Figure(last.field, 1, offset + start, offset + end))
    if not added:
        return figures
    return sorted(figures + added, key=lambda f: f.start)


_SAME_KIND = {"injured": "injured", "wounded": "injured", "hurt": "injured",
              "killed": "killed", "died": "killed"}


def _same_number(figures: list[Figure], low: str, offset: int, rule: Rule) -> list[Figure]:
    """"Two were killed and the same number were injured": the toll the phrase (`rule`, the
    language's `same_number`) tells, for the kind its verb names, is the count of the other
    toll told last before it in the sentence; a figure of its own, where the phrase stands.
    Not where a figure of that kind is told there already."""
    added: list[Figure] = []
    for m in rule.regex.finditer(low):
        lo, hi = m.span()
        kind = _SAME_KIND[m.group("kind")]
        before = [f for f in figures if f.end - offset <= lo and f.field in ("killed", "injured")]
        if not before or any(f.field == kind and lo <= f.start - offset < hi for f in figures):
            continue
        last = max(before, key=lambda f: f.end)
        if last.field != kind:
            added.append(Figure(kind, last.value, offset + lo, offset + hi))
    if not added:
        return figures
    return sorted(figures + added, key=lambda f: f.start)


def _victims_with_dead(figures: list[Figure], low: str, offset: int, rule: Rule,
                       rules: RuleSet) -> list[Figure]:
    """"There are six victims, including two dead": a count of victims whose dead the
    sentence tells as a part of it (`rule`, the language's `victims_dead_part`, matched from the
    count's end in the text before asides were blanked) is the dead and the injured together:
    the dead are killed (a figure of their own, where their count stands, unless a phrase read
    it already) and the rest injured, not all the victims."""
    out: list[Figure] = []
    for f in figures:
        m = rule.regex.match(low, f.end - offset) if f.field == "victims" else None
        dead = rules.parse_number(m.group("n")) if m is not None else None
        if m is None or not dead or dead >= f.value:
            out.append(f)
            continue
        out.append(f._replace(field="injured", value=f.value - dead))
        s, e = offset + m.start("n"), offset + m.end("n")
        if not any(g.field == "killed" and g.start < e and s < g.end for g in figures):
            out.append(Figure("killed", dead, s, e))
    return sorted(out, key=lambda g: g.start)


def _attack_sizes(figures: list[Figure], low: str, offset: int, rule: Rule) -> list[Figure]:
    """"Air defence repelled an attack by 46 drones, shooting down 39 of them": a count of
    drones shot down told as the size of the attack the verb governs (`rule`, the language's
    `attack_size_before`) is drones launched (dropped where the sentence told that launch
    count already)."""
    if not rule.armed_by(low):
        return figures
    launched = {f.value for f in figures if f.field == "drones"}
    out: list[Figure] = []
    for f in figures:
        start = f.start - offset
        if f.field == "drones_downed" and rule.regex.search(low, max(0, start - 60),
                                                             start) is not None:
            if f.value in launched:
                continue
            f = f._replace(field="drones")
            launched.add(f.value)
        out.append(f)
    return out


def _drones_by_type(figures: list[Figure], low: str, offset: int, by_type: Rule,
                    item: re.Pattern[str] | None) -> list[Figure]:
    """"Russia attacked with two Geran-2, one FPV and three unknown drones": a list of drones
    counted type by type (`fc.DRONES_BY_TYPE`) is one count, the sum of its items, where the
    phrases read one or more of them (each item's, or only those with a drone word, which the
    largest of them would otherwise stand for). The field is theirs (launched, or shot down
    after a verb of shooting down); a list whose items were read for both is left as it is.
    `by_type`, `item`: the language's `drones_by_type` and `typed_drone_count`."""
    assert item is not None, "drones_by_type needs typed_drone_count"
    out = figures
    for m in by_type.regex.finditer(low):
        start, end = offset + m.start(), offset + m.end()
        inside = [f for f in out if start <= f.start < end]
        fields = {f.field for f in inside}
        if not inside or len(fields) != 1 or not fields <= set(DRONE_FIELDS):
            continue
        values = [parse_number(c.group("n")) for c in item.finditer(m.group())]
        if len(values) < 2 or None in values:
            continue
        total = Figure(fields.pop(), sum(v for v in values if v is not None),
                       inside[0].start, inside[-1].end)
        out = sorted([f for f in out if f not in inside] + [total], key=lambda f: f.start)
    return out


def _out_of_launched(figures: list[Figure], low: str, offset: int,
                     out_of: Rule) -> list[Figure]:
    """"36 drones were intercepted over the region, out of 42 launched by Russia": the count
    after a shot-down one, of how many were launched (`out_of`, the language's
    `out_of_launched`), where no phrase read it, is drones launched."""
    if any(f.field == "drones" for f in figures):
        return figures
    rule = out_of.regex
    for f in figures:
        if f.field != "drones_downed":
            continue
        m = rule.match(low, f.end - offset)
        if m is not None and (value := parse_number(m.group("n"))) and value > f.value:
            start, end = m.span("n")
            return sorted([*figures, Figure("drones", value, offset + start, offset + end)],
                          key=lambda f: f.start)
    return figures


#: The shot-down weapon fields (`_downed_list`).
_DOWNED_FIELDS = frozenset({"drones_downed", "missiles_downed"})


def _downed_list(figures: list[Figure], low: str, offset: int, rules: RuleSet) -> list[Figure]:
    """"shot down 20 of 25 cruise missiles fired by Russia, as well as 12 Shahed drones", "ППО
    збила сім ракет Х-101 і п'ять «шахедів»": a weapon count a phrase read as launched, joined
    to the list of the shot-down count before it with no verb of its own (the language's
    `downed_list_more`, matched where that count ends), is shot down too. Drones only: "30 of
    41 drones and two missiles" keeps its missiles launched (tests/test_air13_classes_s13)."""
    rule = rules.downed_list_more
    if rule is None or not rule.armed_by(low):
        return figures
    out: list[Figure] = []
    last_end = -1   # where the last shot-down count ends
    for f in figures:
        if f.field == "drones" and last_end >= 0:
            m = rule.regex.match(low, last_end)
            if m is not None and m.start("n") == f.start - offset:
                f = f._replace(field="drones_downed")
        if f.field in _DOWNED_FIELDS:
            last_end = f.end - offset
        out.append(f)
    return out


def _downed_sums(figures: list[Figure], low: str, offset: int, rule: Rule) -> list[Figure]:
    """"34 безпілотники були знищені, а 78 вдалося збити": a shot-down count and, joined to it
    by "and", another with a verb of its own (`rule`, the language's `downed_and_more`,
    matched where the first ends) are two parts of the night's shot-down count: one figure,
    their sum. Not where the sentence tells drones lost from radar ("локаційно втрачено"):
    those are no shot-down part, whichever phrase read them."""
    downed = [f for f in figures if f.field == "drones_downed"]
    if len(downed) < 2 or "локац" in low:
        return figures
    out = list(figures)
    for first, second in pairwise(downed):
        m = rule.regex.match(low, first.end - offset)
        if m is None or m.start("n") != second.start - offset or first not in out:
            continue
        out[out.index(first)] = Figure("drones_downed", first.value + second.value,
                                       first.start, second.end)
        out.remove(second)
    return out


def _downed_parts(figures: list[Figure], low: str, offset: int,
                  downed_part: Rule) -> list[Figure]:
    """"12 drones were destroyed over the Odesa region and four over Mykolaiv", "in Sumy
    Oblast, two in Poltava Oblast and one in Kyiv Oblast": the parts told after a count of
    drones shot down without a verb of their own (`downed_part`, the language's, one after
    another) are shot down too, each a figure where its place stands; a part some phrase read
    as drones launched ("9 drones in Chernihiv Oblast" after a shot-down header) is turned
    into shot down."""
    at = {f.start - offset: i for i, f in enumerate(figures)}
    out = list(figures)
    part = downed_part.regex
    for f in figures:
        if f.field != "drones_downed":
            continue
        pos = f.end - offset
        while (m := part.match(low, pos)) is not None:
            start, end = m.span("n")
            value = parse_number(m.group("n"))
            i = at.get(start)
            if not value or (i is not None and out[i].field != "drones"):
                break  # no count, or a count of something else (people, missiles)
            if i is None:
                out.append(Figure("drones_downed", value, offset + start, offset + end))
            else:
                out[i] = out[i]._replace(field="drones_downed")
            pos = end
    if len(out) > len(figures):
        out.sort(key=lambda f: f.start)
    return out


_WEAPON_FIELDS = frozenset({"drones", "drones_downed", "missiles", "missiles_downed"})
#: The casualty fields: not read from a count of soldiers, a cumulative count or an army's
#: losses (`sentence_figures`, `_without_army_losses`).
_TOLL_FIELDS = ("killed", "injured", "killed_after_wounds", "victims", "injured_on_site")
#: The drone figures (launched, shot down).
DRONE_FIELDS = ("drones", "drones_downed")
_LAUNCH_FIELDS = ("drones", "missiles")


_PERFECT = fc.PERFECT_COUNT.regex


def _weapon_period(low: str, m: re.Match[str], rule: Rule) -> bool:
    """A month, a week, a year or a total told as reached (`rule`, the language's
    `weapon_period`, armed in the sentence) beside a weapon count, up to 120 characters before
    it or 60 after it, not past the next count or clause: a period's total ("2,000 drones in
    October", "1,500 this year"; not "100 drones overnight, after 2,000 in October", nor "the
    largest attack this year", a ranking `main_clause` blanks). Only windows are searched: a
    long sentence costs no more per count."""
    end = min(len(low), m.end() + 60)
    if (semicolon := low.find(";", m.end(), end)) != -1:
        end = semicolon  # "45 drones overnight; this year 900": the next clause's period
    following = _DIGIT.search(low, m.end(), end)
    window = low[max(0, m.start() - 120):following.start() if following else end]
    if any(map(window.__contains__, _RANKED_THIS)):
        window = main_clause(window)  # "the largest attack this year, to date": a strike ranked
    found = [p.group() for p in rule.regex.finditer(window)]
    # the night's words in the count's own clause, not in the telling after a comma
    # ("Russia has already launched 30,000 drones, Zelensky said today": the war's total)
    if found and all(map(_PERFECT.match, found)) and _own_day_before_clause_end(low, m.end()):
        return False  # "overnight ... air defence has already shot down 45": the night's so far
    return bool(found)


def _own_day_before_clause_end(low: str, end: int) -> bool:
    """Whether `tl.OWN_DAY` occurs in the sentence before the clause of a count ending at `end`
    ends (the next comma, else the sentence's end). The sentence's first such words are found
    once (`_own_day_first`), not searched for from the sentence's start at every count: a long
    line of counts told in the perfect took quadratic time. The same answer as searching the
    sentence up to that comma: the rule's words hold no comma and its only assertions are word
    boundaries (a comma reads as the end of the text does), so a match there is whole before
    the comma, and the first match of the sentence is before it whenever any is."""
    first_end, last_comma, comma_inside = _own_day_first(low)
    if comma_inside:  # (not with the rule as it is: searched as it always was)
        clause_end = low.find(",", end)
        return tl.OWN_DAY.regex.search(
            low, 0, len(low) if clause_end == -1 else clause_end) is not None
    # the first match ends by the clause's comma: no comma between the count and its end
    return first_end >= 0 and last_comma < end


@lru_cache(maxsize=16)
def _own_day_first(low: str) -> tuple[int, int, bool]:
    """The end of the sentence's first `tl.OWN_DAY` match (-1: none), the last comma before it
    (-1: none), and whether the match holds a comma (`_own_day_before_clause_end`)."""
    first = tl.OWN_DAY.regex.search(low)
    if first is None:
        return -1, -1, False
    return first.end(), low.rfind(",", 0, first.end()), "," in first.group()


#: The tolls of the attacked side's soldiers (`RuleSet.own_soldiers`), given by `events` to a
#: strike told with them only, then as killed and injured.
OWN_SOLDIER_FIELDS = {"killed": "killed_soldiers", "injured": "injured_soldiers"}


def _own_soldiers_field(field: str) -> str:
    """The field of a toll of the attacked side's soldiers (others unchanged)."""
    return OWN_SOLDIER_FIELDS.get(field, field)


def _soldiers_too(f: Figure, low: str, offset: int, soldiers_end: list[int],
                  rules: tuple[Rule, Rule]) -> bool:
    """A toll's count with no people of its own told right after a count of soldiers ("two
    soldiers were killed and eighteen were wounded", "killing one soldier and wounding four",
    "three servicemen died and five others were hurt"): soldiers too, no strike's toll (the
    language's `soldiers_too`: what may stand between, the people a count names as its own)."""
    if f.field not in _TOLL_FIELDS:
        return False
    alone_after, people_of_its_own = rules[0].regex, rules[1].regex
    start, end = f.start - offset, f.end - offset
    return (people_of_its_own.match(low, end) is None
            and any(e <= start and alone_after.fullmatch(low, e, start)
                    is not None for e in soldiers_end))


def _without_army_losses(figures: list[Figure], low: str,
                         claims: LossClaimRules) -> list[Figure]:
    """Drop the tolls of a sentence telling an army's losses ("640 casualties that Russian
    forces suffered", `claims.army_losses`) or a dataset's coding of a toll or a side's claim
    of the other's dead (`claims.coded_toll`), and the weapon counts of one tallying military
    hardware ("it destroyed two tanks ... and 25 drones", `claims.equipment_tally`): a General
    Staff's or a defence ministry's claims, no strike's figures. Each is looked for only where
    the sentence has such figures and the rule's literals."""
    losses, coded, tally = claims.army_losses, claims.coded_toll, claims.equipment_tally
    if any(f.field in _TOLL_FIELDS for f in figures) and (
            (claims.loss_word.armed_by(low) and losses.armed_by(low)
             and losses.regex.search(low))
            # a dataset's coding of a toll, a side's claim of the other's dead
            or (coded.armed_by(low) and coded.regex.search(low))):
        figures = [f for f in figures if f.field not in _TOLL_FIELDS]
    if (any(f.field in _WEAPON_FIELDS for f in figures) and tally.armed_by(low)
            and tally.regex.search(low)):
        figures = [f for f in figures if f.field not in _WEAPON_FIELDS]
    return figures


def _without_russian_claims(figures: list[Figure], low: str, offset: int, rules: RuleSet
                            ) -> list[Figure]:
    """Drop the drone counts of a sentence telling what Russia says it shot down (Ukraine's
    drones, the language's `russia_downed_ukrainian`): from the claim on where Ukraine's air
    force is a source (its `ukraine_source`) in the same sentence, else all of them."""
    rule, source = rules.russia_downed_ukrainian, rules.ukraine_source
    if (rule is None or source is None or not any(f.field in DRONE_FIELDS for f in figures)
            or not rule.armed_by(low)):
        return figures
    m = rule.regex.search(low)
    if m is None:
        return figures
    sources = [s.start() for s in source.regex.finditer(low)]
    if not sources:
        return [f for f in figures if f.field not in DRONE_FIELDS]
    # Russia's claim runs from its words to Ukraine's source named after them ("Russia said it
    # downed 30 drones, while Ukraine's air force said 63 of 88 were shot down"), or to the end
    after = [at for at in sources if at > m.start()]
    start, end = offset + m.start(), offset + (min(after) if after else len(low))
    return [f for f in figures if f.field not in DRONE_FIELDS or not start <= f.start < end]


def _clause_end(low: str, at: int, rules: RuleSet) -> int:
    """How far after a weapon count a period may be and still govern it: 120 characters, and
    no further than the next clause of its own where the language has a rule for it
    (`next_clause`: "Цієї ночі 130 дронів, а за тиждень — понад 1000"; not "а також")."""
    end = min(len(low), at + 120)
    if rules.next_clause is not None:
        cut = rules.next_clause.regex.search(low, at, end)
        if cut is not None:
            return cut.start()
    return end


def _runs(singles: list[Figure], sentence: str, offset: int, place_break: Rule
          ) -> list[list[Figure]]:
    """People named one by one, in runs that no turn to another place divides ("в Ізюмі
    постраждали дві жінки, у Козачій Лопані постраждала жінка": two runs, one per place)."""
    runs: list[list[Figure]] = []
    for fig in sorted(singles, key=lambda f: f.start):
        if runs and not place_break.regex.search(sentence, runs[-1][-1].end - offset,
                                                 fig.start - offset):
            runs[-1].append(fig)
        else:
            runs.append([fig])
    return runs


_BREAKDOWN = fc.BREAKDOWN_AFTER.regex


def _without_breakdown_totals(figures: list[Figure], sentence: str, offset: int,
                              place_break: Rule) -> list[Figure]:
    """A casualty count followed by its breakdown by place, whose parts add up to it exactly
    ("постраждали троє людей – в Ізюмі двоє, у Козачій Лопані одна"): the parts stand, each
    for its place; the count is dropped (it would count them twice)."""
    out = list(figures)
    for fig in figures:
        if fig.field not in ("killed", "injured") or not _BREAKDOWN.match(
                sentence, fig.end - offset):
            continue
        parts = [f for f in figures if f.field == fig.field and f.start >= fig.end]
        if len(parts) < 2 or sum(f.value for f in parts) != fig.value:
            continue
        if place_break.regex.search(sentence, fig.end - offset, parts[-1].start - offset):
            out.remove(fig)
    return out


def _treated_on_site(figures: list[Figure], low: str, offset: int,
                     hospital: tuple[str, ...]) -> list[Figure]:
    """People given help on the spot (`injured_on_site`) are injured; told after those taken to
    hospital in the sentence ("двох госпіталізували, ще одному надали допомогу на місці"), they
    add to that count, the nearest injured count before them. Otherwise they stay apart, for
    the report to add to a count of the hospitalised told before (`events`)."""
    if not any(f.field == "injured_on_site" for f in figures):
        return figures
    out: list[Figure] = []
    for fig in figures:
        if fig.field != "injured_on_site":
            out.append(fig)
            continue
        before = next((i for i in range(len(out) - 1, -1, -1) if out[i].field == "injured"), None)
        if before is not None and any(w in low[:fig.start - offset] for w in hospital):
            part = out[before]
            out[before] = Figure("injured", part.value + fig.value, part.start, fig.end)
        else:
            out.append(fig)
    return out


def _people_one_by_one(singles: list[Figure]) -> list[Figure]:
    """People a sentence counts one by one ("пострадали 80-летний мужчина и 78-летняя
    женщина"): one figure per field, their number, spanning them all."""
    out = []
    for field_name in dict.fromkeys(f.field for f in singles):
        same = [f for f in singles if f.field == field_name]
        out.append(Figure(field_name, sum(f.value for f in same), min(f.start for f in same),
                          max(f.end for f in same)))
    return out
