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


@cache
def words(lang: str) -> dict[str, int]:
    """Word form (lower case, plain apostrophe) -> value, for `uk` or `ru`."""
    data = json.loads((settings.DATA_DIR / "number_words.json").read_text(encoding="utf-8"))
    return {**data[lang], **BOTH.get(lang, {}), **HUNDRED.get(lang, {})}


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
    word = rf"(?:{_word_alternation(lang)})"
    return rf"(?:{_DIGITS}|\b{word}(?:\s+{word}){{0,2}}\b)"


def parse_number(text: str, lang: str) -> int | None:
    """The value of a count `number_piece` matched, or None."""
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if digits.isdigit():
        return int(digits)
    table = words(lang)
    total = 0
    for word in text.lower().split():
        for a in _APOSTROPHES[1:]:
            word = word.replace(a, "'")
        value = table.get(word)
        if value is None:
            return None
        total = max(total, 1) * value if value == 1000 else total + value
    return total


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
