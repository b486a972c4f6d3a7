"""Place mentions with exact offsets: gazetteer names through one Aho-Corasick automaton,
near-misses of known places, and disambiguation by context.

The text is folded character by character (`geo.names.fold`), so automaton offsets are offsets
into the original text. Safeguards against false hits: a mention must start with a capital
letter; names that are everyday English words ("Bar", "Luck") or people's names need a place
context; single names next to other capitalised words (Marco Rubio) are taken for people unless
the place is large.
"""

from __future__ import annotations

import json
import logging
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain, compress
from pathlib import Path
from typing import NamedTuple

from extract import scan
from extract.compiled import loaded_file
from extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from extract.language import detect_language
from extract.rules import Rule
from extract.rules import place_contexts as contexts
from extract.rules.place_words import (
    GIVEN_NAMES,
    IGNORECASE_EXTRA,
    NAME_PART_NEXT,
    NOT_NAME_BEFORE,
    NOT_NAME_NEXT,
    PUBLIC_FIGURES,
    RIVER_TOWNS,
    RIVERS_AND_REGIONS,
    TITLES,
    cyrillic_given_forms,
)
from extract.rules.rulesets import ruleset
from geo import gazetteer as geo_gazetteer
from geo import names as geo_names
from geo import settings
from geo.cache import cached_build, pin
from geo.gazetteer import Gazetteer, Place, default_gazetteer
from geo.names import APOSTROPHES, LOWER, fold, name_key, romanized

try:  # (mypyc reads it at the build; where mypy_extensions is not installed, a stand-in)
    from mypy_extensions import mypyc_attr
except ImportError:
    from extract.compiled import mypyc_attr  # type: ignore[assignment]

#: Two scans of `find` in C (`extract/_place_scan.c`, built by setup.py where a C compiler is;
#: issue 16): the capital words (`_capital_word()`'s spans; ~0.6 M instructions of a 4 KB
#: English report in `re`) and `_Layout.of`'s sentence ends and line breaks. Without it, the
#: regexes (tests/test_cw25_s25.py compares both ways).
_capital_spans: Callable[[str, str], list[tuple[int, int]]] | None
_ends_and_breaks: Callable[[str], tuple[list[int], list[int]]] | None
try:
    from extract import _place_scan
    _capital_spans = _place_scan.capital_words
    _ends_and_breaks = _place_scan.ends_and_breaks
except ImportError:  # pragma: no cover - a build without the kernel
    _capital_spans = _ends_and_breaks = None
try:  # the gate words (`_gate_kernel`), where setup.py built it
    from extract import _cue_scan
except ImportError:  # pragma: no cover - a build without the kernel
    _cue_scan = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
#: The code the cached matcher is built by, as this process loaded it (`geo.cache.pin`).
_CODE = pin(loaded_file(__name__, __file__), contexts.__file__, geo_gazetteer.__file__,
            geo_names.__file__)

#: Smallest population for a near-miss ("Krematorsk") to be taken as a known place.
FUZZY_MIN_POPULATION = 15_000
#: Places this large keep a mention even next to other capitalised words ("Kharkiv Mayor").
LARGE_PLACE = 50_000
# The place-context rules (`extract.rules.place_contexts`), bound once: most run per mention or
# per word, in loops, where a `Rule` attribute lookup would cost. Those only asked whether they
# occur are bound as their `scan.twin` (it answers alike, found in C where that is faster).
_FOREIGN_REGION = contexts.FOREIGN_UNIT_WORD.regex
_REGION_AFTER = contexts.UNIT_WORD_AFTER.regex
_PLURAL_REGION = contexts.PLURAL_UNIT_WORD.regex
_PLURAL_ENDING = contexts.PLURAL_UNIT_ENDING.regex
_NOT_A_PLACE_AFTER = contexts.NAMESAKE_AFTER.regex
_SERVICE_AFTER = contexts.SERVICE_AFTER_WORD.regex
_LIST_GOES_ON = contexts.LIST_GOES_ON.regex
_SPEAKER_AFTER = contexts.SPEECH_VERB_AFTER.regex
_SPEAKER = contexts.SPEAKER_AFTER.regex
_SPEAKER_BEFORE = scan.twin(contexts.SPEAKER_BEFORE.regex)
_CAP_WORD = contexts.CAPITALISED_WORD.regex
_COMMA_NAME = contexts.NAME_AFTER_COMMA.regex
_BRACKET_END = contexts.CLOSING_BRACKET.regex
_PLACE_WORDS_BEFORE = scan.twin(contexts.PLACE_WORD_BEFORE.regex)
_THE_BEFORE = scan.twin(contexts.ARTICLE_BEFORE.regex)
_RIVER_PLANT_AFTER = contexts.RIVER_PLANT_AFTER.regex
_PORT_AROUND = contexts.PORT_AROUND.regex
#: Below this many people a name beside a port word names the port, not the village.
_PORT_VILLAGE = 10_000
_VILLAGE_BEFORE = scan.twin(contexts.VILLAGES_BEFORE.regex)
_SENTENCE_START = contexts.SENTENCE_START.regex
_PREV_WORD = contexts.GIVEN_NAME_BEFORE.regex
_CAP_WORD_BEFORE = contexts.CAPITALISED_WORD_BEFORE.regex
_INITIAL_AFTER = contexts.INITIAL_AFTER.regex
_CITYS_BEFORE = scan.twin(contexts.CITYS_BEFORE.regex)
_FROM_UNIT = scan.twin(contexts.FROM_BEFORE.regex)
_ADMIN1_SLOT = scan.twin(contexts.OPEN_BRACKET_LIST.regex)
_NAME_BEFORE_COMMA = contexts.NAME_BEFORE_UNIT.regex
_LANDMARK = contexts.LANDMARK_NAME.regex
_VILLAGE_OF_NAME = contexts.VILLAGE_OF_NAME.regex


def _may_name_village_of(text: str) -> bool:
    """Whether `_VILLAGE_OF_NAME` may match the text: it holds a literal of the rule's gate
    (its settlement words) as written. The rule is case-sensitive and its gate's words are in
    lower case as its pattern writes them, so every match holds one as written (a rule made
    case-insensitive is searched always). Its `finditer` opens with a word boundary, which
    `re` tries at every character: ~55 us a 4 KB report that names an oblast, ~4% of it."""
    return _VILLAGE_OF_IGNORES_CASE or contexts.VILLAGE_OF_NAME.armed_by(text)


#: (once: `flags & re.IGNORECASE` is an enum's `&`, a Python call a report, ~40 k instructions)
_VILLAGE_OF_IGNORES_CASE = bool(contexts.VILLAGE_OF_NAME.flags & re.IGNORECASE)


