"""Strike events: which places were struck, with what, and the figures of each.

Rules, sentence by sentence: a Ukrainian place is a strike location when its sentence speaks
of an attack (strike, shelling, drones, explosions, casualties) and is not background (an
earlier year, a cumulative toll), diplomacy, ground fighting, or a Ukrainian strike on Russian
forces. Figures go to the strike location their clause names (nearest before the figure),
else to the strike being described in the sentences just before, else to a national event.
One event per location per report; a location's repeated figures keep the largest.
"""

from __future__ import annotations

import hashlib
import re
import re._parser as _parser
import sys
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import ahocorasick

from extract import scan
from extract.budget import Deadline
from extract.dates import MONTH_NAMES, absolute_dates, gated_rules, relative_date
from extract.figures import (
    DRONE_FIELDS,
    FIGURE_CUES,
    OWN_SOLDIER_FIELDS,
    TRIGGER_WORDS,
    Figure,
    main_clause,
    sentence_figures,
)
from extract.model import FIGURES, Event, Weapon
from extract.places import Found
from extract.rules import (
    Rule,
    blank_matches,
    holds_any,
    lang_ru,
    lower_pattern,
    prime_gates,
    required_literal_sets,
    split_rule_parts,
)
from extract.rules import figure_contexts as fc
from extract.rules import not_strike as ns
from extract.rules import strike_words as sw
from extract.rules import totals as tl
from extract.rules.date_phrases import IN_RELATIVE_CLAUSE
from extract.rules.rulesets import RULESETS, RecallRules, RuleSet, ruleset
from extract.sentences import sentence_spans
from extract.struck import _Here
from geo.gazetteer import Gazetteer, Place
from geo.names import LOWER, fold

try:  # (built by setup.py where a C compiler is; else pyahocorasick: `_cue_kernel`)
    from extract import _cue_scan
except ImportError:  # pragma: no cover - a build without the kernel
    _cue_scan = None  # type: ignore[assignment]


_WAR_BEGAN = 2014

#: The date rules of every language (`extract.dates.gated_rules`). Where each has literals and
#: none of them holds a space, the cue automaton tells their gates sentence by sentence (such a
#: literal lies inside the sentence it ends in: sentences are parted by spaces or line breaks),
#: and the dates of a sentence are read with its cues, not a pass over it for each gate.
_DATE_RULES = tuple(dict.fromkeys(rule for rules in RULESETS.values()
                                  for rule in gated_rules(rules)))
_DATES_BY_CUES = all(rule.gate and not any(c.isspace() for literal in rule.gate for c in literal)
                     for rule in _DATE_RULES)


def _split(rule: Rule) -> tuple[Rule, ...] | None:
    """`rule`, an alternation `\\b(?:a|b|...)\\b`, as one rule per alternative gated by its own
    words (`ns.word_first`), or None where it is not of that form or a part has no gate."""
    alternatives = ns.alternatives_of(rule.pattern) if rule.lower else None
    parts = ns.word_first(rule, alternatives) if alternatives else None
    return parts if parts and all(part.gate for part in parts) else None


#: English sentence rules searched one alternative at a time, only the alternatives whose own
#: words the sentence holds: each opens on its first word where it has one, which `re` looks
#: for in C, where the whole alternation is tried at every word (`not_evidence` 4-9 us a
#: sentence its words arm, its armed parts ~0.5; the others measured likewise). The rule
#: matches in a sentence exactly where one of its parts does (`_found`, `_evidence`).
_PARTS: dict[str, tuple[Rule, ...]] = {
    rule.name: parts for rule in RULESETS["en"].sentence_rules
    if rule.name in ("not_evidence", "strike", "hypothetical", "diplomacy", "ground_fighting",
                     "happened") and (parts := _split(rule)) is not None}


def _split_other(rule: Rule) -> tuple[Rule, ...] | None:
    """A Ukrainian or Russian sentence rule as one rule per alternative (`split_rule_parts`:
    "\\b(?:a|b|...)" too), each gated by its own literals, or None where it is one alternative
    or a part has no gate. The cue automaton arms the parts whose literals a sentence holds."""
    parts = split_rule_parts(rule.pattern, rule.flags) if rule.lower else None
    if parts is None:
        return None
    rules = tuple(replace(rule, name=f"{rule.name}.{i}", pattern=part)
                  for i, part in enumerate(parts))
    return rules if all(part.gate for part in rules) else None


#: Each language's sentence rules searched so (`_split_other`, `RuleSet.split_by_part`): the
#: whole of `not_evidence_uk` (39 literals in its gate, one armed by nearly every sentence of a
#: strike) was tried at every character of each sentence read, ~90 k instructions a bench
#: sentence, a tenth of a Ukrainian report; its armed parts, fewer than one a sentence.
_PARTS.update({rule.name: parts for rules in RULESETS.values()
               for rule in (getattr(rules, field) for field in rules.split_by_part)
               if (parts := _split_other(rule)) is not None})
#: Each split rule's part names, and each part's pattern by its name: a sentence's armed parts
#: are its cues' intersection with the names (`strike` has 74 parts, a sentence ~20 cues).
_PART_NAMES = {name: frozenset(part.name for part in parts) for name, parts in _PARTS.items()}
_PART_REGEX = {part.name: part.regex for parts in _PARTS.values() for part in parts}
#: A part's other literal sets (`required_literal_sets`), beyond its gate: a part is searched
#: only where the sentence holds a literal of each ("рух" and a weapon word, "не" and
#: "постраждав"), a few substring tests.
_PART_MORE: dict[str, tuple[frozenset[str], ...]] = {
    part.name: more for parts in _PARTS.values() for part in parts
    if (more := tuple(s for s in required_literal_sets(
        lower_pattern(part.pattern), part.flags & ~re.IGNORECASE) if s != part.gate))}


#: The rules a sentence is read with, each run only where its gate is armed.
_GATED_RULES: tuple[Rule, ...] = (
    *(rule for rules in RULESETS.values() for rule in rules.sentence_rules),
    # a report's recall of an earlier strike (`_recall_span`)
    *(rule for rules in RULESETS.values() if rules.recall for rule in rules.recall.gated),
    # an English report's background in its own words, and its background one alternative at
    # a time (`_is_background`)
    ns.BACKGROUND_TOLD, *ns.BACKGROUND_PARTS,
    # English sentence rules one alternative at a time (`_PARTS`)
    *(part for parts in _PARTS.values() for part in parts),
    # an explosion with a cause of its own (`_own_cause_blast`)
    *(rules.own_cause_blast for rules in RULESETS.values() if rules.own_cause_blast),
    # a toll of harm done on the ground (`_ground_harm`)
    *(rules.ground_harm for rules in RULESETS.values() if rules.ground_harm),
    # a sentence's dates (`_read_once`)
    *(_DATE_RULES if _DATES_BY_CUES else ()),
    # a web page's line of links to other stories (`_link_lines`)
    *(rules.link_line for rules in RULESETS.values() if rules.link_line))


#: Rules searched in a window of one sentence, per place or per figure (`_strike_locations`,
#: `_target`, `_place_figure`), whose narrow gates the cue automaton finds too: where the
#: sentence's cues hold no word of a rule's gate, the rule cannot match in the sentence and
#: is not searched (`_may_match_in`). A window lies in its sentence, so a literal matched in
#: it ends where the automaton gives it to that sentence.
_WINDOW_RULES: tuple[Rule, ...] = (
    ns.HELD_BEFORE, ns.REFERENCE_CLAUSE, ns.REFERENCE_BEFORE, tl.ALSO,
    # their sentence's test for a literal of their gates, `alerted` and `fought` of
    # `_strike_locations` (a regex alternation of the literals tried at every character: 4 us
    # a bench sentence), is the cue automaton's
    ns.ALERT_BEFORE, ns.CAPTURED_BEFORE, ns.NO_STRIKE_CLAUSE,
    *(rules.national_before for rules in RULESETS.values()))
_WINDOW_GATED = frozenset(rule.name for rule in _WINDOW_RULES)


prime_gates("events", _GATED_RULES + _WINDOW_RULES)


def _may_match_in(rule: Rule, cues: frozenset[str] | set[str] | None) -> bool:
    """Whether `rule` may match in a sentence of these cues (None: not known, as in a folded
    text, where the rules that read the text as written may see words the folding changed)."""
    return cues is None or rule.name in cues or rule.name not in _WINDOW_GATED


#: Gated rules searched for only where one of their opening literals occurs
#: (`scan.found_at_openings`), not by their twin: `ukrainian_attacker`'s twin sets up six
#: look-behinds at every "a", "b", "f", "h", "k", "u" (4.8 us a bench sentence, 2.4 us so). The
#: others were dearer so ("strike" 1.6 -> 3.3 us, its 72 openings; "weapon_drone",
#: "russian_target", "hypothetical", "ground_fighting" too).
_BY_OPENINGS: dict[str, frozenset[str]] = {
    rule.name: heads for rule in _GATED_RULES if rule.name == "ukrainian_attacker"
    and (heads := scan.openings(rule.regex)) is not None}


def _any_part(names: frozenset[str], low: str, cues: frozenset[str] | set[str]) -> bool:
    """Whether one of a rule's parts (`_PART_NAMES`) that the sentence's words arm matches."""
    for name in names & cues:  # (no generator a call: ~30 calls a report)
        more = _PART_MORE.get(name)
        if more is not None and not all(holds_any(low, literals) for literals in more):
            continue  # a literal set of the part's beyond its gate missing
        if scan.twin(_PART_REGEX[name]).search(low) is not None:
            return True
    return False


