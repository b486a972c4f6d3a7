"""Counts written in digits or words: "111", "1,300", "two", "twenty-five", "a dozen",
"at least 40". Vague amounts ("dozens", "several") are no number (None)."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "a dozen": 12, "one dozen": 12,
    "both": 2,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
#: (not "dozen" alone: "a dozen", "one dozen" are 12, but "two dozen", "more than two dozen"
#: are read as vague, as "dozens" is, and no count is taken from them)
_WORD_UNITS = "|".join(sorted((k for k in _UNITS if " " not in k
                               and k not in ("a", "an", "no", "dozen")),
                              key=len, reverse=True))
_WORD_TENS = "|".join(_TENS)

#: One person named by kin, counted as one ("her husband was wounded").
RELATIVE = (r"(?:husband|wife|son|daughter|mother|father|brother|sister|grandson|granddaughter|"
            r"grandmother|grandfather|neighbou?r|partner|relative)")
#: One person named by role after "the", counted as one ("the driver").
ROLE = r"(?:driver|pilot|guard)"
#: One person named by kin or role, counted as one ("her husband", "the driver"; lower case).
ONE_PERSON = ("another", "her", "his", "their", "the")
#: Nouns for one person that "a", "an" or "another" count as one ("a woman", "a tractor driver").
PERSON_NOUNS: tuple[str, ...] = (
    "civilian", "person", "individual", "man", "woman", "child", "boy", "girl", "resident",
    "teenager",
    "pensioner", "police", "rescuer", "medic", "worker", "driver", "soldier", "serviceman",
    "servicewoman", "journalist",
    "security", "guard", "officer", "firefighter", "farmer", "doctor", "nurse", "teacher", "baby",
    "infant", "newborn", "volunteer", "elderly", "adult", "policeman", "policewoman",
    "paramedic", "pedestrian", "passer-by", "cyclist", "student", "priest", "shopkeeper",
    "seller", "vendor", "saleswoman", "salesman", "janitor", "cleaner", "fisherman",
    "electrician", "engineer", "employee", "courier", "postman", "miner",
    # kin, as a note names them ("a grandmother was killed", "a son was hurt")
    "husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "grandson",
    "granddaughter", "grandmother", "grandfather", "neighbour", "neighbor")
#: `PERSON_NOUNS` and ages used as nouns ("a 17-year-old").
PERSON_NOUN = rf"(?:{'|'.join(PERSON_NOUNS)}|\d+-year-old|[a-z]+-year-old)"

#: "an elderly couple", "a married couple": two people, counted as such (not "a couple of", a
#: vague few).
COUPLE = r"\b[Aa]n?\s+(?:[a-z-]+\s+)?couple\b(?!\s+of\b)"

#: A count: digits with thousands separators, or a number written in words.
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:hundred|thousand))?"
    rf"|\b(?:(?:{_WORD_TENS})(?:[\s-](?:{_WORD_UNITS}))?|(?:{_WORD_UNITS}))\b"
    r"(?:\s+(?:hundred|thousand)\b(?:\s+(?:and\s+)?(?:" + _WORD_TENS + "|" + _WORD_UNITS
    + r")\b)?)?(?!\s+dozen\b)"
    # "a hundred drones", "nearly a thousand": one hundred, one thousand ("a dozen", "one
    # dozen": 12; not "half a dozen", no count read)
    r"|(?<!half\s)\b(?:a|one)\s+dozen\b|\ba\s+(?:hundred|thousand)\b(?:\s+(?:and\s+)?(?:"
    + _WORD_TENS + "|" + _WORD_UNITS + r")\b)?"
    rf"|{COUPLE}"
    # "a man", "an elderly woman", "a second person", "a tractor driver"
    rf"|\b(?:[Aa]n?|[Aa]nother)(?=\s+(?:[a-z-]+\s+)?{PERSON_NOUN}\b(?!\s+couple\b))"
    # "another relative and two neighbours": one named by kin, opening a list of people
    rf"|\b(?:[Aa]n?|[Aa]nother)(?=\s+{RELATIVE}\s+and\s)"
    # one named by kin or role: "her husband", "his son", "the driver"
    rf"|\b(?:[Hh]er|[Hh]is|[Tt]heir)(?=\s+(?:[\w-]+\s+)?{RELATIVE}\b)"
    rf"|\b[Tt]he(?=\s+(?:[\w-]+\s+)?{ROLE}\b)"
)
_QUALIFIERS = ("at least", "more than", "over", "almost", "nearly", "about", "around", "some",
               "up to", "approximately", "roughly", "as many as", "no fewer than", "a total of",
               "another", "a further", "an additional", "all")
#: Qualifiers that keep the number ("at least 111" gives 111).
QUALIFIER = ("(?:(?:" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS) + r")\s+)?")


def _count_word_start() -> re.Pattern[str]:
    """The first letters of a qualifier or number word ("at", "twenty", "a "), in lower-cased
    text. With `COUNT_DIGITS` a cheap superset of the places `QUALIFIER` + `NUMBER` can begin,
    so those costly patterns are tried only there. Each alternative opens with a literal, which
    the regex engine scans for in C; each match is one character long, so overlapping starts are
    found. A candidate holds its whole first word: a qualifier's (or "a", "an", "another") and a
    space after it, as every qualifier and `NUMBER`'s counts by "a" have; a number word's at a
    word start (where `N`'s look-behind lets a count begin) and a word end after it (`NUMBER`'s
    `\\b`). Three letters alone let "drones", "deaths", "eastern", "overnight" be tried (10 of a
    bench report's 13 tries of `N`, 0.9 us each, all failing)."""
    heads = {q.split(" ")[0] for q in _QUALIFIERS} | {"a", "an", "another"}
    numbers = {w for w in (*_UNITS, *_TENS) if " " not in w} - heads
    alternatives = []
    for c in sorted({w[0] for w in heads | numbers}):
        spaced = [re.escape(w[1:]) for w in sorted(heads, key=lambda w: (-len(w), w))
                  if w[0] == c]
        whole = [re.escape(w[1:]) for w in sorted(numbers, key=lambda w: (-len(w), w))
                 if w[0] == c]
        if spaced:
            alternatives.append(f"{c}(?=(?:{'|'.join(spaced)})\\s)")
        if whole:
            alternatives.append(f"{c}(?<!\\w.)(?=(?:{'|'.join(whole)})\\b)")
    # "the driver", "her husband": checked whole here, "the" and "her" being everywhere
    one_person = [rf"t(?=he\s+(?:[\w-]+\s+)?{ROLE}\b)",
                  rf"h(?=(?:er|is)\s+(?:[\w-]+\s+)?{RELATIVE}\b)",
                  rf"t(?=heir\s+(?:[\w-]+\s+)?{RELATIVE}\b)"]
    return re.compile("|".join([*alternatives, *one_person]))


#: Candidate starts of a qualified count: digit runs and `COUNT_WORD_START`. Written `\d\d*`,
#: not `\d+`: `re` skips ahead in C only to where a pattern's first item, a literal or a
#: class, matches, and a repeat first (`\d+`) is no such item, so the matching engine was
#: entered at every character of the sentence (a search of a 140-character sentence without
#: a digit: ~20 k instructions as `[0-9]+`, ~3 times fewer as `[0-9][0-9]*`). The same runs,
#: the same matches (tests/test_speed_paths_s24.py).
COUNT_DIGITS = re.compile(r"\d\d*")
#: `COUNT_DIGITS` for an ASCII text, whose only digits are 0-9: a range test at each character
#: where `\d` looks each one's category up (`digits_in`).
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")


def digits_in(text: str) -> re.Pattern[str]:
    """`COUNT_DIGITS`, or for an ASCII text (most sentences of an English report, sliced from
    it) its equal there, which tests a range, not a category, at each character."""
    return _ASCII_DIGITS if text.isascii() else COUNT_DIGITS
COUNT_WORD_START = _count_word_start()



#: Runs of white space (`\s\s*` for `\s+`, as `COUNT_DIGITS` is written: skips ahead in C).
_SPACES = re.compile(r"\s\s*")


def parse_number(text: str) -> int | None:
    """Value of one count as matched by `NUMBER`; None when it is not a definite number."""
    s = text.strip().lower().replace("-", " ")
    s = _SPACES.sub(" ", s)
    if not s:
        return None
    if s[0].isdigit():
        parts = s.split(" ")
        value = int(parts[0].replace(",", ""))
        if len(parts) > 1 and parts[1] in _SCALES:
            value *= _SCALES[parts[1]]
        return value
    if s in ("a", "an") or s in ONE_PERSON:
        return 1
    if s.endswith(" couple"):
        return 2  # "an elderly couple": two people
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