_UNIT_AS_OWNER = contexts.UNIT_AS_OWNER.regex
_LIST_SEP = contexts.LIST_SEPARATOR.regex
_COMMA_UNIT = contexts.COMMA_BETWEEN.regex
_UNIT_LINK = contexts.UNIT_LINK.regex
_OBLIQUE_UNIT = contexts.OBLIQUE_UNIT.regex
_LIST_UNIT_LINK = contexts.LIST_UNIT_LINK.regex
_SENTENCE_END = contexts.SENTENCE_END.regex
_LIST_TO_UNIT = contexts.LIST_TO_UNIT_AFTER.regex
_LIST_SEP_ANY = contexts.ANY_LIST_SEPARATOR.regex
_OF_CITY = contexts.OF_THE_CITY.regex
_RAION = contexts.RAION_NAME.regex
_RAION_SLOT = contexts.RAION_SLOT.regex
_INSTALLATION = contexts.INSTALLATION_ADJECTIVE
_HYPHEN_PAIR = contexts.HYPHEN_PAIR.regex
_HYPHEN_AT = contexts.HYPHEN_AT.regex
_EN_HROMADA_LIST = contexts.ENGLISH_HROMADA_LIST.regex
#: One name of such a list, and a hromada's adjective (its stem and ending) among them.
_LIST_ITEM = re.compile(r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?")
_HROMADA_ADJECTIVE = re.compile(rf"(?P<stem>{contexts.TOWN_STEM})"
                                rf"(?:{contexts.TOWN_ADJECTIVE_ENDING})")
#: Where `_RAION` can match at all (`Rule.prescan`, on the folded text).
_RAION_PRESCAN: re.Pattern[str] = contexts.RAION_NAME.prescan_regex  # type: ignore[assignment]
#: Where `_INSTALLATION` can match at all (the same way).
_INSTALLATION_PRESCAN: re.Pattern[str] = _INSTALLATION.prescan_regex  # type: ignore[assignment]
_WORD = contexts.NAME_FIRST_WORD.regex
_TOKEN = contexts.MISSPELLING_CANDIDATE.regex
_ADJECTIVE_ENDING = contexts.ADJECTIVE_ENDING.regex
_MEDIA_AFTER = contexts.MEDIA_AFTER.regex
_MEDIA_BEFORE = scan.twin(contexts.MEDIA_BEFORE.regex)
_RAION_WORD_AFTER = contexts.RAION_WORD_AFTER.regex
_EN_RAION_AFTER = contexts.EN_RAION_WORD_AFTER.regex
_HROMADA_AFTER = contexts.HROMADA_WORD_AFTER.regex
_ENGLISH_HROMADA_AFTER = contexts.ENGLISH_HROMADA_AFTER.regex
_HROMADA_LIST_BEFORE = contexts.HROMADA_LIST_BEFORE.regex
_HROMADA_LIST_OPENS = contexts.HROMADA_LIST_OPENS.regex
_DIRECTION_ADJECTIVE = contexts.DIRECTION_ADJECTIVE.regex
_TOWN_LAND = contexts.TOWN_LAND.regex
_HROMADA_LIST_GOES_ON = contexts.HROMADA_LIST_GOES_ON.regex
#: How a hromada's centre may end beyond the name English gives the hromada (its adjective's
#: stem): "Vasylkiv community" is Vasylkivka's, "Pokrovsk communities" Pokrovske's.
_CENTRE_ENDINGS = ("", "ka", "e", "a")
#: A sentence's or a line's end.
_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
_VILLAGE_WORD_BEFORE = scan.twin(contexts.VILLAGE_WORD_BEFORE.regex)
_CYRILLIC_RAION = contexts.CYRILLIC_RAION.regex
#: A raion adjective up to its -ськ-/-ск- ending, to which "ий" gives its nominative.
_RAION_NOMINATIVE = re.compile(r"\w+?(?:ь?ськ|цьк|зьк|ск|цк|зк)(?=\w+$)")
#: A letter an older romanization writes for the 2010 one's "i" ("Novomykhaylivka"), and an
#: adjective's ending it writes for "-yi" ("Novhorod-Siversky", "Kryviy Rih").
_OLD_ROMAN = contexts.OLD_ROMAN_LETTER.regex
_OLD_ENDING = contexts.OLD_ROMAN_ENDING.regex
#: The German "sch" for щ ("Schastia"): "shch" in the 2010 romanization.
_OLD_SHCH = contexts.OLD_ROMAN_SHCH.regex


def _letter_of_every_match(rule: Rule) -> str | None:
    """A lower-case letter each literal of a case-sensitive rule's gate holds, if there is one:
    every match holds it in one case or the other, so a folded text without it (`fold` makes
    both cases the lower one) holds no match, and the rule need not be asked at each of its
    mentions. None where the gate has no such letter (then the rule is always asked)."""
    gate = rule.gate
    if not gate or rule.lower or rule.flags & re.IGNORECASE:
        return None
    common = set.intersection(*(set(literal) for literal in gate))
    letters = sorted(c for c in common if c.isalpha() and c.islower())
    return letters[0] if letters else None


#: The letter every match of `_RAION_WORD_AFTER` holds (Cyrillic "р": "район", "громад",
#: "напрям", ...), "" if none: an English report holds none, and its mentions are not asked.
_RAION_WORD_LETTER = _letter_of_every_match(contexts.RAION_WORD_AFTER) or ""


def _may_hold_raion_word(folded: str) -> bool:
    """Whether `_RAION_WORD_AFTER` may match anywhere in the text `folded` is the folding of."""
    return _RAION_WORD_LETTER in folded


def _raion_noun_after(text: str, end: int) -> re.Match[str] | None:
    """The `_RAION_WORD_AFTER` match at `end` where its word is "район" in some form (not
    "громада", "округ", "напрям"): the name that ends at `end` is a raion's adjective. None
    otherwise."""
    word = _RAION_WORD_AFTER.match(text, end)
    return word if word is not None and "район" in word.group() else None


def _in_hromada_list(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end is one of a list of hromadas' names after a hromada
    word ("громади: Юнаківська, Хотінська", `contexts.HROMADA_LIST_BEFORE`; the first of
    "громади Юнаківська, Хотінська", `contexts.HROMADA_LIST_OPENS`): from the last hromada word
    of the 300 characters before it (two substring searches back, no regex over the text)."""
    lo = max(0, start - 300)
    at = max(text.rfind("ромад", lo, start), text.rfind("бщин", lo, start))
    if at <= lo:
        return False
    return (_HROMADA_LIST_BEFORE.fullmatch(text, at - 1, start) is not None
            or (_HROMADA_LIST_OPENS.fullmatch(text, at - 1, start) is not None
                and _HROMADA_LIST_GOES_ON.match(text, end) is not None))


def _hromada_named(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end is a hromada's: a hromada word after it ("Юнаківська
    громада") or before its list ("громади: Юнаківська, Хотінська")."""
    return _HROMADA_AFTER.match(text, end) is not None or _in_hromada_list(text, start, end)


def _older_spelt(folded: str, start: int, stop: int, lengths: tuple[int, ...] | None) -> bool:
    """Whether `PlaceMatcher._older_hit` may find a name at `start` that the plain lookups
    (every length a name opened by the word there has, longest first) did not: only where a
    letter of an older spelling is in its reach. Without "y", "j" or "sch" `_newer_spelling`
    changes nothing; a length's own key was looked up already (at a word end at least as
    strict), and one letter shorter is a length of its own or ends inside a word."""
    reach = folded[start:start + (lengths[0] if lengths else stop - start)]
    return ("y" in reach or "j" in reach or "sch" in reach or "евк" in reach
            or reach[:1] == "э")


@lru_cache(maxsize=65536)
def _newer_spelling(folded: str) -> str:
    """A folded name spelt the 2010 way where an older romanization differs from it (cached:
    the same names and first words come back report after report, two substitutions each).
    A Cyrillic name: Russian "-еевка"/"-ьевка" for Ukrainian "-іївка" (Андріївка: Андреевка,
    Плещіївка: Плещеевка, Григоріївка: Григорьевка, as Андрій is Андрей), spelt as the
    gazetteer's regular respelling has it (Новоандриевка). A Russian "Э" opening a Ukrainian
    name is its "Е" (Russian writes the Ukrainian [e] so: Эсмань, Эсманьской for Есмань, as
    the gazetteer's Russian forms do not)."""
    if not folded.isascii():
        if folded[:1] == "э":
            folded = "е" + folded[1:]
        return folded.replace("еевк", "иевк").replace("ьевк", "иевк")
    return _OLD_ROMAN.sub("i", _OLD_ENDING.sub("yi", _OLD_SHCH.sub("shch", folded)))


_REGION_NOUN_AFTER = contexts.REGION_NOUN_AFTER.regex
#: A village word and the one or two capitalised words after it (`_respelt_villages`).
_VILLAGE_NAME_AFTER = contexts.VILLAGE_NAME_AFTER.regex
_RIVER_WORD_BEFORE = contexts.RIVER_WORD_BEFORE.regex
#: The first three letters of each literal of `RIVER_WORD_BEFORE`'s gate ("річ", "рек", "р."
#: ...): every match holds one of them, so a name whose last characters before it hold none is
#: no river's without the search ("": the rule has no gate, and is always asked).
_RIVER_WORD_STEMS = tuple(sorted({literal[:3] for literal in contexts.RIVER_WORD_BEFORE.gate
                                  or ("",)}))
_UNIT_HEADING = contexts.UNIT_HEADING_AFTER.regex
_REGION_NOUN_AFTER_ADJ = contexts.REGION_NOUN_AFTER_ADJECTIVE.regex
_ORGANISATION_QUOTE = contexts.ORGANISATION_QUOTE_BEFORE.regex
_MILITARY_GROUP_BEFORE = contexts.MILITARY_GROUP_BEFORE.regex
#: What `_VILLAGE_NAME_AFTER` needs in the folded text (`contexts.VILLAGE_WORD`).
_VILLAGE_WORD = contexts.VILLAGE_WORD
_VILLAGE_GATE = _VILLAGE_WORD.regex


def _read_already(found: list[Found], starts: list[int], start: int, end: int) -> bool:
    """Whether start..end overlaps a name of `found` (in text order, not overlapping; `starts`
    their starts): a reader of names the gazetteer lacks adds none where one was read."""
    k = bisect_right(starts, start)
    return bool((k and found[k - 1].end > start) or (k < len(found) and found[k].start < end))


def _with_added(found: list[Found], added: list[Found]) -> list[Found]:
    """`found` with the names a reader `added`, in text order (`found` itself if none)."""
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)


def _cyrillic(literal: str) -> bool:
    """Whether a literal holds a letter of U+0400..U+04FF (which a text `find` is told is
    `latin` holds none of)."""
    return any("\u0400" <= c <= "\u04ff" for c in literal)


#: Every literal of `_VILLAGE_WORD`'s gate is Cyrillic ("с.", "пгт", "сел"): a `latin` text
#: holds none, and `find` does not ask (checked here, should the rule gain a Latin word).
_VILLAGE_GATE_CYRILLIC = bool(_VILLAGE_WORD.gate) and all(map(_cyrillic, _VILLAGE_WORD.gate or ()))


def _has_village_word(folded: str) -> bool:
    """`_VILLAGE_GATE` in the folded text, its gate's literals ("с.", "пгт", "сел") tested
    first: the pattern opens with a class, so its search tries every character, ~140 us a 4 KB
    English report, a tenth of the report's compiled extraction."""
    return _VILLAGE_WORD.armed_by(folded) and _VILLAGE_GATE.search(folded) is not None


#: Letters a consonant skeleton drops: vowels, soft and hard signs, й, apostrophes, hyphens.
_SKELETON = str.maketrans("", "", "аеєиіїоуыэюяёйьъ'’ʼ-")


def _skeleton(key: str) -> str:
    """A Cyrillic name key's consonants (and spaces): what Russian and Ukrainian spellings of a
    village's name share (Москалевка, Москалівка: мсклвк; Средний, Середній: срдн)."""
    return key.translate(_SKELETON)


_LAST_IN_LIST = contexts.LAST_IN_LIST.regex
_ADJECTIVE_NAME = contexts.ADJECTIVE_NAME.regex
_ADJECTIVE_BEFORE_NOUN = contexts.ADJECTIVE_BEFORE_NOUN.regex
_DIRECTION_WORD = contexts.DIRECTION_WORD_AFTER.regex
_CYRILLIC_ADJECTIVE = contexts.CYRILLIC_ADJECTIVE.regex


def _no_place_before(before: str) -> bool:
    """Whether the words right before a Cyrillic name make it a river's ("річки Оскіл", "реку
    Оскол") or a body's in quotation marks ("супермаркету «Славутич»", "полку \"Світязь\""), not the
    town or village that bears it. The patterns are asked only where the last characters can
    end their match (a quotation mark; a river word's letters, `_RIVER_WORD_STEMS`), as nearly
    every name has neither."""
    tail = before[-10:]
    if tail.rstrip()[-1:] in ("«", '"', "“", "„"):
        return _ORGANISATION_QUOTE.search(before) is not None
    low = tail.lower()
    return (any(stem in low for stem in _RIVER_WORD_STEMS)
            and _RIVER_WORD_BEFORE.search(before) is not None)


def _media_word_ends(before: str) -> bool:
    """Whether `before` may end as `_MEDIA_BEFORE` asks: its outlet words all end in "e" (Latin
    or Cyrillic), which only " .:|-" may follow up to the end (or a last line break, which `$`
    also takes). A test of the last characters, where the search scans all 40 (~0.8 us a
    mention, ten a bench report)."""
    if before[-1:] == "\n":
        before = before[:-1]
    return before.rstrip(" .:|-")[-1:] in ("e", "E", "\u0435", "\u0415")


#: `_PREV_WORD` is a capitalised ASCII word and a space at the end (`_prev_word`'s test).
_PREV_WORD_BY_TAIL = _PREV_WORD.pattern == r"\b([A-Z][a-z]+) $" and _PREV_WORD.flags == re.UNICODE
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _prev_word(before: str) -> re.Match[str] | None:
    """`_PREV_WORD.search(before)`. Its match ends at the space before the end (or before a
    final line break), and begins at the one capital before the lower-case letters ending
    there: where that is no capital ("in ", "the ") there is none, else the pattern is asked
    from there. The search tried the word boundary at each of the 40 characters (~0.9 us a
    mention; a bench report has seven, most after "in" or "of")."""
    if not _PREV_WORD_BY_TAIL:
        return _PREV_WORD.search(before)
    if before.endswith(" "):
        space = len(before) - 1
    elif before.endswith(" \n"):
        space = len(before) - 2
    else:
        return None
    head = before[:space].rstrip(_ASCII_LOWER)
    if len(head) == space or not head or not "A" <= head[-1] <= "Z":
        return None
    return _PREV_WORD.search(before, len(head) - 1)


#: `cyrillic_given_forms()`, as written (a capital, then lower-case letters).
_CYRILLIC_GIVEN = cyrillic_given_forms()


def _cyrillic_given_before(before: str) -> bool:
    """Whether a Ukrainian or Russian given name, in a case news write before a surname, and
    one space end `before` ("генерал Олексій ", "за словами Олега "): the name after it is a
    surname. A test of the last word, asked only where a space follows a Cyrillic letter."""
    last = before[-2:-1]
    if before[-1:] != " " or last.isascii() or not last.isalpha():
        return False
    word = before[:-1].rsplit(None, 1)[-1] if " " in before[:-1] else before[:-1]
    return word in _CYRILLIC_GIVEN


def _part_of_personal_name(key: str, before: str, after: str) -> bool:
    """A given name before the place name ("Taras Shevchenko", "Дмитро Лиманов"), or the
    place name itself a given name before a capitalised word ("Bohdan Khmelnytsky")."""
    prev = _prev_word(before)
    if prev and prev.group(1).lower() in GIVEN_NAMES:
        return True
    if prev is None and _cyrillic_given_before(before):
        return True
    return key in GIVEN_NAMES and _CAP_WORD.match(after[1:]) is not None and after[:1] == " "


#: How many letters an inflection ending may hold (`_same_lexeme`): "-ому", "-ею", "-ого".
_ENDING_LETTERS = 3


def _same_lexeme(key: str, word: str) -> bool:
    """Whether two Cyrillic name keys are forms of one word: they share their stem, all but an
    inflection ending of at most `_ENDING_LETTERS` letters each ("пожежею" and "пожежа",
    "головному" and "головне")."""
    n = 0
    for a, b in zip(key, word, strict=False):
        if a != b:
            break
        n += 1
    return n >= 3 and len(key) - n <= _ENDING_LETTERS and len(word) - n <= _ENDING_LETTERS


def _other_case_of_word(key: str, common: frozenset[str]) -> bool:
    """Whether a Cyrillic name key is another case of one of a place's everyday names
    (`common`, the forms the word lists count as words: "пожежа", "головне"). The lists count
    each form by its own frequency, and a rarer case of an everyday word ("Пожежею", the
    instrumental of пожежа) falls under their bar though it reads as the word just as well."""
    return key not in common and any(
        not word.isascii() and _same_lexeme(key, word) for word in common)


def _village_named(text: str, end: int, before: str, english: frozenset[str]) -> bool:
    """Whether a name of one of the codifier's villages (the smallest places, at approximate
    points) is written as a place: not a possessive ("Debris" is no Debri's; "Chaus's post"),
    not a speaker ("Chaus reported", "according to Kobzar", "– додав Чаус"), not after a
    capitalised word ("Artem Kobzar", "Odesa Port"), unless that is an English word opening a
    sentence ("Overnight Robotyne ...")."""
    # (a name that ends the text is followed by nothing, which `in "'’"` would hold of)
    if (text[end:end + 1].isalnum() or text[end:end + 1] in ("'", "’")
            or _SPEAKER.match(text, end) or _SPEAKER_BEFORE.search(before)):
        return False
    prev = _CAP_WORD_BEFORE.search(before)
    return prev is None or (_SENTENCE_START.search(before[:prev.start()]) is not None
                            and prev.group(1).lower() in english)


def _drop_surnames(text: str, raw: list[tuple[int, int, tuple[int, ...]]],
                   found: list[Found]) -> list[Found]:
    """A village's name the report writes once as a person's surname (after a given name or a
    title: "Mayor Ivan Horobets") is that person wherever the report repeats it alone
    ("according to Horobets", "Horobets posted"): its small villages there are dropped. A town
    (`_VILLAGE` or more) keeps its mentions."""
    people = set()
    for start, end, _ids in raw:
        before = text[max(0, start - 40):start]
        if (_prev_word(before) is not None and (
                _part_of_personal_name("", before, "") or _title_before(before))) or (
                _cyrillic_given_before(before)):
            people.add(name_key(text[start:end]))
    if not people:
        return found
    return [f for f in found if not (
        f.place.kind == "settlement" and f.place.population < _VILLAGE
        and name_key(text[f.start:f.end]) in people)]


def _title_before(before: str) -> bool:
    """"President Vladimir": a title right before the name."""
    words = before.rsplit(None, 1)
    return bool(words) and before[-1:].isspace() and words[-1].rstrip(".") in TITLES


class Found(NamedTuple):
    """One resolved mention, before it becomes a contract `Mention`."""

    start: int
    end: int
    place: Place
    match: str  # exact | alternate | fuzzy | context


@mypyc_attr(serializable=True)  # (pickled: `default_matcher`)
class PlaceMatcher:
    """Finds the gazetteer's places in text."""

    def __init__(self, gazetteer: Gazetteer,
                 lang_forms: dict[int, dict[str, list[str]]] | None = None,
                 raion_forms: dict[int, list[str]] | None = None,
                 hromadas: list[list] | None = None) -> None:
        self.gazetteer = gazetteer
        #: Name key -> (language, place index): a case form of one language that is another
        #: place's name ("Львове": Lviv in Russian, a Kherson village's name in Ukrainian),
        #: from the places' `lang_forms` (geonameid -> language -> forms).
        self.lang_forms: dict[str, tuple[str, int]] = {}
        index = {p.geonameid: i for i, p in enumerate(gazetteer.places)
                 if p.geonameid is not None and p.country == "UA"}
        for geonameid, by_lang in (lang_forms or {}).items():
            for lang, forms in by_lang.items():
                for form in forms:
                    if geonameid in index:
                        self.lang_forms[name_key(form)] = (lang, index[geonameid])
        #: The languages of `lang_forms`: a report in another reads none of them.
        self.form_langs = frozenset(lang for lang, _idx in self.lang_forms.values())
        #: Name key -> the towns whose raion adjective it is, where it is also a village's
        #: name ("Лозівський район" is Lozova's, not the village Lozivskyi's), from the places'
        #: `raion_forms` (geonameid -> forms): options of a name before "район".
        self.raion_names: dict[str, tuple[int, ...]] = {}
        for geonameid, forms in (raion_forms or {}).items():
            for form in forms:
                if geonameid in index:
                    key = name_key(form)
                    self.raion_names[key] = (*self.raion_names.get(key, ()), index[geonameid])
        #: Name key -> the centres of the hromadas so named (the codifier's hromadas, from
        #: ua_villages.json's `hromadas`: [oblast, geonameid or a village's name, forms]): read
        #: before a hromada word ("Миколаївська сільська громада": a Mykolaivka's).
        self.hromadas: dict[str, tuple[int, ...]] = {}
        #: Consonant skeleton -> the Cyrillic name keys that have it (`_skeleton`), built when
        #: a report first needs it (`_respelt_villages`).
        self.skeletons: dict[str, list[str]] | None = None
        villages = {(p.oblast_iso, p.name): i for i, p in enumerate(gazetteer.places)
                    if p.approx is not None}
        for iso, ref, forms in hromadas or ():
            idx = index.get(ref) if isinstance(ref, int) else villages.get((iso, ref))
            if idx is None:
                continue
            for form in forms:
                key = name_key(form)
                if idx not in self.hromadas.get(key, ()):
                    self.hromadas[key] = (*self.hromadas.get(key, ()), idx)
        #: A raion's or hromada's adjective as English writes it, romanized (KMU 2010, lower
        #: case) to its "-sk": "kupiansk" of "Kupianskyi district", "yunakivsk" of "Yunakivska
        #: community" -> the centres, which the stem alone need not spell (Synelnykove,
        #: Velyka Pysarivka).
        self.english_units: dict[str, tuple[int, ...]] = {}
        adjectives = [(idx, form) for iso, ref, forms in hromadas or ()
                      for idx in ((index.get(ref) if isinstance(ref, int)
                                   else villages.get((iso, ref))),) if idx is not None
                      for form in forms if form.endswith("ька")]
        adjectives += [(index[g], form) for g, forms in (raion_forms or {}).items()
                       if g in index for form in forms if form.endswith("ький")]
        for idx, form in adjectives:
            key = romanized(form[:form.rindex("ьк") + 2]).replace(" ", "")
            if idx not in self.english_units.get(key, ()):
                self.english_units[key] = (*self.english_units.get(key, ()), idx)
        #: Hromada names that name nothing else: a mention only before a hromada word.
        self.hromada_only = frozenset(k for k in self.hromadas if k not in gazetteer.forms)
        keys: dict[str, set[int]] = {}
        for key in self.hromada_only:
            if len(key) >= 3:
                for variant in _variants(key):
                    keys.setdefault(variant, set()).update(self.hromadas[key])
        for key, entries in gazetteer.forms.items():
            if len(key) < 3:
                continue
            ids = {i for i, _m in entries}
            for variant in _variants(key):
                keys.setdefault(variant, set()).update(ids)
        for idx, alternates in enumerate(gazetteer.alternates):
            for form in (gazetteer.places[idx].name, *alternates):
                folded = fold(form)
                if any(a in folded for a in APOSTROPHES) and len(folded) >= 3:
                    keys.setdefault(folded.replace("’", "'"), set()).add(idx)
        # Every mention starts a capitalised word, and that word is the name's first word, or
        # the name itself with a possessive "s" written without its apostrophe ("Moscows").
        # Flat tables, a lone id stored as an int: nested ones took 80 ms to load from the cache.
        self.names: dict[str, int | tuple[int, ...]] = {}
        lengths: dict[str, set[int]] = {}
        for key, ids in keys.items():
            first = _WORD.match(key)
            if first is not None:
                self.names[key] = min(ids) if len(ids) == 1 else tuple(sorted(ids))
                lengths.setdefault(first.group(), set()).add(len(key))
        #: Lengths of the names a word opens, longest first, where they are not just the word.
        self.longer = {word: tuple(sorted(ls, reverse=True)) for word, ls in lengths.items()
                       if ls != {len(word)}}
        # Words a name can open at are those of `longer` and `names`, and a one-word name with
        # "s" ("Moscows"): looked up there, not kept as a set of their own (4 MB of the cache).
        self.word_start = _capital_word()
        #: Folded capitalised word -> `_first_kind`, filled as met.
        self._first_kinds: dict[str, bool | str] = {}
        #: Those of them a misspelt place's word may fold to (`_near_first`), filled alike.
        self._near_firsts: set[str] = set()
        self.english = _english_words()
        self.unit_keys = {name_key(p.name.removesuffix(" City")) for p in gazetteer.places
                          if p.kind == "oblast"} | {
            k for k, entries in gazetteer.forms.items()
            if any(gazetteer.places[i].kind == "oblast" for i, _m in entries)}
        self._near = _NearIndex(gazetteer)
        largest: dict[str, Place] = {}
        for p in gazetteer.places:
            if p.kind == "settlement" and p.country == "UA" and p.oblast_iso and (
                    p.population > largest.get(p.oblast_iso, p).population
                    or p.oblast_iso not in largest):
                largest[p.oblast_iso] = p
        #: Each oblast's largest town (its centre, in practice).
        self.centres = frozenset(p.geonameid for p in largest.values())
        self._kyiv = largest["UA-30"]
        #: Each oblast's cities (`_is_city`), built when first needed (`_city_around`).
        self._cities_by_oblast: dict[str, list[Place]] | None = None
        #: City districts by the consonants of their name's stem ("Dniprovskyi" -> dnprv), so
        #: that a Ukrainian or Russian raion adjective ("Днепровском районе") finds them.
        self.districts: dict[str, tuple[int, ...]] = {}
        for idx, p in enumerate(gazetteer.places):
            city = p.section_of or (self._kyiv.geonameid if p.oblast_iso == "UA-30"
                                    and p is not self._kyiv and p.kind == "settlement" else None)
            if city is None:
                continue
            stems = {m.group(1) for n in (p.name, *gazetteer.alternates[idx])
                     for m in (_DISTRICT_NAME.fullmatch(n),) if m is not None}
            for key in {_consonants(stem) for stem in stems}:
                self.districts[key] = (*self.districts.get(key, ()), idx)

    def described(self, p: Place) -> tuple[str, str, int | None, float | None, float | None,
                                            str | None, str | None, bool]:
        """A `Mention`'s fields that depend on the place alone, from name to in_ukraine."""
        kind = p.kind if p.kind in ("settlement", "oblast", "raion", "country") else "other"
        return (p.name, kind, p.geonameid, p.lat, p.lon,
                self.gazetteer.unit_names.get(p.oblast_iso or ""), p.oblast_iso, p.country == "UA")

    def as_written(self, p: Place, written: str) -> Place:
        """The place a mention names, under the name the text gives it where that is a former
        name of a Ukrainian town (Новомосковськ, Samar since 2024: Novomoskovsk; Кировоград:
        Kirovohrad), as GUIDE.md lists a place; else `p`. Its events keep the current name, so
        that a map shows one name per place."""
        if p.country != "UA" or p.kind != "settlement" or p.approx is not None:
            return p
        name = _former_name(self.gazetteer, p, written)
        return p if name is None else p._replace(name=name)

    def warm(self) -> None:
        """Build the lazy parts now (before caching the matcher)."""
        self._near.lookup("warmup")

    # -- finding -------------------------------------------------------------------------
    def find(self, text: str, folded: str | None = None,
             lang: str | None = None, latin: bool = False) -> list[Found]:
        """Resolved place mentions in text order, non-overlapping, longest first. `folded`:
        `fold(text)`, and `lang`: `detect_language(text)`, if the caller has them already.
        `latin`: True where the caller knows the text holds no letter of U+0400..U+04FF
        (`pipeline.lower_sized` found none of their UTF-8 lead bytes), so neither does its
        folding (`geo.names.fold` makes no such letter of another): the tests for Cyrillic
        words are then skipped, each a scan of the whole text (~80 k instructions a 4 KB
        English report that is UCS-2 for a dash or a quote; for ASCII `in` answers at once)."""
        folded = fold(text) if folded is None else folded
        words = self._words(text, folded)
        raw = self._raw_hits(text, folded, words)
        found: list[Found] = []
        raion_words = _may_hold_raion_word(folded)
        for start, end, ids in raw:
            resolved = self._resolve(text, start, end, ids, raw, raion_words)
            if resolved is None:
                continue
            place, how = resolved
            tail = (_FOREIGN_REGION.match(text, end)
                    if place.country != "UA" and place.kind == "settlement" else None)
            if tail:  # "the Kursk region": a foreign unit
                place = Place(None, f"{place.name} {tail.group(1).lower()}", "other", place.lat,
                              place.lon, 0, None, place.country)
                end = tail.end()
            found.append(Found(start, end, place, how))
        found = _drop_split_names(text, found, raion_words)
        found = _drop_surnames(text, raw, found)
        found.extend(self._near_misses(text, found, words))
        held = _gate_words(folded, latin)  # which words the steps below are gated on it holds
        if (((held & _RAION_WORDS or not _RAION_PRESCAN_BY_WORDS) and _RAION_PRESCAN.search(folded))
                or _RAION_SLOT.search(text)):
            found = self._raion_towns(text, found)
        if _armed(_INSTALLATION, folded, held) and _INSTALLATION_PRESCAN.search(folded):
            found = self._installation_towns(text, found)
        found.extend(self._unknown_before_unit(text, found))
        if "of " in text:
            found.extend(self._unknown_village_of(text, found))
        found.sort(key=lambda f: f.start)
        found = _expand_shared_region_word(text, folded, found, self.gazetteer, held)
        if "regions" in held or "oblasts" in held:
            found = _listed_after_regions(text, found, self.gazetteer)
        if "regional" in held or "region of" in held or "province of" in held:
            found = _regional_adjective(text, found, self.gazetteer)
        if not latin and ("регион" in folded or "регіон" in folded):
            found = _cyrillic_region_adjective(text, found, self.gazetteer)
        found = _resolve_ambiguous(text, found, self.gazetteer, self, raion_words)
        found = _unit_names_listed(text, found, self.gazetteer)
        if len(found) > 1:
            found = _settled_by_list_unit(text, found, self.gazetteer)
        if any(f.place.country != "UA" and f.place.kind == "settlement" for f in found):
            found = _former_names_in_ukraine(text, found, self.gazetteer)
        if self.hromadas and ("громад" in held or "отг" in held or "общин" in held):
            found = self._hromada_centres(text, found)
        if "communit" in held or "hromad" in held:
            found = self._english_hromadas(text, found)
            found = self._english_hromada_lists(text, found)
        if "щин" in held:
            found = self._town_lands(text, found)
        if self.hromadas and ("направлени" in held or "напрям" in held):
            found = self._directions_of_hromadas(text, found)
        if self.lang_forms and (lang is None or lang in self.form_langs):
            found = self._in_the_texts_language(text, found, lang)
        on_the_region = ruleset(lang).on_the_region
        if on_the_region is not None and on_the_region.armed_by(folded):
            found = _on_the_region(text, found, self.gazetteer, on_the_region)
        found = self._district_of_the_city_after(text, found)
        if "skyi" in held or "skyy" in held or "skiy" in held:
            found = self._districts_of_named_cities(text, found)
        found = _same_name_same_village(text, found)
        found = _no_village_among_foreign(text, found)
        if "district" in held or "raion" in held or "rayon" in held:
            found = self._district_named_after_a_town(text, found)
            found = self._district_of_the_city_before(text, found)
        if "coded to" in held:
            found = _coded_units(text, found)
        found = self._sections_of_the_line_city(text, found)
        if not (latin and _VILLAGE_GATE_CYRILLIC) and _has_village_word(folded):
            found = self._respelt_villages(text, found)
        # (a district, or a place in Kyiv City, is its city: `_city_of_section`)
        found = [f if f.place.section_of is None and f.place.oblast_iso != "UA-30"
                 else self._city_of_section(f) for f in found]
        if "-" in text:
            found = self._hyphen_pairs(text, found, lang, latin)
        return found

    def _hyphen_pairs(self, text: str, found: list[Found], lang: str | None,
                      latin: bool) -> list[Found]:
        """"the Kupiansk-Shevchenkove highway", "the Izium-Slovyansk axis": two places a road,
        front or border runs between, which a name's lookup (one word, hyphens kept) missed.
        Read again with each such hyphen an en dash (as "Kupiansk–Shevchenkove" is read), so
        each name is resolved in the report's context; the mentions inside the pairs are
        added."""
        spans = []
        for at in _HYPHEN_AT.finditer(text):
            start = at.start()  # the first name's capital: back over its lower-case letters
            while start > 0 and (text[start - 1].islower() or text[start - 1] in "'’"):
                start -= 1
            m = _HYPHEN_PAIR.match(text, start - 1) if start > 0 else None
            if m is not None:
                spans.append((m.start(), m.end("second"), m.end("first")))
        spans = [(a, b, h) for a, b, h in spans
                 if not any(f.start < b and a < f.end for f in found)]
        if not spans:
            return found
        chars = list(text)
        for _a, _b, h in spans:
            chars[h] = "–"
        again = self.find("".join(chars), lang=lang, latin=latin)
        # (a mention may run past the pair: "Mykolaiv region" of "the Kherson-Mykolaiv region")
        added = [f for f in again if any(a <= f.start < b for a, b, _h in spans)]
        return sorted([*found, *added], key=lambda f: f.start) if added else found

    def _respelt_villages(self, text: str, found: list[Found]) -> list[Found]:
        """A village the gazetteer lacks in the spelling after a village word ("в с. Москалевка",
        "в с. Средний Бурлук"): Russian writes many Ukrainian
        villages otherwise than its regular respelling (Москалівка, Середній Бурлук), with the
        same consonants. Such a name is the village of those consonants in the oblast its
        sentence, then its report, places it in (an oblast or a town named), or in the one
        oblast all such villages lie in."""
        starts = [f.start for f in found]  # (in text order, not overlapping)
        added: list[Found] = []
        for m in _VILLAGE_NAME_AFTER.finditer(text):
            start = m.start(1)
            if _read_already(found, starts, start, m.end(1)):
                continue  # a name read already
            for end in sorted({m.end(1), m.end(2)}, reverse=True):
                ids = self._skeleton_places(text[start:end])
                if ids:
                    break
            else:
                continue
            place = self._voted_village(text, start, end, ids, found)
            if place is not None:
                added.append(Found(start, end, place, "context"))
        return _with_added(found, added)

    def _skeleton_places(self, name: str) -> list[int]:
        """The Ukrainian settlements one of whose Cyrillic names has `name`'s consonants (in
        the same words), if `name` is no name the gazetteer knows and has four or more."""
        key = name_key(name)
        if key in self.gazetteer.forms:
            return []
        bone = _skeleton(key)
        if len(bone.replace(" ", "")) < 4:
            return []
        if self.skeletons is None:
            index: dict[str, list[str]] = {}
            for form in self.gazetteer.forms:
                if form[:1] >= "а":  # Cyrillic ("а" and after; Latin and digits are before)
                    index.setdefault(_skeleton(form), []).append(form)
            self.skeletons = index
        g = self.gazetteer
        return sorted({i for form in self.skeletons.get(bone, ()) for i, _m in g.forms[form]
                       if g.places[i].country == "UA" and g.places[i].kind == "settlement"})

    def _voted_village(self, text: str, start: int, end: int, ids: list[int],
                       found: list[Found]) -> Place | None:
        """Which of the villages `ids` a respelt name at start..end is: the one of the oblast
        the report's places vote for most (an oblast named in its sentence 20, a town of its
        sentence 10, a place within 300 characters 2, any other 1), if it leads; else the
        largest, where all lie in one oblast; else None."""
        g = self.gazetteer
        places = [g.places[i] for i in ids]
        votes: dict[str, int] = {}
        for x in found:
            iso = x.place.oblast_iso
            if not iso or x.place.country != "UA":
                continue
            w = 1
            if abs(x.start - start) < 300:
                w += 2
                if not _SENTENCE_END.search(text, *sorted((x.end if x.end <= start else end,
                                                           x.start if x.start >= end
                                                           else start))):
                    w += 20 if x.place.kind == "oblast" else 10
            votes[iso] = votes.get(iso, 0) + w
        isos = {p.oblast_iso for p in places}
        ranked = sorted(isos, key=lambda iso: -votes.get(iso or "", 0))
        if len(ranked) > 1:
            top, second = (votes.get(ranked[0] or "", 0), votes.get(ranked[1] or "", 0))
            if top == 0 or top == second:
                return None
        chosen = [p for p in places if p.oblast_iso == ranked[0]]
        return max(chosen, key=lambda p: (p.approx is None, p.population))

    def _hromada_centres(self, text: str, found: list[Found]) -> list[Found]:
        """A hromada's name before a hromada word ("Миколаївська сільська громада",
        "Середино-Будской громаде") is a mention of its centre (the codifier's): the one in
        the oblast the report is about (its oblasts named count three, its other places one),
        else the one place so named. The reading found so far stands where it is one of them."""
        out = found
        for i, f in enumerate(found):
            centres = self.hromadas.get(name_key(text[f.start:f.end]))
            if centres is None or not _hromada_named(text, f.start, f.end):
                continue
            places = [self.gazetteer.places[j] for j in centres]
            city = self.city_of(f.place)
            if f.place in places or (
                    city is not None and self.gazetteer.by_geonameid(city) in places):
                continue
            votes: dict[str | None, int] = {}
            for j, x in enumerate(found):
                if j != i and x.place.country == "UA" and x.place.oblast_iso:
                    w = 3 if x.place.kind == "oblast" else 1
                    votes[x.place.oblast_iso] = votes.get(x.place.oblast_iso, 0) + w
            ranked = sorted(places, key=lambda p: (-votes.get(p.oblast_iso, 0), -p.population))
            if len(ranked) > 1 and votes.get(ranked[0].oblast_iso, 0) == votes.get(
                    ranked[1].oblast_iso, 0) and ranked[0].oblast_iso != ranked[1].oblast_iso:
                continue  # the report does not tell which
            if out is found:
                out = list(found)
            out[i] = Found(f.start, f.end, ranked[0], "context")
        return out

    def _town_lands(self, text: str, found: list[Found]) -> list[Found]:
        """A town's land named with "-щина" that the gazetteer lacks in that spelling ("На
        Никопольщине": the gazetteer has the Ukrainian Нікопольщина): the town, as a raion
        named after it is (GUIDE), where the stem names a town of 10,000 or more in Ukraine
        (the largest so named); an oblast's own such names are the gazetteer's."""
        added: list[Found] = []
        starts = [f.start for f in found]  # (in text order, not overlapping)
        for m in _TOWN_LAND.finditer(text):
            start, end = m.span()
            if _read_already(found, starts, start, end):
                continue
            towns = [c.place for c in self.gazetteer.exact(m.group("stem"))
                     if c.place.kind == "settlement" and c.place.country == "UA"
                     and c.place.approx is None and c.place.population >= _VILLAGE
                     and self.city_of(c.place) is None]
            if towns:
                added.append(Found(start, end, max(towns, key=lambda p: p.population),
                                   "context"))
        return _with_added(found, added)

    def _directions_of_hromadas(self, text: str, found: list[Found]) -> list[Found]:
        """A front's direction named by an adjective no name of the gazetteer is in that case
        or gender ("Харьковское направление": the neuter; "на Очеретинском направлении":
        Russian forms of small towns' adjectives are made for their hromadas, which are
        feminine, "Очеретинская"): the town of its masculine, else the centre of the hromada
        so named; the largest where several are (as `_resolve_ambiguous` reads a direction)."""
        added: list[Found] = []
        starts = [f.start for f in found]  # (in text order, not overlapping)
        for m in _DIRECTION_ADJECTIVE.finditer(text):
            start, end = m.span()
            if _read_already(found, starts, start, end):
                continue
            stem = m.group("stem")
            places = [c.place for c in self.gazetteer.exact(stem + "ий")
                      if c.place.kind == "settlement" and c.place.country == "UA"
                      and c.place.approx is None and self.city_of(c.place) is None]
            if not places:
                centres = (self.hromadas.get(name_key(stem + "ая"))
                           or self.hromadas.get(name_key(stem + "а")) or ())
                places = [self.gazetteer.places[j] for j in centres]
            if not places:
                continue
            place = max(places, key=lambda p: (p.approx is None, p.population))
            added.append(Found(start, m.start() + len(m.group().split()[0]), place, "context"))
        return _with_added(found, added)

    def _english_hromadas(self, text: str, found: list[Found]) -> list[Found]:
        """"the Vasylkiv community of Synelnykove district", "Myrove, Marhanets, Pokrovsk
        communities" in a report on Dnipropetrovsk oblast: English names a hromada by its
        adjective's stem, which may be a town of another oblast (Vasylkiv, Pokrovsk) where
        the hromada's centre is a namesake of the oblast the report is about (Vasylkivka,
        Pokrovske). The report's oblast: its oblasts named count three, its other places one
        (not the name itself); it must outweigh the town's own oblast."""
        out = found
        for i, f in enumerate(found):
            # (a list of names before "communities" may have been read as one of units)
            if (f.place.country != "UA" or f.place.kind not in ("settlement", "oblast")
                    or not _ENGLISH_HROMADA_AFTER.match(text, f.end)):
                continue
            name = text[f.start:f.end]
            key = name_key(name)
            votes: dict[str, int] = {}
            for j, x in enumerate(found):
                if (j != i and x.place.country == "UA" and x.place.oblast_iso
                        and name_key(text[x.start:x.end]) != key):
                    w = 3 if x.place.kind == "oblast" else 1
                    votes[x.place.oblast_iso] = votes.get(x.place.oblast_iso, 0) + w
            # an oblast named in the name's own sentence, the nearest, is the surest hint
            near = [x for x in found if x.place.kind == "oblast" and x.place.country == "UA"
                    and name_key(text[x.start:x.end]) != key
                    and not _BREAK.search(text, min(x.end, f.end), max(x.start, f.start))]
            if near:
                votes = {min(near, key=lambda x: abs(x.start - f.start)).place.oblast_iso
                         or "": 3}
            if not votes:
                continue
            iso = max(votes, key=votes.__getitem__)
            if iso == f.place.oblast_iso or votes[iso] < 3 or votes[iso] <= votes.get(
                    f.place.oblast_iso or "", 0):
                continue
            for ending in _CENTRE_ENDINGS:
                centres = [c.place for c in self.gazetteer.exact(name + ending)
                           if c.place.kind == "settlement" and c.place.oblast_iso == iso]
                if centres:
                    if out is found:
                        out = list(found)
                    out[i] = Found(f.start, f.end, max(centres, key=lambda p: p.population),
                                   "context")
                    break
        return out

    def _english_hromada_lists(self, text: str, found: list[Found]) -> list[Found]:
        """"The communities of Khotin, Novoslobidske, Novo Sloboda and Esman": in a list after
        an English hromada word each name is a hromada's. An adjective names its centre
        (Novoslobidske: Nova Sloboda, not the village Novoslobidske), and so does each of its
        mentions in the report ("In Novoslobidske, mortar shelling was recorded"); a name the
        gazetteer lacks is its oblast's place one letter away ("Miropillia": Myropillia). The
        oblast: the one named nearest before the list, else after it."""
        oblasts = [f for f in found if f.place.kind == "oblast" and f.place.country == "UA"]
        if not oblasts:
            return found
        out = found
        for m in _EN_HROMADA_LIST.finditer(text):
            before = [f for f in oblasts if f.end <= m.start()]
            hint = (before[-1] if before else oblasts[0]).place.oblast_iso
            for item in _LIST_ITEM.finditer(text, m.start("items"), m.end("items")):
                s, e = item.span()
                place = None
                adjective = _HROMADA_ADJECTIVE.fullmatch(item.group())
                if adjective is not None:
                    centre = self._unit_centre(adjective.group("stem"), hint)
                    if centre is not None and centre.oblast_iso == hint:
                        place = centre
                elif not any(f.start < e and s < f.end for f in out):
                    near = [c.place for c in self.gazetteer.lookup(item.group(), oblast_hint=hint)
                            if c.distance <= 1 and c.place.oblast_iso == hint
                            and c.place.kind == "settlement" and c.place.approx is None]
                    place = near[0] if near else None
                if place is None:
                    continue
                spans = [(s, e)]
                if adjective is not None:  # its other mentions, as written
                    spans += [(x.start(), x.end()) for x in re.finditer(
                        r"(?<![\w'’-])" + re.escape(item.group()) + r"(?![\w'’-])", text)
                        if x.start() != s]
                kept = [f for f in out if not any(f.start < b and a < f.end for a, b in spans)]
                out = sorted([*kept, *(Found(a, b, place, "context") for a, b in spans)],
                             key=lambda f: f.start)
        return out

    def _district_of_the_city_after(self, text: str, found: list[Found]) -> list[Found]:
        """"Дніпровський район Херсона", "Дніпровському районі Херсона": a city district named
        like one of another city (Kyiv's) belongs to the city named right after it."""
        out = found
        for i in range(len(found) - 1):
            f, nxt = found[i], found[i + 1]
            if f.place.section_of is None and f.place.oblast_iso != "UA-30":
                continue  # (no city's: `city_of` is None, asked of every mention)
            city = self.city_of(f.place)
            if (city is None or city == nxt.place.geonameid or not self._is_city(nxt.place)
                    or not _DISTRICT_GAP.fullmatch(text, f.end, nxt.start)):
                continue
            gap = _DISTRICT_GAP.match(text, f.end)  # (it matched in full above)
            if not ((gap is not None and gap.group(1))
                    or _DISTRICT_WORD_END.search(text, f.start, f.end)):
                continue
            if out is found:
                out = list(found)
            out[i] = Found(f.start, f.end, nxt.place, "context")
        return out

    def _district_named_after_a_town(self, text: str, found: list[Found]) -> list[Found]:
        """"Bohodukhiv district, Kharkiv region": the raion of the town Bohodukhiv (a mention of
        its centre, as ACLED codes raions), not the district of Donetsk that GeoNames also
        calls so, unless that city is named in the report."""
        out = found
        for i, f in enumerate(found):
            city = self.city_of(f.place)
            m = _TOWN_DISTRICT.fullmatch(text, f.start, f.end) if city is not None else None
            if m is None or any(x.place.geonameid == city for x in found):
                continue
            towns = [c.place for c in self.gazetteer.exact(m.group(1))
                     if c.place.kind == "settlement" and c.place.country == "UA"
                     and c.place.approx is None and self.city_of(c.place) is None]
            if not towns:
                continue
            hint = next((x.place.oblast_iso for x in found[i + 1:i + 2]
                         if x.place.kind == "oblast"), None)
            # a village no raion is named after ("Obolon District": Kyiv's, not the Poltava
            # village Obolon) leaves the city's district, unless the oblast after names it
            towns = [t for t in towns if t.population >= _VILLAGE or t.oblast_iso == hint]
            if not towns:
                continue
            if out is found:
                out = list(found)
            out[i] = Found(f.start, f.end, max(towns, key=lambda p: (p.oblast_iso == hint,
                                                                     p.population)), "context")
        return out

    def _district_of_the_city_before(self, text: str, found: list[Found]) -> list[Found]:
        """"In Kyiv, debris fell in the Dnipro district": a city's name before "district" is
        the district of another city named earlier in its sentence when that city has a
        district so named (Kyiv's Dniprovskyi, by its consonants: "the Dnipro district" of a
        report on Dnipropetrovsk oblast stays the raion of Dnipro); so is one with that city
        right after it ("a kindergarten in Kyiv District, Kharkiv", "the Kyiv district of
        Odesa": Kharkiv's and Odesa's Kyivskyi)."""
        out = found
        for i, f in enumerate(found):
            if not self._is_city(f.place) or not _DISTRICT_AFTER.match(text, f.end):
                continue
            key = _consonants(text[f.start:f.end])
            nxt = found[i + 1] if i + 1 < len(found) else None
            if (nxt is not None and self._is_city(nxt.place)
                    and nxt.place.geonameid != f.place.geonameid
                    and _DISTRICT_OF_CITY.fullmatch(text, f.end, nxt.start) is not None
                    and (nxt.place.oblast_iso != f.place.oblast_iso
                         or self._owns_district(nxt.place, key))):
                # (a raion is named after a town of its own oblast: one named after a city of
                # another oblast is the next city's district, whether GeoNames lists it or not)
                if out is found:
                    out = list(found)
                out[i] = Found(f.start, f.end, nxt.place, "context")
                continue
            for prev in reversed(found[:i]):
                if _SENTENCE_END.search(text, prev.end, f.start):
                    break
                if not self._is_city(prev.place) or prev.place.geonameid == f.place.geonameid:
                    continue
                if self._owns_district(prev.place, key):
                    if out is found:
                        out = list(found)
                    out[i] = Found(f.start, f.end, prev.place, "context")
                    break
        return out

    def _owns_district(self, city: Place, key: str) -> bool:
        """Whether `city` has a district whose name's consonants begin with `key` (a city's name
        made an adjective: Kyiv -> Kyivskyi, Dnipro -> Dniprovskyi)."""
        return any(self.city_of(self.gazetteer.places[idx]) == city.geonameid
                   for k, ids in self.districts.items()
                   if k.startswith(key) and len(k) - len(key) <= 2 for idx in ids)

    def _in_the_texts_language(self, text: str, found: list[Found],
                               lang: str | None = None) -> list[Found]:
        """A name that is a case form of another place's name in the report's language is that
        place ("Во Львове" in Russian: Lviv; "у Львове" in Ukrainian: the village Lvove).
        `lang`: the report's language, if known (else detected at the first such name)."""
        out = found
        for i, f in enumerate(found):
            hit = self.lang_forms.get(name_key(text[f.start:f.end]))
            if hit is None:
                continue
            if lang is None:
                lang = detect_language(text)
            if hit[0] == lang:
                if out is found:
                    out = list(found)
                out[i] = Found(f.start, f.end, self.gazetteer.places[hit[1]], "exact")
        return out

    def city_of(self, p: Place) -> int | None:
        """The geonameid of the city a district (or a place inside Kyiv City) belongs to."""
        if p.section_of is not None:
            return p.section_of
        if (p.oblast_iso == "UA-30" and p.kind == "settlement"
                and p.population < self._kyiv.population):
            return self._kyiv.geonameid
        return None

    def district_named(self, text: str, f: Found, found: list[Found]) -> Place | None:
        """A raion adjective before "район" ("Днепровском районе", "Шевченківському районі")
        that names a district of a city named nearby (or the city's place itself): that
        city's district. None when no city of such a district is named within 1,500
        characters before or 150 after."""
        m = _CYRILLIC_RAION.fullmatch(text, f.start, f.end)
        if m is None:
            return None
        # another adjective that may name an oblast's raion is no sign of a city: "у
        # Богодухівському районі ... у Лозівському районі" are two raions of Kharkiv oblast,
        # not two districts of Donetsk vouching for each other (Kyiv's Святошинський, no
        # raion's name, still vouches for Дарницький)
        near_found = [x for x in found if f.start - 1500 <= x.start <= f.end + 150
                      and x is not f and x.place.kind == "settlement"
                      and not self._may_name_raion(text, x)]
        near = {x.place.geonameid for x in near_found}
        near |= {c for x in near_found for c in (self.city_of(x.place),) if c is not None}
        for idx in self.districts.get(_consonants(m.group("stem")), ()):
            p = self.gazetteer.places[idx]
            if self.city_of(p) in near:
                return p
        return None

    def _may_name_raion(self, text: str, f: Found) -> bool:
        """Whether mention f is a raion adjective in any case that an oblast's raion bears
        ("Лозівському": its nominative is in `raion_names`; "Лозовском": its nominative is a
        town's name, of 10,000 people or more, not only a city's district's; a village's, as
        "Слободский" is Sloboda's, is no raion's)."""
        m = _RAION_NOMINATIVE.match(text, f.start, f.end)
        if m is None or _CYRILLIC_RAION.fullmatch(text, f.start, f.end) is None:
            return False
        nominative = m.group() + "ий"
        return name_key(nominative) in self.raion_names or any(
            c.place.kind == "settlement" and c.place.country == "UA"
            and c.place.population >= _VILLAGE and self.city_of(c.place) is None
            for c in self.gazetteer.exact(nominative))

    def _sections_of_the_line_city(self, text: str, found: list[Found]) -> list[Found]:
        """A district of a city the report does not name, after another city with districts
        in its sentence ("Харків: вночі обстріляли Київський район": Kharkiv's Kyivskyi, not
        Donetsk's, the one GeoNames has): that city's district (the city)."""
        if not any(f.place.section_of is not None for f in found):
            return found
        named = {f.place.geonameid for f in found}
        out = found
        for i, f in enumerate(found):
            own = f.place.section_of
            if own is None or own in named or f.place.oblast_iso == "UA-30":
                continue
            city = _city_before(text, found, i, self)
            if city is None or city.geonameid == own:
                continue
            if out is found:
                out = list(found)
            out[i] = Found(f.start, f.end, city, "context")
        return out

    def _city_of_section(self, f: Found) -> Found:
        """A district of a city is a mention of the city (Shevchenkivskyi -> Kyiv); so is any
        other place inside the Kyiv City unit (Sviatoshyn, Holosiiv)."""
        section_of = f.place.section_of
        if (f.place.oblast_iso == "UA-30" and f.place.kind == "settlement"
                and f.place.population < self._kyiv.population):
            # (Kyiv's even where it is a section of another place of the unit: Bortnychi
            # lies within the bound of Darnytsia)
            section_of = self._kyiv.geonameid
        if section_of is None:
            return f
        city = self.gazetteer.by_geonameid(section_of)
        return f if city is None else Found(f.start, f.end, city, f.match)

    def _words(self, text: str, folded: str) -> _Words:
        """The report's capitalised words, and what each is to names (`_first_kind`) and to
        near misses (`_near_first`): judged once per process, the words of a report that were
        not met before (most capitalised words come back report after report, and most open no
        name and misspell none: "Putin", "The", "President")."""
        kernel = _capital_spans
        spans = (list(map(re.Match.span, self.word_start.finditer(text))) if kernel is None
                 else kernel(text, _NOT_BEFORE_CAPITAL))
        firsts = [folded[start:stop] for start, stop in spans]
        distinct = set(firsts)
        kinds = self._first_kinds
        new = distinct.difference(kinds)
        new_kinds = {first: self._first_kind(first) for first in new}
        near = distinct & self._near_firsts
        if new:
            new_near = {first for first in new if self._near_first(first)}
            near |= new_near
            if len(kinds) < 100_000:  # bounded: a hostile text may hold any words
                kinds.update(new_kinds)
                self._near_firsts |= new_near
        return _Words(spans, firsts, new_kinds, near)

    def _raw_hits(self, text: str, folded: str,
                  words: _Words | None = None) -> list[tuple[int, int, tuple[int, ...]]]:
        """Gazetteer names at capitalised word starts: leftmost-longest, non-overlapping, each
        ending at a word end (or before a possessive "s" written without its apostrophe).
        `words`: `_words(text, folded)`, if the caller has them already."""
        out: list[tuple[int, int, tuple[int, ...]]] = []
        n = len(text)
        last_end = -1
        names, longer = self.names, self.longer
        spans, firsts, new_kinds, _near = words or self._words(text, folded)
        kinds = self._first_kinds
        # only these words do anything below: the others neither open a name nor were spelt
        # the older way
        todo: Iterable[tuple[tuple[int, int], str, bool | str]]
        if new_kinds:
            todo = [(span, first, kind) for span, first in zip(spans, firsts, strict=True)
                    if (kind := kinds.get(first) or new_kinds.get(first))]
        else:  # every word met before (most reports, once the process has read a few): in C
            got = list(map(kinds.get, firsts))
            todo = zip(compress(spans, got), compress(firsts, got), filter(None, got),
                       strict=True)
        for (start, stop), first, kind in todo:
            if kind is not True or start < last_end:
                if isinstance(kind, str) and start >= last_end:
                    hit = self._older_hit(folded, start, stop, kind)
                    if hit is not None:
                        out.append(hit)
                        last_end = hit[1]
                continue
            for length in longer.get(first, (stop - start,)):
                end = start + length
                if end < n:
                    after = folded[end]
                    if (after.isalnum() or after == "-") and not (
                            after == "s" and (end + 1 == n or not folded[end + 1].isalnum())):
                        continue  # it would end inside a word: looked up only if not
                elif end > n:
                    continue
                ids = names.get(folded[start:end])
                if ids is not None:
                    if "евк" in first:
                        ids = self._with_respelt(folded[start:end], ids)
                    break
            else:  # "Moscows", "Ukraines": a possessive without its apostrophe
                end = stop - 1
                ids = names.get(first[:-1]) if first[-1] == "s" else None
                if ids is None:
                    # a longer name it opens, its last word in an older spelling
                    # ("Novhorod-Siversky"); none where the longest such name's span holds no
                    # "y" or "j" (`_older_spelt`)
                    hit = (self._older_hit(folded, start, stop, first)
                           if _older_spelt(folded, start, stop, longer.get(first)) else None)
                    if hit is not None:
                        out.append(hit)
                        last_end = hit[1]
                    continue
            out.append((start, end, (ids,) if isinstance(ids, int) else ids))
            last_end = end
        return out

    def _with_respelt(self, key: str, ids: int | tuple[int, ...]) -> int | tuple[int, ...]:
        """A Russian "-еевка" name the gazetteer has (Новоандреевка: a Crimean village) with
        the places its regular respelling names as well (`_newer_spelling`: the codifier's
        Новоандріївки, Новоандриевка), so that the report's oblast chooses among them all."""
        more = self.names.get(_newer_spelling(key))
        if more is None:
            return ids
        have = (ids,) if isinstance(ids, int) else ids
        extra = (more,) if isinstance(more, int) else more
        return have + tuple(i for i in extra if i not in have)

    def _first_kind(self, first: str) -> bool | str:
        """What a folded capitalised word is to `_raw_hits`: True where a name opens with it
        (or it is one-word name with a possessive "s" written without the apostrophe), else
        the word spelt the 2010 way where a name opens with that (a name in an older
        romanization: "Novomykhaylivka", "Boyaro-Lezhachi", "Schastia"), else False."""
        names = self.names
        if first in names or first in self.longer or (
                first[-1] == "s" and first[:-1] in names and _WORD.fullmatch(first[:-1])):
            return True
        if ("y" in first or "j" in first or "sch" in first or "евк" in first
                or first[:1] == "э") and (new := self._older_form(first)):
            return new
        return False

    @lru_cache(maxsize=65536)  # noqa: B019 - one matcher per process; bounded
    def _older_form(self, first: str) -> str | None:
        """A folded word no name opens with an older romanization's letters made "i" (or a
        Russian "э" opening it made "е", `_newer_spelling`), if a gazetteer name opens with it
        so spelt; else None."""
        if len(first) < 5 or not (first.isascii() or "евк" in first or first[:1] == "э"):
            return None
        new = _newer_spelling(first)
        return new if new != first and (new in self.names or new in self.longer) else None

    def _older_hit(self, folded: str, start: int, stop: int,
                   new: str) -> tuple[int, int, tuple[int, ...]] | None:
        """The gazetteer name that opens at `start` once spelt the 2010 way (`new`: the first
        word so spelt), longest first, ending at a word end; one letter shorter as well ("-sky"
        is "-skyi")."""
        n = len(folded)
        for length in self.longer.get(new, (stop - start,)):
            for end in (start + length, start + length - 1):
                if end > n or (end < n and (folded[end].isalnum() or folded[end] == "-")):
                    continue
                ids = self.names.get(_newer_spelling(folded[start:end]))
                if ids is not None:
                    return start, end, (ids,) if isinstance(ids, int) else ids
        return None

    def _resolve(self, text: str, start: int, end: int, ids: tuple[int, ...],
                 raw: list[tuple[int, int, tuple[int, ...]]],
                 raion_words: bool = True) -> tuple[Place, str] | None:
        """The place a raw hit names and how, or None where its context makes it no place.
        `raion_words`: False where the text can hold no `_RAION_WORD_AFTER` match
        (`_may_hold_raion_word`)."""
        g = self.gazetteer
        if len(ids) == 1 and g.places[ids[0]].kind == "country":
            return g.places[ids[0]], "exact"  # "Russia", "Finland": nothing to weigh
        key = name_key(text[start:end])
        before = text[max(0, start - 40):start]
        after = text[end:end + 40]
        if _NOT_A_PLACE_AFTER.match(after) or key.partition(" ")[0] in RIVERS_AND_REGIONS:
            return None
        if not key.isascii() and _no_place_before(before):
            return None  # "річки Оскіл", "супермаркету «Славутич»": a river, a shop
        if ("roup" in before or "O" in before) and _MILITARY_GROUP_BEFORE.search(before):
            return None  # "Operational-Strategic Group Khortytsia": an army group
        if key in self.hromada_only and not _hromada_named(text, start, end):
            return None  # "Боромлянська" names a hromada only
        if _MEDIA_AFTER.match(after) or (_media_word_ends(before)
                                         and _MEDIA_BEFORE.search(before)):
            return None  # "Рівне Онлайн", "Суспільне Харків": an outlet
        if key in RIVER_TOWNS and ((_THE_BEFORE.search(before) and not _REGION_AFTER.match(after))
                                   or _RIVER_PLANT_AFTER.match(after)):
            # "the left bank of the Dnipro": the river (towns take no article); "Dnipro
            # Hydroelectric Power Plant": named after the river
            return None
        def context(everyday: bool = False) -> bool:
            if _REGION_AFTER.match(after) or self._unit_follows(after):
                return True
            m = _PLACE_WORDS_BEFORE.search(LOWER(before))
            if m is None and everyday and " " in before[-4:]:
                # the last of a list of places ("Садове, Томина Балка й Українка", "Sadove
                # and Ukrainka"): another name right before it and only "and" between
                k = bisect_left(raw, (start,))
                if k and _LAST_IN_LIST.fullmatch(text, raw[k - 1][1], start):
                    return True
            # an everyday word after a comma is a place only where a list goes on after it
            # ("Гавриловка, Высокий, Гончарный и Херсон"; not "27 дронов, Силы обороны ...")
            return m is not None and not (everyday and m.group().lstrip().startswith(",")
                                          and not _LIST_GOES_ON.match(after))

        count, best_id, is_exact = self._best(key, ids, False)
        if count < len(ids) and context(everyday=True) and not _SERVICE_AFTER.match(after):
            # ("in the Police station": the service, though "in the" is a place context)
            # "Human", "Luck": English words first, places in context
            count, best_id, is_exact = self._best(key, ids, True)
        if best_id is None:
            return None
        best = g.places[best_id]
        # (the village words are Cyrillic: no ASCII text before the name holds one)
        if best.country != "UA" and best.kind == "settlement" and not before.isascii() and \
                _VILLAGE_WORD_BEFORE.search(before):
            # "у селі Орел": the codifier's village, not the foreign town (Oryol)
            village = next((i for i in ids if g.places[i].approx is not None), None)
            if village is not None:
                best_id, best, is_exact = village, g.places[village], True
        if (not key.isascii() and best_id in g.common and _SENTENCE_START.search(before)
                and _other_case_of_word(key, g.common[best_id]) and not context(everyday=True)):
            # "Пожежею пошкоджено ...": a sentence's first word is capitalised whatever it is,
            # and another case of an everyday word is that word there, not the village named
            # by it (mid-sentence, its capital makes it a name: "в районах Колодязей")
            return None
        if best.approx is not None and not _village_named(text, end, before, self.english):
            return None
        if (best.kind == "settlement" and best.population < _PORT_VILLAGE
                and ("ort" in after or "ort" in before or "arbo" in after or "ermin" in after)
                and (_PORT_AROUND.match(text, end) or _PORT_AROUND.search(before))):
            # "the port of Pivdennyi": the port (of Pivdenne, Odesa oblast) is named "southern";
            # a village of Kirovohrad oblast shares the name. A town's port bears its name
            # ("the port of Izmail"), and towns with ports are larger.
            return None
        if (best.kind == "settlement" and not key.isascii()
                and _CYRILLIC_ADJECTIVE.search(text[start:end].lower())
                and key not in self.unit_keys and _REGION_NOUN_AFTER.match(text, end)):
            return None  # "Брянской области", "Азовского моря": Russia's region, a sea
        if (not is_exact and best.kind == "settlement" and best.population < _LINE_VILLAGE
                and not key.isascii() and not _ADJECTIVE_NAME.search(best.name)
                and _CYRILLIC_ADJECTIVE.search(text[start:end].lower())
                and not (raion_words and _RAION_WORD_AFTER.match(text, end))
                and not _hromada_named(text, start, end)):
            # "острів Оболонський", "Алексеевской линией": the adjective of a village whose
            # own name is none (Obolon, Oleksiivka) names its raion or hromada, with the unit
            # word; without one, an island, a street, a metro line
            return None
        if (best.kind == "settlement" and text[end:end + 1] == " "
                and "а" <= text[end + 1:end + 2] <= "я" and not key.isascii()
                and best.population < LARGE_PLACE and _ADJECTIVE_NAME.search(best.name)
                and _ADJECTIVE_BEFORE_NOUN.match(text, start, end + 40)
                and not (raion_words and _RAION_WORD_AFTER.match(text, end))
                and not _hromada_named(text, start, end) and not _REGION_AFTER.match(after)
                and all(g.places[i].kind != "oblast" for i in ids)):
            # "Головному управлінні", "Изюмского горсовета": the adjective of the noun after
            # it, which agrees with it, not the village whose name is that adjective; the
            # town whose adjective it is where there is one (Izium's council)
            owners = [g.places[i] for i in ids if g.places[i].approx is None
                      and g.places[i].kind == "settlement"
                      and not _ADJECTIVE_NAME.search(g.places[i].name)]
            # (told as read from its context: the namesakes are not weighed again)
            return (max(owners, key=lambda p: p.population), "context") if owners else None
        if (end < len(text) and text[end] in "sS" and text[end - 1].isalpha()
                and best.kind == "settlement" and best.population < FUZZY_MIN_POPULATION):
            return None  # "Oniks" (a missile), no "Onik's": a village's possessive is written so
        single_word = " " not in key and "-" not in key
        big = best.population >= 100_000 or best.kind in ("oblast", "country")
        if best.kind not in ("oblast", "country") and _title_before(before):
            return None  # "President Vladimir", "Mayor Lyman"
        if best.kind == "settlement" and _part_of_personal_name(key, before, after):
            return None  # "Taras Shevchenko", "Bohdan Khmelnytsky": a person, however large
        if (single_word and best.kind == "settlement" and best.population < LARGE_PLACE
                # "Щурове Лиманської громади"
                and not (raion_words and _RAION_WORD_AFTER.match(text, end))
                and self._looks_like_person(text, start, end, before, after)):
            return None
        # (the last of a list of places, "Kamianka and Lyman", "Bilohorivka and Stare", is a
        # context for an English word too: `context(everyday=True)`)
        if key in self.english and not big and not context() and not context(
                everyday=True) and not (
                # a Ukrainian town of 50,000 or more by its own name is no rare English word
                # ("Samar", Novomoskovsk's name since 2024; "Two died in Samar" had a context)
                is_exact and best.country == "UA" and best.kind == "settlement"
                and best.population >= LARGE_PLACE):
            return None
        return best, "exact" if is_exact else "alternate"

    @lru_cache(maxsize=65536)  # noqa: B019 - one matcher per process; bounded
    def _best(self, key: str, ids: tuple[int, ...],
              everything: bool) -> tuple[int, int | None, bool]:
        """How many of a name's places are candidates (all of them, or those for which the name
        is no everyday English word), the best one (exact names first, settlements before
        oblasts, then the most populous) and whether it is named exactly. This depends on the
        name alone, so each name is ranked once."""
        g = self.gazetteer
        # the codifier's villages (approximate points) only where no other place has the name:
        # they change no reading of a name the gazetteer knew (`_resolve_ambiguous` may still
        # pick one by the oblast its report names); counted as candidates
        sure = tuple(i for i in ids if g.places[i].approx is None)
        villages = len(ids) - len(sure) if sure else 0
        candidates = (list(sure or ids) if everything
                      else [i for i in sure or ids if key not in g.common.get(i, ())
                            or (not key.isascii() and self._oblast_centre(g.places[i]))])
        if not candidates:
            return villages, None, False
        # a place's own name: its primary name, or the forms of its Ukrainian and Russian names
        # (Олександрівка, Олександрівці of the villages; not of Donetsk, whose old name it is)
        own = {i for i, m in g.forms.get(key, ()) if m == "exact"}
        exact = [i for i in candidates if i in own or key == name_key(g.places[i].name)]
        pool = exact or candidates
        if exact:
            pool.sort(key=lambda i: (_kind_rank(g.places[i]), -g.places[i].population))
        else:
            # among alternate names, a spelling of a place's own name ("Slovyansk": Sloviansk)
            # before another place's old or foreign name that reads the same (GeoNames gives
            # Nikopol "Slovyansk" too, and Nikopol is larger)
            skeleton = _consonants(key)
            pool.sort(key=lambda i: (_kind_rank(g.places[i]),
                                     _consonants(g.places[i].name) != skeleton,
                                     -g.places[i].population))
        return len(candidates) + villages, pool[0], bool(exact)

    def _oblast_centre(self, p: Place) -> bool:
        """Whether p is the town its oblast is named after, of `LARGE_PLACE` or more: its
        Cyrillic name is the town's, never the everyday word the word lists count it as for
        its frequency ("обстріляли Херсон": GeoNames gives Kherson 66,000 people, under the
        size above which the build keeps no town's name as a word)."""
        if p.kind != "settlement" or p.population < LARGE_PLACE or not p.oblast_iso:
            return False
        return name_key(self.gazetteer.unit(p.oblast_iso).name) == name_key(p.name)

    def _raion_towns(self, text: str, found: list[Found]) -> list[Found]:
        """"Pavlohradskyi district", "the Lozivskyi district": a raion named after its town is
        a mention of that town (ACLED codes raions to their centres)."""
        out = list(found)
        for m in chain(_RAION.finditer(text), _RAION_SLOT.finditer(text)):
            # "the city's Kyivskyi district": the city last named before it.
            reach = 400 if _CITYS_BEFORE.search(text[max(0, m.start() - 12):m.start()]) else 30
            city = [f.place for f in found if m.start() - reach <= f.end <= m.start()
                    and self._is_city(f.place)
                    and (reach > 30 or not _SENTENCE_END.search(text, f.end, m.start()))]
            after = [f for f in found if m.end() <= f.start < m.end() + 120
                     and f.place.country == "UA"]
            # "the Kyivskyi district of Kharkiv": a district of the city named after it (a
            # city has districts, no hromadas: "the Yunakivska community of Sumy district")
            city += [f.place for f in after[:1] if self._is_city(f.place)
                     and _OF_CITY.fullmatch(text, m.end(), f.start)
                     and not m.group().endswith(("hromada", "community"))]
            # The oblast named after it ("..., Dnipropetrovsk region") is the surest hint; in
            # its sentence ("... Rozdilnianskyi district. The attack on Kherson Oblast ...").
            after_hint = [f for f in after if not _SENTENCE_END.search(text, m.end(), f.start)]
            hints = [f.place.oblast_iso for f in after_hint if f.place.kind == "oblast"] or [
                f.place.oblast_iso for f in after_hint]
            stem = m.group("stem")
            raion = self._raion_not_district(stem, city[-1]) if city else None
            town: Place | None
            if raion is not None:  # "Kharkiv's Kupianskyi district": the oblast's raion
                city, town = [], raion
            else:  # "Kyiv's Podilskyi district" is a district of Kyiv.
                town = city[-1] if city else self._town_for(stem, hints[0] if hints else None)
            before = [f.place for f in found if m.start() - 600 <= f.end <= m.start()
                      and self._is_city(f.place)]
            if not city and not before and raion is None:
                # "In the Dniprovskyi district, debris fell ... in Kyiv": a city's district
                # told before the city, which is named after it
                owner = self._district_owner_after(stem, found, m.end())
                if owner is not None:
                    town = owner
            if not city and before and raion is None and (
                    town is None or town.oblast_iso != before[-1].oblast_iso
                    or _km(town, before[-1]) < 20 or self._names_district(stem)):
                # "In Kherson, a woman was killed in the Dniprovskyi district", "Kyivskyi
                # district" in a report on Kharkiv: a district of the city named before, unless
                # a town of that name lies in the city's oblast, away from it (a raion); of
                # the cities named before, one known to have such a district first ("Kyiv ...
                # the Dnipro district ... the Holosiivskyi district": Kyiv's)
                owners = self._district_owners(stem)
                town = next((c for c in reversed(before) if c.geonameid in owners), before[-1])
            if (after and raion is None and self._is_city(after[0].place)
                    and (town is None or town.oblast_iso != after[0].place.oblast_iso)
                    and text.count(",", m.end(), after[0].start) == 1
                    and not text[m.end():after[0].start].strip(", ")):
                # "Petrovskyi district, Donetsk": an event note's district of the city after
                # the comma, where the adjective names no town of the city's oblast (not a
                # town of another oblast whose name is like the adjective's stem)
                town = after[0].place
            if town is None:
                continue
            s, e = m.start("stem"), m.end("suffix")
            out = [f for f in out if not (f.start < e and s < f.end)]
            out.append(Found(s, e, town, "context"))
        return out

    def _installation_towns(self, text: str, found: list[Found]) -> list[Found]:
        """"the Burshtynska thermal power plant", "Ladyzhynska TPP": a plant named by a town's
        adjective is a mention of that town (the oblast named after it in its sentence picks
        a namesake), as a raion's adjective is (`_raion_towns`); the gazetteer knows no such
        adjective, so without this the plant named no place at all."""
        out = found
        for m in _INSTALLATION.regex.finditer(text):
            s, e = m.start("stem"), m.end("suffix")
            if any(f.start < e and s < f.end and f.place.kind != "settlement" for f in out):
                continue  # ("the Zaporizka NPP" may be read as the oblast's adjective)
            hints = [f.place.oblast_iso for f in found if e <= f.start < e + 120
                     and f.place.kind == "oblast" and f.place.country == "UA"
                     and not _SENTENCE_END.search(text, e, f.start)]
            town = self._town_for(m.group("stem"), hints[0] if hints else None)
            if town is None:
                continue
            out = [f for f in out if not (f.start < e and s < f.end)]
            out.append(Found(s, e, town, "context"))
            out.sort(key=lambda f: f.start)
        return out

    def _district_owners(self, stem: str) -> set[int | None]:
        """The geonameids of the cities known to have a district of this stem."""
        return {self.city_of(self.gazetteer.places[idx])
                for idx in self.districts.get(_consonants(stem), ())}

    def _district_owner_after(self, stem: str, found: list[Found], end: int) -> Place | None:
        """The first city named in the 1,500 characters after `end` that has a district of
        this stem (by its consonants, as `district_named`); None if none is."""
        owners = self._district_owners(stem)
        return next((f.place for f in found if end <= f.start <= end + 1500
                     and f.place.geonameid in owners), None)

    def _districts_of_named_cities(self, text: str, found: list[Found]) -> list[Found]:
        """A city district's name alone ("in Desnyanskyi a gazebo burned") in a report on
        another city is that city's: GeoNames gives Chernihiv, Poltava and Donetsk districts
        the names Kyiv's and Kharkiv's have (Desnianskyi, Kyivskyi), and lacks many of those.
        A name shaped as a district's adjective whose place is a district of a city the report
        does not name (linked to it, or a town within 15 km of a larger city of its oblast)
        becomes the city the report names nearest (before it within 600 characters, else after
        it within 1,500), unless the report names that place's oblast."""
        out = found
        cities: set[int | None] | None = None
        for i, f in enumerate(found):
            if not text.endswith(_ADJECTIVE_ENDS, f.start, f.end):
                continue  # the cheap test first: most names end otherwise
            p = f.place
            if (p.kind != "settlement" or p.country != "UA" or f.match not in ("exact", "alternate")
                    or not _DISTRICT_NAME.fullmatch(text, f.start, f.end)
                    or text[f.end:f.end + 9].lower().startswith((" district", " raion"))):
                continue
            own = self.city_of(p)
            if own is None:
                own = self._city_around(p)
            if cities is None:
                cities = {x.place.geonameid for x in found}
            if own is None:
                continue
            prev = found[i - 1].place if i else None
            if (prev is not None and self._is_city(prev) and prev.oblast_iso == p.oblast_iso
                    and _CITY_DASH_DISTRICT.fullmatch(text, found[i - 1].end, f.start)):
                # "Donetsk - Petrovskyi": a district of the city before the dash (GeoNames
                # may link it to another of the city's districts, or to none)
                if out is found:
                    out = list(found)
                out[i] = Found(f.start, f.end, prev, "context")
                continue
            if own in cities:
                continue
            if any(x.place.kind == "oblast" and x.place.oblast_iso == p.oblast_iso for x in found):
                continue
            near = [x.place for x in found[:i] if f.start - 600 <= x.end
                    and self._is_city(x.place) and x.place.oblast_iso != p.oblast_iso]
            near = near[-1:] or [x.place for x in found[i + 1:] if x.start <= f.end + 1500
                                 and self._is_city(x.place)
                                 and x.place.oblast_iso != p.oblast_iso][:1]
            if not near:
                continue
            if out is found:
                out = list(found)
            out[i] = Found(f.start, f.end, near[0], "context")
        return out

    def _city_around(self, p: Place) -> int | None:
        """The geonameid of a larger city of `p`'s oblast within 15 km of it (GeoNames keeps
        some cities' districts as towns of their own, unlinked), else None."""
        if p.geonameid in self.centres:
            return None
        if self._cities_by_oblast is None:
            by: dict[str, list[Place]] = {}
            for c in self.gazetteer.places:
                if c.oblast_iso and self._is_city(c):
                    by.setdefault(c.oblast_iso, []).append(c)
            self._cities_by_oblast = by
        return next((c.geonameid for c in self._cities_by_oblast.get(p.oblast_iso or "", ())
                     if c.population > p.population and _km(c, p) < 15), None)

    def _is_city(self, p: Place) -> bool:
        """A city with districts of its own: 100,000 people, or its oblast's largest town
        (GeoNames gives Kherson 66,000)."""
        return p.kind == "settlement" and p.country == "UA" and p.section_of is None and (
            p.population >= 100_000 or p.geonameid in self.centres)

    def _names_district(self, stem: str) -> bool:
        """Whether a raion adjective's stem names a district of some city, by its consonants
        (as `district_named`): cities share district names (Shevchenkivskyi in Kyiv and
        Kharkiv), and the gazetteer lacks many cities' districts."""
        return _consonants(stem) in self.districts

    def _raion_not_district(self, stem: str, city: Place) -> Place | None:
        """"Kharkiv's Kupianskyi district": after a city, an adjective that names no city's
        district but a raion's or hromada's centre in the city's oblast is that centre (the
        city stands for its oblast); None otherwise."""
        if self._names_district(stem):
            return None
        centre = self._unit_centre(stem, city.oblast_iso)
        if (centre is None or centre.oblast_iso != city.oblast_iso
                or centre.geonameid == city.geonameid):
            return None
        return centre

    def _unit_centre(self, stem: str, hint: str | None) -> Place | None:
        """The centre of the raion or hromada whose romanized adjective is `stem` + "-sk..."
        ("Synelnykiv" -> Synelnykove): the namesake in the oblast named nearby (`hint`), else
        the largest."""
        towns = [self.gazetteer.places[i]
                 for i in self.english_units.get(_english_unit_key(stem + "sk"), ())]
        if not towns:
            return None
        return max(towns, key=lambda p: (p.oblast_iso == hint, p.approx is None, p.population))

    def _town_for(self, stem: str, hint: str | None) -> Place | None:
        # With no oblast named, a name some city's district has ("the Shevchenkivskyi district
        # of the capital") is no hromada's adjective.
        centre = (self._unit_centre(stem, hint)
                  if hint is not None or not self._names_district(stem) else None)
        if centre is not None and (hint is None or centre.oblast_iso == hint):
            return centre
        tries = [stem + "sk", stem, stem + "a", stem + "e", stem + "y", stem + "ka"]
        if stem.endswith("iv"):
            tries.append(stem[:-2] + "ova")
        if "-" in stem:  # a town named as an adjective ("Novhorod-Siverska hromada")
            tries.append(stem + "skyi")
        for name in tries:
            towns = [c.place for c in self.gazetteer.exact(name)
                     if c.place.country == "UA" and c.place.kind == "settlement"
                     and c.place.approx is None]
            if towns:
                return max(towns, key=lambda p: (p.oblast_iso == hint, p.population))
        for name in tries if hint else ():  # a codifier's village of the oblast named after it
            for c in self.gazetteer.exact(name):
                if c.place.approx is not None and c.place.oblast_iso == hint:
                    return c.place
        return centre if hint is None else None  # (not a namesake of another oblast)

    def _unknown_before_unit(self, text: str, found: list[Found]) -> list[Found]:
        """"shelled Zolota Balka, Kherson region": a village the gazetteer lacks, placed in
        the unit named after it (at the unit's label point; only the oblast is known)."""
        out = []
        taken: list[tuple[int, int]] | None = None  # the mentions' spans, when first needed
        for f in found:
            unit = _unit_for(self.gazetteer, f.place) if f.place.country == "UA" else None
            if unit is None:
                continue
            m = _NAME_BEFORE_COMMA.search(text, max(0, f.start - 80), f.start)
            if m is None:
                continue
            if taken is None:
                taken = [(x.start, x.end) for x in found]
            if any(s < m.end("name") and m.start("name") < e for s, e in taken):
                continue
            name = m.group("name")
            if name_key(name) in self.english or name_key(name) in _CALENDAR_WORDS:
                continue
            if _LANDMARK.search(name) or _UNIT_AS_OWNER.match(text, f.end):
                continue  # "the Assumption Cathedral, Lviv's oldest church": a landmark
            place = Place(None, name, "settlement", unit.lat, unit.lon, 0, unit.oblast_iso)
            out.append(Found(m.start("name"), m.end("name"), place, "context"))
        return out

    def _unknown_village_of(self, text: str, found: list[Found]) -> list[Found]:
        """"Mortar fire reached the village of Velyka Rohan, Kharkiv Oblast police said": a
        village the gazetteer lacks, named after a settlement word, in the one oblast its
        sentence names (at the unit's label point; only the oblast is known)."""
        out: list[Found] = []
        oblasts = [x for x in found if x.place.kind == "oblast" and x.place.country == "UA"]
        if not oblasts or not _may_name_village_of(text):
            return out
        ends: list[int] | None = None
        for m in _VILLAGE_OF_NAME.finditer(text):
            start, end = m.span("name")
            if any(x.start < end and start < x.end for x in found):
                continue
            name = m.group("name")
            if all(name_key(w) in self.english or name_key(w) in _CALENDAR_WORDS
                   for w in re.split(r"[ -]", name)):
                continue  # ("the town of Nowhere Special": English words, no village's name)
            ends = _sentence_ends(text) if ends is None else ends
            k = bisect_left(ends, start)
            lo, hi = (ends[k - 1] + 1 if k else 0), (ends[k] if k < len(ends) else len(text))
            isos = {x.place.oblast_iso for x in oblasts if lo <= x.start < hi}
            if len(isos) != 1:
                continue
            unit = self.gazetteer.unit(next(iter(isos)) or "")
            out.append(Found(start, end, Place(None, name, "settlement", unit.lat, unit.lon, 0,
                                               unit.oblast_iso), "context"))
        return out

    def _unit_follows(self, after: str) -> bool:
        """"Lyman, Donetsk region", "Bar, Vinnytsia": an oblast named right after a comma."""
        m = _COMMA_NAME.match(after)
        return m is not None and name_key(m.group(1)) in self.unit_keys

    def _looks_like_person(self, text: str, start: int, end: int, before: str,
                           after: str) -> bool:
        """Marco Rubio, Vladimir Putin: a capitalised neighbour that is no place word. Also a
        village's name that a place-name noun continues ("Pavlove Pole": Kharkiv's district)."""
        nxt = _CAP_WORD.match(after[1:]) if after[:1] == " " else None
        if nxt and nxt.group(0).lower() in NAME_PART_NEXT and not self._names_both(text, start,
                                                                                   end, nxt):
            return True
        if after[:1] == " " and _INITIAL_AFTER.match(after):
            return True  # "Bohdan K. said", "named only as Boguslaw T, 58": a given name
        if (nxt and nxt.group(0).lower() not in NOT_NAME_NEXT and not nxt.group(0).isupper()
                and nxt.group(0).lower() not in self.english):
            nxt_key = name_key(nxt.group(0))
            if nxt_key not in self.gazetteer.forms and nxt_key not in self.hromadas:
                return True  # ("Николаевка Пролесненской громады": a hromada's name follows)
        prev = _CAP_WORD_BEFORE.search(before)
        if prev and (not _SENTENCE_START.search(before[: prev.start()])
                     # "Photo: Max Trebukhov": a Latin word opening a sentence is no evidence
                     # only where it is an English word ("Overnight Robotyne")
                     or (prev.group(1).isascii() and prev.group(1).lower() not in self.english)):
            word = prev.group(1)
            low = word.lower()
            if (name_key(word) not in self.gazetteer.forms and low not in NOT_NAME_BEFORE
                    and low not in _CALENDAR_WORDS and not word.isupper()
                    and not _ADJECTIVE_ENDING.search(low)):
                return True
        return False

    def _names_both(self, text: str, start: int, end: int, nxt: re.Match[str]) -> bool:
        """Whether the name and the word after it are one name the gazetteer knows ("Kryvyi
        Rih" is read whole before this is asked; "Zolota Balka" as well)."""
        return name_key(text[start:end + 1 + nxt.end()]) in self.gazetteer.forms

    @lru_cache(maxsize=65536)  # noqa: B019 - one matcher per process; bounded
    def _near_place(self, word: str) -> tuple[Place, ...] | None:
        """The sizeable places an unknown capitalised word may misspell, largest first, if
        any."""
        return self._near_key(word.lower() if word.isascii() and "'" not in word
                              else name_key(word))

    def _near_key(self, key: str) -> tuple[Place, ...] | None:
        """`_near_place` of a word by its key."""
        if (len(key) < 6 or key in self.english or key in self.gazetteer.forms
                or key in GIVEN_NAMES or key in PUBLIC_FIGURES  # "said Halyna": no Dolyna
                or key in RIVERS_AND_REGIONS or key.rstrip("s") in self.gazetteer.forms):
            return None
        return self._near.lookup(key)

    def _near_first(self, first: str) -> bool:
        """Whether a `_TOKEN` match that is a whole capitalised word ("Krematorsk") and folds
        to `first` misspells a place: its key is `first` (its letters fold one by one, and
        name_key changes nothing else in them), which `_PLAIN_TOKEN` folds to."""
        return _PLAIN_TOKEN.fullmatch(first) is not None and self._near_key(first) is not None

    def _near_words(self, text: str, words: _Words) -> set[str]:
        """The matches of `_TOKEN` that may misspell a place (`_near_place`), as from
        `_TOKEN.findall(text)`, tried only where one can be such. A match opens a capitalised
        word (`word_start`), or follows one of "`´‘" (where `word_start` does not open one;
        `_TOKEN` refuses no more), and no match covers another's start; a word followed by
        none of "'’-" is the whole match there, if any, so it can be one only if its folding
        can (`_near_first`). Tried: the starts of those words, of words an apostrophe or a
        hyphen follows, and after each "`´‘"."""
        spans = words.spans
        starts = ([s for (s, _e), first in zip(spans, words.firsts, strict=True)
                   if first in words.near] if words.near else [])
        for mark in "'’-":
            at = text.find(mark)
            while at >= 0:
                k = bisect_left(spans, (at,))  # (the last word starting before it)
                if k and spans[k - 1][1] == at:
                    starts.append(spans[k - 1][0])
                at = text.find(mark, at + 1)
        for mark in "`´‘":
            at = text.find(mark)
            while at >= 0:
                starts.append(at + 1)
                at = text.find(mark, at + 1)
        near = set()
        for start in starts:
            m = _TOKEN.match(text, start)
            if m is not None and self._near_place(m.group()) is not None:
                near.add(m.group())
        return near

    def _near_misses(self, text: str, found: list[Found],
                     words: _Words | None = None) -> list[Found]:
        """Capitalised unknown words one edit away from a sizeable place ("Krematorsk").
        `words`: the report's capitalised words (`_words`), if the caller has them."""
        if words is not None and _TOKENS_BY_WORDS:
            near = self._near_words(text, words)
        else:
            near = {word for word in set(_TOKEN.findall(text))
                    if self._near_place(word) is not None}
        if not near:
            return []  # the usual case, found without building a match object per word
        covered = {i for f in found for i in (f.start, f.end - 1)}
        out: list[Found] = []
        for m in sorted((m for word in near for m in _token_matches(text, word)),
                        key=lambda m: m.start()):
            places = self._near_place(m.group(0))
            if places is None or m.start() in covered or m.end() - 1 in covered:
                continue
            in_list = _LIST_TO_UNIT.match(text, m.end()) is not None
            place = _near_choice(text, m.start(), places, found, in_list)
            if place is None:
                continue
            if place.oblast_iso and place.population >= _CENTRE_POPULATION and in_list:
                # "Khreson, Kyiv and Vinnytsia oblasts", "Kyrovohrad region": the oblast
                place = self.gazetteer.unit(place.oblast_iso)
            if _SPEAKER_AFTER.match(text, m.end()) or _VILLAGE_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()):
                continue  # a speaker; or "the villages of Berdychi": no misspelt town
            before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
            if _NOT_A_PLACE_AFTER.match(after) or self._looks_like_person(
                    text, m.start(), m.end(), before, after):
                continue  # "Postova Street": a street's name, no misspelt Poltava
            out.append(Found(m.start(), m.end(), place, "fuzzy"))
        return out