def _occurs(rule: Rule, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Whether `rule` matches in text[pos:endpos], asked of its `scan.twin`, which matches
    wherever it does and jumps in C to where a match can begin: for the rules whose match only
    tells yes or no (`movement_before` 2.9 -> 1.4 us a try before a bench report's place,
    `reference_before` 2.0 -> 1.1, `earlier_count` 4.5 -> 2.9)."""
    return scan.twin(rule.regex).search(text, pos, endpos) is not None


def _found(rule: Rule, low: str, cues: frozenset[str] | set[str]) -> bool:
    """Whether a gated rule matches the lower-cased sentence, if its words armed its gate (its
    `scan.twin`, which matches wherever it does, jumps in C to where a match can begin)."""
    if rule.name not in cues:
        return False
    names = _PART_NAMES.get(rule.name)
    if names is not None:
        return _any_part(names, low, cues)
    heads = _BY_OPENINGS.get(rule.name)
    if heads is not None:
        return scan.found_at_openings(rule.regex, low, heads)
    return _occurs(rule, low)


_TRIGGER = "figures"

#: What `re` reads as other than itself outside a character class (no rule uses re.X).
_METACHARACTERS = frozenset(".^$*+?{}[]\\|()")


def _literal_prescan(rule: Rule) -> frozenset[str] | None:
    """The literals of a gated rule's prescan where it is a plain alternation of them, needed
    once (`Rule.prescan` (..., 1)): the sentence holds one of them exactly where the prescan
    finds a match. None for any other prescan."""
    if rule.prescan is None or rule.prescan[1] != 1:
        return None
    regex = rule.prescan_regex
    assert regex is not None
    parts = regex.pattern.split("|")
    if regex.flags != re.UNICODE or any(not part or not _METACHARACTERS.isdisjoint(part)
                                        for part in parts):
        return None
    return frozenset(parts)


#: Gated rule -> the cue its plain prescan's literals arm (`_literal_prescan`): the cue
#: automaton finds them with the gates, in one pass over the report, so that `_may_match` does
#: not search the sentence for them (`blast_own_cause`'s 34 literals, one `re` alternation
#: tried at every character: ~20 us a sentence that arms the rule's gate, ~4 of a 4 KB report).
#: A literal in a sentence ends in the sentence, so the automaton gives it to that sentence: a
#: sentence without the cue holds none of them (one with it may hold one only across its end:
#: the prescan is searched then, as before).
_PRESCAN_CUES: dict[str, str] = {rule.name: f"prescan:{rule.name}" for rule in _GATED_RULES
                                 if _literal_prescan(rule) is not None}


def _cue_anchors() -> dict[str, frozenset[str]]:
    """Anchor substring -> names of the gates (and the figure trigger) it arms."""
    by_anchor: dict[str, set[str]] = {}
    for rule in (*_GATED_RULES, *_WINDOW_RULES):
        if rule.gate is None:
            raise ValueError(f"rule {rule.name} has no literal to gate it by")
        for anchor in rule.gate:
            by_anchor.setdefault(anchor, set()).add(rule.name)
        cue = _PRESCAN_CUES.get(rule.name)
        if cue is not None:
            for anchor in _literal_prescan(rule) or ():
                by_anchor.setdefault(anchor, set()).add(cue)
    for word in TRIGGER_WORDS:
        by_anchor.setdefault(word, set()).add(_TRIGGER)
    for cue, words in FIGURE_CUES.items():
        for word in words:
            by_anchor.setdefault(word, set()).add(cue)
    return {anchor: frozenset(names) for anchor, names in by_anchor.items()}


def _build_cues(anchors: dict[str, frozenset[str]], order: str = "") -> ahocorasick.Automaton:
    """The anchors' automaton, added in the order of `order`'s letters where one is given:
    pyahocorasick keeps a node's children in the order they were added and looks a character
    up among them one by one (what it finds does not depend on the order)."""
    rank = {c: i for i, c in enumerate(order)}
    automaton = ahocorasick.Automaton()
    for anchor in sorted(anchors, key=lambda a: ([rank.get(c, len(rank)) for c in a], a)
                         ) if order else anchors:
        automaton.add_word(anchor, anchors[anchor])
    automaton.make_automaton()
    return automaton


#: Letters in falling order of frequency in English news text.
_ENGLISH_LETTERS = "etaoinsrhldcumfpgwybvkxjqz"


#: The UTF-8 lead bytes of U+0400..U+04FF (as `extract.language` counts them): a text whose
#: encoding has none holds no letter of that block.
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_ANCHORS = _cue_anchors()
_CUES = _build_cues(_ANCHORS)
#: The anchors without a letter of U+0400..U+04FF, all that a text without one can hold (an
#: English report), in an automaton a quarter the size whose nodes have fewer children to try,
#: the frequent letters first: 681 k -> 636 k instructions a 4 KB English bench report with
#: the byte test that chooses it (valgrind; a regex test for the letters cost 124 k).
_CUES_LATIN = _build_cues({anchor: names for anchor, names in _ANCHORS.items()
                           if not any("\u0400" <= c <= "\u04ff" for c in anchor)},
                          _ENGLISH_LETTERS)


def _cue_automaton(low_text: str, encoded: bytes | None = None) -> ahocorasick.Automaton:
    """The automaton that finds every anchor the text holds: the Latin one where the text has
    no letter of U+0400..U+04FF (four `bytes` scans in C; a regex scan cost what it saved).
    `encoded`: the UTF-8 bytes (surrogatepass) of the text `low_text` lower-cases, if the
    caller has them (the pipeline makes them for the report's id): a character is in that
    block exactly where its lower case holds one that is (tests/test_speed_paths.py checks
    every code point), so they tell the same, and a 4 KB report is not encoded again."""
    if low_text.isascii():
        return _CUES_LATIN
    if encoded is None:
        encoded = low_text.encode("utf-8", "surrogatepass")
    return _CUES if any(map(encoded.__contains__, _CYRILLIC_LEADS)) else _CUES_LATIN


def _cue_kernel() -> object | None:
    """The anchors' automaton in C (`extract/_cue_scan.c`), or None where it was not built:
    pyahocorasick's then (tests/test_cue_scan.py compares both). The same anchors found, a
    character a table lookup where pyahocorasick searches a node's children and its failure
    links, and each sentence's set made in C: `_armed` took ~0.87 M instructions of a 4 KB
    news report's ~8 M with pyahocorasick (callgrind, compiled; issue 16)."""
    if _cue_scan is None:
        return None
    try:
        return _cue_scan.build(list(_ANCHORS), list(_ANCHORS.values()))
    except ValueError:  # more distinct characters than its classes hold
        return None


_CUE_KERNEL = _cue_kernel()


def _armed(low_text: str, starts: list[int], encoded: bytes | None = None
           ) -> dict[int, set[str]]:
    """Sentence index -> the gates its words arm. `encoded`: as `_cue_automaton` takes it."""
    if _CUE_KERNEL is not None:
        return _cue_scan.armed(_CUE_KERNEL, low_text, starts)  # type: ignore[union-attr]
    return _armed_by(_cue_automaton(low_text, encoded), low_text, starts)


def _armed_by(automaton: ahocorasick.Automaton, low_text: str, starts: list[int]
              ) -> dict[int, set[str]]:
    """`_armed` by a pyahocorasick automaton of the anchors (`_build_cues`)."""
    out: dict[int, set[str]] = {}
    lo = hi = 0   # the current sentence owns the cues ending in [lo, hi)
    cues: set[str] = set()
    count, size = len(starts), len(low_text)
    for end, names in automaton.iter(low_text):
        if not lo <= end < hi:  # cues come in text order: look the sentence up when it changes
            idx = bisect_right(starts, end) - 1
            lo = starts[idx] if idx >= 0 else -1
            hi = starts[idx + 1] if idx + 1 < count else size
            cues = out.setdefault(idx, set())
        cues |= names
    return out


class _Key(NamedTuple):
    """Which event a struck place or a figure belongs to: the country, a unit or a place."""

    kind: str                      # "country", "unit" or "place"
    code: str | int | None = None  # the unit's ISO code, or the place's geonameid
    name: str | None = None        # the place's name


#: The country-level event: figures told for no place or for the whole country.
NATIONAL = _Key("country")
#: A strike abroad or on a place held by Russia since 2014: figures carried to it are dropped.
ABROAD = _Key("abroad")
#: How a figure was obtained (`Event.how`): told in the sentence that names the event's place
#: (or, for the country's event, told for no place), carried from the strike of the sentences
#: before, what a total leaves over its located parts, or a higher figure told later (or
#: the toll told at a later time of day, lower or higher: `_stamped_revision`).
STATED, CARRIED, REMAINDER, UPDATED = "stated", "carried", "remainder", "updated"
#: A weapon list's lines added up ("the enemy used: - 2 drones; - 11 FPV drones").
SUMMED = "summed"
#: The counts a weapon list adds up over its lines.
_LISTED = ("drones", "missiles")
#: The counts a list under a header of shooting down adds up ("ПВО сбила 589 целей:").
_LISTED_DOWNED = ("drones_downed", "missiles_downed")
_CASUALTIES = ("killed", "injured")


class _Located(NamedTuple):
    """A struck place named in the sentence being read."""

    start: int   # offset in the text
    key: _Key


class _Recent(NamedTuple):
    """A struck place of an earlier sentence, which later figures may belong to."""

    sentence: int
    key: _Key


class _Toll(NamedTuple):
    """A casualty figure as told, before totals told twice are settled."""

    sentence: int
    key: _Key
    field: str
    value: int
    overall: bool   # told for no place or for several at once (`_overall`)
    at_least: bool = False   # told as a lower bound ("over 30": `tl.LOWER_BOUND`)
    also: bool = False       # told as one more ("were also injured": `tl.ALSO`)
    more: bool = False       # told as "N more/others" (the language's `others_after`)


@dataclass
class _Draft:
    place: Place | None      # None: national (country-level) event
    precision: int
    date: date | None
    sentence: tuple[int, int]
    weapons: list[Weapon] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)   # figure -> how it was obtained (HOW)
    has_figures: bool = False
    totals: bool = False     # a casualty figure was given as a total ("over the past day")
    national_words: bool = False  # a figure's sentence spoke of the country ("across Ukraine")
    national_at: int = -1  # where the first such sentence with a casualty figure starts
    #: the toll of an earlier day's strike as it stands ("the toll of the 7 November strike rose
    #: to eight")
    earlier_toll: bool = False
    #: casualty fields this (country's) event holds as one part of a report's total, settled
    #: by `_lead_total`: no repeat of a located figure even where the values agree
    parts: set[str] = field(default_factory=set)
    #: wounded people of this event told as dead since (`_died_of_wounds`), the most told at once
    died_of_wounds: int = 0
    #: casualty field -> its value before one more was added beside it (`_more_beside_told`):
    #: an oblast's figure repeating that value repeats this place's, not one beside it
    before_more: dict[str, int] = field(default_factory=dict)

    @property
    def national_toll(self) -> bool:
        """Whether a casualty figure of this (country's) event was told in words of the country
        or as a total: "Russia launched 208 drones at Ukraine" makes its drone count the
        country's, not the toll told for no place in another sentence ("two died, the governor
        said"), which may still be a place's told again or a part of a total."""
        return self.national_at >= 0

    def give(self, field_name: str, value: int, how: str) -> None:
        """Keep the larger of the figures told for this event; a larger one told after the
        first is the figure as updated later in the report."""
        old = self.figures.get(field_name)
        if old is None or value > old:
            self.figures[field_name] = value
            self.how[field_name] = how if old is None else UPDATED


@dataclass
class _Report:
    """One report as the steps of `find_events` read it, and what they have found so far."""

    text: str
    low: str                                 # folded text, same offsets
    found: Sequence[Found]
    published: date | None
    rules: RuleSet                           # those of the report's language
    spans: list[tuple[int, int]]             # the sentences
    places: dict[int, list[int]]             # sentence -> indices in `found` of Ukrainian places
    armed: dict[int, set[str]]               # sentence -> the gates its words arm
    relevant: list[int]                      # sentences worth reading, in order
    abroad: set[int]                         # sentences that name a place abroad
    capital: Place | None                    # Kyiv, for "the capital" (English reports)
    drafts: dict[_Key, _Draft] = field(default_factory=dict)
    struck: set[int] = field(default_factory=set)
    weapons: list[Weapon] = field(default_factory=list)   # every weapon named, in order
    recent: list[_Recent] = field(default_factory=list)
    tolls: list[_Toll] = field(default_factory=list)
    #: the ages naming those told as dead of their wounds ("the 40-year-old driver ... died in
    #: hospital"): an injured count told after that names one of them still holds the dead
    died_ages: set[str] = field(default_factory=set)
    #: casualty figures of an oblast or the country told as an earlier count of a toll
    #: (the language's EARLIER_COUNT), settled by `_drop_earlier_counts`
    earlier_counts: list[tuple[_Key, str, int]] = field(default_factory=list)
    #: counts of victims read as injured, (event, value): where the report's dead and injured
    #: of that event add up to one, it counted both (`_victims_as_sum`)
    victims: list[tuple[_Key, int]] = field(default_factory=list)
    #: casualty counts of strikes not Russia's on Ukraine (a Ukrainian attack, a target
    #: abroad), (field, value) -> the sentence that told them: a quote that retells one for no
    #: place is that strike's too (`_without_foreign_retold`)
    foreign_tolls: dict[tuple[str, int], int] = field(default_factory=dict)
    #: places whose toll was told as a later word or a rising toll (the language's LATER_TOLD,
    #: `rising_toll`): the namesake oblast's toll told before is that toll as first told
    later_told: set[_Key] = field(default_factory=set)
    #: casualty figures told with the time of day their toll stood at (`tl.TOLL_TIME`), as
    #: (sentence, event, minutes of the day): a later one of the event revises them
    stamped: list[tuple[int, _Key, int]] = field(default_factory=list)
    written_dates: list[tuple[int, date]] = field(default_factory=list)
    #: header sentence of a weapon list -> the event its counts go to, and their sums so far
    listings: dict[int, tuple[_Key, dict[str, int]]] = field(default_factory=dict)
    #: list line sentence -> its list's header sentence (None: no header), as found so far
    list_heads: dict[int, int | None] = field(default_factory=dict)
    recalled_on: date | None = None   # the day an earlier attack recalled (`_recalled`) was on
    recalled_at: int = -1             # the last sentence that recalled an earlier attack
    #: an English report has told of a strike of its own day or the night before, in words
    #: ("overnight", "this morning": `tl.OWN_DAY`)
    own_day: bool = False
    #: an English report has dated a strike to its day of publication in full ("hit
    #: Nikopol on the evening of March 9"), not only the telling of it
    own_dated: bool = False
    #: the last English sentence recalled as the day before the report's (`_day_before`)
    day_before_at: int = -1
    #: a city held since 2014 named as its oblast is (Donetsk, Luhansk) -> that oblast
    held_oblasts: dict[str, Place] = field(default_factory=dict)
    #: the report names no attacker and speaks not through the occupation (None: not asked
    #: yet; `_names_no_attacker`)
    no_attacker: bool | None = None
    #: lower-cased sentence -> the sentence, its cues and what `_read_once` read in it
    read_before: dict[str, tuple[str, set[str], _Read]] = field(default_factory=dict)
    #: sentence -> its cues, the offset it was read at and its figures (`_figures_once`)
    figures_before: dict[str, tuple[set[str], int, tuple[Figure, ...]]] = field(
        default_factory=dict)
    capital_region: Place | None = None      # Kyiv oblast, for "around the capital"
    folded: bool = False                     # `low` is the folded text, not its lower case
    #: English drone counts as placed: (event, field, value, told as a round figure)
    drone_counts: list[tuple[_Key, str, int, bool, bool]] = field(default_factory=list)
    #: English shot-down counts as placed: event -> whether one was told as a count of its own
    #: (False: only as more beside others, "one more drone was downed over Kirovohrad")
    downed_own: dict[_Key, bool] = field(default_factory=dict)
    #: places struck in sentences dated in full `_DATED_BEFORE_DAYS` or more before publication,
    #: and those struck in any other sentence (`_drop_dated_before`)
    dated_before: set[_Key] = field(default_factory=set)
    struck_since: set[_Key] = field(default_factory=set)
    #: events given one drone shot down told by an article ("destroyed an enemy drone"):
    #: no count in a roundup of several oblasts (`_one_drone_in_roundup`)
    one_drone_by_article: set[_Key] = field(default_factory=set)
    #: an event note (`_is_event_note`): an attack of either side on a place of Ukraine is a
    #: strike and its toll counts, and so do soldiers' dead told for no strike
    note: bool = False

    def draft(self, key: _Key, place: Place | None, precision: int, when: date | None,
              sentence: tuple[int, int]) -> _Draft:
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = _Draft(place, precision, when, sentence)
        return d


def find_events(text: str, found: Sequence[Found], gazetteer: Gazetteer, *,
                published: date | None, article_id: str, low_text: str | None = None,
                lang: str = "en", deadline: Deadline | None = None,
                encoded: bytes | None = None) -> tuple[list[Event], set[int]]:
    """Events of one report, and the indices in `found` of the mentions that were struck.
    `low_text`: `text.lower()`, if the caller has it already; `lang`: the report's language,
    whose rules it is read with; `deadline`: checked after each sentence read; `encoded`:
    `text.encode("utf-8", "surrogatepass")`, if the caller has it.

    The steps: split the sentences and find which rules their words arm (`_prepare`), read
    each relevant sentence and place its figures (`_read_sentence`), count casualties told
    twice once (`_settle_totals`), and write the events (`_event`)."""
    report = _prepare(text, found, published, low_text, ruleset(lang), gazetteer, encoded)
    for s_idx in report.relevant:
        _read_sentence(report, s_idx)
        if deadline is not None:
            deadline.check()
    _settle_totals(report)
    _exact_over_round(report)
    _more_shot_down(report)
    _one_drone_in_roundup(report)
    _drop_dated_before(report)
    weapons = report.weapons
    dominant = (max(dict.fromkeys(weapons), key=weapons.count)  # type: ignore[arg-type]
                if weapons else None)
    events = [_event(d, gazetteer, text, article_id, dominant) for d in report.drafts.values()]
    return events, report.struck


#: How many days before publication a dated sentence's strike must lie to be an earlier attack's
#: wherever it stands (`_drop_dated_before`): more than a week, so that a weekly roundup's dated
#: strikes ("On June 20, drones hit Lviv. On June 23, ... Overnight, ..." on June 27) stay its own.
_DATED_BEFORE_DAYS = 8


def _drop_dated_before(report: _Report) -> None:
    """"A Russian drone hits a building in Kyiv on June 17, 2025." (a photo's caption) opening a
    report of June 27 on last night's attack: a place struck only in sentences dated in full
    more than a week before publication (`_DATED_BEFORE_DAYS`), with no toll, is an earlier
    attack's once the report tells a strike of its own day or the night before, wherever that
    comes (a sentence after
    the report's strike is recalled as it is read, `_read_sentence`). English so far (the
    language's `RecallRules`)."""
    published = report.published
    if not report.dated_before or published is None or report.rules.recall is None:
        return
    if not report.own_day and not any(
            key not in report.dated_before and d.date is not None
            and (published - d.date).days <= 1 for key, d in report.drafts.items()):
        return  # ("overnight", "this morning": `own_day`, though the caption's date ran on)
    for key in report.dated_before - report.struck_since:
        d = report.drafts.get(key)
        if d is not None and not any(f in d.figures for f in _CASUALTIES):
            del report.drafts[key]


_KYIV: dict[int, Place | None] = {}
_HELD_OBLASTS: dict[int, dict[str, Place]] = {}


def _held_oblasts(g: Gazetteer) -> dict[str, Place]:
    """The oblasts named as a city held since 2014 is (looked up once per gazetteer)."""
    if id(g) not in _HELD_OBLASTS:
        _HELD_OBLASTS[id(g)] = {c.place.name: c.place for name in ("Donetsk", "Luhansk")
                                for c in g.exact(name) if c.place.kind == "oblast"}
    return _HELD_OBLASTS[id(g)]


def _kyiv(g: Gazetteer) -> Place | None:
    """The city of Kyiv in the gazetteer (looked up once per gazetteer)."""
    if id(g) not in _KYIV:
        _KYIV[id(g)] = next((c.place for c in g.exact("Kyiv")
                             if c.place.kind == "settlement" and c.place.oblast_iso == "UA-30"),
                            None)
    return _KYIV[id(g)]


def _kyiv_region(g: Gazetteer) -> Place | None:
    """Kyiv oblast, the capital's surroundings (None in a gazetteer without the units)."""
    try:
        return g.unit("UA-32")
    except KeyError:
        return None


def _next_armed(rule: Rule, after: Iterable[int], relevant: set[int],
                spans: list[tuple[int, int]], low_text: str) -> list[int]:
    """The sentences right after those of `after`, not in `relevant` yet, whose words arm
    `rule`'s gate: a sentence that may go on about the one before it in the rule's words."""
    return [j for j in {i + 1 for i in after} - relevant
            if j < len(spans) and rule.armed_by(low_text[spans[j][0]:spans[j][1]])]


def _prepare(text: str, found: Sequence[Found], published: date | None,
             low_text: str | None, rules: RuleSet, gazetteer: Gazetteer,
             encoded: bytes | None = None) -> _Report:
    """Sentences, the Ukrainian places of each, and the rules each one's words arm."""
    spans = sentence_spans(text)
    starts = [a for a, _b in spans]
    places: dict[int, list[int]] = {}
    abroad: set[int] = set()
    for i, f in enumerate(found):
        if f.place.country == "UA":
            places.setdefault(bisect_right(starts, f.start) - 1, []).append(i)
        else:
            abroad.add(bisect_right(starts, f.start) - 1)
    if low_text is None:
        low_text = LOWER(text)
    folded = len(low_text) != len(text)
    if folded:
        low_text = fold(text)
    armed = _armed(low_text, starts, None if folded else encoded)
    relevant = set(places)
    capital = rules.capital_word
    if capital is not None:  # "drones struck the capital": Kyiv without its name
        at = low_text.find(capital)
        while at >= 0:
            relevant.add(bisect_right(starts, at) - 1)
            at = low_text.find(capital, at + len(capital))
    relevant.update(i for i, names in armed.items() if _TRIGGER in names)
    if rules.settlement_anaphor is not None:
        # "Fighting went on near Sumy. Guns then hit the nearby villages.": the sentence
        # after one naming a place may strike it by a word for it
        relevant.update(_next_armed(rules.settlement_anaphor, places, relevant, spans, low_text))
    if rules.there_anaphor is not None:
        # "Troops retook Kupiansk. Guns later destroyed a depot there." (with a strike word)
        relevant.update(j for j in _next_armed(rules.there_anaphor, places, relevant, spans,
                                               low_text)
                        if rules.strike.armed_by(low_text[spans[j][0]:spans[j][1]]))
    if rules.elliptic_total is not None:
        # "В Днепре 19 погибших. В общей сложности в области – 21.": a total told with its
        # noun left out names no place and no topic word; read after a sentence that is read
        relevant.update(_next_armed(rules.elliptic_total, relevant, relevant, spans, low_text))
    if rules.link_line is not None:
        # "Read also: Drones hit Sumy, two injured": another report's headline
        relevant.difference_update(_link_lines(low_text, starts, armed, rules.link_line))
    if rules.reminder is not None:
        # "Накануне ... повреждено судно. Погибли пятеро.": a reminder opening right before a
        # toll is read, so that the toll goes with the day recalled (`_read_sentence`)
        relevant.update([i - 1 for i in relevant if i >= 1 and i - 1 not in relevant
                         and rules.reminder.match(low_text, *spans[i - 1]) is not None])
    if rules.defence_missile is not None:
        _defence_missiles_only(low_text, spans, armed, rules)
    # "Russia launched 93 drones. It said 55 were shot down.", "... destroyed 15 Shahed drones.
    # ... A total of 20 launches were recorded.": the drones carry over
    for i, names in armed.items():
        if "figure:downed" not in names and "figure:rule:launches_recorded" not in names:
            continue
        if ("figure:missiles" not in names and (
                ("figure:downed" in names and _drones_told_last(armed, i))
                or ("figure:rule:launches_recorded" in names
                    and any("figure:drones" in armed.get(i - k, ())
                            and "figure:missiles" not in armed.get(i - k, ())
                            for k in (1, 2))))):
            names.add("figure:drones")
            relevant.add(i)
    return _Report(text, low_text, found, published, rules, spans, places, armed,
                   sorted(i for i in relevant if i >= 0), abroad,
                   _kyiv(gazetteer) if capital is not None else None,
                   held_oblasts=_held_oblasts(gazetteer),
                   capital_region=_kyiv_region(gazetteer) if capital is not None else None,
                   folded=folded, note=_is_event_note(low_text, rules))


#: The longest text read as an event note: a dataset's record of one event is a few sentences
#: (ACLED's notes run to some 600 characters); a news report that opens with its full date is
#: longer.
_NOTE_CHARS = 1200


def _is_event_note(low_text: str, rules: RuleSet) -> bool:
    """Whether the report is an event note: short, opening with the event's full date ("On 13
    September 2022, Ukrainian forces shelled ...": the language's `event_note`)."""
    rule = rules.event_note
    return (rule is not None and len(low_text) <= _NOTE_CHARS
            and rule.regex.match(low_text) is not None)


def _defence_missiles_only(low_text: str, spans: list[tuple[int, int]],
                           armed: dict[int, set[str]], rules: RuleSet) -> None:
    """"The attack was repelled by aviation, anti-aircraft missile troops and mobile fire
    groups": a sentence whose every missile word names the defence (the language's
    `defence_missile`) names no missiles, so its missile topic is dropped; a count shot down
    without a weapon word there or after it still counts the drones told before."""
    defence = rules.defence_missile
    assert defence is not None
    words = rules.topic_words["missiles"]
    for i, names in armed.items():
        if "figure:missiles" not in names:
            continue
        low = low_text[spans[i][0]:spans[i][1]]
        if not defence.armed_by(low):
            continue
        blanked = blank_matches(defence.regex, low)
        if blanked != low and not holds_any(blanked, words):
            names.discard("figure:missiles")


def _mixed_downed(report: _Report, s_idx: int, low: str,
                  figures: list[Figure]) -> list[Figure]:
    """"Russia launched 80 missiles and drones, of which 70 were shot down", "... 120 drones and
    missiles overnight. Air defence shot down 100 of them.": a count shot down told with no drone
    word of its own, after a count of missiles and drones together (the language's
    `mixed_count`) and no count of drones alone (`drones_alone`), in the sentence before it or,
    where the sentence names no drones there, the one before, is no count of drones shot
    down."""
    mixed, alone = report.rules.mixed_count, report.rules.drones_alone
    assert mixed is not None and alone is not None
    s_start = report.spans[s_idx][0]
    words = report.rules.topic_words["drones"]
    out = []
    for f in figures:
        if f.field == "drones_downed":
            at, end = f.start - s_start, f.end - s_start
            before = low[:at]
            if not holds_any(before, words) and s_idx > 0:
                before = report.low[slice(*report.spans[s_idx - 1])]
            if (not holds_any(low[end:end + 25], words) and mixed.armed_by(before)
                    and mixed.search(before) and not alone.search(before)):
                continue  # "of which 70 were shot down": of both weapons
        out.append(f)
    return out


#: How many sentences back a shot-down count without a weapon word looks for the weapon
#: it counts ("Russia launched 150 drones. ... In Kharkiv, two were hurt. ... The Air Force
#: said 136 were shot down.").
_WEAPON_BACK = 4


def _drones_told_last(armed: dict[int, set[str]], i: int) -> bool:
    """Whether the sentence before `i` names drones or, failing a weapon there, the last
    sentence of the few before it that names a weapon names drones: a shot-down count told
    apart from the launch count, paragraphs after it, counts those drones."""
    if "figure:drones" in armed.get(i - 1, ()):
        return True
    for k in range(i - 1, max(-1, i - 1 - _WEAPON_BACK), -1):
        names = armed.get(k, ())
        if "figure:drones" in names or "figure:missiles" in names:
            return "figure:drones" in names
    return False


def _link_lines(low_text: str, starts: list[int], armed: dict[int, set[str]],
                link_line: Rule) -> set[int]:
    """The sentences of a web page's lines of links to other stories: the rest of a line
    that opens with the language's LINK_LINE ("Read also: ..."), and the list lines under it
    ("Read also" / "- Drones hit Sumy" / "- ..."), up to the first line that is neither. The
    rule is tried only at the line start of a sentence whose words armed its gate."""
    out: set[int] = set()
    for i, names in armed.items():
        if link_line.name not in names or i in out:
            continue
        m = link_line.match(low_text, starts[i])
        if m is None:
            continue
        line = low_text.rfind("\n", 0, starts[i]) + 1
        if low_text[line:starts[i]].isspace() or line == starts[i]:  # it opens its line
            out.update(_link_block(low_text, starts, line, m.end()))
    return out


def _link_block(low_text: str, starts: list[int], line: int, at: int) -> range:
    """The sentences from a link line's start through the list lines under it."""
    # the end of the link line (the match may have taken its line break)
    end = low_text.find("\n", at - 1 if low_text[at - 1] == "\n" else at)
    end = len(low_text) if end < 0 else end
    while end < len(low_text):
        nxt = low_text.find("\n", end + 1)
        nxt = len(low_text) if nxt < 0 else nxt
        if not low_text[end + 1:nxt].lstrip(" \t").startswith(_LIST_MARKS):
            break
        end = nxt
    # the sentences that start on those lines
    return range(bisect_left(starts, line), bisect_right(starts, end - 1))


#: What opens a list line under a line of links ("- ", "• ", "* ").
_LIST_MARKS = ("-", "\u2013", "\u2014", "\u2022", "*")


def _read_once(report: _Report, sentence: str, low: str, cues: set[str]) -> _Read:
    """A sentence's own dates, the day it names relative to publication, its reading and the
    dates it gives as the day the news was told (`RuleSet.telling_date`), which depend on its
    words and cues alone: read once per report where it is told again (a headline repeated as
    a page's title, breadcrumb and heading). Callers do not change them."""
    seen = report.read_before.get(low)
    if seen is not None and seen[0] == sentence and seen[1] == cues:
        return seen[2]
    published, rules = report.published, report.rules
    # the date rules' gates as the report's cue automaton found them in the sentence (not over
    # a folded text: that differs from the sentence's lower case the rules read)
    armed = cues if _DATES_BY_CUES and not report.folded else None
    own = absolute_dates(sentence, published, rules, armed=armed)
    for before in rules.not_own_date:
        # "the largest attack since August 4": where a period starts; "On the night of 24
        # February (from 20:00 on 23 February)": the hour the night began; neither is the day
        # the sentence tells of
        if own and before.armed_by(low):
            own = [(at, day) for at, day in own
                   if not before.regex.search(low, max(0, at - 48), at)]
    told: list[tuple[int, date]] = []
    telling = rules.telling_date
    if own and telling is not None and telling.armed_by(low):
        told = [(at, day) for at, day in own if telling.regex.search(low, max(0, at - 48), at)]
        own = [d for d in own if d not in told]
    read = (own, relative_date(sentence, published, rules, armed=armed),
            _Sentence.read(low, cues, published, rules, either_side=report.note), told)
    report.read_before[low] = (sentence, cues, read)
    return read


def _figures_once(report: _Report, sentence: str, offset: int, cues: set[str]) -> list[Figure]:
    """`sentence_figures` of a sentence at `offset`, found once per report where the sentence
    is told again with the same cues (its figures moved to where it stands now)."""
    seen = report.figures_before.get(sentence)
    if seen is not None and seen[0] == cues:
        _cues, at, told = seen
        return [f._replace(start=f.start - at + offset, end=f.end - at + offset) for f in told]
    figures = sentence_figures(sentence, offset, cues, report.rules)
    report.figures_before[sentence] = (cues, offset, tuple(figures))
    return figures


def _retells_own_count(report: _Report, sentence: str, offset: int, cues: set[str]) -> bool:
    """Whether a sentence dated days before publication tells again a weapon count (more than
    one) the report gave for the strike of its own day or night: "Air Force says 36 drones
    shot down overnight ... Russia launched 36 drones on the night of May 25" on a page stamped
    in September is that story told with its date, no earlier attack recalled."""
    published = report.published
    if published is None:
        return False
    own = {v for d in report.drafts.values() if d.date and (published - d.date).days <= 1
           for f, v in d.figures.items() if f in _COUNTED_WEAPONS and v > 1}
    return bool(own) and any(f.field in _COUNTED_WEAPONS and f.value in own
                             for f in _figures_once(report, sentence, offset, cues))


def _read_sentence(report: _Report, s_idx: int) -> None:
    """Read one sentence: its date and reading, the places it reports struck, its figures."""
    text, published, rules = report.text, report.published, report.rules
    s_start, s_end = report.spans[s_idx]
    sentence = text[s_start:s_end]
    cues: set[str] = report.armed.get(s_idx, set())
    low = report.low[s_start:s_end]
    own, relative, ctx, told_on_days = _read_once(report, sentence, low, cues)
    written = report.written_dates
    earlier = written[-1][1] if written else None
    back = [(at, day) for at, day in told_on_days if earlier is not None and day < earlier]
    if back:
        # "Glide bombs hit Izium on Nov. 14 ... He reported on Nov. 13 that shelling had
        # wounded two": told before the strike day the report named, so of an earlier strike
        # (not "In a statement on July 14, the army added ..." with no day told before it)
        own = sorted(own + back)
    if own and rules.in_relative_clause is not None:
        # "допомогу чоловіку, який 1 лютого постраждав": that clause's day dates the sentence,
        # not the sentences after it
        in_clause = rules.in_relative_clause.regex
        written.extend((at, day) for at, day in own if not in_clause.search(sentence, 0, at))
    else:
        written.extend(own)
    event_date = (own[-1][1] if own else None) or relative or earlier or published
    if (rules.reminder is not None and not own and relative is None
            and event_date is not None and event_date == report.recalled_on
            and s_idx > report.recalled_at + 1):
        later = _struck_later(report, s_idx, event_date)
        if later is not None:
            # "... обстреляли Херсон так же, как Николаев в среду, 3 апреля. Тогда погибли
            # трое. ... Мэр добавил, что враг снова ударил по Херсону": a sentence
            # past the recall naming a place the report struck on a later day is back on the
            # report's strike, and so are the undated sentences after it
            written.append((0, later))
            event_date = later
    recall: tuple[int, int] | None = None
    # a strike of the days just before the report's, recalled on places of its own
    recent_recall = False
    told = sentence  # what figures are read from: the sentence, less a recalled clause
    # a sentence that opens with an earlier weekday and ranks that day's attack ("On Friday
    # Russia carried out its largest barrage since the invasion") recalls it
    told_on = own[-1][1] if own else (relative if relative and rules.weekday.regex.match(
        sentence.lstrip(" \"“")) and fc.RECORD_SINCE.regex.search(low) else None)
    if (told_on and published and (published - told_on).days >= 2
            and any(d.date and (published - d.date).days <= 1 for d in report.drafts.values())
            and not rules.rising_toll.search(low)
            and not _retells_own_count(report, sentence, s_start, cues)):
        # "On 31 July, a missile killed 31 people in Kyiv", "On Friday Russia sent 530 drones
        # on Kyiv in an attack that killed two" in a report on last night's strike: an earlier
        # attack recalled (not "the toll of the 4 April strike has risen to 75": that strike's
        # toll as it stands today)
        recent_recall = (ctx.strike and rules.recall is not None  # (English so far)
                         and bool(report.places.get(s_idx))
                         and (published - told_on).days <= _RECENT_RECALL_DAYS)
        ctx = replace(ctx, strike=False, no_figures=True)
        report.recalled_on, report.recalled_at = told_on, s_idx
    elif _earlier_night(report, sentence, own, relative):
        # "В ночь на воскресенье Россия запустила 270 дронов" in a report on the night to
        # Monday, 19 May: the night before the report's, recalled
        ctx = replace(ctx, strike=False, no_figures=True)
        report.recalled_on, report.recalled_at = relative, s_idx
    elif (rules.reminder is not None and not own and relative is None
          and report.recalled_on is not None and report.recalled_at == s_idx - 1
          and not report.places.get(s_idx)
          and rules.reminder.match(report.low, *report.spans[s_idx - 1]) is not None):
        # "Накануне ... повреждено судно. Погибли пять моряков, пострадали девять.": the
        # undated sentence after one opening a reminder, naming no place, goes on about the
        # day recalled
        ctx = replace(ctx, strike=False, no_figures=True)
        report.recalled_at = s_idx
    elif rules.recall is not None and _day_before(report, s_idx, low, own, event_date, cues):
        # "Russian troops hit Nikopol on the evening of March 9 ... On March 8 they shelled
        # the district 120 times. A man was hurt in Marhanets.", "As reported, on
        # December 7, shelling injured six": the day before the report's strike, recalled
        recent_recall = ctx.strike and bool(report.places.get(s_idx))
        ctx = replace(ctx, strike=False, no_figures=True)
        report.recalled_on, report.recalled_at = event_date, s_idx
        report.day_before_at = s_idx
    elif _recalled(report, s_idx, low, event_date, dated=bool(own)):
        ctx = replace(ctx, strike=False, no_figures=True)
        report.recalled_on, report.recalled_at = event_date, s_idx
    elif _goes_on(report, s_idx, low, own, relative, cues):
        # "On April 17, Chernihiv came under attack. The attack killed 18 people.", "Last week
        # missiles hit Kyiv. At least 19 people were killed.": the sentence after an English
        # recall goes on about the attack it named
        ctx = replace(ctx, strike=False, no_figures=True)
        report.recalled_at = s_idx
    elif rules.recall is not None and published is not None and (
            recall := _recall_span(report, sentence, low, cues, maybe_other=ctx.no_figures or (
                rules.recall.previous_night.name in cues
                or rules.recall.earlier_day.name in cues))) is not None:
        # "Last Thursday, an attack on the city killed 23", "..., days after shelling killed
        # five": an earlier strike recalled, all of the sentence or the clause from there on
        a, b = recall
        if a == 0 and b == len(low):
            ctx = replace(ctx, strike=False, no_figures=True)
            report.recalled_at = s_idx
        else:
            ctx = _Sentence.read(low[:a] + " " * (b - a) + low[b:], cues, published, rules,
                                 either_side=report.note)
            # the rest's figures are read without the recalled clause's words ("last week"
            # there is no running total of the rest's "injuring two")
            told = sentence[:a] + " " * (b - a) + sentence[b:]
    if ctx.earlier and rules.recall is not None and report.recalled_at != s_idx:
        # "Last month Russia struck a school in the city.": an attack of another time, which
        # the next sentence may go on about ("In that attack, 12 people died")
        report.recalled_on, report.recalled_at = None, s_idx
    if (rules.told_before_date is not None and ctx.strike and not report.own_dated
            and published is not None
            and any(day == published and rules.told_before_date.search(low, 0, at) is None
                    for at, day in own)):
        report.own_dated = True
    in_sentence = report.places.get(s_idx, [])
    header_rule, line_rule = rules.toll_list_header, rules.toll_list_line
    listed_toll = (_toll_line(report, s_idx, low, header_rule, line_rule)
                   if header_rule is not None and line_rule is not None and in_sentence
                   and not ctx.no_figures else None)
    if listed_toll is not None:
        # "загинуло:\n- 3 людини у Харкові,": a line of a toll's list, a strike on its place
        ctx = replace(ctx, strike=True)
    elif not ctx.strike and (ns.LOCATION_FIELD.match(low) or (_names_only(
            low, [report.found[i] for i in in_sentence], s_start)
            and (_strike_follows(report, s_idx) or _list_header(report, s_idx) is not None))):
        # "Location: Kryvyi Rih, Dnipropetrovsk oblast. Description: A missile struck ...",
        # "Uman, Cherkasy oblast. A cruise missile struck ...": a field naming where the
        # report's event happened
        ctx = replace(ctx, strike=True)
    elif (not ctx.strike and rules.breakdown_line is not None and in_sentence and s_idx > 0
          and any(c in _FIGURE_TOPICS for c in report.armed.get(s_idx - 1, ()))
          and rules.breakdown_line.fullmatch(_blanked(
              low, [report.found[i] for i in in_sentence], s_start)) is not None):
        # "... на сході збили 11 шахедів. У Сумській області - 6, у Харківській - 4.": the
        # places a count told just before is split over are where its strikes were
        ctx = replace(ctx, strike=True)
    elif (not ctx.strike and in_sentence and report.drafts and rules.toll_denied is not None
          and _toll_denied_only(ctx, low, cues, rules, rules.toll_denied)):
        # "Drones hit Odesa. No casualties were reported in the Sumy and Poltava regions.":
        # the places of a toll denied in a report of an attack were attacked
        ctx = replace(ctx, strike=True)
    own_blast = (rules.own_cause_blast is not None and rules.own_cause_blast.name in cues
                 and _own_cause_blast(low, cues, rules))
    if own_blast:  # "a grenade went off in a flat in Lviv, injuring two": no strike
        ctx = replace(ctx, strike=False, no_figures=True)
    report.weapons.extend(ctx.weapons)
    figures = _figures(ctx, told, s_start, cues, rules, earlier_night=bool(
        relative and published and (published - relative).days >= 2), report=report,
        s_idx=s_idx)
    if rules.mixed_count is not None and any(f.field == "drones_downed" for f in figures):
        figures = _mixed_downed(report, s_idx, low, figures)
    if listed_toll is not None and not any(f.field in ("killed", "injured") for f in figures):
        figures.append(listed_toll)
    elliptic = rules.elliptic_total
    if (elliptic is not None and not figures and not ctx.no_figures and report.tolls
            and report.tolls[-1].sentence == s_idx - 1 and elliptic.armed_by(low)):
        m = elliptic.regex.match(low)
        value = rules.parse_number(m.group("n")) if m is not None else None
        if m is not None and value:
            # "В Днепре 19 погибших. В общей сложности в области – 21.": the total of the
            # toll told just before, its noun left out
            figures.append(Figure(report.tolls[-1].field, value, s_start + m.start("n"),
                                  s_start + m.end("n")))
    all_down = rules.all_shot_down
    if (all_down is not None and "figure:downed" in cues and not ctx.no_figures
            and _prescan_found(all_down, low)
            and not ctx.ukr_attack and not any(f.field == "drones_downed" for f in figures)):
        figures.extend(_all_shot_down(report, s_idx, low))
    all_but = rules.all_but_downed
    if (all_but is not None and not ctx.no_figures and not ctx.ukr_attack
            and _prescan_found(all_but, low)):
        figures = _all_but_downed(report, s_idx, low, figures)
    if (rules.recall is not None and not report.own_day and (ctx.strike or figures)
            and published and rules.recall.own_day.name in cues and _own_day(low, rules.recall)
            and not (relative is not None and (published - relative).days >= 2)):
        report.own_day = True  # "Drones struck Odesa overnight, injuring three"
    if rules.part_of_count is not None and len(figures) > 1:
        figures = _drones_by_type(figures, low, s_start, rules.part_of_count)
    if recall is not None:  # the recalled clause's figures and places are not this strike's
        lo, hi = s_start + recall[0], s_start + recall[1]
        figures = [f for f in figures if not lo <= f.start < hi]
        in_sentence = [i for i in in_sentence if not lo <= report.found[i].start < hi]
    locations = _strike_locations(text, report.low, ctx, report.found, in_sentence, s_start,
                                  has_figures=bool(figures), s_end=s_end,
                                  held_oblasts=report.held_oblasts
                                  if rules.held_city_place_before is not None else None,
                                  held_struck=ctx.strike and _held_towns_only(
                                      [report.found[i].place for i in in_sentence])
                                  # (an event note's shelling of Donetsk, whoever fired)
                                  and (report.note or _names_no_attacker(report)),
                                  cues=None if report.folded else cues)
    locations = [i for i in locations if not _district_of_previous(text, report.found, i)]
    if recent_recall:
        # "It is worth noting that on the evening of January 22, drones struck Zaporizhzhia"
        # in a report of January 24: a strike of the reported period (GUIDE.md), its place
        # struck with none of its figures, nor the next sentences' toll carried to it
        _locate(report, [i for i in _strike_locations(
            text, report.low, replace(ctx, strike=True), report.found, in_sentence, s_start,
            has_figures=False, s_end=s_end, cues=None if report.folded else cues)
            if not _district_of_previous(text, report.found, i)],
            ctx.weapons, event_date, (s_start, s_end))
    if (rules.speaker is not None and ctx.strike and not in_sentence and recall is None
            and not _says(rules.national, sentence)):
        locations = _speaker_oblast(report, s_idx, low)
    if ctx.strike and not locations and recall is None and ((
            rules.settlement_anaphor is not None and rules.settlement_anaphor.armed_by(low)
            and rules.settlement_anaphor.regex.search(low) is not None) or (
            # "Troops retook Kupiansk. Guns later destroyed a depot there."
            rules.there_anaphor is not None and "there" in low
            and rules.there_anaphor.regex.search(low) is not None)):
        # "... pushed towards a village and fired near the settlement", "clashed near a town.
        # Guns then hit the nearby villages.": the town named just before
        locations = _anaphor_town(report, s_idx, in_sentence)
    abroad = not locations and (
        # (an event note's toll told at a held city with no attack told is still the note's: "On
        # 14 September 2022, LPR killed 45 Ukrainian soldiers (coded to Luhansk)")
        (not (report.note and not ctx.strike)
         and any(_held_since_2014(report.found[i].place) for i in in_sentence))
        # a Ukrainian attack on a place abroad ("six were killed in a Ukrainian missile attack on
        # Rylsk in Russia's Kursk region") gives no figures, but the tolls told after it are its
        or ((figures or ctx.strike or ctx.ukr_attack)
            and (s_idx in report.abroad or "russian " in low)
            and _foreign_target(text, report.found, s_start, s_end if not recall or not recall[0]
                                else s_start + recall[0]))) and not (
        # "launched from the directions of Kursk and Hvardiiske, Crimea": no strike there
        rules.launch_sites is not None and rules.launch_sites.search(low))
    if (rules.abroad_opening is not None and not abroad and (figures or ctx.strike)
            and not in_sentence and rules.abroad_opening.match(sentence) is not None):
        # "In Russia, a woman was killed by a drone in the border region of Belgorod"
        abroad, locations = True, []
    if abroad:
        _note_foreign(report, s_idx, figures)
        figures = []  # a strike in Belgorod or Bryansk, or on Crimea: not Russia's on Ukraine
    here = _locate(report, locations, ctx.weapons, event_date, (s_start, s_end))
    if own and published and own[-1][1] < published and rules.rising_toll.search(low):
        for loc in here:
            report.drafts[loc.key].earlier_toll = True
    # "the capital" in a recalled clause ("..., the day after drones hit the capital") is
    # that earlier strike's, as its named places are
    kept = low if recall is None else (
        low[:recall[0]] + " " * (recall[1] - recall[0]) + low[recall[1]:])
    if ctx.strike and report.capital is not None and "capital" in kept and not abroad and not (
            # "Russia targeted the capital": Russia named as the attacker is no capital abroad;
            # "drones hit Moscow ... the capital's airports" is
            s_idx in report.abroad and _foreign_target(text, report.found, s_start, s_end)):
        _strike_on_the_capital(report, kept, here, ctx.weapons, event_date, (s_start, s_end))
    if (ctx.strike and report.capital_region is not None and not abroad
            and (" region" in kept or " oblast" in kept)
            and ("kyiv" in kept or "capital" in kept or "kiev" in kept
                 or (not in_sentence and _capital_struck_last(report, s_idx)))):
        _strike_on_the_capital_region(report, s_idx, kept, here, ctx.weapons, event_date,
                                      (s_start, s_end))
    if rules.retracted is not None and rules.retracted.armed_by(low):
        _retract(report, rules.retracted.regex.search(low))
    header = _list_header(report, s_idx)
    listed = _LISTED
    if header is not None and not abroad:
        figures = _one_drone_line(figures, rules, low, s_start, s_end)
        if any(f.field in _LISTED for f in figures) and rules.down_verb.search(
                report.low, *report.spans[header]):
            # "ПВО сбила/подавила 589 воздушных целей: - 563 беспилотника;": shot down
            figures = [f._replace(field=f"{f.field}_downed") if f.field in _LISTED else f
                       for f in figures]
            listed = _LISTED_DOWNED
    if report.foreign_tolls and figures and not in_sentence and not here:
        figures = _without_foreign_retold(report, s_idx, figures)
    for fig in figures:
        _place_figure(report, fig, here, ctx.weapons, s_idx, sentence, low, event_date,
                      header if fig.field in listed else None)
    report.recent.extend(_Recent(s_idx, loc.key) for loc in here)
    if here and published is not None and rules.recall is not None:
        # more than a week before: a weekly roundup's dated strikes are its own
        if (own and (published - own[-1][1]).days >= _DATED_BEFORE_DAYS
                and not rules.rising_toll.search(low)):
            report.dated_before.update(loc.key for loc in here)
        else:
            report.struck_since.update(loc.key for loc in here)
    if abroad or own_blast or (ctx.ukr_attack and not here and any(
            report.found[i].place.country == "UA" for i in in_sentence)):
        # "Explosions hit an airfield in Crimea. One person was killed.", "An explosion occurred
        # in an office in Lviv. One person was killed.", "Occupation officials said Ukrainian
        # forces shelled Kakhovka. One civilian was killed.": that toll is no strike's on
        # Ukraine (not a Ukrainian strike told for no place of Ukraine, "Moscow said it downed
        # 112 Ukrainian drones over Russia", after which the air force's tally goes on)
        report.recent.append(_Recent(s_idx, ABROAD))


def _toll_denied_only(ctx: _Sentence, low: str, cues: set[str], rules: RuleSet,
                      denied: Rule) -> bool:
    """Whether a sentence read as no strike says only that a toll or damage was denied
    (`denied`, the language's `toll_denied`): no strike word but those the denial blanks, and
    nothing that made it no strike of its own (background, a side's strike, talks, fighting,
    harm done on the ground, a hypothetical). Its gate first: asked of sentences naming places
    in reports of an attack."""
    if (ctx.no_figures or ctx.ukr_attack or ctx.diplomacy or not denied.armed_by(low)
            or denied.regex.search(low) is None):
        return False
    return not (_found(rules.ground_fighting, low, cues)
                or _found(rules.hypothetical, low, cues) or _ground_harm(low, cues, rules))


#: A strike recalled from this many days before publication or fewer is still of the period
#: the report covers: its places are struck, its figures are not the report's (in the
#: languages with `RecallRules`, English so far: the Ukrainian and Russian sets' annotators
#: left such a strike out).
_RECENT_RECALL_DAYS = 3


def _anaphor_town(report: _Report, s_idx: int, in_sentence: list[int]) -> list[int]:
    """The one town of Ukraine the sentence names (as a reference, "towards Kodema"), else the
    one the sentence before it names, for a strike told on "the settlement" or "nearby
    villages" (`SETTLEMENT_ANAPHOR`); none where two or more are named."""
    text, found = report.text, report.found
    for named in (in_sentence, report.places.get(s_idx - 1, []) if s_idx else []):
        towns = [i for i in named if found[i].place.kind == "settlement"
                 and found[i].place.oblast_iso is not None
                 and not _held_since_2014(found[i].place) and not _locates_previous(text, found, i)]
        if len({found[i].place for i in towns}) == 1:
            return towns[-1:]
        if towns:
            return []
    return []


def _exact_over_round(report: _Report) -> None:
    """"Russia launched nearly 300 drones ... the barrage consisted of 297 drones": a round
    drone count that an exact one within a tenth of it tells again is that tally; the event
    that holds only the round figure gives it up (or takes the exact one, if told to it). So
    too a round count someone else told ("the president cited an attack of 150 drones") beside
    the air force's tally within a tenth of it ("the air force said 212 were fired")."""
    counts = report.drone_counts
    if not any(c[3] or c[4] for c in counts):
        return
    # exact values by field, and by event and field, sorted: each round figure looks up the
    # range within a tenth of it (a report of many counts costs n log n, not n squared); the
    # air force's values apart, for the round counts others told
    exact: dict[str, list[int]] = {}
    exact_at: dict[tuple[_Key, str], list[int]] = {}
    tally: dict[str, list[int]] = {}
    tally_at: dict[tuple[_Key, str], list[int]] = {}
    for k, f, v, rounded, air_force in counts:
        if not rounded:
            insort(exact.setdefault(f, []), v)
            insort(exact_at.setdefault((k, f), []), v)
        if air_force:
            insort(tally.setdefault(f, []), v)
            insort(tally_at.setdefault((k, f), []), v)
    for key, name, value, rounded, air_force in counts:
        d = report.drafts.get(key)
        if d is None or d.figures.get(name) != value:
            continue
        if rounded:
            near, at = exact, exact_at
        elif value % 10 == 0 and not air_force and tally:
            near, at = tally, tally_at
        else:
            continue
        if not _within_a_tenth(near.get(name, []), value):
            continue
        here = _within_a_tenth(at.get((key, name), []), value)
        if here:
            d.figures[name], d.how[name] = max(here), UPDATED
        else:
            del d.figures[name]
            d.how.pop(name, None)


def _more_shot_down(report: _Report) -> None:
    """"Air defence downed ten drones over Mykolaiv ... One more drone was shot down over
    Kirovohrad": shot-down counts told as more beside the others, with no total for the
    country, add up to the report's (the country's event, `SUMMED`); not past a launch count."""
    own = report.downed_own
    if all(own.values()) or own.get(NATIONAL):
        return  # no count told as more, or the country's own count stands
    values = [d.figures["drones_downed"] for d in report.drafts.values()
              if "drones_downed" in d.figures]
    total = sum(values)
    launched = max((d.figures.get("drones", 0) for d in report.drafts.values()), default=0)
    if len(values) < 2 or (launched and total > launched):
        return
    national = report.drafts.setdefault(NATIONAL, _Draft(None, 4, report.published,
                                                         report.spans[0]))
    national.figures["drones_downed"], national.how["drones_downed"] = total, SUMMED


#: An article read as one (`figure_phrases.DOWNED_A_DRONE`, `A_DRONE_WAS_DOWNED`).
_ARTICLES = frozenset({"a", "an"})


def _one_drone_in_roundup(report: _Report) -> None:
    """"In Kirovohrad Oblast, the defenders of the sky destroyed an enemy drone." in a report of
    strikes on several oblasts: one drone shot down told by an article is one region's detail of
    the night's tally, which the report does not state, so no count of the attack (an article
    is no count, GUIDE.md); in a report of that interception alone, or of one oblast ("A drone
    was also shot down over Pavlohrad", an event note's interception), it is the event's one."""
    keys = report.one_drone_by_article
    if not keys:
        return
    drafts = report.drafts
    oblasts = {_oblast_of(drafts, k) for k in drafts if k != NATIONAL} - {None}
    if len(oblasts) < 2:
        return
    for key in keys:
        d = drafts.get(key)
        if d is not None and d.figures.get("drones_downed") == 1:
            del d.figures["drones_downed"]
            d.how.pop("drones_downed", None)


def _within_a_tenth(values: list[int], value: int) -> list[int]:
    """The sorted `values` within a tenth of `value`, other than it."""
    lo, hi = bisect_left(values, 0.9 * value), bisect_right(values, 1.1 * value)
    return [v for v in values[lo:hi] if v != value]



def _all_shot_down(report: _Report, s_idx: int, low: str) -> list[Figure]:
    """"Twelve of them headed for Odesa. All were downed.", "Росіяни запустили 13 БпЛА. Сили
    ППО усі їх збили.": the drone count told last before the language's ALL_SHOT_DOWN, in the
    sentence or the one before it, was shot down."""
    all_down = report.rules.all_shot_down
    assert all_down is not None
    m = all_down.regex.search(low)
    if m is None or (any(
            kind == "missile" and rule.regex.search(low, 0, m.start())
            for kind, rule in report.rules.weapons)):
        return []  # "ракети були збиті усі, а безпілотник ...": the missiles were
    if m.groupdict().get("generic") and s_idx > 0 and any(
            kind == "missile" and rule.regex.search(report.low, *report.spans[s_idx - 1])
            for kind, rule in report.rules.weapons):
        return []  # "... 40 drones and six missiles. All the targets were shot down": both
    s_start = report.spans[s_idx][0]
    value = _drone_count_before(report, s_idx, low, m.start())
    if not value:
        return []
    return [Figure("drones_downed", value, s_start + m.start(), s_start + m.end())]


def _drone_count_before(report: _Report, s_idx: int, low: str, end: int) -> int | None:
    """The drone count (the language's `drone_count_before`) told last before `end` of the
    sentence, else last in the sentence before it: what "all were downed" and "all but N"
    speak of."""
    count_before = report.rules.drone_count_before
    assert count_before is not None
    before = list(count_before.finditer(low, 0, end))
    if not before and s_idx > 0:
        before = list(count_before.finditer(report.low, *report.spans[s_idx - 1]))
    return report.rules.parse_number(before[-1].group("n")) if before else None


def _all_but_downed(report: _Report, s_idx: int, low: str,
                    figures: list[Figure]) -> list[Figure]:
    """"Russia launched 48 drones ... air defence stopped all but three of them", "Russia sent
    31 drones. All but two were shot down.": the drone count told last before the language's
    ALL_BUT_DOWNED, in the sentence or the one before it, less the few, was shot down; the
    few are no count of their own (a shot-down count read inside the phrase is replaced)."""
    rule = report.rules.all_but_downed
    assert rule is not None
    m = rule.regex.search(low)
    if m is None:
        return figures
    s_start = report.spans[s_idx][0]
    lo, hi = s_start + m.start(), s_start + m.end()
    if any(f.field == "drones_downed" and not lo <= f.start < hi for f in figures):
        return figures  # a shot-down count of its own told in the sentence
    few = report.rules.parse_number(m.group("n") or m.group("m"))
    total = _drone_count_before(report, s_idx, low, m.start())
    kept = [f for f in figures if not (f.field == "drones_downed" and lo <= f.start < hi)]
    if not total or few is None or few >= total:
        return kept
    return [*kept, Figure("drones_downed", total - few, lo, hi)]


def _earlier_night(report: _Report, sentence: str, own: list[tuple[int, date]],
                   relative: date | None) -> bool:
    """A Ukrainian or Russian sentence dated only by a weekday ("в ночь на воскресенье") to a
    day before the one the report has written as its strike's and given its figures so far:
    an earlier attack recalled."""
    if (own or relative is None or not report.written_dates
            or not any(d > relative for _i, d in report.written_dates)
            or not report.rules.weekday.regex.search(sentence)):
        return False
    told = [d.date for d in report.drafts.values() if d.has_figures]
    return bool(told) and all(d is not None and d > relative for d in told)


def _own_cause_blast(low: str, cues: set[str], rules: RuleSet) -> bool:
    """An explosion told with a cause of its own and no attack, weapon or attacker named
    (the language's OWN_CAUSE_BLAST, ATTACK_NAMED): "a grenade went off in a flat"."""
    own, named = rules.own_cause_blast, rules.attack_named
    assert own is not None and named is not None
    if not _may_match(own, low, cues) or own.regex.search(low) is None:
        return False
    return named.search(own.regex.sub(_blank, low)) is None


def _ground_harm(low: str, cues: set[str], rules: RuleSet) -> bool:
    """Harm done on the ground and no strike's act told beside it (the language's GROUND_HARM,
    STRIKE_ACT): "clashed with Ukrainian forces, as a result of which 50 servicemen died",
    "soldiers shot dead a civilian", "a truck ran over a car, killing the driver" tell a toll
    with a strike word ("died", "killing") and no strike. Asked only of a sentence that reads
    as a strike and names no weapon."""
    harm, act = rules.ground_harm, rules.strike_act
    if harm is None or act is None or not _found(harm, low, cues):
        return False
    return act.regex.search(harm.regex.sub(_blank, low)) is None


def _killing_alone(low: str, rules: RuleSet) -> bool:
    """An event note's armed force told as the killer, with no strike's act beside it (the
    language's KILLING_ALONE, STRIKE_ACT): "On 14 September 2022, LPR killed up to 45 Ukrainian
    soldiers in their area" tells a toll and no strike. Asked only of an event note's sentence
    that reads as a strike and names no weapon, where the rule's gate is armed."""
    kill, act = rules.killing_alone, rules.strike_act
    if kill is None or act is None or not kill.armed_by(low):
        return False
    return (kill.regex.search(low) is not None
            and act.regex.search(kill.regex.sub(_blank, low)) is None)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _strike_on_the_capital(report: _Report, low: str, here: list[_Located],
                           weapons: list[Weapon], when: date | None,
                           sentence: tuple[int, int]) -> None:
    """"Drones struck the capital": Kyiv, when the sentence does not name it struck; "shelling
    in areas around the capital": its oblast."""
    kyiv = report.capital
    assert kyiv is not None
    m = ns.CAPITAL.regex.search(low)
    if m is not None and ns.CAPITAL_DISTANCE.search(low, max(0, m.start() - 40), m.start()):
        return  # "Uman, some 200 km south of the capital": a landmark
    if m is not None and report.capital_region is not None and ns.CAPITAL_AROUND.search(
            low, max(0, m.start() - 30), m.start()):
        kyiv = report.capital_region
    if m is None or any((p := report.drafts[loc.key].place) is not None
                        and p.oblast_iso == kyiv.oblast_iso for loc in here):
        return
    key, precision = ((_Key("unit", kyiv.oblast_iso), 3) if kyiv.kind == "oblast"
                      else (_Key("place", kyiv.geonameid, kyiv.name), 1))
    report.draft(key, kyiv, precision, when, sentence).weapons.extend(weapons)
    here.append(_Located(sentence[0] + m.start(), key))
    here.sort()


def _strike_on_the_capital_region(report: _Report, s_idx: int, low: str, here: list[_Located],
                                  weapons: list[Weapon], when: date | None,
                                  sentence: tuple[int, int]) -> None:
    """"Kyiv and its region came under attack", "air defence worked in the capital region":
    Kyiv oblast struck, though the sentence names only the city (or nothing); "the wider
    region" is Kyiv's only within a few words after Kyiv or the capital."""
    region = report.capital_region
    assert region is not None
    m = _capital_region_phrase(low)
    if m is None:
        return
    if m.group("bare") is not None:
        # (either spelling of the city: "kiev" arms this step as "kyiv" does)
        kyiv, name = max((low.rfind(name, 0, m.start()), name)
                         for name in ("kyiv", "kiev", "capital"))
        if kyiv < 0 and not report.places.get(s_idx) and _capital_struck_last(report, s_idx):
            # "Drones were downed over Kyiv. Debris damaged a house in the region.": the
            # sentence after the city's strike, naming no place, tells its region's
            pass
        elif kyiv < 0 or m.start() - kyiv > 100 or any(
                sentence[0] + kyiv + len(name) < report.found[i].start < sentence[0] + m.start()
                for i in report.places.get(s_idx, [])):
            return  # no Kyiv right before it, or another place between: its region
        elif _occurs(ns.MOVEMENT_BEFORE, low, max(0, kyiv - 40), kyiv):
            # "rockets flying towards Kyiv were shot down in the region": Kyiv is where they
            # were headed, so the region they were downed in is not named
            return
    if any((p := report.drafts[loc.key].place) is not None
           and p.oblast_iso == region.oblast_iso for loc in here):
        return
    key = _Key("unit", region.oblast_iso)
    report.draft(key, region, 3, when, sentence).weapons.extend(weapons)
    city = report.capital
    if city is not None and any((p := report.drafts[loc.key].place) is not None
                                and p.oblast_iso == city.oblast_iso for loc in here):
        return  # "strikes on Kyiv and its region killed three": the toll stays the city's
    here.append(_Located(sentence[0] + m.start(), key))
    here.sort()


#: The spaces `ns.CAPITAL_REGION`'s closing look-ahead (`(?!\s+of\b)`) reads past.
_SPACES_AFTER = re.compile(r"\s*")


def _capital_struck_last(report: _Report, s_idx: int) -> bool:
    """Whether the last strike told before this sentence, in the sentence just before it, was
    on the capital city."""
    city = report.capital
    if city is None or not report.recent:
        return False
    last = report.recent[-1].sentence
    return last == s_idx - 1 and any(
        r.sentence == last and r.key.kind == "place" and r.key.code == city.geonameid
        for r in report.recent[-4:])


def _capital_region_phrase(low: str) -> re.Match[str] | None:
    """`ns.CAPITAL_REGION`'s first match, tried only in the few words before each "region" or
    "oblast" (every match ends on one), in text order: searched from the sentence start, its
    many openings ("the", "its") cost a strike sentence some microseconds. Each try sees the
    spaces after the word and three characters more, so the look-ahead for " of" reads as in
    the whole sentence."""
    words: list[int] = []   # where each "region" or "oblast" starts (both six letters)
    for word in ("region", "oblast"):
        at = low.find(word)
        while at >= 0:
            words.append(at)
            at = low.find(word, at + 6)
    for at in sorted(words):
        stop = _SPACES_AFTER.match(low, at + 6).end() + 3  # type: ignore[union-attr]
        m = ns.CAPITAL_REGION.regex.search(low, max(0, at - 50), stop)
        if m is not None:
            return m
    return None


def _speaker_oblast(report: _Report, s_idx: int, low: str) -> list[int]:
    """The oblast of the official who tells a strike that names no place, when a sentence next
    to it gives their title and nothing else struck: "Two were killed in a missile strike
    overnight. Ivan Petrenko, governor of the Poltava region, added that ..." (the sentence
    after, its speaker going on), or "Ivan Petrenko, governor of the Poltava region, spoke.
    'A drone hit a farm,' he said." (the sentence before, quoted by its pronoun)."""
    text, speaker = report.text, report.rules.speaker
    assert speaker is not None
    for j in (s_idx + 1, s_idx - 1):
        idx = report.places.get(j, [])
        if not 0 <= j < len(report.spans) or len(idx) != 1 or idx[0] in report.struck:
            continue
        f = report.found[idx[0]]
        a, b = report.spans[j]
        if f.place.kind != "oblast" or not (
                speaker.title_after.match(text, f.end)
                or speaker.title_of_before.search(text, max(a, f.start - 60), f.start)):
            continue
        if (speaker.goes_on.match(text, f.end, b) if j > s_idx
                else speaker.quoted.search(low)):
            return idx
    return []


def _locate(report: _Report, locations: list[int], weapons: list[Weapon], when: date | None,
            sentence: tuple[int, int]) -> _Here:
    """A draft event for each struck place of the sentence."""
    here = _Here()
    for i in locations:
        f = report.found[i]
        if (_held_since_2014(f.place) and f.place.name in report.held_oblasts
                and not report.no_attacker):  # "three were killed in Donetsk": the oblast
            f = f._replace(place=report.held_oblasts[f.place.name])
        elif (report.capital_region is not None and f.place is report.capital
              and ns.NEAR_CAPITAL_BEFORE.regex.search(report.text, max(0, f.start - 30),
                                                      f.start)):
            f = f._replace(place=report.capital_region)  # "power stations near Kyiv"
        key, precision = _place_key(f, report.text)
        report.draft(key, f.place, precision, when, sentence).weapons.extend(weapons)
        report.struck.add(i)
        here.append(_Located(f.start, key))
    return here


def _struck_later(report: _Report, s_idx: int, day: date) -> date | None:
    """The day of a strike the report told on a place sentence `s_idx` names, if later than
    `day` (the earlier day a recall carried), or None."""
    for i in report.places.get(s_idx, ()):
        d = report.drafts.get(_place_key(report.found[i], report.text)[0])
        if d is not None and d.date is not None and d.date > day:
            return d.date
    return None


def _recalled(report: _Report, s_idx: int, low: str, when: date | None, *,
              dated: bool) -> bool:
    """A reminder of an earlier day's attack in a report on a later strike ("Напомним, 7
    октября россияне ударили по Одессе ... Один человек погиб"): a sentence dated (or told
    after a date) before the day of a struck place of the report and before publication,
    which opens a reminder, follows one, or goes on (undated) about the day recalled."""
    rule, published = report.rules.reminder, report.published
    if when is None or published is None or when >= published:
        return False
    if rule is None:
        return False  # English: only sentences with their own earlier date (`_read_sentence`)
    if not dated and when == report.recalled_on:
        return True  # "Самую масштабную атаку совершили в ночь на 26 августа. Применили 109 БПЛА"
    if not any(d.place is not None and d.date is not None and d.date > when
                               for d in report.drafts.values()):
        return False
    if rule.match(low):
        return True
    prev = s_idx - 1
    return prev >= 0 and rule.match(report.low, *report.spans[prev]) is not None


def _day_before(report: _Report, s_idx: int, low: str, own: list[tuple[int, date]],
                when: date | None, cues: set[str]) -> bool:
    """A sentence about the day before the report's strike: dated to it in full, in a report
    that dated its own strike to the day of publication, or opening a reminder of earlier news
    (`RecallRules.reminder`) after a strike of a later day; or, undated, going on about that day
    right after such a sentence (no words of the report's own day, no rising toll)."""
    published, recall = report.published, report.rules.recall
    assert recall is not None
    if published is None or when is None or when >= published or _says(
            report.rules.rising_toll, low):
        return False
    if not own:
        return (report.day_before_at == s_idx - 1 and when == report.recalled_on
                and not _found(recall.own_day, low, cues))
    if own[-1][1] != when:
        return False
    if recall.reminder.match(low):
        return any(d.place is not None and d.date is not None and d.date > when
                   for d in report.drafts.values())
    if (published - when).days != 1 or recall.day_roundup.search(report.low):
        return False  # "over the past day": its period
    # "Overnight on Feb. 21, air defence downed 13 drones" in a report of Feb. 22 that told its
    # own strike as "overnight": the night before the report's, named by its date
    return report.own_dated or (report.own_day and recall.night_named is not None
                                and recall.night_named.search(low, max(0, own[-1][0] - 40),
                                                              own[-1][0]) is not None)


#: Where a clause telling an earlier day's strike may begin after what the sentence tells of
#: its own (`_recall_span`).
_RECALL_CLAUSE_OPENINGS = (" after ", ", adding", ", while ", "; ", ", whereas ")


def _recall_span(report: _Report, sentence: str, low: str, cues: set[str], *,
                 maybe_other: bool = True) -> tuple[int, int] | None:
    """Where a sentence recalls an earlier strike than the report's (offsets in the
    sentence; all of it or one clause), or None (`RecallRules`). A clause "days after ...", or
    "the attack follows a strike on Monday ..." naming an earlier day, is a recall wherever it
    stands; a sentence naming a day some days back ("Last Thursday, ...", "On Monday, ..." in
    Thursday's report) only once the report has told of a strike of its own day or the night
    before; a sentence opening on another month than the report's, once it has told a strike
    of its own."""
    published, recall = report.published, report.rules.recall
    assert published is not None and recall is not None
    record = recall.record_attack
    if (record is not None and report.own_day and _may_match(record, low, cues)
            and _rule_found(record, low) and not _found(recall.own_day, low, cues)
            and any("drones" in d.figures or d.place is not None
                    for d in report.drafts.values())):
        # "The largest attack so far involved 810 drones": the record's, after the report told
        # a strike of its own night (with a drone count of its own, or at a place: "Drones hit
        # Kyiv overnight. The largest attack, 728 drones, ...": no count of the night's)
        return 0, len(low)
    if (_may_match(recall.recalled_toll, low, cues)
            and recall.recalled_toll.search(main_clause(low))):
        return 0, len(low)  # "strikes have killed 40 people this year", "an earlier attack"
    m = recall.recall_after.search(low) if _may_match(recall.recall_after, low, cues) else None
    if m is None and recall.follows.name in cues:
        m = recall.follows.search(low)
        if m is not None and not (recall.earlier_day.search(low, m.end())
                                  or recall.previous_night.search(low, m.end())
                                  # a day back: where the report tells of its own night
                                  # ("drones hit Kyiv overnight ... the attack followed strikes
                                  # on Sunday" on Monday), that day's is an earlier attack
                                  or _days_back(sentence[m.end():], published, report.rules)
                                  >= (1 if report.own_day else 2)):
            m = None
    if m is not None:
        if m.start() > 3:
            return m.start(), len(low)   # "..., days after shelling killed five"
        comma = low.find(", ", m.end())  # "Days after a strike killed 20, drones hit ..."
        return 0, len(low) if comma < 0 else comma + 1
    month = recall.earlier_month_opening
    m = month.match(sentence) if month is not None and month.name in cues else None
    if (m is not None and report.rules.months[m.group("mon").lower()] != published.month
            and any(d.place is not None for d in report.drafts.values())):
        # "In early May, a bomb fell on the depot", after the August strike a report told
        return 0, len(low)
    clause = _other_time_clause(report, low, cues, maybe=maybe_other)
    if clause is not None:
        return clause
    if not any(d.date and (published - d.date).days <= 1 for d in report.drafts.values()):
        return None
    m = (scan.twin(recall.previous_night.regex).search(low)
         if recall.previous_night.name in cues else None)
    at = m.start() if m is not None else (
        # "yesterday's shelling" in a report that dated its own strike to the day of
        # publication (not in one told the morning after: there it is the report's strike)
        low.find("yesterday") if report.own_dated and "yesterday" in low else -1)
    if (at >= 0 and not report.rules.rising_toll.search(low)
            and not recall.day_roundup.search(report.low)):
        # "52 were killed a day earlier in Hroza", "like the attack the previous day, which
        # killed 52", after the report's own strike: that day's, recalled (a roundup "over the
        # past day" reports the day before as its own); from the clause that tells it on
        # ("two drones were downed early today, adding that shelling the previous day killed
        # one", "..., after a strike the day before killed two")
        cut = max(map(lambda w: low.rfind(w, 0, at), _RECALL_CLAUSE_OPENINGS))
        return (cut + 1 if cut >= 0 else 0), len(low)
    m = recall.earlier_day.search(low) if recall.earlier_day.name in cues else None
    if m is not None:
        wd = next((w for w in report.rules.weekdays if w in m.group()), None)
        if wd is None or (published.weekday() - report.rules.weekdays[wd]) % 7 != 1:
            return 0, len(low)
    m = recall.earlier_weekday_opening.match(sentence) if (
        recall.earlier_weekday_opening.name in cues) else None
    if m is not None and (published.weekday()
                          - report.rules.weekdays[m.group("wd").lower()]) % 7 >= 2:
        return 0, len(low)
    if (report.own_day and recall.earlier_weekday.name in cues
            and not _found(recall.own_day, low, cues) and not report.rules.rising_toll.search(low)
            and _earlier_weekdays(low, published, report.rules)):
        return 0, len(low)  # "Five people were killed on Sunday when ..." in Thursday's report
    return None


def _goes_on(report: _Report, s_idx: int, low: str, own: list[tuple[int, date]],
             relative: date | None, cues: set[str]) -> bool:
    """Whether an English sentence right after a recall of an earlier attack goes on about it:
    it opens on that attack or time (`RECALL_GOES_ON`: "In that attack, 12 died", "Then, ..."),
    or it tells a toll naming no place and no day of its own but the one recalled ("Last week
    missiles hit Kyiv. At least 19 people were killed."), where the recall named its day or a
    place of its own (not a stretch of time about the report's place: "Drones hit Kharkiv
    overnight. The city has been hit often in recent months. Three were injured." is the
    night's toll); never with words of the report's own day or night ("overnight")."""
    rules = report.rules
    recall, goes_on = rules.recall, rules.recall_goes_on
    if recall is None or goes_on is None or s_idx == 0:
        return False
    pointer = goes_on.match(low) is not None
    if not pointer and (report.places.get(s_idx)
                        or not ("figure:killed" in cues or "figure:injured" in cues
                                or _downed_of_none(low, cues, rules))):
        return False  # the cheap tests of the sentence first: most go no further
    if _found(recall.own_day, low, cues):
        return False
    if report.recalled_at == s_idx - 1:
        back = report.recalled_on
    else:
        skipped, back = _skipped_earlier(report, s_idx - 1)
        if not skipped:
            return False
    if own and (back is None or any(day != back for _at, day in own)):
        return False  # a day of its own
    if relative is None:
        return pointer or back is not None or bool(report.places.get(s_idx - 1))
    return pointer or (back is not None and relative.weekday() == back.weekday())


def _downed_of_none(low: str, cues: set[str], rules: RuleSet) -> bool:
    """A sentence shooting down a count of no weapon it names ("Air defence neutralised
    76."): the count speaks of the weapons told before it, as a toll naming no place does."""
    return "figure:downed" in cues and not any(_found(rule, low, cues)
                                               for _w, rule in rules.weapons)


def _skipped_earlier(report: _Report, s_idx: int) -> tuple[bool, date | None]:
    """Whether sentence `s_idx`, not read (no place, no figure: "Last month Russia struck a
    school in the city.", "The district was hit on October 10."), tells an attack of another
    time (`_Sentence.earlier`), and the day it names if any."""
    relevant = report.relevant
    i = bisect_left(relevant, s_idx)
    if i < len(relevant) and relevant[i] == s_idx:
        return False, None  # read: `_read_sentence` marked it if it was one
    a, b = report.spans[s_idx]
    own, relative, ctx, _told = _read_once(report, report.text[a:b], report.low[a:b],
                                           report.armed.get(s_idx, set()))
    return ctx.earlier, (own[-1][1] if own else relative)


def _tells_other_time(report: _Report, low: str, cues: set[str]) -> bool:
    """Whether lower-cased text tells another time than the report's strike: background
    (`_is_background`: "last month", "previously", "mourned") or a day before ("the previous
    day", "last Thursday"), unless the report is a roundup over the past day, whose period
    holds the day before."""
    recall = report.rules.recall
    assert recall is not None
    if _is_background(low, cues, report.published, report.rules):
        return True
    if recall.day_roundup.search(report.low):
        return False  # "over the past day": a roundup's own period holds the day before
    return ((recall.previous_night.name in cues
             and recall.previous_night.regex.search(low) is not None)
            or (recall.earlier_day.name in cues
                and recall.earlier_day.regex.search(low) is not None))


def _other_time_clause(report: _Report, low: str, cues: set[str], *,
                       maybe: bool = True) -> tuple[int, int] | None:
    """A clause after a sentence's first that alone tells another time than the report's
    strike (`_tells_other_time`), as offsets in the sentence: an aside between commas
    (`RecallRules.apposition`: "a city previously spared such attacks") is that aside alone;
    another clause runs to the end ("..., as the city mourned an attack the previous day that
    killed four"). The rest of the sentence is then read as the report's own; None where the
    first clause or the rest tells another time too (the whole sentence is then read as
    before), or no clause does. `maybe`: False where the sentence was read as no background
    and arms no day-before words (the clause test is then skipped)."""
    recall = report.rules.recall
    assert recall is not None
    breaks, aside = recall.clause_break, recall.apposition
    if (breaks is None or aside is None or not maybe
            or not _tells_other_time(report, low, cues)):
        return None
    cuts = [(m.start(), m.end()) for m in breaks.regex.finditer(low)]
    if not cuts:
        return None
    for i, (a, opened) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(low)
        if not _tells_other_time(report, low[opened:end], cues):
            continue
        span = ((a, end) if end < len(low) and aside.regex.match(low, opened) is not None
                else (a, len(low)))
        rest = low[:span[0]] + " " * (span[1] - span[0]) + low[span[1]:]
        return None if _tells_other_time(report, rest, cues) else span
    return None


def _own_day(low: str, recall: RecallRules) -> bool:
    """Whether a lower-cased sentence dates its strike to the report's own day or night
    (`RecallRules.own_day`), not only the telling of it ("the governor said this morning")."""
    return any(recall.reported_on.search(low, max(0, m.start() - 30), m.start()) is None
               for m in recall.own_day.regex.finditer(low))


def _earlier_weekdays(low: str, published: date, rules: RuleSet) -> bool:
    """Whether the weekdays a lower-cased sentence names (`RecallRules.earlier_weekday`, not in
    a relative clause) are all two days or more before publication (the weekend: its
    Sunday)."""
    assert rules.recall is not None
    backs = []
    for m in rules.recall.earlier_weekday.regex.finditer(low):
        if IN_RELATIVE_CLAUSE.search(low, 0, m.start()):
            continue  # "leaders who visited Kyiv on Saturday"
        wd = m.group("wd") or m.group("pos") or "sunday"
        backs.append((published.weekday() - rules.weekdays[wd]) % 7)
    return bool(backs) and min(backs) >= 2


def _may_match(rule: Rule, low: str, cues: set[str]) -> bool:
    """Whether a rule can match the lower-cased sentence: its gate is armed (`cues`) and its
    prescan (`Rule.prescan`) found often enough."""
    if rule.name not in cues:
        return False
    if rule.prescan is None:
        return True
    cue = _PRESCAN_CUES.get(rule.name)
    if cue is not None and cue not in cues:
        return False  # none of its prescan's literals (`_literal_prescan`) in the sentence
    if rule.prescan[1] == 1:
        return _prescan_found(rule, low)
    regex = rule.prescan_regex
    assert regex is not None
    return len(regex.findall(low)) >= rule.prescan[1]


#: id of a rule whose prescan `_prescan_found` was asked about -> (the rule, kept so that its id
#: stays its own; its prescan's literals where it is a plain alternation of them, else None).
_PLAIN_PRESCANS: dict[int, tuple[Rule, frozenset[str] | None]] = {}


def _prescan_found(rule: Rule, low: str) -> bool:
    """Whether a rule's prescan finds a match in the lower-cased sentence. A prescan that is a
    plain alternation of literals (`_literal_prescan`: `blast_own_cause`'s 34 words, "all
    but") matches exactly where the sentence holds one of them, which substring tests tell
    (`holds_any`): `re` tried the alternation at each character that opens one of its words,
    ~90 k instructions a 4 KB English report for `blast_own_cause`'s, ~40 k for "all but"."""
    hit = _PLAIN_PRESCANS.get(id(rule))
    if hit is None or hit[0] is not rule:
        hit = _PLAIN_PRESCANS[id(rule)] = (rule, _literal_prescan(rule))
    literals = hit[1]
    if literals is not None:
        return holds_any(low, literals)
    regex = rule.prescan_regex
    assert regex is not None
    return regex.search(low) is not None


def _days_back(text: str, published: date, rules: RuleSet) -> int:
    """How many days before publication the first weekday `text` names ("on Monday") is."""
    m = rules.weekday.regex.search(text)
    if m is None:
        return 0
    return (published.weekday() - rules.weekdays[m.group("wd").lower()]) % 7


#: Between a settlement and its district: the word for its kind, a comma ("Novoselivka village,
#: Kupiansk district").
_KIND_GAP = re.compile(rf"{ns.SETTLEMENT_KIND_AFTER}\s*,?\s*")


def _district_of_previous(text: str, found: Sequence[Found], i: int) -> bool:
    """Mention `i` names the district of the settlement just before it ("с. Колодязне
    Куп'янського району", "Kolodiazne, Kupiansk district", "Borova in the Izium district"):
    where that settlement lies, not a
    second place struck (its figures then go to the settlement)."""
    if i == 0:
        return False
    f, before = found[i], found[i - 1]
    return (before.place.kind == "settlement" and f.place.kind != "oblast"
            and before.place.oblast_iso == f.place.oblast_iso
            and before.place.geonameid != f.place.geonameid
            and (not text[before.end:f.start].strip(" ,")
                 # "Novoselivka village, Kupiansk district": the settlement's kind between
                 or _KIND_GAP.fullmatch(text, before.end, f.start) is not None
                 or tl.IN_DISTRICT_GAP.fullmatch(text, before.end, f.start) is not None
                 # "Краснопольской общины Сумского района": the hromada's district
                 or lang_ru.HROMADA_OF_DISTRICT_GAP.regex.fullmatch(text, before.end, f.start)
                 is not None)
            and tl.DISTRICT_NAME_AFTER.match(text, f.end) is not None)


def _list_header(report: _Report, s_idx: int) -> int | None:
    """The header sentence of the list whose line sentence `s_idx` is: the lines before it up
    to one ending in a colon ("протягом доби по Харківщині прилетіли:"). None: no list line."""
    text, spans, heads = report.text, report.spans, report.list_heads
    walked = []
    i = s_idx
    while i >= 0 and i not in heads and fc.LIST_LINE.match(text, spans[i][0], spans[i][1]):
        walked.append(i)
        i -= 1
    if i in heads:  # a line of a list found before: the walk stops there (linear in lines)
        head = heads[i]
    else:
        head = i if walked and i >= 0 and fc.LIST_HEADER.search(text, *spans[i]) else None
    heads.update(dict.fromkeys(walked, head))
    return head if walked or s_idx in heads else None


def _toll_line(report: _Report, s_idx: int, low: str, header_rule: Rule,
               line: Rule) -> Figure | None:
    """A list line's toll ("- 3 людини у Харкові," under "за даними МВС, загинуло:"): the
    count it opens with, of the field its header's last word names (the language's
    `toll_list_header` and `toll_list_line`). None: no such line."""
    m = line.regex.match(low)
    if m is None:
        return None
    header = _list_header(report, s_idx)
    if header is None:
        return None
    h = header_rule.regex.search(report.low, *report.spans[header])
    if h is None:
        return None
    group = "n" if m.group("n") is not None else "one"
    value = 1 if group == "one" else report.rules.parse_number(m.group("n"))
    if not value:
        return None
    s_start = report.spans[s_idx][0]
    return Figure("killed" if h.group("killed") else "injured", value,
                  s_start + m.start(group), s_start + m.end(group))


def _drones_by_type(figures: list[Figure], low: str, s_start: int,
                    part_of_count: Rule | None) -> list[Figure]:
    """"атакували три БпЛА типу «Молнія»; один FPV-дрон і два БпЛА невстановленого типу": a
    Ukrainian or Russian sentence counting launched drones type by type (a type named, no
    part told as such (the language's `part_of_count`), no shot-down count): the drones are
    their sum."""
    drones = [f for f in figures if f.field == "drones"]
    if (len(drones) < 2 or "тип" not in low
            or (part_of_count is not None and part_of_count.search(low))
            or any(f.field == "drones_downed" for f in figures)):
        return figures
    total = Figure("drones", sum(f.value for f in drones), drones[0].start, drones[-1].end)
    return [total if f is drones[0] else f for f in figures if f.field != "drones"
            or f is drones[0]]


def _one_drone_line(figures: list[Figure], rules: RuleSet, low: str, s_start: int,
                    s_end: int) -> list[Figure]:
    """A weapon list's line naming one drone and no count ("- fpv-дрон;"): one drone."""
    rule = rules.list_one_drone
    if rule is None or any(f.field == "drones" for f in figures) or not rule.search(low):
        return figures
    return [*figures, Figure("drones", 1, s_start, s_end)]


#: The fields of the attacked side's soldiers' tolls (`figures.OWN_SOLDIER_FIELDS`) -> the
#: casualty field each counts in.
_OWN_SOLDIERS = {v: k for k, v in OWN_SOLDIER_FIELDS.items()}


def _place_figure(report: _Report, fig: Figure, here: _Here, weapons: list[Weapon],
                  s_idx: int, sentence: str, low: str, when: date | None,
                  header: int | None = None) -> None:
    """Give one figure to the event it belongs to (`_target`), else to the country's.
    `header`: the header sentence of the weapon list this line's count belongs to, whose lines
    add up and go to the event its first count went to."""
    s_start = report.spans[s_idx][0]
    rules = report.rules
    soldiers = fig.field in _OWN_SOLDIERS
    fought = False
    if soldiers:
        # "Russian forces shelled positions near the village. Two Ukrainian soldiers were
        # killed.": the attacked side's dead count with the strike told with them, not in ground
        # fighting ("... were killed in fighting near the town"), save in an event note, whose
        # clash is an event of its own (the country's: no strike of a place) where no strike's
        # toll was told before it (that toll stays the note's alone: "shelled Kharkiv, killing
        # two. Three soldiers were killed in fighting near Kupiansk.": two)
        fought = rules.ground_fighting.regex.search(low) is not None
        if ((fought and (not report.note or report.tolls))
                or fc.OWN_SOLDIERS_CLAIMED.regex.search(report.low) is not None):
            return  # ... nor a side's claim ("Russia's defence ministry said ...")
        if (report.note and any(t.sentence < s_idx for t in report.tolls)
                and tl.SOLDIERS_WIDER.regex.search(low) is not None):
            # "... 5 civilians were killed. In total, 28 servicemen were killed in the region
            # that day.": the day's or the region's losses, no part of the note's toll
            return
        fig = fig._replace(field=_OWN_SOLDIERS[fig.field])
    victims = fig.field == "victims"
    if victims:  # "the number of victims rose to 15": the report's toll
        # of injured (Ukrainian officials' "постраждалі", as English reports retell them), or
        # of dead where the sentence speaks of deaths and the report has told only deaths
        fields = {f for d in report.drafts.values() for f in d.figures}
        # a headline "two dead, victims rise to 19": fewer dead told beside them in the same
        # sentence are apart from the victims, who are then the injured
        beside = any(t.sentence == s_idx and t.field == "killed" and t.value < fig.value
                     for t in report.tolls)
        fig = fig._replace(field="killed" if "killed" in fields and "injured" not in fields
                           and not beside
                           and "figure:killed" in report.armed.get(s_idx, ()) else "injured")
    key, how = _target(fig, here, report.recent, s_idx, sentence,
                       _clause_starts(sentence, s_start), rules,
                       None if report.folded else report.armed.get(s_idx, frozenset()))
    if fought:  # (an event note's: "... were killed in fighting near Lyman")
        key, how = NATIONAL, STATED
    if soldiers and ((key is None and not here) or key == ABROAD) and not (
            # "On 8 May 2022, the two sides clashed near the town. 9 Ukrainian soldiers were
            # killed.": an event note's toll, whatever its event (`_Report.note`)
            (key is None and report.note) or
            # "..., clashed with Ukrainian forces in Novobakhmutivka, as a result of which 50
            # Ukrainian servicemen died": an event note's toll of its clash, which the guide
            # counts (civilians and others), though no strike's
            (key is None and report.places.get(s_idx)
             and _ground_harm(low, report.armed.get(s_idx, set()), rules))
            # "two Ukrainian soldiers and two civilians were wounded at unspecified locations":
            # soldiers listed with others whose toll the sentence gave for no place go with it
            or (key is None and report.tolls
                and report.tolls[-1][:3] == (s_idx, NATIONAL, fig.field))):
        return  # soldiers' dead told for no place or strike: an army's losses, not the map's
    if (how == STATED and key is not None and key.kind == "unit" and fig.field in _CASUALTIES
            and rules.speaker is not None):
        key, how = _past_the_title(report, s_idx, key) or (key, how)
    tally = _tally_of_ukraine(fig, low, rules)
    if how == CARRIED and tally:
        # "Kyiv was hit by a missile. Russia fired almost 500 drones overnight, according to
        # the Ukrainian military.": the air force's tally of the country, not the city's (nor
        # of Russia's claim of drones downed over Russia told just before)
        key, how = None, STATED
    if (s_idx in report.abroad and key != ABROAD
            and _toll_abroad(report, fig, here, sentence, s_start)) or (
            key is None and how == STATED and not here and report.abroad and not tally
            and _after_abroad(report, s_idx, sentence)):
        key = ABROAD  # a toll of a strike abroad told with a Ukrainian place, or sentences on
    if (key is None and not here and fig.field in _CASUALTIES
            and rules.both_sides_toll is not None and _rule_says(rules.both_sides_toll, low)):
        # "cross-border attacks killed three in Ukraine and Russia": both sides' dead at once,
        # for no place of Ukraine, whose part is not told; not noted as a foreign toll, for a
        # count of Ukraine's own may tell the same number ("two deaths in each country")
        return
    if key == ABROAD:
        _note_foreign(report, s_idx, [fig])
        return  # "Drones hit Belgorod. Two people were injured.": not a strike on Ukraine
    if key is None and not here and fig.field == "killed_after_wounds":
        # "Один із поранених згодом помер", told for no place: one of the injured told before
        wounded = [t.key for t in report.tolls if t.field == "injured" and t.value >= fig.value]
        if wounded:
            key, how = wounded[-1], CARRIED
    key = key or NATIONAL
    if key == NATIONAL and fig.field in _CASUALTIES and not here and \
            _retells_a_place(report, s_idx, fig):
        return
    if (key == NATIONAL and fig.field in _CASUALTIES and not here
            and rules.told_as_more is not None):
        key, how = _retold_toll(report, s_idx, fig, low, rules.told_as_more) or (key, how)
    if (how == CARRIED and fig.field in _CASUALTIES and key.kind != "country"
            and rules.told_as_more is not None):
        key = _told_again_in_oblast(report, s_idx, key, fig, rules.told_as_more) or key
    if victims and fig.field == "injured":
        report.victims.append((key, fig.value))
    if (fig.field == "injured" and rules.hospitalised_only is not None
            and any(t.field == "injured" and t.value >= fig.value
                    and (key == NATIONAL or _same_oblast(report, t.key, key))
                    for t in report.tolls)
            and rules.hospitalised_only.search(low)):
        # "Eight were injured in Kyiv ... So in total, four people have been hospitalised.": a
        # part of the injured told before, not more of them; so too for a place whose oblast
        # has told as many ("148 injured in Chernihiv. ... Forty-one are in hospital.")
        return
    if (fig.field in _CASUALTIES and rules.part_of_toll is not None
            and _rule_says(rules.part_of_toll, low)
            and any(t.field == fig.field and t.value >= fig.value and t.sentence <= s_idx
                    and (key == NATIONAL or t.key == NATIONAL or t.key == key
                         or _same_oblast(report, t.key, key))
                    for t in report.tolls)):
        # "... wounding more than 100. ... Of the 41 people in hospital, nine are badly
        # injured.", "only seven bodies were identified": a part of the toll told before,
        # and the group told again, within it; never more of it
        return
    if key == NATIONAL and fig.field in _CASUALTIES and \
            _says(rules.rising_toll, low) and not _says(rules.national, sentence):
        # "the death toll has risen to 21", paragraphs after the strike: its toll
        tolls = [(d.figures[fig.field], k) for k, d in report.drafts.items()
                 if k != NATIONAL and fig.field in d.figures]
        if tolls:
            key, how = max(tolls)[1], UPDATED
    if fig.field == "injured_on_site":
        fig = _on_site(report, fig, key, s_idx)
    value = fig.value
    if header is not None:
        key, sums = report.listings.setdefault(header, (key, {}))
        value = sums[fig.field] = sums.get(fig.field, 0) + value
        if value != fig.value:
            how = SUMMED
    span = report.spans[s_idx]
    d = report.draft(key, None, 4, when, span)
    d.weapons.extend(weapons)
    if not d.has_figures:  # the event cites the first sentence that gave a figure
        d.sentence, d.date, d.has_figures = span, when, True
    if fig.field == "killed_after_wounds":
        # the age that names the one who died ("the 40-year-old driver"), if told
        age = (rules.age_of_one.regex.search(report.low, fig.start, fig.end)
               if fig.value == 1 and rules.age_of_one is not None else None)
        if age is not None:
            report.died_ages.add(age.group())
        if rules.died_told is not None and _death_told_again(report, d, key, s_idx, fig,
                                                             None if age is None else age.group()):
            return
        _died_of_wounds(d, fig.value)
        # a death told again: a total told before ("є загиблий") may be this one
        report.tolls.append(_Toll(s_idx, key, "killed", fig.value, False))
        return
    others = rules.others_after
    if (fig.field in _CASUALTIES and fig.field in d.figures and rules.separate_attack is not None
            and d.sentence[0] < span[0] and _separate_attack(report, s_idx, how, d.sentence)):
        # "At least five were killed in Mykolaiv ... Earlier, Mykolaiv was the target of a
        # separate attack. Three people were injured.": that attack's toll adds to the place's
        value, how = d.figures[fig.field] + value, SUMMED
    elif (fig.field in _CASUALTIES and fig.field in d.figures and others is not None
            and report.tolls and report.tolls[-1][:3] == (s_idx, key, fig.field)
            and others.regex.match(report.low, fig.end) is not None
            # not the rise of a toll told as it stands: "the toll has risen to 12: rescuers
            # found the bodies of two more" (the two are within the twelve)
            and not rules.rising_toll.regex.search(report.low, span[0], fig.start)):
        # "five were injured in attacks on homes, while two others were hurt in a strike on a
        # depot in the city": more people beside those the sentence told for the same place
        value, how = d.figures[fig.field] + value, SUMMED
    elif (fig.field in _CASUALTIES and fig.field in d.figures and others is not None
            and _others_beside_told(report, s_idx, key, fig)):
        # "A boy was killed and his mother hurt in Zolochiv. ... Two other people were hurt
        # there too.": more people beside those a sentence before told for the place
        value, how = d.figures[fig.field] + value, SUMMED
    elif (soldiers and fig.field in d.figures and report.tolls
            and report.tolls[-1][:3] == (s_idx, key, fig.field)):
        # "two Ukrainian soldiers and two civilians were wounded", "killing three residents;
        # a Ukrainian serviceman was also killed": the soldiers beside the others the sentence
        # told for the place, not the same people again
        value, how = d.figures[fig.field] + value, SUMMED
    elif (fig.field in _CASUALTIES and fig.field in d.figures and rules.more_beside is not None
            and _more_beside_told(report, s_idx, key, fig)):
        # "Four hospital workers were wounded. Another man sustained a shrapnel wound.", "He
        # also said a pregnant woman had been wounded": one more beside those told just before
        d.before_more.setdefault(fig.field, d.figures[fig.field])
        value, how = _beside_base(report, d, fig.field) + value, SUMMED
    if (fig.field in _CASUALTIES and rules.earlier_count is not None
            and (key.kind in ("country", "unit") or (key.kind == "place" and how == CARRIED))
            and _says(rules.earlier_count, low)):
        # a place's too when the count was carried to it, not told with it ("... shelled
        # Kherson and Beryslav. This morning 8 dead were reported.": Kherson's earlier toll)
        report.earlier_counts.append((key, fig.field, value))
    if (fig.field in _CASUALTIES and key.kind in ("place", "unit") and rules.later_told is not None
            and ((rules.later_told.armed_by(low) and rules.later_told.search(low) is not None)
                 or _says(rules.rising_toll, low))):
        report.later_told.add(key)
    if fig.field == "injured" and report.died_ages:
        # "The 40-year-old driver ... died in hospital. ... the drone had wounded a 40-year-old
        # driver and a 33-year-old woman": the injured told after the death still hold the
        # dead, named by age (the count and the people it names: "injured a 61-year-old woman")
        people = report.low[fig.start:min(span[1], fig.end + 16)]
        named = sum(1 for age in report.died_ages if age in people)
        if named:
            value, how = value - named, UPDATED
            if value <= 0:
                return
    if not (fig.field in _CASUALTIES and rules.toll_time is not None
            and rules.toll_time.armed_by(low)
            and _stamped_revision(report, s_idx, low, key, d, fig.field, value)):
        d.give(fig.field, value, how)
    if (fig.field in _CASUALTIES and key != NATIONAL and rules.rising_toll_supersedes
            and _says(rules.rising_toll, low)):
        _superseded(report, key, d, fig.field, value)
    if fig.field in DRONE_FIELDS and (rules.approximate_before is not None
                                      or rules.air_force_tally is not None):
        # ("downed around 382 drones": a word of approximation before a figure that is no
        # multiple of ten leaves it as exact as its digits, the tally a round one retells)
        approx = rules.approximate_before
        report.drone_counts.append((key, fig.field, value, value % 10 == 0 and approx is not None
                                    and approx.regex.search(report.low, max(0, fig.start - 16),
                                                            fig.start) is not None,
                                    rules.air_force_tally is not None
                                    and _says(rules.air_force_tally, low)))
    if fig.field == "drones_downed" and value == 1 and report.low[fig.start:fig.end] in _ARTICLES:
        report.one_drone_by_article.add(key)
    if fig.field == "drones_downed" and others is not None:
        more = others.regex.match(report.low, fig.end) is not None
        report.downed_own[key] = report.downed_own.get(key, False) or not more
    if how == CARRIED and rules.carried_toll_goes_on:
        # "Загинула жінка. Пізніше стало відомо, що двоє людей загинули": a sentence whose toll
        # went to the strike told before goes on about it, for the sentence after it too
        report.recent.append(_Recent(s_idx, key))
    if fig.field in _CASUALTIES:
        report.tolls.append(_Toll(s_idx, key, fig.field, fig.value,
                                  _overall(fig, key, here, sentence, s_start, rules)
                                  # "Погиб мужчина, восемь пострадавших" heading a report, for
                                  # no place: the report's total
                                  or (key == NATIONAL and not here
                                      and ((s_idx == 0 and rules.first_toll_is_total)
                                           or _lead_of_roundup(report, s_idx)))
                                  # "Russians attacked Donetsk, Kherson and Kharkiv regions.
                                  # Two were killed and eight injured.": over the places
                                  # the sentence before named
                                  or (key == NATIONAL and not here
                                      # no toll of a sentence before (tolls are in order)
                                      and (not report.tolls or report.tolls[0].sentence == s_idx)
                                      and _names_places(report, s_idx - 1, 2))
                                  # "Трое пострадали в Харькове и области"
                                  or (rules.city_and_region is not None
                                      and rules.city_and_region.armed_by(low)
                                      and rules.city_and_region.regex.search(low) is not None),
                                  tl.LOWER_BOUND.search(
                                      report.low, max(0, fig.start - 25), fig.start) is not None,
                                  # (report.low is the text the cues were found in)
                                  _may_match_in(tl.ALSO, report.armed.get(s_idx, frozenset()))
                                  and tl.ALSO.search(report.low, max(s_start, fig.start - 40),
                                                     min(span[1], fig.end + 30)) is not None
                                  # "a man was killed in Mykolaiv, where five were also
                                  # injured": beside that death, not beside the report's total
                                  # ("three were also killed ..., while three were also
                                  # injured": both beside it)
                                  and not (report.tolls and report.tolls[-1].sentence == s_idx
                                           and report.tolls[-1].field != fig.field
                                           and not report.tolls[-1].also),
                                  others is not None
                                  and others.regex.match(report.low, fig.end) is not None))
        if _says(rules.total, low) and not tl.MORE_BEFORE.search(
                # "Ще 10 людей в області за добу дістали поранення": more people, no total
                report.low, max(s_start, fig.start - 16), fig.start):
            d.totals = True
    if d.place is None and (d.totals or _says(rules.national, sentence)
                            or _says(rules.national_toll, sentence)):
        d.national_words = True
        if fig.field in _CASUALTIES and d.national_at < 0:
            d.national_at = s_start


#: How many sentences back a toll that names no place may reach for the strike it belongs to.
_CARRY_REACH = 2


def _retells_a_place(report: _Report, s_idx: int, fig: Figure) -> bool:
    """"A missile killed 10 in Odesa. ... Police said seven officers, a medic and two residents
    had been killed. ... Sunday's attack killed seven.": a toll told for no place (two or
    more, not as more people) that equals a place's toll told before is that toll again, not
    the country's: given to the country it would hide a toll of its own told after it there
    (`_Draft.give` keeps the larger), and the repeat then goes (`_count_casualties_once`).
    Only where the country has no toll of that kind yet."""
    national = report.drafts.get(NATIONAL)
    if fig.value < 2 or not report.tolls or (national is not None
                                             and fig.field in national.figures):
        # (where the country has a toll already, "three more bodies were recovered" of a
        # rising toll, the retelling holds it: given, it keeps the larger as before)
        return False
    if not any(t.field == fig.field and t.value == fig.value and t.sentence < s_idx
               and t.key.kind in ("place", "unit") for t in report.tolls):
        return False
    start, end = report.spans[s_idx]
    others = report.rules.others_after
    return not (tl.ALSO.search(report.low, start, end) is not None
                or (others is not None and others.regex.match(report.low, fig.end) is not None))


def _retold_toll(report: _Report, s_idx: int, fig: Figure, low: str,
                 told_as_more: Rule) -> tuple[_Key, str] | None:
    """"A drone strike on Odesa killed two and injured 15. ... 'In one of the houses a man
    died, and a woman,' the prosecutor said.": a toll told for no place, past the sentences a
    toll is carried over (`_CARRY_REACH`), is the last told toll's again where it tells no more
    people than that toll of its kind (a place's or an oblast's, whose casualties were the last
    told), no place was struck since, the sentence tells only the toll (no strike's act: "a
    missile attack on Ukraine killed seven" is an attack of its own) and nothing makes it people
    beside them ("also", "another", "more", "other"): the same dead told again by another
    official or in a quote, not one more for the country. `low`: the lower-cased sentence.
    None: the country's, as before (where the country has a toll of that kind already, the
    retelling may be its rise)."""
    national = report.drafts.get(NATIONAL)
    if not report.tolls or (national is not None and fig.field in national.figures):
        return None
    last = report.tolls[-1]
    if last.sentence >= s_idx or last.key.kind not in ("place", "unit"):
        return None
    # the last told toll's run (tolls of its event told last, back to another event's) and the
    # places struck since: read from the end, so that a long line of tolls stays linear
    told = 0
    for t in reversed(report.tolls):
        if t.key != last.key:
            break
        if t.field == fig.field:
            told = max(told, t.value)
    if told < fig.value:
        return None
    for r in reversed(report.recent):
        if r.sentence <= last.sentence:
            break
        if r.key != last.key:
            return None
    act = report.rules.strike_act
    if act is None or _rule_says(act, low):
        return None
    start, end = report.spans[s_idx]
    if told_as_more.search(report.low, start, end) is not None or (
            tl.ALSO.search(report.low, start, end) is not None):
        return None
    return last.key, CARRIED


def _past_the_title(report: _Report, s_idx: int, key: _Key) -> tuple[_Key, str] | None:
    """"Five were injured in Kramatorsk. 'A girl, her mother and her grandmother were wounded,'
    said the head of the Donetsk Regional Military Administration": an oblast named only in the
    title of who tells a toll (`SpeakerRules`) locates nothing new where a place of that oblast
    was struck in the two sentences before: the toll is that strike's, carried (and within its
    toll where no more), not one more of the oblast's. None: the oblast is named as struck, or
    no such place."""
    speaker, text = report.rules.speaker, report.text
    assert speaker is not None
    named = [report.found[i] for i in report.places.get(s_idx, ())
             if _place_key(report.found[i], text)[0] == key]
    if not named or not all(
            speaker.title_after.match(text, f.end) is not None
            or speaker.title_of_before.search(text, max(0, f.start - 60), f.start) is not None
            for f in named):
        return None
    for r in reversed(report.recent):
        if r.sentence >= s_idx:
            continue
        if r.sentence < s_idx - 2:
            break
        d = report.drafts.get(r.key)
        if (r.key.kind == "place" and d is not None and d.place is not None
                and d.place.oblast_iso == key.code):
            return r.key, CARRIED
    return None


def _stamped_revision(report: _Report, s_idx: int, low: str, key: _Key, d: _Draft,
                      field_name: str, value: int) -> bool:
    """A toll told with the time of day it stood at ("As of 11:00, eight were killed",
    "Updated (18:59): 30 dead", `tl.TOLL_TIME`) after a toll of the same event told with an
    earlier time: the toll as it came to stand, lower or higher, not more people. The same
    event's figure is replaced (`d`'s); where this is an oblast's toll, that of a place in it
    told at the earlier time is (the oblast's official updating the city's strike). True:
    given here.
    Not where the event has a toll told with this time or a later one before (a live page
    told newest first). A figure told with no time after a stamped toll of its event stands
    as of that time and is revised alike; where no toll of the event has a time, the larger
    figure is kept (`_Draft.give`). Each event's figure is revised once, against the toll as
    first told (the headline's figure, equal to it, goes with it)."""
    assert report.rules.toll_time is not None
    m = report.rules.toll_time.regex.search(low)
    if m is None:
        return False
    hour = int(m.group("h")) % 12 if m.group("ap") else int(m.group("h"))
    at = (hour + (12 if m.group("ap") == "p" else 0)) * 60 + int(m.group("m"))
    given = False
    earlier = list(dict.fromkeys((k, t) for sentence, k, t in report.stamped if sentence != s_idx))
    revised: set[_Key] = set()
    for other_key, other_at in earlier:
        if other_key in revised or other_at >= at or any(k == other_key and t >= at
                                                          for k, t in earlier):
            continue  # revised once; or a live page told newest first: the later time holds
        other = d if other_key == key else report.drafts.get(other_key)
        if (other is None or field_name not in other.figures
                or (other is not d and not (key.kind == "unit" and other_key.kind == "place"
                                            and _same_oblast(report, other_key, key)))):
            continue
        old = other.figures[field_name]
        other.figures[field_name], other.how[field_name], given = value, UPDATED, True
        revised.add(other_key)
        national = report.drafts.get(NATIONAL)
        if national is not None and other is not national and \
                national.figures.get(field_name) == old:
            # the toll as first told for no place ("the death toll rises to 23" heading it)
            del national.figures[field_name]
            national.how.pop(field_name, None)
        # the toll as first told is no part of the report's total either (`_lead_total`)
        report.tolls = [t for t in report.tolls if t.key != other_key or t.field != field_name]
    report.stamped.append((s_idx, key, at))
    return given


def _others_beside_told(report: _Report, s_idx: int, key: _Key, fig: Figure) -> bool:
    """Whether a count told as "N other(s)/more" (the language's OTHERS_AFTER) is of people
    beside the count told
    last, of its kind and for the same event, one or two sentences before ("his mother was
    injured ... Two other people were injured"): they add to it. Not where either sentence
    tells a toll as it stands ("the toll has risen to 12. Rescuers found two more bodies":
    within the twelve), nor after a count of another event or of another kind."""
    others = report.rules.others_after
    if others is None or others.regex.match(report.low, fig.end) is None:
        return False
    # "others" are beside the count told last, of whatever kind: "two were killed and four
    # others injured" is beside the dead, no more injured
    last = _last_of_kind(report, s_idx, fig.field,
                         report.low.startswith(" more", fig.end))
    if (last is None or last.field != fig.field or last.key != key
            or not s_idx - 2 <= last.sentence < s_idx or last.overall):
        return False
    return not _tells_rising(report, last.sentence, s_idx)


def _last_of_kind(report: _Report, s_idx: int, field_name: str, more: bool) -> _Toll | None:
    """The count told last; or, where that is of another kind, the last of this kind if those
    told after it are counts of "more" of this sentence ("a second strike killed four more and
    injured three more": the three are beside the injured told before, not the four dead) or,
    for a count of "more" (`more`), the pair of that count in its own sentence ("ten were
    killed and 35 wounded ... killing four more": beside the ten). Not for "others" beside a
    count of another kind ("one of the dead was a boy, while three other fatalities ...":
    within the dead)."""
    tolls = report.tolls
    if not tolls or tolls[-1].field == field_name:
        return tolls[-1] if tolls else None
    for j in range(len(tolls) - 2, max(-1, len(tolls) - 5), -1):
        t = tolls[j]
        if t.field == field_name:
            if all((u.sentence == s_idx and u.more) or (more and u.sentence == t.sentence)
                   for u in tolls[j + 1:]):
                return t
            break
    return tolls[-1]


def _tells_rising(report: _Report, *sentences: int) -> bool:
    """Whether any of these sentences tells a toll as it stands (the language's rising_toll):
    counts beside it are within it, not more people."""
    rising = report.rules.rising_toll.regex
    return any(rising.search(report.low, *report.spans[i]) for i in sentences)


def _more_beside_told(report: _Report, s_idx: int, key: _Key, fig: Figure) -> bool:
    """Whether a count is told as more people beside the count of its kind told last for the
    same event, in its sentence or up to four before: "another" as or before it, one person an
    official "also said" was hurt, or its people "were also injured" (the language's
    `more_beside`). Not where either sentence tells a toll as it stands (a rise holds them),
    nor where the one person, named by age, is one the count before named."""
    rules = report.rules
    if rules.more_beside is None or not report.tolls:
        return False
    # the count of its kind told last, past the other half of its pair ("killing two and
    # injuring nine. Another body was recovered": beside the two)
    last = _last_of_kind(report, s_idx, fig.field, True)
    if (last is None or last.field != fig.field or last.key != key or last.overall
            or not s_idx - 4 <= last.sentence <= s_idx):
        return False
    low, (start, end) = report.low, report.spans[s_idx]
    before, after = rules.more_beside
    sentence = low[start:end]
    if not (after.armed_by(sentence) or before.armed_by(sentence)):
        return False  # the cheap gate: the rules' own literals ("also", "another", ...)
    if (before.regex.search(low, max(start, fig.start - 60), fig.end) is None
            and after.regex.match(low, fig.end, end) is None):
        return False
    if _tells_rising(report, last.sentence, s_idx):
        return False
    if fig.value > 1 and any(t.field == fig.field and t.value == fig.value
                             for t in report.tolls):
        return False  # "He reported 14 injured. Another 14 were injured, ...": that count again
    if rules.age_of_one is not None and fig.value == 1:
        age = rules.age_of_one.regex.search(low, fig.start, min(end, fig.end + 30))
        if age is not None and age.group() in low[slice(*report.spans[last.sentence])]:
            return False  # "a 40-year-old man was hurt. ... The 40-year-old ...": him again
    return True


def _beside_base(report: _Report, d: _Draft, field_name: str) -> int:
    """What one more person told beside the count before (`_more_beside_told`) adds to: the
    event's figure; but where that count, a group of its own (two or more, not itself told as
    more), is smaller than the figure, the group is a part of the total told before it ("Three
    were killed in the strike. Two guards died at a substation. A soldier was also killed":
    three, not four), and the one more is beside the group, within the total (`_Draft.give`
    keeps the larger)."""
    figure = d.figures[field_name]
    last = next((t for t in reversed(report.tolls) if t.field == field_name), report.tolls[-1])
    if 2 <= last.value < figure and not last.also and not last.more:
        return last.value
    return figure


def _superseded(report: _Report, key: _Key, d: _Draft, field_name: str, value: int) -> None:
    """"Спочатку голова ОВА повідомив про 4 постраждалих ... кількість постраждалих у Золочеві
    зросла до шести": a toll told as it stands (`rising_toll`) replaces a smaller one told
    before in the same oblast, for the oblast or another place in it; it does not add to it."""
    iso = d.place.oblast_iso if d.place is not None else None
    if iso is None:
        return
    for k, other in report.drafts.items():
        if (k not in (key, NATIONAL) and other.place is not None
                and other.place.oblast_iso == iso and other.sentence[0] < d.sentence[0]
                and other.figures.get(field_name, value) < value):
            del other.figures[field_name]
            other.how.pop(field_name, None)


def _retract(report: _Report, m: re.Match[str] | None) -> None:
    """"Информация по погибшим не подтвердилась": the deaths (or injuries) the report has told
    so far are withdrawn; figures told after the correction stand. Where they were told of
    several events (a roundup: "three killed in Kharkiv ... a man killed in Kherson ... the
    man's death was not confirmed"), those of the event told last alone."""
    if m is None:
        return
    field_name = "killed" if m.group("killed") else "injured"
    told = [t.key for t in report.tolls if t.field == field_name]
    last = told[-1] if len(set(told)) > 1 else None  # None: every event's
    for key, d in report.drafts.items():
        if last is None or key == last:
            d.figures.pop(field_name, None)
            d.how.pop(field_name, None)
    report.tolls = [t for t in report.tolls
                    if t.field != field_name or (last is not None and t.key != last)]


def _on_site(report: _Report, fig: Figure, key: _Key, s_idx: int) -> Figure:
    """People helped on the spot, told after a sentence that counted those of the same event
    taken to hospital ("Двох госпіталізували. Ще одній жінці надали допомогу на місці."): they
    add to that count; otherwise they are injured as told."""
    fig = fig._replace(field="injured")
    told = [t for t in report.tolls if t.field == "injured" and t.key == key]
    if not told or told[-1].sentence < s_idx - 2:
        return fig
    a, b = report.spans[told[-1].sentence]
    if not any(w in report.low[a:b] for w in report.rules.hospital_words):
        return fig
    # the last count told (the hospitalised, after any total: "five were injured, two taken
    # to hospital"), not the event's largest
    return fig._replace(value=told[-1].value + fig.value)


def _separate_attack(report: _Report, s_idx: int, how: str, first: tuple[int, int]) -> bool:
    """Whether a casualty figure is of another attack on its place than the one told before:
    its sentence, or the one it was carried from, speaks of a separate attack
    (the language's SEPARATE_ATTACK), or names only other facilities struck than the place's
    first toll's sentence (`first`) did ("one killed at the bus station in Mykolaiv ...
    two killed as the market in Mykolaiv was shelled": STRUCK_TARGET) and does not name the
    first's kind at all (`FACILITY`: "struck a restaurant in the shopping centre" retells a
    strike on the centre); not a toll told as it stands (a rise holds those before)."""
    separate, target = report.rules.separate_attack, report.rules.struck_target
    if separate is None:
        return False
    sentences = (s_idx, s_idx - 1) if how == CARRIED else (s_idx,)
    for j in sentences:
        a, b = report.spans[j]
        low = report.low[a:b]
        if separate.armed_by(low) and separate.search(low):
            return True
    if target is None or _tells_rising(report, s_idx):
        return False
    now = {t for j in sentences for t in _targets(report, target, *report.spans[j])}
    before = _targets(report, target, *first)
    if not now or not before or not now.isdisjoint(before):
        return False
    facility = report.rules.facility
    return facility is None or not any(_targets(report, facility, *report.spans[j]) & before
                                       for j in sentences)


def _targets(report: _Report, target: Rule, start: int, end: int) -> set[str]:
    """The kinds of facility a span of the report names as struck (`STRUCK_TARGET`), or at
    all (`FACILITY`): the name of the group that matched, "the mall" and "a shopping center"
    both `shop`."""
    if not target.armed_by(report.low[start:end]):
        return set()
    return {m.lastgroup or "" for m in target.regex.finditer(report.low, start, end)}


def _death_told_again(report: _Report, d: _Draft, key: _Key, s_idx: int, fig: Figure,
                      age: str | None) -> bool:
    """Whether wounded people told as dead since are deaths this report has told
    already: the event holds as many such deaths ("Man hurt in Kherson shelling dies in
    hospital" heading "A resident ... wounded on Monday has died"), the sentence before told
    as many deaths of it with "died" ("Sadly, one resident died after the shelling. The woman
    hurt there in the morning has died in hospital."), or a death of it was told of a person of
    the same age ("a 52-year-old woman was killed" ... "the 52-year-old woman died in the
    operating theatre"): the same death told twice, not one more. `age`: the age that names
    the one who died, as the caller found it (AGE_OF_ONE), or None. So too a death told as the
    cause of a toll told as it stands, in its sentence or the one after ("The toll stands at
    five: a wounded woman died in hospital"): within that toll. Never a death told as one
    more ("another", "also": `_one_more`), whatever was told before it."""
    value, died_told = fig.value, report.rules.died_told
    if _one_more(report, s_idx):
        return False  # "another wounded man died": not one told before
    if d.died_of_wounds >= value:
        return True
    if _death_within_rise(report, key, s_idx, value):
        d.died_of_wounds = value
        return True
    for t in reversed(report.tolls):
        if t.key != key or t.field != "killed" or t.sentence >= s_idx:
            continue
        a, b = report.spans[t.sentence]
        if ((t.sentence == s_idx - 1 and t.value == value
             and died_told is not None and died_told.regex.search(report.low, a, b))
                or (age is not None and age in report.low[a:b])
                # "Kherson Resident Killed By Russian Shelling" heading "A resident wounded in
                # the shelling died in hospital": the headline's death, told by the lede
                or (t.sentence == 0 and t.value == value and _is_headline(report, 0))):
            d.died_of_wounds = value
            return True
    return False


def _is_headline(report: _Report, s_idx: int) -> bool:
    """Whether sentence `s_idx` is a line of its own with no closing stop: a headline ("Kherson
    Resident Killed By Russian Shelling"), which the lede after it tells again."""
    a, b = report.spans[s_idx]
    line = report.text[a:b].rstrip()
    return bool(line) and line[-1] not in ".!?;:\"'”’)" and (
        b >= len(report.text) or "\n" in report.text[a:min(len(report.text), b + 2)])


def _one_more(report: _Report, s_idx: int) -> bool:
    """Whether sentence `s_idx` tells its death as one more than those told before ("another
    wounded man died", tl.ALSO): no death told again, whatever the event holds already."""
    a, b = report.spans[s_idx]
    return tl.ALSO.search(report.low, a, b) is not None or "another" in report.low[a:b]


def _death_within_rise(report: _Report, key: _Key, s_idx: int, value: int) -> bool:
    """Whether a death of wounds told in sentence `s_idx` is the cause of the event's death toll
    told as it stands (the language's rising_toll) in that sentence or the one before, the toll
    holding as many: "The toll has risen to four. A wounded man died in hospital." tells four
    dead, not five (the caller asks only where the death is not told as one more)."""
    for t in reversed(report.tolls):
        if t.sentence < s_idx - 1:
            return False
        if (t.key == key and t.field == "killed" and t.sentence <= s_idx and t.value >= value
                and _tells_rising(report, t.sentence)):
            return True
    return False


def _drop_earlier_counts(report: _Report) -> None:
    """An oblast's or the country's toll told as an earlier count ("as of the evening of 3 May,
    14 were confirmed dead" after "the toll in Odesa has risen to 16") where a place within it
    holds as many or more: that place's toll as it was first told, not more people. So too an
    earlier count carried to a place from the sentences before, where another place of its
    oblast holds as many or more."""
    for key, field_name, value in report.earlier_counts:
        d = report.drafts.get(key)
        if d is None or d.figures.get(field_name) != value:
            continue
        if key.kind == "place":
            iso = d.place.oblast_iso if d.place is not None else None
            within = [p for k, p in report.drafts.items() if k != key and p.place is not None
                      and p.place.kind != "oblast" and p.place.oblast_iso == iso]
        else:
            within = [p for p in report.drafts.values()
                      if p.place is not None and p.place.kind != "oblast"
                      and (key == NATIONAL or p.place.oblast_iso == key.code)]
        if any(p.figures.get(field_name, 0) >= value for p in within):
            del d.figures[field_name]
            d.how.pop(field_name, None)
    for key in report.later_told:
        p = report.drafts.get(key)
        if p is None or p.place is None:
            continue
        _placeless_first_told(report, key, p)
        if p.place.kind == "oblast":
            _city_first_told(report, key, p)
            continue
        for k, d in report.drafts.items():
            # "Two died in Odesa Oblast in all. Later the governor said the Odesa strike's toll
            # rose to three.": the oblast's toll as it was first told, not more dead
            if (d.place is None or d.place.kind != "oblast" or d.sentence[0] >= p.sentence[0]
                    or d.place.oblast_iso != p.place.oblast_iso or d.place.name != p.place.name):
                continue
            for field_name in _CASUALTIES:
                if field_name in d.figures and (p.figures.get(field_name, 0)
                                                >= d.figures[field_name]):
                    del d.figures[field_name]
                    d.how.pop(field_name, None)
                    # nor a part of the report's total (`_lead_total`)
                    report.tolls = [t for t in report.tolls
                                    if t.key != k or t.field != field_name]


def _placeless_first_told(report: _Report, key: _Key, later: _Draft) -> None:
    """"Seven were injured in Kharkiv. ... 'So far, six people are known to have been injured,'
    the mayor said. ... Later, the oblast's prosecutors confirmed that seven had been injured":
    in a report whose struck places all lie in one oblast (one attack), a toll told as a later
    word (`later_told`) is the toll as it came to stand; a smaller or equal toll told before it
    for no place, and not as a total over places, is that toll as it first stood, not more
    people beside it."""
    national = report.drafts.get(NATIONAL)
    assert later.place is not None
    iso = later.place.oblast_iso
    if (national is None or iso is None or national.totals
            or any(k != NATIONAL and (d.place is None or d.place.oblast_iso != iso)
                   for k, d in report.drafts.items())):
        return
    for field_name in _CASUALTIES:
        told = [t for t in report.tolls if t.key == NATIONAL and t.field == field_name]
        if (field_name not in national.figures or field_name not in later.figures
                or not told or any(t.overall for t in told)
                or national.figures[field_name] > later.figures[field_name]
                or not all(t.sentence < _first_toll(report, key, field_name) for t in told)):
            continue
        del national.figures[field_name]
        national.how.pop(field_name, None)
        report.tolls = [t for t in report.tolls if t.key != NATIONAL or t.field != field_name]


def _first_toll(report: _Report, key: _Key, field_name: str) -> int:
    """The sentence of an event's first toll of a kind (-1: none)."""
    return next((t.sentence for t in report.tolls if t.key == key and t.field == field_name), -1)


def _city_first_told(report: _Report, key: _Key, oblast: _Draft) -> None:
    """"Two died in Kharkiv. ... Update: the police of Kharkiv Oblast later said three had
    died": an oblast's toll told as a later word
    after that of the city it is named after is the city's toll as it came to stand, no more
    dead; the city's smaller or equal figure told before goes (the mirror of the oblast's toll
    told first, `_drop_earlier_counts`). So too for a place of another name where it is the
    only place of the oblast struck ("A missile hit Kropyvnytskyi ... four were wounded. ...
    The governor said later that 11 had been wounded in the strike on the Kirovohrad region":
    one attack, its toll as it came to stand)."""
    assert oblast.place is not None
    iso = oblast.place.oblast_iso
    alone = sum(1 for d in report.drafts.values() if d.place is not None
                and d.place.kind != "oblast" and d.place.oblast_iso == iso) == 1
    for k, d in report.drafts.items():
        if (k == key or d.place is None or d.place.kind == "oblast"
                or d.sentence[0] >= oblast.sentence[0]
                or d.place.oblast_iso != iso
                or (d.place.name != oblast.place.name and not alone)):
            continue
        for field_name in _CASUALTIES:
            if field_name in d.figures and field_name in oblast.figures and (
                    oblast.figures[field_name] >= d.figures[field_name]):
                old = d.figures.pop(field_name)
                d.how.pop(field_name, None)
                report.tolls = [t for t in report.tolls if t.key != k or t.field != field_name]
                national = report.drafts.get(NATIONAL)
                if national is not None and national.figures.get(field_name) == old:
                    # the city's toll told again for no place ("So far two are known
                    # dead") before the oblast's later word
                    del national.figures[field_name]
                    national.how.pop(field_name, None)
                    report.tolls = [t for t in report.tolls
                                    if t.key != NATIONAL or t.field != field_name]


def _lead_of_roundup(report: _Report, s_idx: int) -> bool:
    """Whether sentence `s_idx`, naming no place, tells the report's first toll before any
    place is named ("Russian strikes overnight killed four and injured 12, officials said."
    ... "In Odesa, two were killed ..."): the roundup's lead, over the places told after it
    (`_lead_total` keeps it only where their tolls fall within it)."""
    return (not report.tolls or report.tolls[0].sentence == s_idx) and not any(
        i <= s_idx for i in report.places)


def _names_places(report: _Report, s_idx: int, n: int) -> bool:
    """Whether sentence `s_idx` names at least `n` different places in Ukraine."""
    return len({report.found[i].place for i in report.places.get(s_idx, ())}) >= n


def _told_again_in_oblast(report: _Report, s_idx: int, key: _Key, fig: Figure,
                          told_as_more: Rule) -> _Key | None:
    """The place whose toll a count carried from the sentences before tells again, where it was
    carried to another event of that place's oblast: to the oblast, named in passing by an
    official or a service ("... its 13 injured. The head of the regional council said four
    children had been cut by glass": within the 13), if no more than the place's toll and not
    told as more people; or to another place, if just as many (three or more: "25 were injured
    at the station. The strike killed the head of the city's rescue service. 25 people were
    injured, two of them children"). None: a count of its own."""
    low, (start, end) = report.low, report.spans[s_idx]
    # the count of its kind told last, of this report's last few paragraphs
    t = next((t for t in reversed(report.tolls) if t.field == fig.field), None)
    if (t is None or t.sentence < s_idx - 12 or t.key == key or t.key.kind != "place"
            or t.overall or not _same_oblast(report, t.key, key)):
        return None
    if key.kind == "unit" and t.value >= fig.value:
        if told_as_more.search(low, start, end):
            return None  # "another man was hurt": one more
        return t.key
    return t.key if t.value == fig.value >= 3 else None


def _same_oblast(report: _Report, a: _Key, b: _Key) -> bool:
    """Whether the events of two keys lie in one oblast (the same key does)."""
    if a == b:
        return True
    da, db = report.drafts.get(a), report.drafts.get(b)
    iso_a = da.place.oblast_iso if da is not None and da.place is not None else None
    iso_b = db.place.oblast_iso if db is not None and db.place is not None else None
    return iso_a is not None and iso_a == iso_b


def _victims_as_sum(report: _Report) -> None:
    """A count of victims read as injured that is the event's dead and injured together ("the
    number of casualties rose to 6" of "one was killed and five wounded"; "victims: 25 - one
    killed, 24 injured"): the injured are those told as injured, not the sum. Told for the same
    event or for no place; any order."""
    for key, value in report.victims:
        d = report.drafts.get(key)
        if d is None or d.figures.get("injured") != value:
            continue
        mine = (key, NATIONAL)
        dead = {t.value for t in report.tolls if t.field == "killed" and t.key in mine}
        hurt = [t.value for t in report.tolls if t.field == "injured" and t.key in mine
                and 0 < t.value < value and value - t.value in dead]
        if hurt:
            d.figures["injured"] = max(hurt)
            d.how["injured"] = STATED


def _died_of_wounds(d: _Draft, value: int) -> None:
    """Wounded people who later died ("one of the injured later died in hospital"): killed, and
    no longer among the injured."""
    d.died_of_wounds = max(d.died_of_wounds, value)
    d.figures["killed"] = d.figures.get("killed", 0) + value
    d.how["killed"] = UPDATED if d.how.get("killed") else STATED
    if "injured" in d.figures:
        d.figures["injured"] = max(0, d.figures["injured"] - value)
        d.how["injured"] = UPDATED


def _settle_totals(report: _Report) -> None:
    """Casualties told twice count once; what a report's total leaves over its places is the
    country's."""
    drafts = report.drafts
    _drop_earlier_counts(report)
    _victims_as_sum(report)
    rest = _lead_total(drafts, report.tolls)
    _count_casualties_once(drafts)
    _oblast_lead(drafts, report.tolls)
    if rest:
        national = drafts.setdefault(NATIONAL, _Draft(None, 4, report.published,
                                                      report.spans[0]))
        for field_name, value in rest.items():
            national.figures[field_name] = national.figures.get(field_name, 0) + value
            national.how[field_name] = REMAINDER


def _oblast_lead(drafts: dict[_Key, _Draft], tolls: list[_Toll]) -> None:
    """A report's first casualty toll, told for an oblast ("drones attacked the Odesa region,
    injuring four"), is its total when the tolls told after it in that oblast's places or for
    no place ("one was hurt in Odesa", "three more were injured at the port") stay within it:
    the oblast keeps what they leave over, so a part is not counted on top of its total."""
    for field_name in _CASUALTIES:
        told = [t for t in tolls if t.field == field_name]
        if not told or told[0].key.kind != "unit" or told[0].key not in drafts:
            continue
        lead = drafts[told[0].key]
        value = lead.figures.get(field_name)
        if value != told[0].value or lead.place is None:
            continue
        if any(t.also and _within(drafts, lead, t.key) for t in told[1:]):
            continue  # "three were also injured in Izmail": beside the oblast's toll, not in it
        parts = [drafts[k] for k in dict.fromkeys(t.key for t in told[1:])
                 if _within(drafts, lead, k)]
        got = sum(d.figures.get(field_name, 0) for d in parts)
        if not 0 < got <= value:
            continue
        if got == value:
            del lead.figures[field_name]
        else:
            lead.figures[field_name] = value - got
            lead.how[field_name] = REMAINDER


def _within(drafts: dict[_Key, _Draft], lead: _Draft, key: _Key) -> bool:
    """Whether the event of `key` may be a part of the oblast `lead`'s toll: a place of that
    oblast, or the report's figures told for no place (no national wording)."""
    d = drafts.get(key)
    if d is None or d is lead or lead.place is None:
        return False
    if key == NATIONAL:
        return not d.national_words
    return (d.place is not None and d.place.kind != "oblast"
            and d.place.oblast_iso == lead.place.oblast_iso)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What a sentence says about strikes, read once."""

    weapons: list[Weapon]
    strike: bool          # speaks of an attack on a place
    no_figures: bool      # background or a Russian target: its numbers are not ours
    ukr_attack: bool
    diplomacy: bool
    #: an attack told at another time than the report's (background with a strike word): the
    #: sentence after it may go on about it (`_goes_on`)
    earlier: bool = False

    @classmethod
    def read(cls, low: str, cues: set[str], published: date | None,
             rules: RuleSet, *, either_side: bool = False) -> _Sentence:
        """`low`: the lower-cased sentence; `cues`: the gates its words armed; `rules`: those
        of the report's language; `either_side`: an event note's sentence, whose attack is a
        strike whoever made it and on whatever target (no Ukrainian strike, no Russian
        target)."""
        r = rules
        weapons: list[Weapon] = [w for w, rule in r.weapons  # type: ignore[misc]
                                 if _found(rule, low, cues)]
        background = _is_background(low, cues, published, r)
        ukr_attack = not either_side and (
            ((_found(r.ukrainian_attacker, low, cues)
              and not _only_a_cause(low, r, r.ukrainian_attacker))
             or _installed_official(low, r))
            and not (_found(r.russian_attacker, low, cues)
                     and not _only_a_cause(low, r, r.russian_attacker)))
        diplomacy = not weapons and _found(r.diplomacy, low, cues)
        russian_target = not either_side and (_found(r.russian_target, low, cues)
                                              and not _found(r.russian_strike, low, cues))
        # The cheap tests first: ground fighting and hypotheticals only matter to a strike.
        attack = _found(r.strike, _evidence(low, cues, r), cues)
        strike = (attack
                  and not (background or ukr_attack or diplomacy or russian_target)
                  and not (not weapons and _found(r.ground_fighting, low, cues)
                           and not _found(r.hard_hit, low, cues))
                  and not (_found(r.hypothetical, low, cues)
                           and not _found(r.happened, low, cues))
                  and not (not weapons and _ground_harm(low, cues, r))
                  and not (either_side and not weapons and _killing_alone(low, r)))
        return cls(weapons, strike, background or russian_target, ukr_attack, diplomacy,
                   background and attack and not ukr_attack)


#: What `_read_once` reads in a sentence: its own dates (offset, day), the day it names
#: relative to publication, its reading, and the days it gives as when the news was told.
_Read = tuple[list[tuple[int, date]], date | None, _Sentence, list[tuple[int, date]]]


def _only_a_cause(low: str, rules: RuleSet, attacker: Rule) -> bool:
    """Whether a side's attacker (`attacker`: the language's rule of it) is named in a sentence
    only in the cause its strike answers ("Missiles hit Kyiv in retaliation for what Moscow
    called a Ukrainian attack on its fleet": Russia's strike, not Ukraine's; "Ukrainian drones
    hit a refinery in response to Russian strikes": Ukraine's; the language's
    `retaliation_cause`, English so far): substring tests first, as the words are rare."""
    rule = rules.retaliation_cause
    if rule is None or not ("retaliat" in low or "response" in low or "revenge" in low
                            or "reprisal" in low):
        return False
    without = blank_matches(rule.regex, low)
    return without != low and attacker.regex.search(without) is None


def _installed_official(low: str, rules: RuleSet) -> bool:
    """A sentence whose toll an official Russia installed tells (the language's
    `installed_official`, English so far): two substring tests, its words "-installed" and
    "-appointed", let the rest go (cheaper than the rule's gate)."""
    rule = rules.installed_official
    return (rule is not None and ("-installed" in low or "-appointed" in low)
            and rule.regex.search(low) is not None)


def _evidence(low: str, cues: frozenset[str] | set[str], rules: RuleSet) -> str:
    """The lower-cased sentence with its strike words that are no evidence of a strike blanked
    (offsets kept)."""
    if not _found(rules.not_evidence, low, cues):
        return low  # the usual case, found by its armed parts or twin, faster than the sub
    return rules.not_evidence.regex.sub(lambda m: " " * len(m.group()), low)


def _note_foreign(report: _Report, s_idx: int, figures: list[Figure]) -> None:
    """Keep the casualty counts of a strike that is not Russia's on Ukraine
    (`_Report.foreign_tolls`)."""
    for f in figures:
        if f.field in _CASUALTIES:
            report.foreign_tolls[(f.field, f.value)] = s_idx


def _without_foreign_retold(report: _Report, s_idx: int,
                            figures: list[Figure]) -> list[Figure]:
    """"Moscow said Ukrainian shelling of Horlivka killed one and hurt 17. ... 'Seventeen
    were hurt,' the mayor told state television.": a sentence naming no place
    whose toll repeats a count of a strike not Russia's on Ukraine, with no Ukrainian place
    struck told since, retells that strike; none of its casualties are ours."""
    told = [report.foreign_tolls.get((f.field, f.value)) for f in figures
            if f.field in _CASUALTIES]
    at = max((t for t in told if t is not None), default=None)
    if at is None or any(r.sentence > at and r.key != ABROAD for r in report.recent):
        return figures
    return [f for f in figures if f.field not in _CASUALTIES]


def _figures(ctx: _Sentence, sentence: str, offset: int, cues: set[str], rules: RuleSet, *,
             earlier_night: bool, report: _Report | None = None, s_idx: int = -1
             ) -> list[Figure]:
    if ctx.ukr_attack and not ctx.no_figures and report is not None:
        # "Moscow said Ukrainian shelling killed one in Horlivka": none are ours,
        # but a quote may tell them again for no place (`_without_foreign_retold`)
        _note_foreign(report, s_idx, _figures_once(report, sentence, offset, cues))
        return []
    if ctx.no_figures or ctx.ukr_attack:
        return []
    figures = (sentence_figures(sentence, offset, cues, rules) if report is None
               else _figures_once(report, sentence, offset, cues))
    if earlier_night:  # "after 728 drones on Tuesday night" in Thursday's report: context
        figures = [f for f in figures if f.field in ("killed", "injured")]
    if ctx.diplomacy:  # "talks on the 111 drones": counts may stay, casualties do not
        figures = [f for f in figures if f.field not in ("killed", "injured")]
    if (figures and rules.ukrainian_attacker.name in cues
            and any(f.field in _WEAPON_COUNTS for f in figures)):
        figures = _without_ukraines_weapons(figures, sentence.lower(), offset, cues, rules)
    return figures


#: The weapon counts a sentence naming both sides gives to the side named last before them.
_WEAPON_COUNTS = frozenset({"drones", "drones_downed", "missiles", "missiles_downed"})


def _without_ukraines_weapons(figures: list[Figure], low: str, offset: int, cues: set[str],
                              rules: RuleSet) -> list[Figure]:
    """"Russia launched 90 drones at Ukraine, while Ukraine launched 120 drones at Russia": in a
    sentence naming both sides as attackers (so no Ukrainian strike as a whole), a weapon count
    told after Ukraine as the attacker, with Russia not named as one between, is Ukraine's:
    dropped."""
    if not _found(rules.ukrainian_attacker, low, cues):
        return figures
    ukraine = [m.end() for m in rules.ukrainian_attacker.regex.finditer(low)]
    russia = [m.end() for m in rules.russian_attacker.regex.finditer(low)]
    out = []
    for f in figures:
        at = f.start - offset
        if f.field in _WEAPON_COUNTS and max((e for e in ukraine if e <= at), default=-1) > max(
                (e for e in russia if e <= at), default=-1):
            continue
        out.append(f)
    return out


#: What may follow a name that ends its line (`ns.SOURCE_AT_LINE_END`).
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: The alert rule's cheap test: one of its literals in the sentence.
_ALERT_WORDS = tuple(sorted(ns.ALERT_BEFORE.gate or ("",)))
_FOUGHT_WORDS = re.compile("|".join(map(re.escape, sorted(ns.CAPTURED_BEFORE.gate or ()))))


def _strike_locations(text: str, low_text: str, ctx: _Sentence, found: Sequence[Found],
                      in_sentence: list[int],
                      s_start: int, *, has_figures: bool,
                      held_oblasts: dict[str, Place] | None = None,
                      s_end: int | None = None, held_struck: bool = False,
                      cues: frozenset[str] | set[str] | None = None) -> list[int]:
    """Indices of the Ukrainian places this sentence reports struck. `held_oblasts`: the
    oblasts a bare held city's name stands for in English ("killed in Donetsk");
    `held_struck`: a town held since 2014 is struck as any other (the report names no
    attacker, `_names_no_attacker`); `cues`: the sentence's, where they tell its words as
    written (`_may_match_in`)."""
    held_oblasts = held_oblasts or {}
    if not ctx.strike:
        return []
    # the ground-war clause is looked for before a place only where its words occur
    fought = None
    alerted = None  # the alert rule is looked for only where its words occur
    out = []
    titled: list[int] = []
    referenced: set[int] = set()
    denied = (_denied_clauses(text, low_text, s_start, s_end,
                              [found[i].start for i in in_sentence])
              if in_sentence and _may_match_in(ns.NO_STRIKE_CLAUSE, cues) else [])
    for i in in_sentence:
        f = found[i]
        if denied and any(a <= f.start < b for a, b in denied):
            continue  # "..., while officials in the Sumy and Poltava regions saw no hits"
        if f.place.kind == "country" or (_held_since_2014(f.place) and not (
                held_struck and _held_town(f.place)) and not (
                f.place.name in held_oblasts and f.place.kind == "settlement"
                and ns.HELD_CITY_PLACE_BEFORE.search(text, max(s_start, f.start - 12), f.start)
                and not ns.HELD_CITY_AS_OBLAST.search(
                    low_text, s_start, len(low_text) if s_end is None else s_end)
                and not any(found[j].place.name not in held_oblasts
                            and _held_since_2014(found[j].place) for j in in_sentence))):
            # a strike on Crimea or occupied Donetsk is Ukraine's, not Russia's; but "three
            # were killed in Donetsk, one in Kharkiv" is the oblast
            continue
        before = text[max(s_start, f.start - 40):f.start]
        if (_may_match_in(ns.HELD_BEFORE, cues) and ns.HELD_BEFORE.search(before)
                and not sw.RUSSIAN_ATTACKER.search(low_text, s_start, f.start)):
            continue  # "Russian-held Melitopol": a Ukrainian strike
        if ns.STREET_AFTER.match(text, f.end):
            continue  # "It struck the centre, Sadova Street": a street's name
        if (ns.CODED_AFTER.match(text, f.end) and i + 1 < len(found)
                and found[i + 1].start < text.find(")", f.end)
                # "in the Luhansk region (coded to Luhansk)": a region's event coded to its
                # centre, held since 2014 and so no strike location of its own here; the
                # region stands
                and not (_held_since_2014(found[i + 1].place) and not held_struck)):
            continue  # "Ivanivska community (coded to Ivanivka, ...)": the coded place stands
        if (f.start == 0 or text[f.start - 1] == "\n") and ns.COLON_DATELINE.match(text, f.end) \
                and (len(in_sentence) > 1 or "ukrain" in low_text[f.end:f.end + 200]):
            continue  # "Kyiv: A Russian bomb injured 10 in Svesa": where the reporter files from
        if ((f.start == 0 or text[f.start - 1] == "\n")
                and (m := ns.COMMA_DATELINE.match(text, f.end)) is not None
                and i + 1 < len(found) and found[i + 1].start >= m.end()
                and "\n" not in text[f.end:found[i + 1].start]):
            continue  # "Kyiv, Russian drones hit Odesa": where the report was filed from
        if ((_occurs(ns.MOVEMENT_BEFORE, before) and not before.endswith("coded to ")
             and not ns.RANGE_FROM.match(text, f.end)
             and not ns.RANGE_TO.search(text, max(s_start, f.start - 80), f.start))
                or (_may_match_in(ns.REFERENCE_BEFORE, cues)
                    and _occurs(ns.REFERENCE_BEFORE, before))
                or (_may_match_in(ns.REFERENCE_CLAUSE, cues)
                    and ns.REFERENCE_CLAUSE.search(text, max(s_start, f.start - 120), f.start))
                or ((alerted if alerted is not None else (alerted := _may_match_in(
                    ns.ALERT_BEFORE, cues) and (cues is not None or any(
                        w in low_text[s_start:s_end] for w in _ALERT_WORDS))))
                    and ns.ALERT_BEFORE.search(text, max(s_start, f.start - 160), f.start)
                    # "..., where 20 drones were downed": defences that brought drones down there
                    and not ns.DOWNED_THERE_AFTER.match(text, f.end, len(text) if s_end is None
                                                        else s_end))
                or ((fought if fought is not None else (fought := _may_match_in(
                    ns.CAPTURED_BEFORE, cues) and (cues is not None or _FOUGHT_WORDS.search(
                        low_text, s_start, len(low_text) if s_end is None else s_end) is not None)))
                    and ns.CAPTURED_BEFORE.search(text, max(s_start, f.start - 90), f.start))
                or (i - 1 in referenced
                    and ns.LIST_GAP.fullmatch(text, found[i - 1].end, f.start))):
            # "launched from Crimea", "north-west of Kyiv", "across the river from", and the
            # rest of such a list ("evacuated to hospitals in Mykolaiv and Odesa")
            referenced.add(i)
            continue
        if f.place.population >= 2_000_000 and (
                ns.GOVERNMENT_AFTER.match(text, f.end) or ns.GOVERNMENT_BEFORE.search(before)
                or (text[max(0, f.start - 3):f.start].rstrip()[-1:] in (":", "-", "–", "—")
                and _LINE_END.match(text, f.end)
                and ns.SOURCE_AT_LINE_END.search(text, max(0, text.rfind("\n", 0, f.start) + 1),
                                                 f.start))):
            # "Kyiv said", "used by Kyiv", "Strike on Odesa kills two: Kyiv": the government
            continue
        if ns.TITLE_AFTER.match(text, f.end):
            titled.append(i)  # "Sumy Oblast Governor said ...": the speaker's title
            continue
        if ((f.start == 0 or text[f.start - 1] == "\n")
                and ((ns.DATELINE_AFTER.match(text, f.end) and text[f.start:f.end].isupper())
                     or ((m := ns.COUNTRY_DATELINE.match(text, f.end)) is not None
                         and (m.group("colon") is None or text[f.start:f.end].isupper())))):
            continue  # "KYIV, May 20 (Reuters) -", "Kyiv, Ukraine –": where the reporter files
        if ns.PAST_EVENT_AFTER.match(text, f.end) or (
                ns.FACILITY_AFTER.match(text, f.end) and ns.DISASTER_BEFORE.search(before)):
            # "the 1986 Chornobyl disaster", "the explosion of the Kakhovka Hydroelectric Power
            # Plant": a name for a past event
            continue
        if _locates_previous(text, found, i):
            continue  # "Kupiansk, Kharkiv region": the oblast says where Kupiansk is
        out.append(i)
    if not out:
        # "Sumy Oblast Governor said Russian forces struck a city on the border": the oblast of
        # the institution that tells of the strike locates it, when no other place does
        out = titled
    if not out and len(referenced) >= 2:
        out = _between_one_oblast(text, found, referenced)
    # "In the Donetsk region, shelling hit Kostiantynivka": the oblast only says where its
    # towns are, when the sentence names the towns struck.
    towns = {found[i].place.oblast_iso for i in out if found[i].place.kind == "settlement"}
    return [i for i in out if found[i].place.kind != "oblast"
            or found[i].place.oblast_iso not in towns]




def _denied_clauses(text: str, low_text: str, s_start: int, s_end: int | None,
                    starts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Spans (in the text) of the sentence's clauses (`tl.CLAUSE_BREAK`) that deny a strike on
    the places they name (`ns.NO_STRIKE_CLAUSE`) and affirm none (`ns.STRIKE_AFFIRMED`, the
    denial blanked): "Drones hit Kharkiv, while officials in the Sumy and Poltava regions
    said there were no hits" struck Kharkiv only. Nor where a clause opened by "but" affirms a
    strike and names no place (`starts`: the sentence's mentions): the denial was partial, the
    strike is on its place ("In the Poltava region there were no hits on homes, but an energy
    facility was damaged"; not "..., but a drone hit a house in Mykolaiv")."""
    end = len(text) if s_end is None else s_end
    low = low_text[s_start:end]
    rule = ns.NO_STRIKE_CLAUSE
    if not rule.armed_by(low):
        return []
    breaks = [(m.start() - s_start, m.end() - s_start)
              for m in tl.CLAUSE_BREAK.regex.finditer(text, s_start, end)]
    bounds = [0, *(b for _a, b in breaks), len(low)]
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(pairwise(bounds)):
        m = rule.regex.search(low, a, b)
        if m is None:
            continue
        rest = low[a:m.start()] + " " + low[m.end():b]
        if ns.STRIKE_AFFIRMED.regex.search(rest) is not None:
            continue
        if k < len(breaks) and "but" in low[breaks[k][0]:b]:
            c = bounds[k + 2]
            if (ns.STRIKE_AFFIRMED.regex.search(low, b, c) is not None
                    and not any(s_start + b <= x < s_start + c for x in starts)):
                continue  # "no hits on homes, but an energy facility was damaged"
        out.append((s_start + a, s_start + b))
    return out


def _between_one_oblast(text: str, found: Sequence[Found], referenced: set[int]) -> list[int]:
    """"Shelling wrecked a pumping station between Rubizhne and Kreminna": where a strike names
    no place but two it lies between (reference points, `ns.BETWEEN_BEFORE`), both Ukrainian
    settlements of one oblast, the first of them locates it in that oblast."""
    for i in sorted(referenced):
        a = found[i]
        if (i + 1 in referenced and ns.BETWEEN_BEFORE.search(text, max(0, a.start - 20), a.start)
                and ns.LIST_GAP.fullmatch(text, a.end, found[i + 1].start)):
            b = found[i + 1]
            if (a.place.kind == b.place.kind == "settlement" and a.place.country == "UA"
                    and b.place.country == "UA" and a.place.oblast_iso
                    and a.place.oblast_iso == b.place.oblast_iso):
                return [i]
    return []


#: Places Russia has held since 2014: a strike there is a Ukrainian one, which is not counted.
_HELD_UNITS = frozenset({"UA-43", "UA-40"})  # Crimea, Sevastopol
_HELD_TOWNS = frozenset({"Donetsk", "Luhansk", "Horlivka", "Makiivka", "Yenakiieve", "Alchevsk",
                         "Kadiivka", "Khartsyzk", "Shakhtarsk", "Snizhne", "Antratsyt",
                         "Rovenky", "Khrustalnyi", "Dovzhansk", "Chystiakove", "Ilovaisk",
                         "Debaltseve"})


def _held_since_2014(p: Place) -> bool:
    return p.oblast_iso in _HELD_UNITS or _held_town(p)


def _held_town(p: Place) -> bool:
    """A town of Donetsk or Luhansk oblast held by Russia since 2014 (not Crimea); not a
    village of its name the codifier places elsewhere (Makiivka of Luhansk oblast)."""
    return (p.kind == "settlement" and p.name in _HELD_TOWNS and p.approx is None
            and p.oblast_iso in ("UA-14", "UA-09"))


def _held_towns_only(places: list[Place]) -> bool:
    """Whether the sentence names a town held since 2014 and no other town: "Shelling of
    Donetsk killed seven" (a note's event), not "Two were injured in Kharkiv; the region, which
    with Luhansk was shelled for months, ..." (the held town is the background of a strike
    elsewhere)."""
    towns = [p for p in places if p.kind == "settlement"]
    return bool(towns) and all(_held_town(p) for p in towns)


def _names_no_attacker(report: _Report) -> bool:
    """Whether the report names no attacker at all, Russian or Ukrainian, and does not speak
    through the occupation (`occupation_voice`): then a strike on a town held since 2014
    ("Donetsk city centre damaged by shelling", an event note) is counted as any other; a
    report that names Russia attacking elsewhere, or Ukraine attacking, keeps the town's strike
    Ukraine's. Asked once per report, only where a held town is named in a strike's sentence."""
    if report.no_attacker is None:
        rules, low = report.rules, report.low
        report.no_attacker = (rules.occupation_voice is not None
                              and not _in_report(rules.occupation_voice, low)
                              and not _in_report(rules.ukrainian_attacker, low)
                              and not _in_report(rules.russian_attacker, low))
    return report.no_attacker


#: Rule name -> its opening literals (`scan.openings`; None where it has none), as
#: `_in_report` finds them, once per process (those `_found` has already, not parsed again).
_REPORT_OPENINGS: dict[str, frozenset[str] | None] = dict(_BY_OPENINGS)


def _in_report(rule: Rule, low: str) -> bool:
    """Whether `rule` matches in a whole lower-cased report: tried only where one of its
    opening literals occurs (`str.find` each, in C), where it has them. Searched for as written
    over a 4 KB report, `ukrainian_attacker` set up its eight look-behinds at every character
    (~0.9 ms), and `occupation_voice` and `russian_attacker`, which open with `\\b`, tried
    each alternative there (~0.3 ms; their twins no faster)."""
    if rule.name not in _REPORT_OPENINGS:
        _REPORT_OPENINGS[rule.name] = scan.openings(rule.regex)
    heads = _REPORT_OPENINGS[rule.name]
    if heads is None:
        return scan.twin(rule.regex).search(low) is not None
    return scan.found_at_openings(rule.regex, low, heads)


def _locates_previous(text: str, found: Sequence[Found], i: int) -> bool:
    """A unit named right after a settlement of its own ("Kupiansk, Kharkiv region", "Izmail in
    southern Odesa Oblast") locates that settlement; it is not a second strike location. Nor are
    the names in brackets after a settlement ("Vilniansk (Zaporizhzhia, Zaporizhia)": its raion
    and oblast, as event notes give them)."""
    f = found[i]
    if i == 0:
        return False
    for k in range(i - 1, max(-1, i - 3), -1):
        prev = found[k]
        if (prev.place.kind == "settlement" and prev.place.country == "UA"
                and ns.BRACKETS_BEFORE.fullmatch(text, prev.end, f.start)):
            return True
    prev = found[i - 1]
    if not (f.place.kind == "oblast" and prev.place.kind == "settlement"
            and ns.LOCATOR_GAP.fullmatch(text, prev.end, f.start) is not None):
        return False
    # an event note's bare admin1 label, which may have slipped ("shelled near Nikopol, Kherson.
    # Casualties unknown.": the city of Dnipropetrovsk oblast, `places._LABELLED_VILLAGE`),
    # ends its clause: it locates the town before it all the same
    return prev.place.oblast_iso == f.place.oblast_iso or (
        prev.place.country == "UA" and text[prev.end:f.start].strip() == ","
        and " " not in text[f.start:f.end] and ns.LABEL_END.match(text, f.end) is not None)




def _foreign_target(text: str, found: Sequence[Found], s_start: int, s_end: int) -> bool:
    """The sentence's attack is on a place abroad ("drones hit Belgorod", "in the Kursk
    region") or held by Russia since 2014, not one merely named ("hours before the Istanbul
    meeting")."""
    if _occurs(ns.AT_UKRAINE, text, s_start, s_end):
        return False
    if ns.FOREIGN_TOWN.search(text, s_start, s_end):
        return True  # "hurt a man in the Russian border town Shebekino"
    lo = bisect_left(found, s_start, key=_start)  # `found` is in text order
    hi = bisect_left(found, s_end, key=_start)
    return any(s_start <= f.start < s_end and f.place.kind != "country"
               and (f.place.country != "UA" or _held_since_2014(f.place))
               and _named_as_target(text, f, s_start)
               for f in found[lo:hi])


def _named_as_target(text: str, f: Found, s_start: int) -> bool:
    """Whether the sentence from `s_start` names place `f` as a target or through its
    official: "drones hit Belgorod", "Bryansk Governor ... claimed", "the governor of the
    Belgorod region said the toll had risen to 24"."""
    return bool(ns.TARGET_BEFORE.search(text, max(s_start, f.start - 30), f.start)
                or ns.OFFICIAL_AFTER.match(text, f.end)
                or ns.TITLE_OF_BEFORE.search(text, max(s_start, f.start - 30), f.start))


def _start(f: Found) -> int:
    return f.start


#: How many sentences back a toll told for no place looks for the strike abroad it follows.
_ABROAD_BACK = 4
#: What a quoted sentence opens with.
_QUOTE_OPENINGS = ('"', "“", "«", "„")


def _after_abroad(report: _Report, s_idx: int, sentence: str) -> bool:
    """"A Ukrainian drone hit a house in Russia's Belgorod region. ... Two civilians died,
    the governor wrote.": a toll told for no place, in no national words, whose nearest
    sentence before it naming any place names only a target abroad, is that strike's (the
    two-sentence carry of `_target` misses it when a quote runs on)."""
    rules = report.rules
    if _says(rules.national, sentence) or _says(rules.national_toll, sentence):
        return False
    for j in range(s_idx - 1, max(-1, s_idx - 1 - _ABROAD_BACK), -1):
        if j in report.places:
            return False
        if j in report.abroad:
            a, b = report.spans[j]
            if _talks(report, a, b):
                return False  # "talks in Istanbul failed": a place of diplomacy, no target
            if _foreign_target(report.text, report.found, a, b):
                return True
            if not report.text[a:b].lstrip().startswith(_QUOTE_OPENINGS):
                return False
            # the official's quote running on names a place abroad in passing ("the village
            # is 400 km south of Moscow"): the sentence before it tells where the strike was
    return False


def _talks(report: _Report, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` speaks of diplomacy (the language's `diplomacy`,
    "talks in Istanbul", "a summit in Jeddah") and names no weapon: a place abroad it names is
    where talks were, not a target."""
    rules, low = report.rules, report.low
    return (rules.diplomacy.regex.search(low, start, end) is not None
            and not any(rule.regex.search(low, start, end) for _w, rule in rules.weapons))


def _tally_of_ukraine(fig: Figure, low: str, rules: RuleSet) -> bool:
    """Whether a weapon count is told on the word of Ukraine's air force or military ("the
    Ukrainian air force said 359 drones were intercepted or jammed"): the country's tally,
    never a strike abroad told before it (Russia's claims of drones over Russia)."""
    source = rules.national_tally_source
    return (fig.field in _COUNTED_WEAPONS and source is not None
            and _says(source, low))  # once a sentence, not once a count


def _toll_abroad(report: _Report, fig: Figure, here: _Here, sentence: str,
                 s_start: int) -> bool:
    """"The toll from the rockets fired at Belgorod climbed to 22, ... then Russia hit Kharkiv":
    a figure whose nearest place before it is a target abroad (`_foreign_target`'s tests), and
    which names no Ukrainian place right after it ("... killed two in Sumy"), is that place's."""
    found, text = report.found, report.text
    j = bisect_left(found, fig.start, key=_start) - 1
    while j >= 0 and found[j].start >= s_start and found[j].place.kind == "country":
        j -= 1  # "in Russia", "Ukraine's": the country says nothing of the place
    if j < 0 or found[j].start < s_start or found[j].place.country == "UA":
        return False
    return (_named_as_target(text, found[j], s_start)
            and _place_named_after(fig, here, sentence, s_start) is None)


def _overall(fig: Figure, key: _Key, keys_here: _Here, sentence: str, offset: int,
             rules: RuleSet) -> bool:
    """Whether a casualty figure is told for no place or for several at once: "Russia attacked
    Ukraine, killing nine" (national wording), "struck Kharkiv and Kyiv, killing four" (two
    places before it and none it names itself, as "two were injured in Nizhyn" does)."""
    if key == NATIONAL:
        # "Night attack hurts 20 across Kyiv, Odesa, Kharkiv oblasts": a figure
        # the sentence tells for several places at once is over them all
        return (_says(rules.national, sentence)
                or _says(rules.national_toll, sentence)
                or keys_here.several(0, len(keys_here)))
    if _place_named_after(fig, keys_here, sentence, offset) is not None:
        return False
    if keys_here.several(0, keys_here.count_below(fig.start)):
        return True
    low = _lower(sentence)
    return (
        # "Russia shelled Kharkiv and the region, killing five": over the oblast
        " region" in sentence and tl.CITY_AND_REGION.search(
            low, 0, max(0, fig.start - offset)) is not None) or (
        # "12 were killed in an attack on the capital, Kyiv, and other cities across the
        # country": over them all (searched only where its words are)
        tl.SEVERAL_PLACES.prescan_regex.search(low) is not None  # type: ignore[union-attr]
        and tl.SEVERAL_PLACES.search(low) is not None)


def _names_only(low: str, places: list[Found], offset: int) -> bool:
    """A sentence of nothing but place names ("Uman, Cherkasy oblast."): a location line."""
    if not places:
        return False
    return ns.LOCATION_LINE.fullmatch(_blanked(low, places, offset)) is not None


def _blanked(low: str, places: list[Found], offset: int) -> str:
    """The sentence (at `offset` in the text) with the names of `places` blanked."""
    parts, at = [], 0   # built in one pass
    for f in places:
        start, end = max(f.start - offset, at), f.end - offset
        if end > start:
            parts += [low[at:start], " " * (end - start)]
            at = end
    parts.append(low[at:])
    return "".join(parts)


#: The cues of a figure's topic (a count of drones, missiles, the killed or the injured).
_FIGURE_TOPICS = frozenset(("figure:drones", "figure:missiles", "figure:killed",
                            "figure:injured"))


#: How many sentences after a line of place names may tell the strike it locates ("Uman,
#: Cherkasy oblast. 12 May. A missile struck ...").
_LOCATED_WITHIN = 2


def _strike_follows(report: _Report, s_idx: int) -> bool:
    """Whether one of the few sentences after a line of place names speaks of an attack (its
    words arm the language's strike rule and match it), so that the line says where that
    attack was: a dateline ("ЛУЦЬК. 4 квітня. Сьогодні вводять графіки відключень")
    or a heading over a report of no strike locates nothing. (A line of a list under a header,
    "shot down over:\n• Poltava;", is located by its header: the caller asks `_list_header`.)"""
    strike = report.rules.strike
    for j in range(s_idx + 1, min(s_idx + 1 + _LOCATED_WITHIN, len(report.spans))):
        cues = report.armed.get(j, set())
        if strike.name in cues and _found(strike, _evidence(
                report.low[report.spans[j][0]:report.spans[j][1]], cues, report.rules), cues):
            return True
    return False




def _lead_total(drafts: dict[_Key, _Draft], tolls: list[_Toll]) -> dict[str, int]:
    """A report's first casualty figure, told for no place or for several (`_overall`), is its
    total when the places named after it account for it ("the attack on Kyiv and Kharkiv killed
    at least nine" ... "five were killed in Kharkiv" ... "one in Kyiv"): each place keeps its
    own later figure. Returns what they leave over of each total (the country's)."""
    rest: dict[str, int] = {}
    for field_name in ("killed", "injured"):
        told = [t for t in tolls if t.field == field_name]
        if not told or not (told[0].overall or _headline_told_again(told)):
            continue
        told = _lead_told_exactly(told)
        lead_s, lead_key, lead = told[0].sentence, told[0].key, told[0].value
        lead_day = drafts[lead_key].date
        later: dict[_Key, int] = {}
        also: dict[_Key, int] = {}
        repeats: set[_Key] = set()
        located = _located_in_sentence(told)
        for t in told:
            if t.sentence == lead_s:
                continue
            if t.also:  # "three were also injured in Sumy": beside the total, not in it ...
                also[t.key] = max(also.get(t.key, 0), t.value)
                continue
            if t.key == NATIONAL and t.overall and located.get(t.sentence):
                # "In Donetsk Oblast, attacks injured five: two in A, two in B and one in C":
                # a sum told over the places its sentence goes on to name is theirs, not one
                # more part of the report's total; only what they leave of it is
                t = t._replace(value=t.value - located[t.sentence])
                if t.value <= 0:
                    continue
            if (lead_day is not None and drafts[t.key].earlier_toll
                    and drafts[t.key].date not in (None, lead_day)):
                # "the toll of the 7 November strike on Zaporizhzhia rose to eight" in
                # a report whose total is of the night of 8 November: no part of that total
                continue
            if t.value == lead:  # the total told again ("the death toll rose to nine")
                repeats.add(t.key)
            else:
                later[t.key] = max(later.get(t.key, 0), t.value)
        others = len([k for k in later if k != lead_key])
        if (also and (others >= 2 or (others == 1 and _parts_sum(drafts, later)
                                       + sum(also.values()) == lead))
                and _parts_sum(drafts, later) + sum(also.values()) <= lead):
            # ... unless it is one more place of a roundup whose total its parts fill with it
            # ("kill 5, injure 19": "two injured in Sumy", ..., "Kharkiv also came under fire,
            # with one civilian injured"); or one place and the part told as "also" that
            # fill it exactly ("a wave of strikes killed five" ... "three were killed in Lutsk"
            # ... "strikes on the east also killed two")
            for k, v in also.items():
                later[k] = max(later.get(k, 0), v)
        for k in _told_again_wider(drafts, later, {
                t.key: t.sentence for t in reversed(told) if t.sentence != lead_s}):
            # "Kherson region: one killed, five injured. ... One was killed and five injured,
            # the governor confirmed.": a part told again for no place, or for its oblast, is
            # that part once, not one more beside it
            del later[k]
            repeats.add(k)
        if not later and repeats and lead_key not in repeats:
            # "struck Odesa and Mykolaiv, killing two" ... "two were killed in Odesa": the
            # total told again for the place it belongs to
            drafts[lead_key].figures.pop(field_name, None)
            continue
        if _lead_is_one_places(drafts, lead_key, repeats, later):
            if NATIONAL in later:  # a toll of its own, told for no place after the lead
                drafts[NATIONAL].figures[field_name] = later[NATIONAL]
            else:
                drafts[lead_key].figures.pop(field_name, None)
            continue
        held = _held_by_oblasts(drafts, tolls, field_name, lead, later, also)
        for k in held:
            if not later[k]:  # the oblast's toll is all its places': told once, in them
                del later[k]
                repeats.add(k)
        # "wounding more than 90 in the two cities" ... 49 in Kyiv, 42 in Kharkiv: a total
        # given as a lower bound may fall a little short of its parts
        # "injuring over 30" ... nine in Odesa, 25 in Kharkiv: a lower bound may fall well
        # short of its located parts; an exact total, or one beside another figure of its own
        # place, only a little (rounding, a late count)
        slack = 1.5 if lead_key not in later and any(
            t.at_least for t in told if t.value == lead) else 1.1
        if not any(k != lead_key for k in later):
            continue  # no other place's figures: figures of their own
        if _parts_sum(drafts, later) > lead * slack:
            if _roundup_headline(drafts, lead_key, later, lead):
                # "attacks on five oblasts injured seven" ... four in Kharkiv Oblast, four in
                # Zaporizhzhia Oblast: the oblasts' tolls are the later, fuller count of the
                # headline's, which is dropped (its parts stand, the larger, each oblast
                # holding its places as the headline decided); a toll told after it for no
                # place ("Two people were injured due to Russian attacks.") is one more part,
                # which the country keeps
                national = drafts[lead_key]
                if NATIONAL in later:
                    national.figures[field_name] = later[NATIONAL]
                    national.how[field_name] = STATED
                    national.totals = False
                    national.parts.add(field_name)
                else:
                    national.figures.pop(field_name, None)
                _keep_remainders(drafts, held, later, field_name)
            continue  # more than the total: figures of their own
        for k, d in drafts.items():
            if k in later:
                d.figures[field_name] = later[k]
                d.how[field_name] = STATED
                if k == NATIONAL:
                    # the country's figure is one of the total's parts ("killed 3 in the
                    # region: in A, B and C"), not a total over the located figures
                    d.totals = False
                    d.parts.add(field_name)
            elif k == lead_key or k in repeats:
                d.figures.pop(field_name, None)
        _keep_remainders(drafts, held, later, field_name)
        inside_also = sum(held.values())
        if lead > _parts_sum(drafts, later) + inside_also:
            rest[field_name] = lead - _parts_sum(drafts, later) - inside_also
    return rest


def _lead_told_exactly(told: list[_Toll]) -> list[_Toll]:
    """A headline's total as a lower bound ("over 20 injured in strikes on two oblasts") told
    again exactly by the lede, for no place or for several, before any place's toll ("23 were
    injured in attacks on Kherson and Donetsk oblasts"): one total, the lede's; the tolls from
    the lede on are the report's, so that the parts after it are weighed against 23, not 20."""
    first = told[0]
    if not first.at_least or first.key != NATIONAL:
        return told
    for i, t in enumerate(told[1:4], 1):
        if t.sentence == first.sentence:
            continue
        if (t.key == NATIONAL and t.overall and not t.also
                and first.value <= t.value <= first.value * 1.5):
            return told[i:]
        return told
    return told


def _lead_is_one_places(drafts: dict[_Key, _Draft], lead_key: _Key, repeats: set[_Key],
                        later: dict[_Key, int]) -> bool:
    """"- 20 dead at a training base - Twenty people were killed ... near Yavoriv. - Strike on
    Mykolaiv - Six people were killed in Mykolaiv": a first toll told for no place, in no words
    of the whole country, that a place's toll then tells again exactly, while the other places'
    tolls lie in other oblasts, is that place's (the heading of one item of a bulletin), not a total
    over the rest: each keeps its own figure (`_lead_total` would have taken the others out of
    it and dropped the place's)."""
    d = drafts.get(lead_key)
    own = {_oblast_of(drafts, k) for k in repeats if k.kind != "country"} - {None}
    if lead_key != NATIONAL or d is None or d.national_words or not own:
        return False
    return any(k != NATIONAL for k in later) and all(
        _oblast_of(drafts, k) not in own for k in later if k != NATIONAL)


def _located_in_sentence(told: list[_Toll]) -> dict[int, int]:
    """Sentence -> the sum of the tolls (of one field) it tells for places, not as "also"."""
    out: dict[int, int] = {}
    for t in told:
        if t.key.kind in ("unit", "place") and not t.also:
            out[t.sentence] = out.get(t.sentence, 0) + t.value
    return out


def _headline_told_again(told: list[_Toll]) -> bool:
    """Whether a report's first toll, told for no place and not as the country's (a headline:
    "Strikes kill 5, wound 20 in a day"), is told again as the country's by the next toll (the
    lede: "attacks on six oblasts killed five people"): the same total, so the report's lead
    total as that one is (`_lead_total`)."""
    first = told[0]
    return (first.key == NATIONAL and len(told) > 1 and told[1].key == NATIONAL
            and told[1].overall and told[1].value == first.value)


def _held_by_oblasts(drafts: dict[_Key, _Draft], tolls: list[_Toll], field_name: str,
                     lead: int, later: dict[_Key, int], also: dict[_Key, int]
                     ) -> dict[_Key, int]:
    """A roundup whose oblasts' and places' tolls add up to more than its headline total
    ("attacks on 10 oblasts injured 15" ... "in Zaporizhzhia Oblast, attacks injured four" ...
    "in the village of A, one was hurt"): a place's toll told after its oblast's, in the run
    of tolls that names no other oblast, within the oblast's toll, is held by it, not added.
    The headline decides: oblasts hold their places only where that brings the sum to the
    headline, or nearer it without going under (separate strikes of one oblast that the
    headline adds up keep their own tolls; parts over the total with no such oblast stay the
    larger figure). `later` keeps what each holding oblast leaves over; returns, for each, what
    its places told as one more ("also") put inside it."""
    total = _parts_sum(drafts, later) + sum(also.values())
    if total <= lead:
        return {}
    first: dict[_Key, int] = {}
    for t in tolls:
        if t.field == field_name:
            first.setdefault(t.key, t.sentence)
    groups: dict[_Key, tuple[int, int]] = {}   # oblast -> (its places' sum, of it told "also")
    for k, v in later.items():
        if k.kind != "unit" or k not in drafts or drafts[k].totals or k not in first:
            continue
        inside = [j for j in dict.fromkeys((*later, *also))
                  if j.kind == "place" and _oblast_of(drafts, j) == k.code
                  and _in_run(drafts, tolls, first, k, j)]
        held = sum(later.get(j, also.get(j, 0)) for j in inside)
        if 0 < held <= v:
            groups[k] = (held, sum(also[j] for j in inside if j not in later))
    best: tuple[int, int, tuple[_Key, ...]] | None = None
    keys = list(groups)[:8]
    for mask in range(1, 1 << len(keys)):
        chosen = tuple(k for i, k in enumerate(keys) if mask >> i & 1)
        left = total - sum(groups[k][0] for k in chosen)
        if left >= lead and (best is None or (left, len(chosen)) < best[:2]):
            best = (left, len(chosen), chosen)
    if best is None:
        return {}
    out = {}
    for k in best[2]:
        later[k] -= groups[k][0]
        out[k] = groups[k][1]
    return out


def _keep_remainders(drafts: dict[_Key, _Draft], held: dict[_Key, int], later: dict[_Key, int],
                     field_name: str) -> None:
    """Each oblast that holds its places' tolls (`_held_by_oblasts`) keeps what they leave over
    of its own (how: remainder), or no figure where they are all of it (`later` lacks it)."""
    for k in held:
        d = drafts[k]
        if k in later:
            d.figures[field_name] = later[k]
            d.how[field_name] = REMAINDER
            d.parts.add(field_name)
        else:
            d.figures.pop(field_name, None)


def _roundup_headline(drafts: dict[_Key, _Draft], lead_key: _Key, later: dict[_Key, int],
                      lead: int) -> bool:
    """Whether a report's first toll, which its later tolls exceed, is a country roundup's
    headline that those tolls count again: told for the country in words of a period or of the
    whole country, followed by the tolls of two oblasts or more, which add up to less than
    twice it (more is no count of the same people). A later toll told for no place shares the
    headline's key: it stays, as one more part (`_lead_total`), what its own sentence's places
    leave of it ("In X Oblast, three were killed: two in A and one in B", read without its
    oblast, leaves nothing)."""
    d = drafts.get(lead_key)
    if lead_key != NATIONAL or d is None or not d.national_toll or d.parts:
        return False
    oblasts = {_oblast_of(drafts, k) for k in later if k != NATIONAL} - {None}
    return len(oblasts) >= 2 and _parts_sum(drafts, later) < 2 * lead


def _oblast_of(drafts: dict[_Key, _Draft], key: _Key) -> str | int | None:
    """The oblast ISO code of an event's key (None: the country's, or unknown)."""
    if key.kind == "unit":
        return key.code
    d = drafts.get(key)
    return d.place.oblast_iso if d is not None and d.place is not None else None


def _in_run(drafts: dict[_Key, _Draft], tolls: list[_Toll], first: dict[_Key, int],
            oblast: _Key, key: _Key) -> bool:
    """Whether `key`'s toll is told after `oblast`'s and before any toll of another oblast."""
    lo, hi = first[oblast], first.get(key, -1)
    if hi <= lo:
        return False
    return not any(lo < t.sentence <= hi and _oblast_of(drafts, t.key) not in (None, oblast.code)
                   for t in tolls)


def _told_again_wider(drafts: dict[_Key, _Draft], later: dict[_Key, int],
                      first: dict[_Key, int]) -> list[_Key]:
    """The figures told after a report's total for a wider scope (no place, or an oblast) that
    repeat the value of a narrower one within it (a place, or a place of that oblast): the
    same people told twice, which `_lead_total` counts once. For no place, only a place's toll
    told before it (`first`: each event's first sentence with the figure): "Two people were
    injured." after the damage of one oblast, then "a man and a woman were injured" in a
    village of another, are four."""
    wider = []
    for k, v in later.items():
        if k == NATIONAL:
            inside = [j for j in later if j != k and first.get(j, -1) < first.get(k, -1)]
        elif k.kind == "unit":
            inside = _places_of(drafts, later, k.code)
        else:
            continue
        if any(later[j] == v for j in inside):
            wider.append(k)
    return wider


def _places_of(drafts: dict[_Key, _Draft], later: dict[_Key, int],
               oblast_iso: str | int | None) -> list[_Key]:
    """The places of an oblast among the figures told after a report's total."""
    return [j for j in later if j.kind == "place" and j in drafts
            and (p := drafts[j].place) is not None and p.oblast_iso == oblast_iso]


def _parts_sum(drafts: dict[_Key, _Draft], later: dict[_Key, int]) -> int:
    """What the figures told after a report's total add up to, an oblast's toll and the tolls of
    its own places counted once where the oblast's is told as a total that holds them
    ("shelling of Zaporizhzhia Oblast in the last day killed two" ... "a woman died in
    Huliaipole, a man in Stepnohirsk": two, not four)."""
    total = sum(later.values())
    for k, v in later.items():
        if k.kind != "unit" or k not in drafts or not drafts[k].totals:
            continue
        inside = sum(later[j] for j in _places_of(drafts, later, k.code))
        if inside <= v:
            total -= inside
    return total


def _count_casualties_once(drafts: dict[_Key, _Draft]) -> None:
    """Casualties told twice count once. A total over an oblast or the country followed (or
    preceded) by the places it breaks down into ("attacks on Donetsk Oblast killed two: one in
    Kramatorsk, one in Druzhkivka") keeps the located parts and only what they leave over; an
    oblast's or the country's figure that repeats a located one ("two killed in Sumy" ...
    "killing two people, Ukraine says") is dropped; a toll with no place and no national
    wording ("initially, officials reported 12 dead") belongs to the report's one strike."""
    for d in drafts.values():
        if d.place is not None and d.place.kind == "oblast":
            parts = [p for p in drafts.values() if p.place is not None
                     and p.place.kind != "oblast" and p.place.oblast_iso == d.place.oblast_iso]
            _wounded_who_died(d, parts)
            _drop_repeated(d, parts)
            _leave_over(d, parts)
    national = drafts.get(NATIONAL)
    if national is None:
        return
    located = [d for k, d in drafts.items() if k != NATIONAL]
    _drop_repeated(national, located)
    _leave_over(national, located)
    # the one place the report gives casualties for, though it names others struck ("Two were
    # killed and five injured in Kharkiv. ... Bombs also fell on a village nearby. ... At least
    # three were injured, the governor said.": of the five)
    tolled = [d for d in located if _has_casualties(d)]
    # (an oblast with no toll of its own around a town of it struck is no second place: "air
    # defence was at work in the Zaporizhzhia region", then the city's toll)
    places = [d for d in located if not (
        d.place is not None and d.place.kind == "oblast" and not _has_casualties(d)
        and any(p is not d and p.place is not None
                and p.place.oblast_iso == d.place.oblast_iso for p in located))]
    if not national.national_toll and (len(places) == 1 or (
            len(tolled) == 1 and _within_told(national, tolled[0]))):
        only = places[0] if len(places) == 1 else tolled[0]
        for field_name in ("killed", "injured"):
            if field_name in national.figures:
                value = national.figures.pop(field_name)
                only.give(field_name, value, CARRIED)
    if not national.figures:
        del drafts[NATIONAL]


def _wounded_who_died(total: _Draft, parts: list[_Draft]) -> None:
    """An oblast's deaths that are only wounded people who died since ("Man wounded in Kherson
    Oblast dies in hospital"), beside the one place of the oblast that told as many wounded or
    more: they are that place's wounded. Where the place tells deaths as many, its toll holds
    them (no second death); where it tells none, they leave its injured."""
    n = total.died_of_wounds
    if not n or "injured" in total.figures or total.figures.get("killed") != n:
        return
    hurt = [p for p in parts if p.figures.get("injured", 0) >= n]
    if len(hurt) != 1:
        return
    place = hurt[0]
    if place.figures.get("killed", 0) >= n:
        del total.figures["killed"]
        total.how.pop("killed", None)
    elif "killed" not in place.figures:
        place.figures["injured"] -= n
        place.how["injured"] = UPDATED
        if not place.figures["injured"]:
            del place.figures["injured"]
            del place.how["injured"]


def _within_told(national: _Draft, told: _Draft) -> bool:
    """Whether the casualties told for no place, after those of a place, stay within them
    (each of its counts at most the place's count of that kind): a part of the place's toll
    told again, not a toll of its own. "A woman was hurt. ... Drones hit the district, killing
    one and hurting six." (told before) or a death where the place had only injured are not."""
    return national.sentence[0] > told.sentence[0] and all(
        f in told.figures and national.figures[f] <= told.figures[f]
        for f in _CASUALTIES if f in national.figures)


def _drop_repeated(total: _Draft, parts: list[_Draft]) -> None:
    """`total`'s casualties that repeat one part's, or add up the parts' exactly."""
    for field_name in ("killed", "injured"):
        if field_name in total.parts:
            continue  # "three more were injured in A, B and C": a part, whatever its value
        value = total.figures.get(field_name)
        values = [d.figures[field_name] for d in parts if field_name in d.figures]
        # "Russians wound 4 in Kharkiv Oblast. ... Four were wounded in Vovchansk. Another man
        # was hurt": the oblast's four are the town's four told before one more was added
        told = [d.before_more[field_name] for d in parts if field_name in d.before_more]
        if value is not None and (value in values or value in told
                                  or (len(values) > 1 and value == sum(values))):
            del total.figures[field_name]


def _told_after(total: _Draft, parts: list[_Draft]) -> bool:
    """Whether `total`'s figures for the country are told after every part that has
    casualties, in a sentence that names no place of its own ("missiles hit seven regions,
    including Kyiv and Lviv, injuring 11" after "two injured in Kharkiv" is the toll of
    those regions)."""
    return all(d.sentence[0] < total.national_at if _has_casualties(d)
               else d.sentence[0] != total.national_at for d in parts)


def _has_casualties(d: _Draft) -> bool:
    """Whether a draft tells anyone killed or injured."""
    return any(f in d.figures for f in _CASUALTIES)


def _leave_over(total: _Draft, parts: list[_Draft]) -> None:
    """`total`'s casualties less those of `parts`, when it was given as a total and the parts
    fit within it."""
    if not (total.totals or (total.place is None and total.national_words
                             and not total.parts and _told_after(total, parts))):
        # a total in words ("in total"), or the country's told as such after its places
        # ("across Ukraine, 14 were killed" after "six died in Kyiv"), not as one part of a
        # report's total (`_lead_total`): a figure of no wider scope, or one told before the
        # places ("... injured 30. Three were also injured in Sumy"), is its own
        return
    for field_name in ("killed", "injured"):
        value = total.figures.get(field_name)
        values = [d.figures[field_name] for d in parts if field_name in d.figures]
        if value is None or not values or sum(values) > value:
            continue
        if value == sum(values):
            del total.figures[field_name]
        else:
            total.figures[field_name] = value - sum(values)
            total.how[field_name] = REMAINDER


#: English BACKGROUND's alternatives by name: those a sentence's words arm are searched, not
#: the whole alternation (which "per", "last" or "target" armed in most reports)
_BACKGROUND_PARTS = {rule.name: rule for rule in ns.BACKGROUND_PARTS}


def _background_rules(cues: set[str], rules: RuleSet) -> list[Rule]:
    """The background rules the sentence's words arm: for English, BACKGROUND's armed
    alternatives (it matches where one of them does) and BACKGROUND_TOLD ("as of early May",
    "such bombs", "has repeatedly", "months of shelling")."""
    if rules.background is not ns.BACKGROUND:
        return [rules.background] if rules.background.name in cues else []
    armed = [_BACKGROUND_PARTS[name] for name in cues if name in _BACKGROUND_PARTS]
    return [*armed, ns.BACKGROUND_TOLD] if ns.BACKGROUND_TOLD.name in cues else armed


def _is_background(low: str, cues: set[str], published: date | None, rules: RuleSet) -> bool:
    main = None  # `main_clause(low)`, made once and only for a rule the sentence's words arm
    for rule in _background_rules(cues, rules):
        main = main_clause(low) if main is None else main
        if rule.regex.search(main) is not None:
            return True
    if published is not None and " in " in low and any(map(low.__contains__, MONTH_NAMES)):
        for m in ns.MONTH_ALONE.regex.finditer(low):
            if (published.month - MONTH_NAMES.index(m.group("mon")) - 1) % 12 >= 2:
                return True  # "hit in April by a strike that killed nine" in a June report
    if published is not None and ("19" in low or "20" in low):
        # Years before the war (1986, 1991) date history, not strikes, unless a world war is
        # the subject: "a town built after the 1986 Chornobyl disaster" is no background.
        years = [y for y in map(int, ns.YEAR.regex.findall(
                     main_clause(low) if main is None else main))
                 if y >= _WAR_BEGAN or ns.WORLD_WAR.search(low)]
        if years and max(years) < published.year and not re.search(
                r"\bon\s+\d{1,2}\s+\w+\s+" + str(max(years)), low):
            return True  # "in 2022, Russia shelled ...": background, unless it dates the event
    return False


def _place_key(f: Found, text: str) -> tuple[_Key, int]:
    p = f.place
    if p.kind == "oblast":
        return _Key("unit", p.oblast_iso), 3
    # a codifier village's point is its hromada's or raion's centre (2), or its oblast's (3)
    precision = 1 if p.approx is None else 3 if p.approx == "oblast" else 2
    if (_occurs(tl.NEAR_BEFORE, text[max(0, f.start - 30):f.start])
            or tl.DISTRICT_AFTER.match(text[f.end:f.end + 20])):
        precision = max(precision, 2)
    return _Key("place", p.geonameid, p.name), precision




@lru_cache(maxsize=8)
def _clause_starts(sentence: str, offset: int) -> tuple[int, ...]:
    """Offsets (in the text) where the sentence's clauses begin. Found once per sentence, not
    once per figure: a long sentence with many figures stays linear (the cache's key is the
    same string object for all figures of a sentence, whose hash Python keeps)."""
    return (offset, *(offset + m.end() for m in tl.CLAUSE_BREAK.regex.finditer(sentence)))


def _says(rule: Rule, text: str) -> bool:
    """Whether `rule` matches in a sentence: asked once per sentence, not once per figure (the
    cache is keyed by the pattern's id: hashing a compiled pattern hashes its code, microseconds
    for a long one); not searched where the sentence lacks its gate (`_plain_gate`)."""
    regex = rule.regex
    if id(regex) not in _TWINS:
        _TWINS[id(regex)] = (regex, scan.twin(_boundary_first(regex)),
                             rule if _plain_gate(rule) else None,
                             bool(regex.flags & re.IGNORECASE))
    return _twin_says(id(regex), text)


@lru_cache(maxsize=16)
def _twin_says(key: int, text: str) -> bool:
    _regex, twin, gated, ignorecase = _TWINS[key]  # (`flags & re.IGNORECASE`: an enum's `&`)
    if gated is not None and not (ignorecase and _ignorecase_odd(text)) \
            and not gated.armed_by(LOWER(text)):
        return False
    return twin.search(text) is not None


#: The characters other than the ASCII letters that `re.IGNORECASE` holds equal to an ASCII
#: letter whose lower case (`str.lower`) is not that letter: "İ" lowers to "i" and a combining
#: dot, "ı" and "ſ" to themselves ("K", the Kelvin sign, lowers to "k"). Python's re docs list
#: them; tests/test_speed_paths.py checks every code point.
_IGNORECASE_ODD = ("İ", "ı", "ſ")


def _ignorecase_odd(text: str) -> bool:
    """Whether the text holds one of `_IGNORECASE_ODD` (an ASCII text, none, at a glance)."""
    return not text.isascii() and any(map(text.__contains__, _IGNORECASE_ODD))


def _plain_gate(rule: Rule) -> bool:
    """Whether the rule has a gate and its literals are all ASCII. Such a gate holds, in the
    lower-cased text, wherever the rule's regex matches the text: as written or lower-cased
    (a literal matched as written lowers to the gate's), or with re.IGNORECASE where the text
    holds none of `_IGNORECASE_ODD`. Why (issue 16): `national` (re.IGNORECASE, ~25
    alternatives) took ~10 us a 100-character sentence, `re` lower-casing each character it
    compares, ~2.5 sentences a news report; lower-casing the sentence and a substring test
    for each of its seven literals take ~1 us."""
    gate = rule.gate
    return gate is not None and len(gate) > 0 and all(literal.isascii() for literal in gate)


#: The rules `_rule_says` was asked of, by id (its cache's key).
_RULES_ASKED: dict[int, Rule] = {}


def _rule_says(rule: Rule, low: str) -> bool:
    """Whether a rule's words arm its gate in a lower-cased sentence and it matches there:
    asked once per sentence, not once per figure (a 1 MB line of tolls stays linear,
    tests/test_long_text.py), and the gate first, as most sentences hold none of its words."""
    _RULES_ASKED[id(rule)] = rule
    return _rule_says_once(id(rule), low)


@lru_cache(maxsize=16)
def _rule_says_once(key: int, low: str) -> bool:
    rule = _RULES_ASKED[key]
    return rule.armed_by(low) and _rule_found(rule, low)


#: A rule's part searched alone (`_anchored_parts`): whether it opens at the text's start, the
#: pattern to match (there) or search with, and the literal sets every match of it holds.
_Part = tuple[bool, re.Pattern[str], tuple[frozenset[str], ...]]
#: id of a rule `_rule_found` was asked about -> (the rule, kept so that its id stays its own;
#: its parts, or None where it is searched whole).
_ANCHORED: dict[int, tuple[Rule, tuple[_Part, ...] | None]] = {}


def _rule_found(rule: Rule, low: str) -> bool:
    """Whether `rule` matches somewhere in the lower-cased text: its `_anchored_parts` one by
    one where it has them, each only where the text holds a literal of each of its sets, else
    the whole pattern searched."""
    hit = _ANCHORED.get(id(rule))
    if hit is None or hit[0] is not rule:
        hit = _ANCHORED[id(rule)] = (rule, _anchored_parts(rule))
    parts = hit[1]
    if parts is None:
        return rule.regex.search(low) is not None
    for anchored, regex, sets in parts:
        if not all(holds_any(low, literals) for literals in sets):
            continue
        if (regex.match(low) if anchored else regex.search(low)) is not None:
            return True
    return False


def _anchored_parts(rule: Rule) -> tuple[_Part, ...] | None:
    """A lower-case rule with an alternative that opens at the text's start ("^\\W*(?:of|among)
    the ...", `part_of_toll`; "^\\W*at its peak", `record_attack`) as its alternatives
    (`split_rule_parts`: the rule matches exactly where one of them does), or None for any
    other rule. Why: a top-level alternation opens with no literal or class, so `re` tried
    every alternative at every character, the anchored ones too (~150 k instructions a bench
    sentence for `part_of_toll`); so each anchored one is matched once, at the start (`^`
    without MULTILINE: search and match agree), and each other searched by its `scan.twin`."""
    if not rule.lower:
        return None
    flags = rule.flags & ~re.IGNORECASE
    parts = split_rule_parts(lower_pattern(rule.pattern), flags)
    if parts is None:
        return None
    out: list[_Part] = []
    for part in parts:
        try:
            items = list(_parser.parse(part, flags))
        except (re.error, RecursionError):
            return None
        anchored = bool(items) and items[0][0] is _parser.AT and items[0][1] in (
            _parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING)
        regex = re.compile(scan.merge_lookbehinds(part, flags), flags)
        out.append((anchored, regex if anchored else scan.twin(regex),
                    required_literal_sets(part, flags)))
    return tuple(out) if any(anchored for anchored, _r, _s in out) else None


#: id of a pattern `_says` was asked about -> the pattern (kept, so that its id stays its own),
#: its `_boundary_first` twin, its rule where its gate is `_plain_gate` (asked first, as
#: `Rule.armed_by` asks it) and whether it ignores case.
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str], Rule | None, bool]] = {}
_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=](?:[^()\\]|\\.)*\))+")


def _boundary_first(regex: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern opening with look-behinds and then a word boundary ("not after 'слава ', 'ради
    ', ...: Україна") as its twin that tests the boundary first: assertions of one position
    commute, so it matches exactly where the pattern does, but the look-behinds are tried at
    word boundaries only, not at every character (twice as fast for the national rules). The
    twin is checked to parse to the same items, the boundary moved to the front."""
    pattern = regex.pattern
    m = _LOOKBEHINDS.match(pattern)
    if m is None or not pattern.startswith("\\b", m.end()):
        return regex
    twin = "\\b" + m.group() + pattern[m.end() + 2:]
    items = list(_parser.parse(pattern, regex.flags))
    k = len(list(_parser.parse(m.group(), regex.flags)))
    if len(items) <= k or repr(list(_parser.parse(twin, regex.flags))) != repr(
            [items[k], *items[:k], *items[k + 1:]]):
        return regex  # a top-level alternation, say: the boundary opens only its first branch
    return re.compile(twin, regex.flags)


@lru_cache(maxsize=4)
def _lower(sentence: str) -> str:
    return LOWER(sentence)


def _closed_aside(m: re.Match[str]) -> str:
    """An aside closed by a comma blanked; one the place is inside of kept ("seven, including a
    girl in Odesa": Odesa is the girl's place, not the seven's)."""
    return " " if m.group().endswith(",") else m.group()


#: The figures that count weapons: a count of them told before a list of regions is over all
#: of them (`_place_named_after`).
_COUNTED_WEAPONS = ("drones", "drones_downed", "missiles", "missiles_downed")


def _place_named_after(fig: Figure, keys_here: _Here, sentence: str,
                       offset: int) -> _Key | None:
    """The place a figure names right after it ("killed one person in Kostiantynivka", "nine
    people, among them a boy, were killed in Kharkiv": an aside within the count is skipped)."""
    a, b = keys_here.span(fig.end, fig.end + 100)
    for j, (pos, k) in enumerate(keys_here[a:b], start=a):
        if tl.PLACE_FOLLOWS.fullmatch(sentence, fig.end - offset, pos - offset):
            if (fig.field in _COUNTED_WEAPONS and j + 1 < len(keys_here)
                    and keys_here[j + 1].key != k and tl.PLACE_LIST_GAP.fullmatch(
                        sentence, pos - offset, keys_here[j + 1].start - offset)):
                return None  # "air defence downed 70 drones in the Lviv, Rivne and Volyn regions"
            if fig.field in _CASUALTIES and _place_list(keys_here, j, sentence, offset):
                return None  # a toll over several places at once (`_list_named_after`)
            return k
        gap = LOWER(sentence[fig.end - offset:pos - offset])
        if "," in gap and fc.ASIDE.armed_by(gap) and tl.PLACE_FOLLOWS.fullmatch(
                fc.ASIDE.regex.sub(_closed_aside, gap)):
            return k
    return None


def _place_list(keys_here: _Here, j: int, sentence: str, offset: int) -> bool:
    """Whether place `j` of the sentence opens a list of places of other keys: three or more
    names ("in Odesa, Kharkiv and Dnipro"), or two joined by "and" ("in Kherson and
    Mykolaiv"); not a village and its oblast ("in Bilozerka, Kherson Oblast")."""
    names, at = 1, j
    while (at + 1 < len(keys_here) and keys_here[at + 1].key not in
           {keys_here[i].key for i in range(j, at + 1)}):
        gap = tl.PLACE_LIST_GAP.fullmatch(sentence, keys_here[at].start - offset,
                                          keys_here[at + 1].start - offset)
        if gap is None:
            break
        names, at = names + 1, at + 1
        if names >= 3 or " and " in f" {gap.group()}":
            return True
    return False


def _list_named_after(fig: Figure, keys_here: _Here, sentence: str, offset: int) -> bool:
    """Whether a toll names right after it a list of places (`_place_list`): "attacks killed
    three and wounded 11 in Odesa, Kharkiv and Dnipro" is a total over them all (the
    report's lead, `_lead_total`), not the first one's toll."""
    a, b = keys_here.span(fig.end, fig.end + 100)
    return any(tl.PLACE_FOLLOWS.fullmatch(sentence, fig.end - offset, pos - offset)
               and _place_list(keys_here, j, sentence, offset)
               for j, (pos, _k) in enumerate(keys_here[a:b], start=a))


def _target(fig: Figure, keys_here: _Here, recent: list[_Recent], s_idx: int,
            sentence: str, clauses: Sequence[int], rules: RuleSet,
            cues: frozenset[str] | set[str] | None = None) -> tuple[_Key | None, str]:
    """The place a figure belongs to, and how (`STATED` or `CARRIED`): the location its own
    clause names ("killed two in Kherson, and injured three in Nikopol"), else the nearest named
    before it in the sentence, else the only one after it, else the strike described in the
    last `_CARRY_REACH` sentences. None: the country's figure, or a total."""
    offset = clauses[0]  # the sentence's start in the text
    if _may_match_in(rules.national_before, cues) and rules.national_before.search(
            sentence, max(0, fig.start - offset - 110), fig.start - offset):
        return None, STATED  # "Russia hits Kyiv as attack across Ukraine kills 45": the country's
    named = _place_named_after(fig, keys_here, sentence, offset)
    if named is not None:
        return named, STATED
    if fig.field in _CASUALTIES and _list_named_after(fig, keys_here, sentence, offset):
        return None, STATED  # "killed three and wounded 11 in Odesa, Kharkiv and Dnipro"
    clause = bisect_right(clauses, fig.start)   # the places of the figure's clause: a..b-1
    a, b = keys_here.span(clauses[clause - 1],
                          clauses[clause] - 1 if clause < len(clauses) else len(sentence) + offset)
    if a < b:
        upto = min(b, keys_here.before(fig.start))
        if upto > a:
            nearest = keys_here[upto - 1]
            if upto >= 2 and keys_here[upto - 2].key != nearest.key and (
                    tl.PLACE_LIST_GAP.fullmatch(sentence, keys_here[upto - 2].start - offset,
                                                nearest.start - offset)):
                # "attacks in Kherson, Donetsk and Zaporizhzhia oblasts killed one": all of them
                return None, STATED
            return nearest.key, STATED
        if not keys_here.several(a, b):
            return keys_here[a].key, STATED
        return None, STATED  # "126 drones ... over the Sumy, Kharkiv and Poltava regions"
    before = keys_here.before(fig.start)
    if before:
        return keys_here[before - 1].key, STATED
    if keys_here and not keys_here.several(0, len(keys_here)):
        return keys_here[0][1], STATED  # "111 drones targeted the Dnipro region"
    if keys_here:
        return None, STATED  # "126 drones ... over the Sumy, Kharkiv and Poltava regions"
    if fig.field in ("drones", "missiles", "drones_downed", "missiles_downed") and \
            _says(rules.national, sentence):
        return None, STATED
    if (rules.region_anaphor is not None and recent and s_idx - recent[-1].sentence <= 2
            and recent[-1].key.kind in ("unit", "place")
            and len({k for r_idx, k in recent if r_idx == recent[-1].sentence}) == 1
            and rules.region_anaphor.search(_lower(sentence))
            and not _says(rules.national_toll, sentence)):
        # "Russian attacks on Kherson Oblast hit houses. One man died in the region during the
        # last day.": that oblast's toll, not the country's; so too after a city ("Lviv was
        # hit ... A total of 19 were injured in strikes around the region": its oblast's, told
        # with the city, which stands for its oblast here)
        return recent[-1].key, CARRIED
    if _says(rules.national_toll, sentence) or _says(rules.total, _lower(sentence)):
        return None, STATED  # "six civilians killed in the previous 24 hours", "in total"
    if recent and s_idx - recent[-1].sentence <= _CARRY_REACH:
        last = recent[-1].sentence
        keys = {k for r_idx, k in recent if r_idx == last}
        if len(keys) == 1:
            return recent[-1].key, CARRIED
        # "They hit Nikopol, Myrove and Marhanets. A woman was injured.": a toll after a list
        # of places struck is the report's, told for none of them in particular
        return (ABROAD if ABROAD in keys else None), STATED
    return None, STATED


def _weapon(d: _Draft, dominant: Weapon | None) -> Weapon:
    """What struck: the counted weapon if the figures say (more drones than missiles: drone),
    else the weapon the sentences name most (first named on a tie), else the article's."""
    drones, missiles = d.figures.get("drones", 0), d.figures.get("missiles", 0)
    if drones or missiles:
        return "drone" if drones >= missiles else "missile"
    if d.weapons:
        return max(dict.fromkeys(d.weapons), key=d.weapons.count)
    return dominant or "unknown"


def _event(d: _Draft, g: Gazetteer, text: str, article_id: str,
           dominant: Weapon | None) -> Event:
    weapon = _weapon(d, dominant)
    s, e = d.sentence
    figures = {k: d.figures.get(k) for k in FIGURES}
    if d.place is None:
        place, kind, lat, lon, oblast, iso = "Ukraine", "country", None, None, None, None
    else:
        p = d.place
        place, kind, lat, lon = p.name, p.kind, p.lat, p.lon
        iso = p.oblast_iso
        oblast = g.unit_names.get(iso or "")
    digest = hashlib.sha1(f"{article_id}|{place}|{iso}|{kind}".encode()).hexdigest()[:16]
    return Event(id=digest, date=d.date.isoformat() if d.date else None, place=place,
                 place_kind=kind,  # type: ignore[arg-type]  # (the gazetteer's kinds are Kind)
                 lat=lat, lon=lon, oblast=oblast, oblast_iso=iso,
                 geo_precision=d.precision, weapon=weapon, sentence=text[s:e], start=s, end=e,
                 how={k: d.how.get(k, STATED) for k, v in figures.items() if v is not None},
                 **figures)
