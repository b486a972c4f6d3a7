"""Counts written in Ukrainian or Russian: digits, or number words in any case and gender
("двоє", "двох", "п'ятеро", "одинадцять", "двадцять п'ять"; "двое", "троих").

The word forms are data (`data/number_words.json`, built by `data/build_number_words.py` from
num2words and pymorphy3): a count in words is the sum of its words, "тисяча" multiplies.
"""

from __future__ import annotations

import json
import re
from functools import cache

from extract.rules import Rule
from geo import settings

_APOSTROPHES = "'’ʼ"
_APOSTROPHE_CLASS = "['’ʼ]"
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+"


#: "Both" in every gender and case: a count of two ("обидва поранені", "оба пострадавших")
#: that the number libraries do not list among the numerals.
BOTH: dict[str, dict[str, int]] = {
    "uk": dict.fromkeys(("обидва", "обидві", "обоє", "обох", "обом", "обома", "обидвох",
                         "обидвом", "обидвома", "обидвоє"), 2),
    "ru": dict.fromkeys(("оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими",
                         "обеими"), 2),
}
#: A hundred as a noun in the singular ("атакували сотнею БпЛА", "понад сотню дронів"); the
#: plural ("сотні дронів", hundreds) is no count, so the forms it shares are left out.
HUNDRED: dict[str, dict[str, int]] = {
    "uk": dict.fromkeys(("сотня", "сотню", "сотнею"), 100),
    "ru": dict.fromkeys(("сотня", "сотню", "сотней", "сотнею"), 100),
}
#: Ten as a noun in the singular ("понад десяток БпЛА", "около десятка дронов"): a count of ten;
#: after a count it multiplies (Russian "два десятка" 20).
TEN: dict[str, dict[str, int]] = {
    "uk": dict.fromkeys(("десяток", "десятка", "десятку", "десятком"), 10),
    "ru": dict.fromkeys(("десяток", "десятка", "десятку", "десятком", "десятке"), 10),
}
#: Fifty and a dozen as nouns ("понад півсотні дронів", "полсотни беспилотников", "дюжина").
FIFTY_DOZEN: dict[str, dict[str, int]] = {
    "uk": {**dict.fromkeys(("півсотні", "півсотня", "півсотню", "півсотнею"), 50),
           **dict.fromkeys(("дюжина", "дюжину", "дюжини", "дюжиною"), 12)},
    "ru": {**dict.fromkeys(("полсотни", "полсотня", "полсотню", "полсотней"), 50),
           **dict.fromkeys(("дюжина", "дюжину", "дюжины", "дюжиной"), 12)},
}
#: One and a half, before a ten or a hundred as a noun ("півтора десятка" 15, "полторы сотни"
#: 150): no count alone.
ONE_AND_A_HALF: dict[str, tuple[str, ...]] = {"uk": ("півтора", "півтори"),
                                               "ru": ("полтора", "полторы")}
#: Tens and hundreds as plural nouns: no count alone ("десятки дронів" is tens of drones), a
#: multiplier after a count ("два десятки" 20, "три сотні" 300, "пять десятков" 50).
MULTIPLIERS: dict[str, dict[str, int]] = {
    "uk": {**dict.fromkeys(("десятки", "десятків", "десятками"), 10),
           **dict.fromkeys(("сотні", "сотень", "сотнями"), 100)},
    "ru": {**dict.fromkeys(("десятки", "десятков", "десятками"), 10),
           **dict.fromkeys(("сотни", "сотен", "сотнями"), 100)},
}
#: A hundred in the genitive singular, which is spelt as the plural "hundreds": a count only
#: after a word that governs the genitive ("близько сотні дронів", "около сотни БПЛА"), never
#: alone ("сотні дронів", hundreds of drones).
_GENITIVE_HUNDRED: dict[str, tuple[str, tuple[str, ...]]] = {
    "uk": ("сотні", ("близько", "більше", "майже", "до", "менше", "щонайменше", "приблизно",
                     "орієнтовно", "понад")),
    "ru": ("сотни", ("около", "более", "почти", "до", "менее", "свыше", "порядка",
                     "примерно", "приблизительно")),
}


@cache
def words(lang: str) -> dict[str, int]:
    """Word form (lower case, plain apostrophe) -> value, for `uk` or `ru`."""
    data = json.loads((settings.DATA_DIR / "number_words.json").read_text(encoding="utf-8"))
    return {**data[lang], **BOTH.get(lang, {}), **HUNDRED.get(lang, {}), **TEN.get(lang, {}),
            **FIFTY_DOZEN.get(lang, {})}