def _token_matches(text: str, word: str) -> Iterator[re.Match[str]]:
    """The matches of `_TOKEN` that are `word`, in text order: those at its occurrences, which
    are the ones `_TOKEN.finditer` gives (its look-behind refuses a start inside an earlier
    match), found without a match object for every other capitalised word."""
    at = text.find(word)
    while at >= 0:
        m = _TOKEN.match(text, at)
        if m is not None and m.group() == word:
            yield m
        at = text.find(word, at + 1)


class _Words(NamedTuple):
    """A report's capitalised words (`PlaceMatcher._words`): the names' and the near misses'."""

    spans: list[tuple[int, int]]
    firsts: list[str]  # each folded
    new_kinds: dict[str, bool | str]  # `_first_kind` of those not met before
    near: set[str]  # those `_near_first` holds of


#: The folding of a `_TOKEN` match that is a whole word (its classes folded: "ї" to "і").
_PLAIN_TOKEN = re.compile("[a-zа-яіїєґ]{5,}")
#: `_TOKEN` as `_near_words` relies on (its classes and look-behind); else `findall` is used.
_TOKENS_BY_WORDS = (_TOKEN.pattern == "[A-ZА-ЯІЇЄҐ](?<![\\w'’-].)[a-zа-яіїєґ'’]{4,}"
                    "(?:-[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+)?(?![\\w-])" and _TOKEN.flags == re.UNICODE)


