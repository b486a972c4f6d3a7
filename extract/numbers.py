"""Counts written in digits or words: "111", "1,300", "two", "twenty-five", "a dozen",
"at least 40". Vague amounts ("dozens", "several") are no number (None)."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "a dozen": 12,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
_WORD_UNITS = "|".join(sorted((k for k in _UNITS if " " not in k and k not in ("a", "an", "no")),
                              key=len, reverse=True))
_WORD_TENS = "|".join(_TENS)

#: A count: digits with thousands separators, or a number written in words.
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:hundred|thousand))?"
    rf"|\b(?:(?:{_WORD_TENS})(?:[\s-](?:{_WORD_UNITS}))?|(?:{_WORD_UNITS}))\b"
    r"(?:\s+(?:hundred|thousand)\b(?:\s+(?:and\s+)?(?:" + _WORD_TENS + "|" + _WORD_UNITS
    + r")\b)?)?"
    r"|\ba\s+dozen\b|\b[Aa]n?(?=\s+(?:civilian|person|man|woman|child|boy|girl|resident|teenager|"
    r"pensioner|police|rescuer|medic|worker|driver|soldier|journalist|volunteer|"
    r"elderly|\d+-year-old|[a-z]+-year-old)\b)"
)
#: Qualifiers that keep the number ("at least 111" gives 111).
QUALIFIER = (r"(?:(?:at\s+least|more\s+than|over|almost|nearly|about|around|some|up\s+to|"
             r"approximately|roughly|as\s+many\s+as|no\s+fewer\s+than|a\s+total\s+of|"
             r"another|a\s+further|an\s+additional)\s+)?")



def parse_number(text: str) -> int | None:
    """Value of one count as matched by `NUMBER`; None when it is not a definite number."""
    s = text.strip().lower().replace("-", " ")
    s = re.sub(r"\s+", " ", s)
    if not s:
        return None
    if s[0].isdigit():
        parts = s.split(" ")
        value = int(parts[0].replace(",", ""))
        if len(parts) > 1 and parts[1] in _SCALES:
            value *= _SCALES[parts[1]]
        return value
    if s in ("a", "an"):
        return 1
    if s in _UNITS:
        return _UNITS[s]
    total = 0
    current = 0
    for word in s.split(" "):
        if word in ("and", "a"):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total += current
                current = 0
        else:
            return None
    return total + current