def _word_alternation(lang: str) -> str:
    """The word forms as one regex alternation, factored into a trie ("дв(?:а|ох|ом|...)"):
    the forms run to hundreds and are repeated in every phrase, so a flat alternation made the
    phrases slow to compile and to match."""
    return _trie_pattern(sorted(words(lang)))


def _trie_pattern(forms: list[str]) -> str:
    """A regex matching exactly `forms`, longest alternatives first at each branch point
    (so that "двох" is preferred to "дво" where both would match)."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
            piece = _APOSTROPHE_CLASS if ch == "'" else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        optional = "" in node
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = f"(?:{body})?" if len(branches) == 1 else body[:-1] + ")?"
        return body

    return emit(trie)


def _depth(node: dict[str, dict]) -> int:
    return 1 + max((_depth(child) for key, child in node.items() if key), default=0)


@cache
def number_piece(lang: str) -> str:
    """A regex piece for a count: digits, or one to three number words ("двадцять п'ять")."""
    return count_pattern(_word_alternation(lang), lang)


def count_pattern(word: str, lang: str) -> str:
    """A count: digits, or one to three number words (`word`, an alternation of their forms)
    and a plural ten or hundred after them ("два десятки"), or a hundred in the genitive after
    the word governing it ("близько сотні")."""
    multiplier = "|".join(sorted(MULTIPLIERS[lang], key=len, reverse=True))
    hundred, governors = _GENITIVE_HUNDRED[lang]
    # the word first, its governor looked behind only where the word is: this piece is tried
    # at every character of a sentence
    after = "|".join(rf"(?<={g}\s{hundred})" for g in governors)
    nouns = "|".join(sorted({*MULTIPLIERS[lang], *TEN[lang], hundred}, key=lambda w: (-len(w), w)))
    half = "|".join(ONE_AND_A_HALF[lang])
    return (rf"(?:{_DIGITS}|\b(?:{word})(?:\s+(?:{word})){{0,2}}(?:\s+(?:{multiplier}))?\b|"
            rf"{hundred}\b(?:{after})|\b(?:{half})\s+(?:{nouns})\b)")


def add_word(total: int, word: str, value: int, lang: str) -> int:
    """A count in words so far with one more word: thousands, and tens and hundreds as nouns
    after a count ("дві тисячі", "два десятки", "три сотні"), multiply; the rest add up."""
    if value == 1000 or (total and (word in MULTIPLIERS[lang] or word in TEN[lang]
                                    or word in HUNDRED[lang])):
        return max(total, 1) * value
    return total + value


def parse_number(text: str, lang: str) -> int | None:
    """The value of a count `number_piece` matched, or None."""
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if digits.isdigit():
        return int(digits)
    table = words(lang)
    first, _, rest = text.lower().partition(" ")
    if first in ONE_AND_A_HALF[lang]:  # "півтора десятка": 15
        ten = MULTIPLIERS[lang].get(rest.strip()) or TEN[lang].get(rest.strip()) or (
            _genitive_hundred(rest.strip(), lang))
        return None if ten is None else ten * 3 // 2
    total = 0
    for word in text.lower().split():
        for a in _APOSTROPHES[1:]:
            word = word.replace(a, "'")
        value = table.get(word) or MULTIPLIERS[lang].get(word) or _genitive_hundred(word, lang)
        if value is None:
            return None
        total = add_word(total, word, value, lang)
    return total


def _genitive_hundred(word: str, lang: str) -> int | None:
    return 100 if word == _GENITIVE_HUNDRED[lang][0] else None


COUNT_WORD_UK = Rule(
    "count_word_uk",
    "A Ukrainian number word: without one (or a digit) a sentence has nothing to count.",
    rf"\b(?:{_word_alternation('uk')})\b",
    matches=("загинули двоє людей", "поранено п'ятеро", "одинадцять осіб", "обидва поранені"),
    rejects=("загинула жінка", "дрони атакували місто"),
)
COUNT_WORD_RU = Rule(
    "count_word_ru",
    "A Russian number word: without one (or a digit) a sentence has nothing to count.",
    rf"\b(?:{_word_alternation('ru')})\b",
    matches=("погибли двое", "ранены пятеро человек", "одиннадцать человек",
             "оба пострадавших"),
    rejects=("погибла женщина", "дроны атаковали город"),
)