@mypyc_attr(serializable=True)  # (pickled with the matcher)
class _NearIndex:
    """Single-edit neighbours (deletion dictionary) of sizeable places' names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.index: dict[str, set[int]] | None = None

    def _build(self) -> dict[str, set[int]]:
        index: dict[str, set[int]] = {}
        g = self.gazetteer
        for key, entries in g.forms.items():
            if len(key) < 5 or not key.isascii():
                continue
            for i, _m in entries:
                p = g.places[i]
                if p.country != "UA" or p.kind != "settlement" or (
                        p.population < FUZZY_MIN_POPULATION):
                    continue
                for d in _deletes(key):
                    index.setdefault(d, set()).add(i)
        return index

    @lru_cache(maxsize=65536)  # noqa: B019 - one index per process; bounded
    def lookup(self, key: str) -> tuple[Place, ...] | None:
        """The places within one edit of `key`, largest first; None if there are none."""
        if self.index is None:
            self.index = self._build()
        ids: set[int] = set()
        for d in _deletes(key):
            ids |= self.index.get(d, set())
        if not ids:
            return None
        return tuple(sorted((self.gazetteer.places[i] for i in ids),
                            key=lambda p: (-p.population, p.name)))


#: A near-miss names the largest place within one edit only if it is this many times larger
#: than the next one of another oblast: else the misspelling is no evidence for either.
NEAR_MARGIN = 3


def _near_choice(text: str, start: int, places: tuple[Place, ...],
                 found: list[Found], in_list: bool = False) -> Place | None:
    """Which of a misspelt word's near places it names: one in an oblast named in its
    sentence, if the sentence names any ("Pokrovska in Dnipropetrovsk region" is no Pokrovsk,
    Donetsk oblast), unless the word is one of a list of oblasts ("Odesa, Khreson and Kyiv
    oblasts", `_LIST_TO_UNIT`); else the largest, with a margin of NEAR_MARGIN over the next
    of another oblast."""
    named = {f.place.oblast_iso for f in found if f.place.kind == "oblast"
             and f.place.oblast_iso and abs(f.start - start) < 400
             and not _SENTENCE_END.search(text, *sorted((f.end, start)))}
    if named and in_list:
        named = set()
    if named:
        return next((p for p in places if p.oblast_iso in named), None)
    best = places[0]
    rival = next((p for p in places[1:] if p.oblast_iso != best.oblast_iso), None)
    if rival is not None and best.population < NEAR_MARGIN * rival.population:
        return None
    return best


#: What a capitalised word does not follow, besides a letter or digit: a hyphen or apostrophe.
_NOT_BEFORE_CAPITAL = "-" + APOSTROPHES


def _capital_word() -> re.Pattern[str]:
    """A word opening with a capital letter: not after a letter, digit, hyphen or apostrophe. The
    class is listed out because `re` has no "upper case" class; it opens the pattern, so the
    regex engine skips to candidates in C. Only the Basic Multilingual Plane (where every name
    of the gazetteer is written): beyond it `re` tests a class range by range, 80 times slower.
    Code, not a rule of `extract.rules.place_contexts`: its class is computed from Unicode's
    data (some 600 ranges), so it has no source to keep as data, only this derivation."""
    caps = [c for c in range(0x10000) if chr(c).isupper()]
    ranges, i = [], 0
    while i < len(caps):
        j = i
        while j + 1 < len(caps) and caps[j + 1] == caps[j] + 1:
            j += 1
        ranges.append(re.escape(chr(caps[i])) + ("" if i == j else "-" + re.escape(chr(caps[j]))))
        i = j + 1
    return re.compile(f"[{''.join(ranges)}](?<![^\\W_].)(?<![{_NOT_BEFORE_CAPITAL}].)[^\\W_]*")


def _drop_split_names(text: str, found: list[Found], raion_words: bool = True) -> list[Found]:
    """"Bila Hora": two one-word villages side by side are one name the gazetteer lacks, not
    two places (two real places are never written that way). `raion_words`: as in
    `PlaceMatcher._resolve`."""
    drop: set[int] = set()
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if (text[a.end:b.start] == " " and " " not in text[a.start:a.end]
                and " " not in text[b.start:b.end]
                # "Прудянка Дергачевской громады"
                and not (raion_words and _RAION_WORD_AFTER.match(text, b.end))
                and all(f.place.kind == "settlement" and f.place.country == "UA"
                        and f.place.population < 100_000 for f in (a, b))):
            drop.update((i, i + 1))
    return [f for i, f in enumerate(found) if i not in drop] if drop else found


def _km(a: Place, b: Place) -> float:
    """Distance in km (equirectangular: exact enough within a country)."""
    # (callers pass places with coordinates)
    x = math.radians(b.lon - a.lon) * math.cos(  # type: ignore[operator]
        math.radians((a.lat + b.lat) / 2))  # type: ignore[operator]
    return 6371 * math.hypot(x, math.radians(b.lat - a.lat))  # type: ignore[operator]


_DISTRICT_NAME = contexts.DISTRICT_NAME.regex
_CYR_CONSONANTS = str.maketrans({
    "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ж": "j", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "x", "ц": "q",
    "ч": "c", "ш": "w", "щ": "w"})
_LATIN_DIGRAPHS = (("w", "v"), ("shch", "W"), ("sch", "W"), ("kh", "X"), ("zh", "J"),
                   ("ch", "C"), ("sh", "W"), ("ts", "Q"), ("tz", "Q"), ("h", "g"), ("c", "Q"))


@lru_cache(maxsize=65536)
def _consonants(name: str) -> str:
    """The consonants of a name in a code shared by the Latin and Cyrillic scripts (Dniprov,
    Днепров, Дніпров: dnprv), doubled letters once (as `data/name_forms.skeleton`)."""
    low = name.lower()
    if re.search("[a-z]", low):
        for a, b in _LATIN_DIGRAPHS:
            low = low.replace(a, b)
        low = low.lower()
    else:
        low = low.translate(_CYR_CONSONANTS)
    return re.sub(r"(.)\1+", r"\1", "".join(c for c in low if c in "bvgdjzklmnprstfxqcw"))


def _english_unit_key(word: str) -> str:
    """"Kupianskyi", "Kup'yanska", "Synelnykivskyy" -> "kupiansk", "kupyansk",
    "synelnykivsk": the English adjective to its "-sk", apostrophes dropped."""
    low = re.sub(r"['’ʼ]", "", word.lower())
    return low[:low.rindex("sk") + 2] if "sk" in low else low


def _deletes(key: str) -> set[str]:
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


def _variants(key: str) -> set[str]:
    out = {key}
    if " " in key:
        out.add(key.replace(" ", "-"))
    return out


def _kind_rank(p: Place) -> int:
    return {"settlement": 0, "oblast": 1}.get(p.kind, 2)


def _may_name_plural_units(text: str, folded: str, held: set[str] | None = None) -> bool:
    """Whether `_PLURAL_REGION` can match anywhere in the text: most reports never write
    "regions", and its gate's substring tests spare a regex call per mention (re.I also matches
    a few non-ASCII letters to the gate's ASCII ones). `held`: `_gate_words(folded)`, if the
    caller has it (it holds the gate's words)."""
    return (_armed(contexts.PLURAL_UNIT_WORD, folded, held)
            or any(map(text.__contains__, IGNORECASE_EXTRA)))


def _armed(rule: Rule, folded: str, held: set[str] | None) -> bool:
    """`rule.armed_by(folded)`, answered from `held` (`_gate_words(folded)`) where the rule's
    gate is among the words that scan looks for: the report is not scanned again."""
    gate = rule.gate
    if held is not None and gate is not None and gate <= _GATE_WORDS:
        return not held.isdisjoint(gate)
    return rule.armed_by(folded)


#: Words `PlaceMatcher.find`'s steps are gated on, by a word each opens with: the report's are
#: found by one scan for "region", not one for each of "regions", "regional" and "region of".
#: ("sk", "s'k": a town's adjective, `INSTALLATION_ADJECTIVE`'s gate among them.)
_GATE_STEMS = {"region": ("regions", "regional", "region of"), "oblast": ("oblasts",),
               "province": ("provinces", "province of"),
               "sk": ("skyi", "skyy", "skiy", "ska", "ske"), "s'k": ("s'kyi", "s'ka", "s'ke")}
#: ... and words looked for alone; the Cyrillic ones only after a letter of theirs (one
#: character is found in C at a glance: an English report holds none).
_GATE_ALONE = ("communit", "hromad", "district", "raion", "rayon", "coded to")
_GATE_CYRILLIC = {"г": ("громад", "отг"), "щ": ("общин", "щин"), "п": ("направлени", "напрям")}
_GATE_WORDS = frozenset(chain(*_GATE_STEMS.values(), _GATE_ALONE, *_GATE_CYRILLIC.values()))
#: Words one of which `_RAION_PRESCAN` holds wherever it matches (its pattern is checked).
_RAION_WORDS = frozenset(("district", "raion", "rayon", "hromad", "communit"))
_RAION_PRESCAN_BY_WORDS = _RAION_PRESCAN.flags == re.UNICODE and _RAION_PRESCAN.pattern == (
    r"k(?:y[iyj]?|iy|a|e)\s+(?:districts?|raions?|rayons?|hromadas?|community|communities)\b")


def _gate_kernel() -> object | None:
    """`_GATE_WORDS` in the cue automaton of `extract/_cue_scan.c` (each word arming itself),
    or None where it was not built: all of them found in one pass over the report, where the
    searches below cost ~0.2 M instructions of a 4 KB English report (callgrind, compiled:
    "sk" and "region" recur in it, each occurrence then tried for each word of the stem)."""
    if _cue_scan is None:
        return None
    words = sorted(_GATE_WORDS)
    try:
        return _cue_scan.build(words, [(word,) for word in words])
    except ValueError:  # more distinct characters than its classes hold
        return None


_GATE_KERNEL = _gate_kernel()


def _gate_words(folded: str, latin: bool = False) -> set[str]:
    """Which of `_GATE_WORDS` the folded text holds. `latin`: as in `PlaceMatcher.find` (the
    text holds no Cyrillic letter, so none of `_GATE_CYRILLIC`'s words, each led by one)."""
    if _GATE_KERNEL is not None:
        return _cue_scan.held(_GATE_KERNEL, folded)  # type: ignore[union-attr]
    return _searched_gate_words(folded, latin)


def _searched_gate_words(folded: str, latin: bool = False) -> set[str]:
    """`_gate_words` by substring searches (where the kernel was not built)."""
    held = {word for word in _GATE_ALONE if word in folded}
    for stem, words in _GATE_STEMS.items():
        at = folded.find(stem)
        while at >= 0:
            held.update(word for word in words if folded.startswith(word, at))
            at = folded.find(stem, at + 1)
    for letter, words in _GATE_CYRILLIC.items():
        if not (latin and _cyrillic(letter)) and letter in folded:
            held.update(word for word in words if word in folded)
    return held


def _expand_shared_region_word(text: str, folded: str, found: list[Found],
                               g: Gazetteer, held: set[str] | None = None) -> list[Found]:
    """"in the Odesa and Mykolaiv regions": every name of the list is a unit. `held`:
    `_gate_words(folded)`, if the caller has it."""
    plural = _may_name_plural_units(text, folded, held)
    if not plural and not any(f.place.kind == "oblast" for f in found):
        return found  # no "regions" written and no unit named: nothing to expand
    out = list(found)
    i = 0
    while i < len(out):
        f = out[i]
        m = _PLURAL_REGION.match(text, f.end) if plural else None
        tail_unit = None
        if m:
            tail_unit = _region_of(g, f.place)
        elif (f.place.kind == "oblast" and _PLURAL_ENDING.match(text[f.end - 6:f.end + 2])) or (
                f.place.kind == "oblast" and text[f.end:f.end + 1] == "s"):
            tail_unit = f.place
        if tail_unit is not None:
            if m:
                out[i] = Found(f.start, f.end, tail_unit, "context")
            j = i - 1
            while j >= 0 and _LIST_SEP.match(text[out[j].end:out[j + 1].start]):
                unit = _region_of(g, out[j].place)
                if unit is None:
                    break
                out[j] = Found(out[j].start, out[j].end, unit, "context")
                j -= 1
        i += 1
    return out


_REGIONS_HEAD = contexts.REGIONS_HEAD.regex


def _listed_after_regions(text: str, found: list[Found], g: Gazetteer) -> list[Found]:
    """A list of names opened by "regions ...:" or "regions, including": every name of it is a
    unit ("Kiev" the oblast around the city, "Kherson" its oblast, not a namesake village)."""
    out = list(found)
    i = 0
    while i < len(out):
        f = out[i]
        head = (_REGIONS_HEAD.search(text, max(0, f.start - 80), f.start)
                if f.place.country == "UA" else None)
        if head is not None and not (
                # after a bare dash, a list only: "four regions – Kyiv was hit hardest" goes
                # on about the city; "12 oblasts – Sumy, Kyiv, Kherson" lists oblasts
                head.group().rstrip()[-1:] in ("—", "–") and not (
                    i + 1 < len(out) and _LIST_SEP.match(text[f.end:out[i + 1].start]))):
            j = i
            while j < len(out):
                # a namesake village ("Kherson" in Odesa oblast) gives way to the unit so named
                unit = _region_of(g, out[j].place) or next(
                    (c.place for c in g.exact(out[j].place.name) if c.place.kind == "oblast"),
                    None)
                if unit is not None:
                    out[j] = Found(out[j].start, out[j].end, unit, "context")
                if j + 1 >= len(out) or not _LIST_SEP.match(text[out[j].end:out[j + 1].start]):
                    break
                j += 1
            i = j
        i += 1
    return out


_REGIONAL = contexts.REGIONAL_AFTER.regex
_REGION_OF = contexts.REGION_OF_BEFORE.regex


def _regional_adjective(text: str, found: list[Found], g: Gazetteer) -> list[Found]:
    """"the Kyiv regional head", "Kharkiv regional authorities", "the eastern region of
    Kharkiv": a city's name as the adjective of its oblast, or after "region of", names the
    oblast (Kyiv's is the oblast around the city)."""
    out = list(found)
    for i, f in enumerate(out):
        if f.place.kind == "settlement" and (
                _REGIONAL.match(text, f.end)
                or _REGION_OF.search(text, max(0, f.start - 20), f.start)):
            unit = _region_of(g, f.place)
            if unit is not None:
                out[i] = Found(f.start, f.end, unit, "context")
    return out


def _cyrillic_region_adjective(text: str, found: list[Found], g: Gazetteer) -> list[Found]:
    """"Запорожский регион", "у Харківському регіоні": an oblast centre's adjective before
    "регион/регіон" names the oblast (as "Запорізька область" does), not the centre's raion;
    an oblast's paragraph may open so (`_Layout._heading`)."""
    out = found
    for i, f in enumerate(found):
        if (f.place.kind == "settlement" and _REGION_NOUN_AFTER_ADJ.match(text, f.end)
                and _CYRILLIC_RAION.fullmatch(text, f.start, f.end)):
            # (the adjective of a village first read may be the centre's too: Zaporizke)
            unit = next((u for p in (f.place, *(c.place for c in g.exact(text[f.start:f.end])))
                         if p.kind == "settlement" and p.population >= _CENTRE_POPULATION
                         for u in (_region_of(g, p),) if u is not None), None)
            if unit is not None:
                if out is found:
                    out = list(found)
                out[i] = Found(f.start, f.end, unit, "context")
    return out


def _on_the_region(text: str, found: list[Found], g: Gazetteer, rule: Rule) -> list[Found]:
    """"на Запоріжжі": in Ukrainian an oblast centre's name in the locative after "на" names
    its oblast (the city is "у/в Запоріжжі"); "на Харків" (an attack on it, accusative) stays
    the city. `rule`: the language's `on_the_region`."""
    out = found
    for i, f in enumerate(found):
        if (f.place.kind == "settlement" and f.start >= 3
                and rule.regex.search(text, max(0, f.start - 4), f.end)
                and text[f.start - 3:f.start].lower() == "на "):
            unit = _unit_for(g, f.place)
            if unit is not None and unit is not f.place:
                if out is found:
                    out = list(found)
                out[i] = Found(f.start, f.end, unit, "context")
    return out


#: The least population of an oblast centre (Uzhhorod, the smallest, has some 115,000): only
#: such a city's name is tried as "<name> region" (`_region_of`).
_CENTRE_POPULATION = 100_000


def _region_of(g: Gazetteer, place: Place) -> Place | None:
    """The unit a name stands for before "regions": `_unit_for`, except that Kyiv's region is
    the oblast around the city ("the Kyiv, Kharkiv and Poltava regions"), and a centre whose
    oblast has another name stands for it where the gazetteer knows "<name> region" as the
    oblast ("the Odesa, Dnipro and Kherson regions": Dnipropetrovsk oblast)."""
    if place.kind == "settlement" and place.oblast_iso == "UA-30":
        return g.unit("UA-32")
    unit = _unit_for(g, place)
    if (unit is None and place.kind == "settlement" and place.oblast_iso
            and place.population >= _CENTRE_POPULATION):
        unit = next((c.place for c in g.exact(f"{place.name} region")
                     if c.place.kind == "oblast" and c.place.oblast_iso == place.oblast_iso), None)
    return unit


def _unit_for(g: Gazetteer, place: Place) -> Place | None:
    """The unit a bare name stands for when it names one ("Odesa" -> Odesa oblast)."""
    if place.kind == "oblast":
        return place
    if place.country != "UA" or not place.oblast_iso:
        return None
    return _unit_named(g, place.name, place.oblast_iso)


def _unit_names_listed(text: str, found: list[Found], g: Gazetteer) -> list[Found]:
    """"at the junction of the Donetsk and Zaporizhzhia": a unit's name listed with another
    unit's name is that unit's (its namesake centre), not a namesake village the codifier
    places only at an oblast's point (`approx` "oblast"), which the report's oblast picked."""
    out = found
    for i in range(1, len(found)):
        prev, f = found[i - 1], found[i]
        if (f.place.approx != "oblast" or f.place.kind != "settlement"
                or not _LIST_SEP.match(text[prev.end:f.start])
                or not _names_a_unit(g, text[prev.start:prev.end])):
            continue
        written = text[f.start:f.end]
        if not _names_a_unit(g, written):
            continue
        towns = [c.place for c in g.exact(written) if c.place.kind == "settlement"
                 and c.place.country == "UA" and c.place.approx is None]
        if not towns:
            continue
        if out is found:
            out = list(found)
        out[i] = Found(f.start, f.end, max(towns, key=lambda p: p.population), "context")
    return out


def _names_a_unit(g: Gazetteer, written: str) -> bool:
    """Whether a name as written (perhaps with "region") is one of the 27 units'."""
    return any(c.place.kind == "oblast" and c.place.country == "UA" for c in g.exact(written))


@lru_cache(maxsize=65536)
def _unit_named(g: Gazetteer, name: str, iso: str) -> Place | None:
    unit = g.unit(iso)
    return unit if name_key(unit.name) == name_key(name) else None


def _unit_as_written(g: Gazetteer, written: str, place: Place) -> Place | None:
    """The oblast a centre's older name stands for as written, where the gazetteer knows
    "<name> region" as that oblast ("Dolynska, Kirovograd": Kirovohrad oblast, though the city
    is Kropyvnytskyi now; "Pavlohrad, Dnepropetrovsk")."""
    if (place.kind != "settlement" or place.country != "UA" or not place.oblast_iso
            or name_key(written) == name_key(place.name)):
        return None  # (not "Pavlohrad, Dnipro": the city of today's name may be listed)
    return _unit_of_region_name(g, written, place.oblast_iso)


@lru_cache(maxsize=4096)
def _unit_of_region_name(g: Gazetteer, written: str, iso: str) -> Place | None:
    return next((c.place for c in g.exact(f"{written} region")
                 if c.place.kind == "oblast" and c.place.oblast_iso == iso), None)


_CALENDAR_WORDS = frozenset(MONTH_NAMES + WEEKDAY_NAMES)
_SMALL_PLACE = 150_000
#: A settlement the gazetteer knows only in another oblast than the one a note labels it with
#: ("Vodyane, Kharkiv") is a village of the label's oblast the gazetteer lacks when its known
#: namesakes are this small; a town this large or larger keeps its own oblast (the label is a
#: slip, "Nikopol, Kherson": GeoNames and the codifier miss no such namesake there) ...
_LABELLED_VILLAGE = 20_000
#: ... except in the oblasts held in part since 2014, whose towns GeoNames knows less well
#: (Luhansk oblast's Pervomaisk, 38,000 people, is missing; Mykolaiv oblast's is not): there a
#: town of `_SMALL_PLACE` is still the label's.
_THIN_UNITS = frozenset({"UA-09", "UA-14"})


def _resolve_ambiguous(text: str, found: list[Found], g: Gazetteer,
                       matcher: PlaceMatcher | None = None,
                       raion_words: bool = True) -> list[Found]:
    """Ambiguous names by an oblast named right after ("Lyman, Donetsk region"), then by an
    oblast the report names (in the same sentence, the same paragraph, anywhere), then the
    oblasts of the article's other places, then population. A raion or hromada adjective
    ("Покровська громада", "Богодухівському районі") chooses among every place it can name,
    a city's district only where that city is named nearby. `raion_words`: as in
    `PlaceMatcher._resolve`."""
    # "Berestove, Kharkiv": a bare unit name right after a settlement is the unit.
    out = list(found)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (prev.place.kind == "settlement" and cur.place.kind == "settlement"
                and _COMMA_UNIT.match(text[prev.end:cur.start])):
            named_unit = _unit_for(g, cur.place) or _unit_as_written(
                g, text[cur.start:cur.end], cur.place)
            if (cur.place.oblast_iso == "UA-30" and prev.place.oblast_iso == "UA-32"
                    and not _list_goes_on(text, out, i)):
                # "Makariv, Kyiv": after a town of the oblast around the capital, a note's
                # bare "Kyiv" is that oblast (ACLED's admin1; the city is its "Kyiv City");
                # "Bucha, Kyiv and Irpin" may list the city. Only the capital's own name: a
                # neighbourhood of the city ("Hora, Darnytsia") names no oblast
                named_unit = _unit_named(g, cur.place.name, "UA-32")
            if named_unit is not None and (prev.place.population < min(
                    # a town its oblast is named after (as `named_unit` is), however few
                    # people GeoNames gives it ("Nikopol, Kherson": Kherson 66,000)
                    _SMALL_PLACE if cur.place.population >= LARGE_PLACE
                    else cur.place.population,
                    _SMALL_PLACE) or (
                    # "Makiivka, Luhansk", "Kamianske, Zaporizhzhia": a town whose name has a
                    # namesake in the unit named after it, however large the namesake known
                    # elsewhere, where the two names are no list of towns ("Zaporizhzhia,
                    # Dnipro and Kharkiv", "Lviv, Kyiv, Mykolaiv")
                    not _list_goes_on(text, out, i, units=True)
                    and not _list_before(text, out, i - 1)
                    and named_unit.oblast_iso in {p.oblast_iso for p in _settlements_named(
                        g, text[prev.start:prev.end])})) and not (
                    _list_goes_on(text, out, i)
                    and named_unit.oblast_iso not in {p.oblast_iso for p in _settlements_named(
                        g, text[prev.start:prev.end])}):
                # ... not in a list that goes on ("Білозерка, Львів, Антонівка") where the
                # village before has no namesake in that oblast: a namesake village of the list
                out[i] = Found(cur.start, cur.end, named_unit, "context")
    for i, f in enumerate(out):
        # "Bila Tserkva (Bilotserkivskyi, Kyiv)": the last name in an event note's brackets is
        # its oblast (for Kyiv, the oblast around the city)
        if (f.place.kind == "settlement" and _BRACKET_END.match(text, f.end)
                and _ADMIN1_SLOT.search(text, max(0, f.start - 60), f.start)):
            region = _region_of(g, f.place)
            if region is not None:
                out[i] = Found(f.start, f.end, region, "context")
    article_oblasts: dict[str, int] = {}
    for f in out:
        if f.place.oblast_iso and f.place.country == "UA":
            article_oblasts[f.place.oblast_iso] = article_oblasts.get(f.place.oblast_iso, 0) + 1
    starts = [f.start for f in out]  # in text order
    named: list[tuple[int, int, str | None]] = [
        (o.start, o.end, o.place.oblast_iso) for o in out
        if o.place.kind == "oblast" and o.place.oblast_iso
        and not _FROM_UNIT.search(text, max(0, o.start - 12), o.start)]
    # a raion or hromada that only one town names ("У Куп’янському районі (селах ... )") names
    # that town's oblast as well
    named += [(o.start, o.end, o.place.oblast_iso) for o in out
              if o.place.kind == "settlement" and o.place.oblast_iso and o.place.country == "UA"
              # ("Stepanivka, Khersonskyi raion", "Ivanivka, Kupiansk district": an event
              # note's raion, in English, names its town's oblast too)
              and ((raion_words and _RAION_WORD_AFTER.match(text, o.end))
                   or _EN_RAION_AFTER.match(text, o.end))
              # (no raion bears Kyiv's name: "Київський район" is a district of Kharkiv,
              # Odesa, Poltava or Donetsk, and names no oblast)
              and o.place.oblast_iso != "UA-30"
              and len({c.place.oblast_iso for c in g.exact(text[o.start:o.end])
                       if c.place.kind == "settlement"} | (
                  # an English raion adjective no place is named ("Khersonskyi"): its town's
                  {o.place.oblast_iso} if o.match == "context" else set())) == 1]
    named.sort()
    layout = _Layout.of(text, out, named)
    # "с. Олександрівка Богодухівського району": the village and its raion share an oblast
    pairs = _village_raion_pairs(text, out, g, matcher) if raion_words and matcher else {}
    lines: _Lines | None = None   # each line's settlements' oblasts, when first needed
    report_unit: str | None = ""   # `_report_oblast`, when first needed ("": not yet asked)
    cities: set[int | None] | None = None   # the report's places and their cities, when needed
    cities_or_none: set[int | None] = set()  # ... and None (a place of no city), with them
    result = []
    for i, f in enumerate(out):
        if f.place.kind != "settlement":
            # a country, an oblast, a unit abroad: every step below reads settlements only
            result.append(f)
            continue
        if (matcher is not None and i and f.place.country == "UA"
                and _DISTRICT_IN_NAME.search(text, f.start, f.end) is not None
                and (city_before := _city_just_before(text, out, i, matcher)) is not None):
            # "атакували Херсон ... потрапив Центральний район": GeoNames' district of that
            # name lies in another city (Mariupol's); the city named just before is meant
            result.append(Found(f.start, f.end, city_before, "context"))
            continue
        options: list[Place] = []
        raion = (matcher is not None and f.place.country == "UA"
                 and f.place.kind == "settlement" and f.match in ("exact", "alternate")
                 and raion_words and (_RAION_WORD_AFTER.match(text, f.end) is not None
                                      or _elided_raion(text, out, i)))
        if raion and matcher is not None:
            district = matcher.district_named(text, f, out)
            word = _raion_noun_after(text, f.end)  # None: no word or not "район"
            tail = re.compile(r"\w*\s+").match(text, word.end()) if word else None
            city = [x.place for x in out[i + 1:i + 3] if tail and x.start == tail.end()
                    and matcher._is_city(x.place)]
            if district is None and city:
                # "Шевченківський і Холодногірський райони Харкова": districts of that city
                district = city[0]
            if district is None and word is not None:
                # "Харьков: ... в Киевском районе": a district of the city its line opens
                # with, named after another city (Kyiv is no raion's name)
                district = _line_city(text, out, i, matcher)
            if district is None and word is not None:
                # "Росіяни атакували Херсон. Під удар потрапив Центральний район.": a district
                # of the city named just before, where no place of the name lies in its oblast
                district = _city_just_before(text, out, i, matcher)
            if (district is None and word is not None
                    and not matcher._may_name_raion(text, f)):
                # "Харьков: ... в Слободском и Киевском районах": an adjective no oblast's raion
                # bears, after a city with districts in its sentence, is a district of that
                # city that the gazetteer lacks (not a village named like it)
                district = _city_before(text, out, i, matcher)
            if district is not None:  # "Днепровском районе" of Kyiv: Kyiv
                result.append(Found(f.start, f.end, district, "context"))
                continue
            # a district of a city not named here is no candidate (Bohodukhivskyi of Donetsk)
            options = [c.place for c in g.exact(text[f.start:f.end])
                       if c.place.kind == "settlement" and c.place.country == "UA"
                       and matcher.city_of(c.place) is None] + [
                g.places[j] for j in matcher.raion_names.get(name_key(text[f.start:f.end]), ())]
            village_only = word is not None and all(p.approx is not None for p in options)
            if village_only:
                # a raion is named after a town the gazetteer has, not after a codifier
                # village of the same adjective ("Деснянском районе": Desnianske's forms)
                options = []
            options = [p for p in options if p.approx is None] or options
            if options and word is None and _DIRECTION_WORD.match(text, f.end):
                # "на Покровському напрямку": a front's direction bears the name of its town,
                # the largest place of the name (Pokrovsk, not Pokrov or a Pokrovske), however
                # the report's other mentions of the same name vote; in whatever case or
                # gender the adjective agrees with the word ("Покровское направление" is
                # neuter, and names Pokrovske villages alone): its masculine's places too
                masculine = _RAION_NOMINATIVE.match(text, f.start, f.end)
                if masculine is not None:
                    options += [c.place for c in g.exact(masculine.group() + "ий")
                                if c.place.kind == "settlement" and c.place.country == "UA"
                                and c.place.approx is None and matcher.city_of(c.place) is None]
                options = [max(options, key=lambda p: p.population)]
            if not options:
                # only other cities' districts bear the name: a district of the city of the
                # sentence ("Шевченківський і Холодногірський райони Харкова")
                city = [x.place for x in out[bisect_left(starts, f.start - 300):
                                             bisect_right(starts, f.end + 150)]
                        if matcher._is_city(x.place)
                        and not _SENTENCE_END.search(text, *sorted((x.end, f.start)))
                        and not _SENTENCE_END.search(text, *sorted((f.end, x.start)))]
                options = city[-1:] or [f.place]
                if village_only and not city:
                    continue
        elif f.place.country == "UA" and f.place.kind == "settlement" and f.match in (
                "exact", "alternate"):
            options = _settlements_named(g, text[f.start:f.end])
            if matcher is not None and len(options) > 1:
                # a district of a city the report does not name is no namesake to choose
                # ("Petrivka" of Kramatorsk in a report on Kharkiv oblast)
                if cities is None:
                    cities = {x.place.geonameid for x in out} | {
                        c for x in out for c in (matcher.city_of(x.place),) if c is not None}
                    cities_or_none = {None, *cities}
                options = [p for p in options if matcher.city_of(p) in cities_or_none
                           ] or options
            village_word = (any(p.population >= LARGE_PLACE for p in options)
                            and _VILLAGE_BEFORE.search(text, max(0, f.start - 40), f.start)
                            is not None and _REGION_AFTER.match(text, f.end) is None)
            if village_word:
                # "the village of Makiivka": no namesake city of 50,000 or more ("villages of
                # Khmelnytskyi District" are the district's: a unit word follows)
                options = [p for p in options if p.population < LARGE_PLACE] or options
            nxt = out[i + 1] if i + 1 < len(out) else None
            named_after = (nxt.place.oblast_iso if nxt is not None and nxt.place.kind == "oblast"
                           and _UNIT_LINK.match(text[f.end:nxt.start])
                           and not _OBLIQUE_UNIT.fullmatch(text[nxt.start:nxt.end].lower())
                           else pairs.get(i))
            if options and len(options) < 4:
                options = _former_name_there(g, text, out, i, options, named_after, layout)
            if options and options[-1].approx is not None and options[0].approx is None:
                # the codifier's village of a name the gazetteer knows elsewhere, only where
                # the report names its oblast in the paragraph or the line's other places (or
                # a list's) lie there ("Щербаки" in a post on Zaporizhzhia oblast)
                unit = layout.unit(i)
                tier = 0 if unit is None else layout.tiers(i).get(unit, 0)
                sure = [p for p in options if p.approx is None]
                picked = [p for p in options if p.approx is not None and p.oblast_iso == unit]
                after = [p for p in options
                         if p.approx is not None and p.oblast_iso == named_after]
                if named_after is not None and after and all(
                        p.oblast_iso != named_after for p in sure) and not (
                        # "hit Odesa, Kherson, Dnipropetrovsk and Poltava": in a list of
                        # names the oblast after a city is the list's next member
                        _large_in_list(g, text, out, i)):
                    # "Makiivka, Luhansk region": the oblast named right after the name is
                    # where it lies, whatever the size of the namesake known elsewhere
                    options = after[:1]
                    f = Found(f.start, f.end, f.place, "context")
                elif picked and all(p.oblast_iso != unit for p in sure) and (
                        all(p.population < _LINE_VILLAGE for p in sure)
                        # a big city's name inside a list of the oblast's villages, the oblast
                        # named in the paragraph ("Марганець, Львів, Покровське"): the village
                        or (tier >= 2 and _in_list_of(g, text, out, i, unit))
                        # the sentence names the oblast: a town of another under 50,000 is no
                        # rival ("in Donetsk Oblast, a drone hit Shakhtarske": not the
                        # Dnipropetrovsk town)
                        or (tier == 3 and all(p.population < LARGE_PLACE for p in sure))
                        # the paragraph names it, the sentence's other places all lie there and
                        # the report never names a sure namesake's oblast ("Pokrovsk,
                        # Myrnohrad and Rivne each reported wounded" on Donetsk oblast)
                        or (tier >= 2
                            and _mates_oblast(text, layout, out, i, result, starts) == unit
                            and not any(layout.tiers(i).get(p.oblast_iso or "") for p in sure))
                ) and (
                        tier == 3
                        # a town of the sentence in a known namesake's oblast outweighs an
                        # oblast named in the paragraph ("in Ivanivka ... in Nizhyn")
                        or (tier == 2 and not {p.oblast_iso for p in sure} & (
                            layout.towns(out, i)))
                        or (lines := lines or _Lines.of(text, out, layout)).is_in(f, unit)
                        or _in_list_of(g, text, out, i, unit)
                        # the one oblast the report names, where all its towns lie, and no
                        # town of a sure namesake's oblast (a governor's report on Kherson
                        # oblast: its Tokarivka, not Mykolaiv oblast's)
                        or (tier == 1 and (report_unit := report_unit or _report_oblast(
                            out, named)) == unit)):
                    options = picked[:1]
                    f = Found(f.start, f.end, f.place, "context")
                elif (village_word or all(p.population < _VILLAGE for p in sure)) and (
                        backed := _backed_village(
                            options, _votes(text, out, i, starts, article_oblasts),
                            1 if village_word else _BACKING)) is not None:
                    # "shells fell on the village of Makiivka" near Kreminna: the codifier's
                    # village of the oblast the report's places lie in, where no place of the
                    # report lies in a remaining sure namesake's oblast; for a name whose sure
                    # namesakes are villages too ("Toshkivka and Ustynivka" near Lysychansk),
                    # where the report's places back it (`_BACKING`)
                    options = [backed]
                    f = Found(f.start, f.end, f.place, "context")
                else:
                    options = sure
        if (options and not raion and f.place.kind == "settlement"
                and max(p.population for p in options) < _LINE_VILLAGE):
            unit = layout.unit(i)
            if (unit is not None and all(p.oblast_iso != unit for p in options)
                    and (lines := lines or _Lines.of(text, out, layout)).is_in(f, unit)):
                # "Оперативна ситуація по області: ... Вугледар ... Новоукраїнка, Пречистівка"
                # in a Donetsk report: a village of the oblast its line is about, not the only
                # namesakes the gazetteer has in other oblasts (at the unit's point)
                u = g.unit(unit)
                result.append(Found(f.start, f.end, Place(None, options[0].name, "settlement",
                                                          u.lat, u.lon, 0, unit), "context"))
                continue
        if len(options) == 1 and options[0] is not f.place:
            f = Found(f.start, f.end, options[0], f.match)
        if len(options) == 1 and options[0].population < (
                # a town's old name ("Первомайський", now Zlatopil) is many villages' name
                LARGE_PLACE if f.match == "alternate" else _LINE_VILLAGE) and (
                    listed := layout.unit(i)) is not None and _in_list_of(g, text, out, i, listed):
            # "Антонівка, Садове, Широка Балка ... та місто Херсон" on Kherson oblast: the
            # list's own village, not the only namesake the gazetteer has in another oblast
            u = g.unit(listed)
            f = Found(f.start, f.end, Place(None, options[0].name, "settlement", u.lat, u.lon,
                                            0, u.oblast_iso), "context")
        if len(options) > 1:
            hint = pairs.get(i)
            nxt = out[i + 1] if i + 1 < len(out) else None
            ranked = sorted(options, key=lambda p: -p.population)
            dominant = not raion and (ranked[0].population >= 50_000
                                      and ranked[0].population >= 5 * max(ranked[1].population,
                                                                           1))
            if nxt is not None and nxt.place.kind == "oblast" and _UNIT_LINK.match(
                    text[f.end:nxt.start]) and not (
                    # "hit Odesa, Kherson, Dnipropetrovsk and Poltava": a city inside a list
                    # of names, the oblast after it the list's next member, not its unit
                    dominant and _large_in_list(g, text, out, i)):
                hint = nxt.place.oblast_iso
            others = _votes(text, out, i, starts, article_oblasts)
            tiers = layout.tiers(i)
            if dominant and not hint:
                own = _mates_oblast(text, layout, out, i, result, starts)
                if (own is not None and own != ranked[0].oblast_iso
                        and any(p.oblast_iso == own for p in options)
                        and tiers.get(own, 0) >= 2 and not tiers.get(ranked[0].oblast_iso or "")):
                    # "Pokrovsk, Myrnohrad and Rivne each reported wounded" in
                    # a paragraph on Donetsk oblast: the sentence's places all lie in the oblast
                    # the paragraph names, and the report never names the city's: the village
                    dominant = False
                elif (not tiers.get(ranked[0].oblast_iso or "")
                      and any(tiers.get(p.oblast_iso or "") == 3 for p in options)):
                    # "Запорізька область: ворог обстріляв Кам'янське" (or that paragraph's
                    # heading, `_Layout._heading`): the namesake of the oblast the sentence
                    # names, not the city of an oblast the report never names
                    dominant = False
            # a town of the same sentence in an option's oblast ("killed in Ivanivka and
            # injured in Nizhyn") outweighs an oblast named only in the paragraph
            towns = layout.towns(out, i)
            near = {iso: t for iso, t in tiers.items()
                    if t == 3 or (t == 2 and not towns & {p.oblast_iso for p in options})}
            # a raion or hromada of the sentence's other places (Слов'янська громада beside
            # Межівська and Покровська: Slovianka, not Nikopol), by 25 km steps
            mates = layout.mates(out, i) if raion else []

            def apart(p: Place, mates: list[Place] = mates) -> int:
                if not mates or p.lat is None:
                    return 0
                return int(min(_km(p, q) for q in mates) // 25)

            best = min(options, key=lambda p: (0 if hint and p.oblast_iso == hint else 1,
                                               0 if dominant and p is ranked[0] else 1,
                                               -near.get(p.oblast_iso or "", 0),
                                               -others.get(p.oblast_iso or "", 0),
                                               apart(p),
                                               -p.population))
            f = Found(f.start, f.end, best, f.match)
            unit = layout.unit(i)
            if (unit is not None and not dominant
                    and all(p.oblast_iso != unit for p in options)
                    and best.population < _VILLAGE
                    and all(p.population < LARGE_PLACE for p in options)
                    and (near.get(unit, 0) >= 2 or _in_list_of(g, text, out, i, unit))):
                # "на Херсонщині ... Софіївка" where the gazetteer knows Sofiivkas elsewhere
                # only: the named oblast's own, which the gazetteer lacks (at the unit's point)
                u = g.unit(unit)
                f = Found(f.start, f.end, Place(None, best.name, "settlement", u.lat, u.lon, 0,
                                                unit), "context")
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (nxt is not None and nxt.place.kind == "oblast" and f.place.kind == "settlement"
                and f.place.oblast_iso != nxt.place.oblast_iso
                and f.place.population < (_SMALL_PLACE if nxt.place.oblast_iso in _THIN_UNITS
                                          else _LABELLED_VILLAGE)
                and _COMMA_UNIT.match(text[f.end:nxt.start])
                and not _large_in_list(g, text, out, i)):
            # "Vodyane, Kharkiv": the gazetteer has no Vodyane there; trust the text's oblast.
            # Not for a town ("Nikopol, Kherson", a note's slip: the city of Dnipropetrovsk
            # oblast; the label locates nothing then, `events._locates_previous`)
            told = nxt.place
            f = Found(f.start, f.end, Place(None, text[f.start:f.end], "settlement", told.lat,
                                            told.lon, 0, told.oblast_iso), "context")
        result.append(f)
    return result


_DISTRICT_GAP = contexts.DISTRICT_GAP.regex
_DISTRICT_WORD_END = contexts.DISTRICT_WORD_END.regex

#: How the English district adjectives `_DISTRICT_NAME` reads end (a cheap test before it).
_ADJECTIVE_ENDS = ("kyi", "kyy", "kiy", "kyj")
_CITY_DASH_DISTRICT = contexts.CITY_DASH_DISTRICT.regex
_DISTRICT_AFTER = contexts.CITY_DISTRICT_AFTER.regex
_DISTRICT_OF_CITY = contexts.DISTRICT_OF_CITY_AFTER.regex
_TOWN_DISTRICT = contexts.TOWN_DISTRICT.regex

#: How many paragraphs naming no oblast a paragraph's oblast reaches past (`_Layout.tiers`).
_LEAD_LINES = 2

#: Namesakes this small may be a village the gazetteer lacks in the oblast the report names.
_VILLAGE = 10_000
#: ... and this small, where the other places of its line lie in that oblast.
_LINE_VILLAGE = 20_000


def _former_names_in_ukraine(text: str, found: list[Found], g: Gazetteer) -> list[Found]:
    """A foreign town's name that a Ukrainian town of 20,000 or more bore before its renaming
    ("Novomoskovsk", Samar since 2024; "Artemovsk", Bakhmut; "Dzerzhinsk", Toretsk) is the
    Ukrainian town where its sentence places it in Ukraine (the word "Ukraine", or a Ukrainian
    oblast or town beside it) and names nothing of the foreign town's country: Soviet names are
    shared, and a report on Ukraine means its own town."""
    out = found
    ends: list[int] | None = None  # the sentence ends, found only for a shared name
    for k, f in enumerate(found):
        p = f.place
        if p.country == "UA" or p.kind != "settlement":
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (nxt is not None and nxt.place.kind == "oblast" and nxt.place.country == "UA"
                and _UNIT_LINK.match(text[f.end:nxt.start])
                and (there := _namesake_in(g, text[f.start:f.end], nxt.place.oblast_iso))):
            # "a drone hit New York, Donetsk": the oblast named right after places the name in
            # Ukraine, whatever the size of the foreign town (Niu-York, a village of Donetsk)
            if out is found:
                out = list(found)
            out[k] = Found(f.start, f.end, there, "context")
            continue
        town = _renamed_town(g, text[f.start:f.end])
        if town is None:
            continue
        if ends is None:
            ends = [m.start() for m in _SENTENCE_END.finditer(text)]
        seg = bisect_left(ends, f.start - 1)
        lo = ends[seg - 1] + 1 if seg > 0 else 0
        hi = ends[seg] if seg < len(ends) else len(text)
        mates = [x.place for x in found if x is not f and lo <= x.start < hi]
        if any(q.country == p.country for q in mates):
            continue
        if contexts.UKRAINE_WORD.regex.search(text, lo, hi) or any(
                q.country == "UA" and q.kind in ("settlement", "oblast") for q in mates):
            if out is found:
                out = list(found)
            out[k] = Found(f.start, f.end, town, "context")
    return out


def _namesake_in(g: Gazetteer, name: str, iso: str | None) -> Place | None:
    """The largest Ukrainian settlement of this name in oblast `iso` (the gazetteer's own before
    the codifier's villages), or None."""
    ua = [c.place for c in g.exact(name) if c.place.country == "UA"
          and c.place.kind == "settlement" and c.place.oblast_iso == iso]
    return max(ua, key=lambda q: (q.approx is None, q.population)) if ua else None


@lru_cache(maxsize=4096)
def _renamed_town(g: Gazetteer, name: str) -> Place | None:
    """The largest Ukrainian town of 20,000 or more one of whose names this is (a foreign
    town's name read first), unless it is a given name ("[Vladimir] Putin")."""
    if name_key(name) in GIVEN_NAMES:
        return None
    ua = [c.place for c in g.exact(name)
          if c.place.country == "UA" and c.place.kind == "settlement"
          and c.place.approx is None and c.place.population >= _LINE_VILLAGE]
    return max(ua, key=lambda q: q.population) if ua else None


_FORMER_ENDING = 2  # consonants an inflected form may add to its name (Новомосковському: м)
#: Consonants this alike are the current name respelt (New York, Niu-York; Kharkov), not another
_RESPELT = 0.75


@lru_cache(maxsize=4096)
def _former_name(g: Gazetteer, p: Place, written: str) -> str | None:
    """The romanized former name of `p` that `written` is (a form of), or None: `written` is
    one of the place's alternate names (not its own name's forms) whose consonants are not
    those of the current name and begin with those of an alternate name of its script that
    is no respelling of the current name; Latin text is taken as written."""
    entries = g.forms.get(name_key(written)) or ()
    idx = next((i for i, m in entries if m == "alternate" and g.places[i] == p), None)
    if idx is None or any(i == idx and m == "exact" for i, m in entries):
        return None
    bone, current = _consonants(written), _consonants(p.name)
    if not current or bone.startswith(current):
        return None
    latin = written.isascii()
    bases = []
    for alt in g.alternates[idx]:
        alt_bone = _consonants(alt)
        if (alt.isascii() != latin or len(alt_bone) < 3 or not bone.startswith(alt_bone)
                or SequenceMatcher(None, alt_bone, current).ratio() >= _RESPELT
                or len(bone) - len(alt_bone) > (0 if latin else _FORMER_ENDING)
                or any(i == idx and m == "exact"
                       for i, m in g.forms.get(name_key(alt)) or ())):
            continue
        bases.append((len(alt_bone), alt))
    if not bases:
        return None
    if latin:
        return written
    base = max(bases)[1]
    roman = name_key(romanized(base))
    spelt = [(round(SequenceMatcher(None, name_key(a), roman).ratio(), 3),
              a.isalpha(), a) for a in g.alternates[idx] if a.isascii()]
    best = max(spelt, default=None)
    if best is not None and best[0] >= 0.8:
        return best[2]
    return " ".join(w[:1].upper() + w[1:] for w in romanized(base).split(" "))


def _settled_by_list_unit(text: str, found: list[Found], g: Gazetteer) -> list[Found]:
    """Each village of a list that an oblast closes ("Vesele and Burhunka, Kherson, and
    Kamianka, Mykolaiv"; "Vodiane and Novoselivka in the Donetsk region"; "(Kherson)") is that
    oblast's namesake where it has one: a note listing places of two oblasts names each with
    its own, and the nearer oblast of the sentence or the article's first one must not place
    them. Towns of 20,000 or more keep their reading ("Pokrovsk and Lyman, Donetsk")."""
    out = found
    for k in range(1, len(found)):
        unit = found[k]
        iso = unit.place.oblast_iso
        if unit.place.kind != "oblast" or not iso:
            continue
        j = k - 1
        if (found[j].place.kind != "settlement"
                or not _LIST_UNIT_LINK.match(text[found[j].end:unit.start])):
            continue
        i = j
        while (i > 0 and found[i - 1].place.kind == "settlement"
               and _LIST_SEP.match(text[found[i - 1].end:found[i].start])):
            i -= 1
        for m in range(i, j + 1):
            f = out[m]
            p = f.place
            if (p.country != "UA" or p.oblast_iso == iso or p.population >= _LINE_VILLAGE
                    or p.kind != "settlement"):
                continue
            there = [q for name in (text[f.start:f.end], p.name)
                     for q in _settlements_named(g, name) if q.oblast_iso == iso]
            if there:
                if out is found:
                    out = list(found)
                out[m] = Found(f.start, f.end, min(there, key=lambda q: (q.approx is not None,
                                                                         -q.population)),
                               "context")
    return out


def _same_name_same_village(text: str, found: list[Found]) -> list[Found]:
    """A village named twice in a report is one place: where one mention was placed in the
    report's oblast (`_Lines.is_in`, at the unit's point), so is the other written alike, which
    had only a namesake of another oblast to go to ("в Шевченко, Новотроицком, Константиновке"
    ... "В Новотроицком Покровской громады")."""
    placed = {text[f.start:f.end]: f.place for f in found
              if f.match == "context" and f.place.geonameid is None
              and f.place.kind == "settlement"}
    if not placed:
        return found
    # ... and one in another case form ("Іванівка" in the list, "біля Іванівки" after), where
    # the line of that mention names no oblast of its own
    by_name = {p.name: p for p in placed.values()}
    out = list(found)
    for i, f in enumerate(found):
        p = placed.get(text[f.start:f.end])
        if p is None and f.place.name in by_name and not _oblast_in_line(text, found, i):
            p = by_name[f.place.name]
        if (p is not None and f.place is not p and f.place.kind == "settlement"
                and f.place.oblast_iso != p.oblast_iso and f.place.population < _LINE_VILLAGE):
            out[i] = Found(f.start, f.end, p, "context")
    return out


_CODED_UNIT_AFTER = contexts.CODED_UNIT_AFTER.regex
_REGION_CODED_AFTER = contexts.REGION_CODED_AFTER.regex


def _coded_units(text: str, found: list[Found]) -> list[Found]:
    """"Yurivska community (coded to Yurivka, Dnipropetrovsk Oblast)", "Lozivske district
    (coded to Lozova, Kharkiv)": an event note codes a hromada or raion to its centre, so the
    unit's name (its centre's adjective) is a mention of the town in the brackets, not of a
    namesake of another oblast or a village named like the adjective. The two names must share
    their stem's first letters: a unit coded to a town it is not named after keeps its reading."""
    out = found
    for i in range(len(found) - 1):
        f, coded = found[i], found[i + 1]
        if f.place.kind == "oblast" and _region_coded_to_centre(text, f, coded):
            if out is found:
                out = list(found)
            out[i + 1] = Found(coded.start, coded.end, f.place, "context")
            continue
        m = _CODED_UNIT_AFTER.match(text, f.end)
        if (m is None or coded.start != m.end() or f.place is coded.place
                or f.place.kind == "oblast" or coded.place.kind != "settlement"
                or coded.place.country != "UA"
                or name_key(text[f.start:f.end])[:3] != name_key(coded.place.name)[:3]):
            continue
        if out is found:
            out = list(found)
        out[i] = Found(f.start, f.end, coded.place, "context")
    return out


def _region_coded_to_centre(text: str, region: Found, coded: Found) -> bool:
    """"over the Kyiv region (coded to Kyiv, Kyiv)": the note codes a region's event to its
    namesake centre's point, so the name in the brackets is the region's (for Kyiv the city
    is another unit than the region, and was taken for the place struck)."""
    m = _REGION_CODED_AFTER.match(text, region.end)
    if m is None or coded.start != m.end() or coded.place.kind != "settlement":
        return False
    iso, own = coded.place.oblast_iso, region.place.oblast_iso
    return (name_key(coded.place.name) == name_key(region.place.name)
            and (iso == own or (iso, own) == ("UA-30", "UA-32")))


def _village_raion_pairs(text: str, out: list[Found], g: Gazetteer,
                         matcher: PlaceMatcher) -> dict[int, str]:
    """Mention index -> oblast, for a village named with its raion right after it ("с.
    Олександрівка Богодухівського району", "в селе Николаевка Изюмского района"): the two lie
    in one oblast, the most populous town that names such a raion (a city's district aside)
    and has a namesake of the village there. Each alone may have namesakes elsewhere (a
    Bohodukhivka of Cherkasy oblast, Oleksandrivkas everywhere), so neither may vote for the
    other's first reading."""
    pairs: dict[int, str] = {}
    for i in range(len(out) - 1):
        f, r = out[i], out[i + 1]
        if (f.place.kind != "settlement" or r.place.kind != "settlement"
                or f.place.country != "UA" or text[f.end:r.start].strip()
                or _CYRILLIC_RAION.fullmatch(text, r.start, r.end) is None):
            continue
        if _raion_noun_after(text, r.end) is None:
            continue
        villages = {p.oblast_iso for p in _settlements_named(g, text[f.start:f.end])}
        towns = [c.place for c in g.exact(text[r.start:r.end])
                 if c.place.kind == "settlement" and c.place.country == "UA"
                 and c.place.approx is None and matcher.city_of(c.place) is None
                 and c.place.oblast_iso in villages]
        if towns:
            iso = max(towns, key=lambda p: p.population).oblast_iso
            if iso is not None:
                pairs[i] = pairs[i + 1] = iso
    return pairs


def _elided_raion(text: str, out: list[Found], i: int) -> bool:
    """Whether mention i is a raion's adjective whose noun is left out because a raion named
    earlier in its sentence, in the same case, has it ("у Харківському районі пошкоджено
    склад, у Богодухівському – будинок", "в Купянском районе ..., в Изюмском"): the raion
    (its town), not a village or a city's district that bears the adjective as its name."""
    f = out[i]
    if _CYRILLIC_RAION.fullmatch(text, f.start, f.end) is None:
        return False
    case = text[f.end - 2:f.end]
    for j in range(i - 1, max(-1, i - 6), -1):
        x = out[j]
        if _SENTENCE_END.search(text, x.end, f.start):
            return False
        if (_raion_noun_after(text, x.end) is not None and text[x.end - 2:x.end] == case
                and _CYRILLIC_RAION.fullmatch(text, x.start, x.end) is not None):
            return True
    return False


def _line_city(text: str, out: list[Found], i: int, matcher: PlaceMatcher) -> Place | None:
    """The city with districts (`_is_city`) that mention i's line names before it, in the same
    sentence, where mention i's own name is that of another such city ("Харків: ... у
    Київському районі"): the district is that city's. Else None."""
    f = out[i]
    if not any(matcher._is_city(c.place) for c in matcher.gazetteer.exact(text[f.start:f.end])
               if c.place.kind == "settlement"):
        return None
    return _city_before(text, out, i, matcher)


def _city_just_before(text: str, out: list[Found], i: int,
                      matcher: PlaceMatcher) -> Place | None:
    """The city with districts (`_is_city`) that is the mention right before mention i (a
    district's name), in its paragraph and within `_DISTRICT_REACH` characters, where the name
    has no settlement in that city's oblast (a raion of the oblast named so is the raion):
    the city whose district it is. Else None."""
    if i == 0:
        return None
    f, x = out[i], out[i - 1]
    if (not matcher._is_city(x.place) or f.start - x.end > _DISTRICT_REACH
            or "\n\n" in text[x.end:f.start]
            or name_key(x.place.name) == name_key(f.place.name)):
        return None
    iso = x.place.oblast_iso
    if any(c.place.oblast_iso == iso for c in matcher.gazetteer.exact(text[f.start:f.end])):
        return None
    return x.place


_DISTRICT_IN_NAME = contexts.DISTRICT_IN_NAME.regex
#: How far after a city a district named without it is still that city's (`_city_just_before`).
_DISTRICT_REACH = 300


def _city_before(text: str, out: list[Found], i: int, matcher: PlaceMatcher) -> Place | None:
    """The city with districts (`_is_city`) named before mention i in its sentence and line,
    other than i's own; None if none. A city named as a raion's adjective ("Нікопольському,
    Криворізькому та Синельниківському районах", "у Харківському районі ..., у
    Богодухівському –") names the raion, not the city whose districts come after it."""
    f = out[i]
    for x in reversed(out[max(0, i - 4):i]):
        if (matcher._is_city(x.place) and "\n" not in text[x.end:f.start]
                and not _SENTENCE_END.search(text, x.end, f.start)
                and name_key(x.place.name) != name_key(f.place.name)
                and not _RAION_WORD_AFTER.match(text, x.end)):
            return x.place
    return None


#: The votes (`_votes`) a codifier village's oblast needs over sure namesakes that have none,
#: with no village word before the name: a place within 300 characters and another anywhere.
_BACKING = 3


def _backed_village(options: list[Place], votes: dict[str, int],
                    least: int = 1) -> Place | None:
    """The codifier's village (an approximate point) among `options` whose oblast the report's
    other places vote for most (`_votes`, at least `least`), where none votes for a sure
    namesake's oblast; else None."""
    if any(votes.get(p.oblast_iso or "", 0) > 0 for p in options if p.approx is None):
        return None
    backed = [p for p in options
              if p.approx is not None and votes.get(p.oblast_iso or "", 0) >= least]
    if not backed:
        return None
    return max(backed, key=lambda p: votes.get(p.oblast_iso or "", 0))


def _report_oblast(found: list[Found], named: list[tuple[int, int, str | None]]) -> str | None:
    """The oblast a whole report is about: the only oblast it names, where each Ukrainian town
    it names (`_is_town`, as first read) lies too. Its villages are that oblast's own, not a
    namesake's the gazetteer knows elsewhere ("Kherson region ... Tokarivka"). None where the
    report names no oblast or several, or names a town elsewhere."""
    isos = {iso for _s, _e, iso in named if iso}
    if len(isos) != 1:
        return None
    iso = next(iter(isos))
    if any(_is_town(x) and x.place.country == "UA" and x.place.oblast_iso != iso
           for x in found):
        return None
    return iso


def _oblast_in_line(text: str, found: list[Found], i: int) -> bool:
    """Whether an oblast is named on the line (paragraph) of mention i."""
    lo = text.rfind("\n", 0, found[i].start)
    hi = text.find("\n", found[i].end)
    hi = len(text) if hi < 0 else hi
    return any(x.place.kind == "oblast" and lo < x.start < hi for x in found)


def _no_village_among_foreign(text: str, found: list[Found]) -> list[Found]:
    """A codifier village listed beside foreign places only ("Курськ, Орел, Брянськ"): the
    foreign town the gazetteer knows in Latin letters only, not the village."""
    if not any(f.place.approx for f in found):
        return found
    drop = set()
    for i, f in enumerate(found):
        if f.place.approx is None:
            continue
        near = []
        if i > 0 and _LIST_SEP_ANY.fullmatch(text, found[i - 1].end, f.start):
            near.append(found[i - 1])
        if i + 1 < len(found) and _LIST_SEP_ANY.fullmatch(text, f.end, found[i + 1].start):
            near.append(found[i + 1])
        if near and all(x.place.country != "UA" for x in near):
            drop.add(i)
    return [f for i, f in enumerate(found) if i not in drop] if drop else found


class _Lines:
    """The oblasts of each line's Ukrainian settlements, counted once per report."""

    def __init__(self, text: str, out: list[Found], breaks: list[int] | None = None) -> None:
        """`breaks`: the offsets of the text's line breaks, if the caller has them already."""
        self.breaks = _line_breaks(text) if breaks is None else breaks
        self.counts: dict[int, dict[str, int]] = {}
        for f in out:
            p = f.place
            if p.kind == "settlement" and p.country == "UA" and p.oblast_iso:
                counts = self.counts.setdefault(bisect_left(self.breaks, f.start), {})
                counts[p.oblast_iso] = counts.get(p.oblast_iso, 0) + 1

    @classmethod
    def of(cls, text: str, out: list[Found], layout: _Layout | None) -> _Lines:
        """The lines of `out`, with the line breaks `layout` found (if any) not looked up again."""
        return cls(text, out, None if layout is None else layout.breaks)

    def is_in(self, f: Found, unit: str | None) -> bool:
        """Whether f's line (paragraph) is about `unit`: two or more of its other Ukrainian
        settlements lie in that oblast, more than lie elsewhere."""
        if unit is None:
            return False  # (no line counts an oblast None)
        counts = self.counts.get(bisect_left(self.breaks, f.start), {})
        p = f.place
        own = p.kind == "settlement" and p.country == "UA" and bool(p.oblast_iso)
        inside = counts.get(unit, 0) - (own and p.oblast_iso == unit)
        elsewhere = sum(counts.values()) - counts.get(unit, 0) - (own and p.oblast_iso != unit)
        return inside >= 2 and inside > elsewhere


def _named_unit(tiers: dict[str, int], named: list[tuple[int, int, str | None]]) -> str | None:
    """The oblast a mention's report places it in: the only one named in its paragraph, else
    the only one the report names at all."""
    para = {iso for iso, t in tiers.items() if t >= 2}
    if len(para) == 1:
        return next(iter(para))
    if not para and len({iso for _s, _e, iso in named if iso}) == 1:
        return next(iter(tiers), None)
    return None


def _in_list_of(g: Gazetteer, text: str, out: list[Found], i: int, unit: str | None) -> bool:
    """Whether mention i, in another oblast than `unit`, stands in a list of three places or
    more (names joined by commas or "and") most of whose other members may lie in `unit` (a
    place of theirs is there)."""
    if unit is None or out[i].place.oblast_iso == unit:
        return False
    lo = hi = i
    while lo > 0 and _LIST_SEP_ANY.fullmatch(text, out[lo - 1].end, out[lo].start):
        lo -= 1
    while hi + 1 < len(out) and _LIST_SEP_ANY.fullmatch(text, out[hi].end, out[hi + 1].start):
        hi += 1
    members = [unit in {out[j].place.oblast_iso} | {
        p.oblast_iso for p in _settlements_named(g, text[out[j].start:out[j].end])}
        for j in range(lo, hi + 1) if j != i]
    return len(members) >= 3 and sum(members) * 2 > len(members)


def _list_before(text: str, out: list[Found], i: int) -> bool:
    """Whether mention i follows another settlement after a list separator (a list of names
    runs up to it)."""
    return (i > 0 and out[i - 1].place.kind == "settlement"
            and _LIST_SEP_ANY.fullmatch(text, out[i - 1].end, out[i].start) is not None)


#: How far a sentence whose places `_mates_oblast` reads may reach either side of a mention.
_MATES_REACH = 400


def _mates_oblast(text: str, layout: _Layout, out: list[Found], i: int,
                  done: list[Found], starts: list[int]) -> str | None:
    """The one oblast of the two or more other Ukrainian settlements of mention i's sentence,
    if they all lie in one; else None. Those before i as already resolved (`done`, the
    mentions resolved so far, in text order), those after as first read (`starts`: the
    mentions' starts). A sentence reaching
    further than `_MATES_REACH` either side lists no such places (and a long unpunctuated line
    stays linear: its one sentence holds every mention)."""
    f = out[i]
    lo, hi = max(0, f.start - _MATES_REACH), min(len(text), f.end + _MATES_REACH)
    if not ((lo == 0 or _SENTENCE_END.search(text, lo, f.start))
            and (hi == len(text) or _SENTENCE_END.search(text, f.end, hi))):
        return None
    near = {id(q) for q in layout.mates(out, i)}
    if len(near) < 2:
        return None
    settled: dict[int, Place] = {}
    for x in reversed(done):
        if x.start < lo:
            break
        settled[x.start] = x.place
    mates = [settled.get(x.start, x.place)
             for x in out[bisect_left(starts, lo):bisect_right(starts, hi)]
             if x is not f and id(x.place) in near]
    isos = {q.oblast_iso for q in mates if q.country == "UA"}
    return isos.pop() if len(mates) >= 2 and len(isos) == 1 else None


def _former_name_there(g: Gazetteer, text: str, out: list[Found], i: int,
                       options: list[Place], named_after: str | None,
                       layout: _Layout) -> list[Place]:
    """`options` of mention i, or the town of the oblast that places it which bears its name as
    a former one: "Pervomaiskyi in Kharkiv Oblast" (or "in Kharkiv Oblast, ... Pervomaiskyi")
    is the town renamed Zlatopil, not the village of Donetsk oblast whose own name it is
    (`_settlements_named` gives only those). The oblast named right after the name, else the
    only one the sentence names; no option may lie there, and none may be a city of 50,000 or
    more in a list of names ("hit Odesa, Kherson, Dnipropetrovsk and Poltava")."""
    unit = named_after
    if unit is None:
        unit = layout.unit(i)
        if unit is None or layout.tiers(i).get(unit, 0) < 3:
            return options
    if any(p.oblast_iso == unit for p in options) or _large_in_list(g, text, out, i):
        return options
    there = [c.place for c in g.exact(text[out[i].start:out[i].end])
             if c.match == "alternate" and c.place.kind == "settlement"
             and c.place.oblast_iso == unit and c.place.approx is None]
    return [max(there, key=lambda p: p.population)] if there else options


def _large_in_list(g: Gazetteer, text: str, out: list[Found], i: int) -> bool:
    """Whether mention i names a town of 50,000 or more and stands in a list of names (another
    before it, or one after the oblast that follows it, named by its bare name): "hit Odesa,
    Kherson, Dnipropetrovsk and Poltava" lists Kherson and an oblast, and names no village
    Kherson of that oblast."""
    if not any(p.population >= LARGE_PLACE for p in _settlements_named(
            g, text[out[i].start:out[i].end])):
        return False
    if i + 1 < len(out) and not _settlements_named(g, text[out[i + 1].start:out[i + 1].end]):
        return False  # "Makiivka, Luhansk region, and Kreminna": a unit word makes it the unit
    return _list_before(text, out, i) or _list_goes_on(text, out, i + 1)


def _list_goes_on(text: str, out: list[Found], i: int, units: bool = False) -> bool:
    """Whether mention i is followed, after a list separator, by another settlement (a list
    of names goes on past it); `units`: or by an oblast ("по Запоріжжю, Херсонщині і
    Чернігівщині" lists three)."""
    return (i + 1 < len(out)
            and (out[i + 1].place.kind == "settlement"
                 or (units and out[i + 1].place.kind == "oblast"))
            and _LIST_SEP_ANY.fullmatch(text, out[i].end, out[i + 1].start) is not None)


def _is_town(x: Found) -> bool:
    """A town whose oblast tells which namesake a mention of its sentence is."""
    return x.place.kind == "settlement" and x.place.population >= _VILLAGE


def _is_mate(x: Found) -> bool:
    """A settlement with a point, near which a raion or hromada of its sentence lies."""
    return x.place.kind == "settlement" and x.place.lat is not None


class _Layout:
    """The sentence (between `_SENTENCE_END`s) and line of each mention, found once per report
    by bisection: "same sentence" and "same line" between two mentions are then comparisons of
    numbers, where scanning the text between them made a long unpunctuated line quadratic.

    Exact where no mention spans a sentence end or a line break (`of` returns a `_GapLayout`
    otherwise). Relies on `_SENTENCE_END` matching two characters."""

    def __init__(self, ends: list[int], breaks: list[int], seg: list[int], line: list[int],
                 named: list[tuple[int, int, str | None]]) -> None:
        self._ends, self.breaks = ends, breaks
        self.seg, self.line = seg, line
        # oblast -> the (line, sentence) pairs and the lines it is named in, in `named` order
        self._named: dict[str, tuple[set[tuple[int, int]], set[int]]] = {}
        for start, _end, iso in named:
            if iso is not None:
                where = (self._line_of(start), self._seg_of(start))
                pairs, lines = self._named.setdefault(iso, (set(), set()))
                pairs.add(where)
                lines.add(where[0])
        self._towns: dict[int, dict[str | None, int]] | None = None
        self._mates: dict[int, list[Found]] | None = None
        self._text = ""   # set by `of`: the report, for the blank lines between paragraphs
        self._lead: dict[int, set[str]] = {}   # line -> `_leading_oblasts`, when first asked
        self._heads: dict[int, str | None] = {}   # line -> `_heading`, when first asked
        self._asked(named)

    def _asked(self, named: list[tuple[int, int, str | None]]) -> None:
        """Each mention's `tiers` and `unit`, kept once asked (`_resolve_ambiguous` asks up to
        four times a mention), and the oblasts named, which `unit` reads."""
        self._named_all = named
        self._tiers: dict[int, dict[str, int]] = {}
        self._units: dict[int, str | None] = {}

    def unit(self, i: int) -> str | None:
        """`_named_unit` of mention i: the oblast its report places it in, if one."""
        units = self._units
        if i in units:
            return units[i]
        unit = units[i] = _named_unit(self.tiers(i), self._named_all)
        return unit

    def _seg_of(self, start: int) -> int:
        return bisect_left(self._ends, start - 1)

    def _line_of(self, start: int) -> int:
        return bisect_left(self.breaks, start)

    @classmethod
    def of(cls, text: str, out: list[Found],
           named: list[tuple[int, int, str | None]]) -> _Layout:
        marks = _ends_and_breaks
        if marks is None or not _ENDS_BY_FIND:
            ends, breaks = _sentence_ends(text), _line_breaks(text)
        else:
            ends, breaks = marks(text)
        seg, line = [], []
        last_end, last_break = len(ends), len(breaks)
        for f in out:
            s = bisect_left(ends, f.start - 1)
            n = bisect_left(breaks, f.start)
            # (the first end or break at or after its start, if any, is not inside it)
            if (s < last_end and ends[s] < f.end) or (n < last_break and breaks[n] < f.end):
                # a mention across a sentence end or a line break ("U.S. envoys")
                return _GapLayout(ends, breaks, out, named, text)
            seg.append(s)
            line.append(n)
        layout = cls(ends, breaks, seg, line, named)
        layout._text = text
        return layout

    def towns(self, out: list[Found], i: int) -> set[str | None]:
        """Oblasts of the towns (`_is_town`) in mention i's sentence, other than i."""
        if self._towns is None:
            self._towns = {}
            for j, x in enumerate(out):
                if _is_town(x):
                    counts = self._towns.setdefault(self.seg[j], {})
                    counts[x.place.oblast_iso] = counts.get(x.place.oblast_iso, 0) + 1
        counts = self._towns.get(self.seg[i], {})
        mine = _is_town(out[i])
        return {iso for iso, n in counts.items()
                if n - (mine and iso == out[i].place.oblast_iso) > 0}

    def mates(self, out: list[Found], i: int) -> list[Place]:
        """Places of the settlements (`_is_mate`) in mention i's sentence, other than i."""
        if self._mates is None:
            self._mates = {}
            for j, x in enumerate(out):
                if _is_mate(x):
                    self._mates.setdefault(self.seg[j], []).append(x)
        return [x.place for x in self._mates.get(self.seg[i], []) if x is not out[i]]

    def tiers(self, i: int) -> dict[str, int]:
        """Oblast -> how near the report names it to mention i: 3 in the same sentence, 2 in the
        same paragraph (line), 1 anywhere in the report. An oblast the report names settles
        which namesake a village is ("на Херсонщині ... Софіївка", "Kherson region ...
        Sofiivka"); a paragraph that names no oblast goes on from the one that names one just
        before it (`_leading_oblasts`). Computed once a mention; callers do not change it."""
        got = self._tiers.get(i)
        if got is None:
            got = self._tiers[i] = self._tiers_of(i)
        return got

    def _tiers_of(self, i: int) -> dict[str, int]:
        """`tiers` of mention i, computed."""
        here, line = (self.line[i], self.seg[i]), self.line[i]
        tiers = self._led(line, {iso: 3 if here in pairs else 2 if line in lines else 1
                                 for iso, (pairs, lines) in self._named.items()})
        heading = self._heading(line) if 2 in tiers.values() else None
        if heading is not None:
            tiers[heading] = 3
        return tiers

    def _heading(self, line: int) -> str | None:
        """The oblast whose name opens `line` as a sentence of its own ("Запорожский регион.
        За сутки РФ обстреляла Каменское, ..."): the paragraph is on that oblast, and its
        places lie there as if their sentences named it (a roundup by oblast); else None."""
        if line in self._heads:
            return self._heads[line]
        lo = self.breaks[line - 1] + 1 if line > 0 else 0
        head = None
        for start, end, iso in self._named_all:
            if iso is not None and lo <= start and not self._text[lo:start].strip(" \t•-*—–"):
                if _UNIT_HEADING.match(self._text, end):
                    head = iso
                break
        self._heads[line] = head
        return head

    def _led(self, line: int, tiers: dict[str, int]) -> dict[str, int]:
        """`tiers` of a mention on `line`, with the oblast of the paragraph leading into it
        (`_leading_oblasts`) as its paragraph's where it names none in its own."""
        if 2 not in tiers.values() and 3 not in tiers.values():
            for iso in self._leading_oblasts(line):
                tiers[iso] = 2
        return tiers

    def _leading_oblasts(self, line: int) -> set[str]:
        """The oblasts of the paragraph that leads into `line`, one that names none: those
        named in the nearest paragraph before it that names any, at most `_LEAD_LINES`
        paragraphs back and only one oblast ("Shelling hurt seven in Donetsk Oblast." then
        "Four were hurt in Kindrativka, two more in Nove": Donetsk's Kindrativka)."""
        got = self._lead.get(line)
        if got is not None:
            return got
        got = set()
        back, n = 0, line - 1
        while n >= 0 and back < _LEAD_LINES:
            lo = self.breaks[n - 1] + 1 if n > 0 else 0
            if self._text[lo:self.breaks[n]].strip():
                named = {iso for iso, (_pairs, lines) in self._named.items() if n in lines}
                if named:
                    got = named if len(named) == 1 else set()
                    break
                back += 1
            n -= 1
        self._lead[line] = got
        return got


class _GapLayout(_Layout):
    """The layout of a report where a mention spans a sentence end or a line break ("U.S.
    envoys": the end is the mention's last character), so that a mention has no one sentence:
    each question tests the text between two mentions as scanning it for a sentence end or a
    line break would, by bisection of the ends and breaks found once. A paragraph naming no
    oblast goes on from the one before as in `_Layout` (`_leading_oblasts`), so that such a
    mention does not change how the report's paragraphs are read."""

    def __init__(self, ends: list[int], breaks: list[int], out: list[Found],
                 named: list[tuple[int, int, str | None]], text: str = "") -> None:
        self._ends, self.breaks = ends, breaks
        self._spans = [(f.start, f.end) for f in out]
        self._named_spans = [(s, e, iso) for s, e, iso in named if iso is not None]
        # the lines each oblast is named in (by the mention's start), and the report, for a
        # paragraph's oblast leading into the next as in `_Layout` (`_leading_oblasts`)
        self._named = {}
        for start, _end, iso in self._named_spans:
            self._named.setdefault(iso, (set(), set()))[1].add(self._line_of(start))
        self._text, self._lead = text, {}
        self._asked(named)

    def _end_in(self, lo: int, hi: int) -> bool:
        """Whether `_SENTENCE_END` (two characters) matches within text[lo:hi]."""
        return bisect_left(self._ends, hi - 1) > bisect_left(self._ends, lo)

    def _apart(self, x: Found, f: Found) -> bool:
        """Whether a sentence end lies between (or inside) x and f, as the plain test asks."""
        return (self._end_in(*sorted((x.end, f.start)))
                or self._end_in(*sorted((f.end, x.start))))

    def towns(self, out: list[Found], i: int) -> set[str | None]:
        f = out[i]
        return {x.place.oblast_iso for x in out
                if x is not f and _is_town(x) and not self._apart(x, f)}

    def mates(self, out: list[Found], i: int) -> list[Place]:
        f = out[i]
        return [x.place for x in out if x is not f and _is_mate(x) and not self._apart(x, f)]

    def _tiers_of(self, i: int) -> dict[str, int]:
        f_start, f_end = self._spans[i]
        breaks = self.breaks
        tiers: dict[str, int] = {}
        for start, end, iso in self._named_spans:
            lo, hi = (end, f_start) if end <= f_start else (f_end, start)
            tier = 1
            if bisect_left(breaks, hi) <= bisect_left(breaks, lo):  # no "\n" in text[lo:hi]
                tier = 2 if self._end_in(lo, hi) else 3
            if tier > tiers.get(iso, 0):
                tiers[iso] = tier
        return self._led(self._line_of(f_start), tiers)


#: `_SENTENCE_END` is a mark and a space (`[.!?;]\s`, \s as `str.isspace`): its matches are
#: found by `str.find` for each mark (`_sentence_ends`). Else (the rule changed) by the regex.
_ENDS_BY_FIND = (_SENTENCE_END.pattern == r"[.!?;]\s" and not _SENTENCE_END.flags & re.ASCII)


#: Each mark of `_SENTENCE_END` before a space, a regex that opens with the mark's literal (the
#: engine skips to it in C, as `str.find` does), for `_sentence_ends`.
_MARK_ENDS = tuple((mark, re.compile(re.escape(mark) + r"(?=\s)")) for mark in ".!?;")
_START = re.Match.start


def _sentence_ends(text: str) -> list[int]:
    """Where `_SENTENCE_END` matches, in text order. Its regex scan tested a class at every
    character of a report (~15 us for 4 KB); a report has some 50 marks, each found in C by
    its own regex (a mark absent from the text by one `str.find`)."""
    if not _ENDS_BY_FIND:
        return [m.start() for m in _SENTENCE_END.finditer(text)]
    ends: list[int] = []
    for mark, ended in _MARK_ENDS:
        if mark in text:
            ends += map(_START, ended.finditer(text))
    ends.sort()
    return ends


#: A line break, found by the regex engine's skip to a literal.
_BREAK_CHAR = re.compile("\n")


def _line_breaks(text: str) -> list[int]:
    """The offsets of the text's line breaks ("\n"), in text order, each found in C."""
    return list(map(_START, _BREAK_CHAR.finditer(text)))


@lru_cache(maxsize=65536)
def _settlements_named(g: Gazetteer, name: str) -> list[Place]:
    """Ukrainian settlements of this name (those it is the own name of, if any): the options an
    ambiguous mention chooses from. Callers do not change the list."""
    matches = [c for c in g.exact(name)
               if c.place.kind == "settlement" and c.place.country == "UA"]
    if not matches and name.isascii() and len(name) >= 5:
        # a name in an older romanization ("Novomykhaylivka"): the namesakes of its 2010 one
        matches = [c for c in g.exact(_newer_spelling(name_key(name)))
                   if c.place.kind == "settlement" and c.place.country == "UA"]
    elif "евк" in name and not name.isascii():
        # a Russian "-еевка" name: also the villages of its regular respelling (Новоандреевка:
        # the codifier's Новоандріївки beside GeoNames' Crimean village), as `_raw_hits` reads
        seen = {id(c.place) for c in matches}
        matches += [c for c in g.exact(_newer_spelling(name_key(name)))
                    if c.place.kind == "settlement" and c.place.country == "UA"
                    and id(c.place) not in seen]
    sure = [c for c in matches if c.place.approx is None]
    own = [c for c in sure if c.match == "exact"]
    if not own and len(sure) > 1 and name.isascii():
        # else those whose own name it spells ("Slovyansk": Sloviansk, not Nikopol, an old
        # name of which GeoNames also writes so)
        skeleton = _consonants(name)
        own = [c for c in sure if _consonants(c.place.name) == skeleton]
    # the codifier's villages (approximate points) after the places with their own points:
    # callers take one only where the report's oblast picks it (`_codifier_options`)
    return [c.place for c in (own or sure)] + [c.place for c in matches
                                               if c.place.approx is not None]


def _votes(text: str, out: list[Found], i: int, starts: list[int],
           article_oblasts: dict[str, int]) -> dict[str, int]:
    """Oblast -> votes of the article's other places for mention i: one each, three within 300
    characters, 13 for a town of the same sentence, seven for an oblast named within 300
    characters and 23 for one in the same sentence (the mention's own first guess does not
    vote). From the article's totals and the
    mentions near i (found by bisection of the sorted starts), so long texts stay linear."""
    votes = dict(article_oblasts)
    own = out[i].place
    if own.oblast_iso and own.country == "UA":
        votes[own.oblast_iso] -= 1
    at = out[i].start
    for j in range(bisect_left(starts, at - 299), bisect_right(starts, at + 299)):
        o = out[j].place
        if j != i and o.oblast_iso and o.country == "UA":
            votes[o.oblast_iso] += 2
            if o.kind == "settlement" and not _SENTENCE_END.search(
                    text, *sorted((out[j].end if j < i else out[j].start, at))):
                # a town of the same sentence ("assaulting Lyman, to break through to Sloviansk")
                # outweighs the article's places elsewhere
                votes[o.oblast_iso] += 10
            if o.kind == "oblast" and not _FROM_UNIT.search(text, max(0, out[j].start - 12),
                                                            out[j].start):
                # an oblast named nearby outweighs the article's other places, and one named
                # in the same sentence ("Zaporizhzhia Oblast: ... Huliaipole") decides; one
                # named as an origin ("redeployed from the Kharkiv region") locates nothing
                lo, hi = sorted((out[j].end, at))
                votes[o.oblast_iso] += 4 if _SENTENCE_END.search(text, lo, hi) else 20
    return votes


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    path: Path = settings.DATA_DIR / "english_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def default_matcher() -> PlaceMatcher:
    """The matcher over the shipped gazetteer, built once per process.

    Building it takes about a second; the built matcher is cached on disk (keyed by the data
    files and this code) and loads in a fraction of that on later starts.
    """
    def build() -> PlaceMatcher:
        rows = json.loads(settings.PLACES_FILE.read_text(encoding="utf-8"))["places"]
        hromadas = (json.loads(settings.VILLAGES_FILE.read_text(encoding="utf-8")).get(
            "hromadas", []) if settings.VILLAGES_FILE.exists() else [])
        matcher = PlaceMatcher(
            default_gazetteer(),
            {row["geonameid"]: row["lang_forms"] for row in rows if row.get("lang_forms")},
            {row["geonameid"]: row["raion_forms"] for row in rows if row.get("raion_forms")},
            hromadas)
        matcher.warm()
        return matcher

    sources = [settings.PLACES_FILE, settings.WORLD_FILE, settings.DATA_DIR / "english_words.txt",
               *(f for f in (settings.VILLAGES_FILE,) if f.exists()),
               *_CODE]
    return cached_build("matcher", sources, build, PlaceMatcher)
