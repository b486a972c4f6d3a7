"""Event dates: the report's published date, moved by what the sentence says ("yesterday",
"on Tuesday", "on 3 December", "On 15 March 2023")."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTH_NAMES: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december")
WEEKDAY_NAMES: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday")
_MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR_OPT = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
_DAY_FIRST = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}{_YEAR_OPT}",
                        re.I)
_MONTH_FIRST = re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_YEAR_OPT}", re.I)
# The look-behind after the "2" stands for a \b before it: the pattern opens with a literal,
# which the regex engine scans for in C.
_ISO = re.compile(r"(?P<year>2(?<!\w.)0\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b")
_WEEKDAY = re.compile(r"\b(?:on|late|early|last)\s+(?P<wd>" + "|".join(WEEKDAY_NAMES) + r")\b",
                      re.I)
_YESTERDAY = re.compile(r"\b(?:yesterday|last\s+night|the\s+previous\s+(?:day|night))\b", re.I)


_IN_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|which|whose)\b[^,;]*$", re.I)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_MONTH_HINT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|"
                         r"MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                         r"oct|nov|dec)")


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _has_month_hint(text: str) -> bool:
    """`_MONTH_HINT` in the text. Any of its spellings lower-cases to a stem, so plain substring
    tests of the lower-cased text rule most texts out before the (slower) regex runs."""
    low = text.lower()
    return any(map(low.__contains__, _MONTH_STEMS)) and bool(_MONTH_HINT.search(text))


def absolute_dates(text: str, published: date | None) -> list[tuple[int, date]]:
    """(offset, date) of every full date written in the text, in order."""
    found: list[tuple[int, date]] = []
    rxs = [_ISO] if "-" in text else []
    if _has_month_hint(text):
        rxs += [_DAY_FIRST, _MONTH_FIRST]
    for rx in rxs:
        for m in rx.finditer(text):
            when = _from_match(m, published)
            if when is not None:
                found.append((m.start(), when))
    return sorted(found)


_RELATIVE_HINTS = ("day", "yesterday", "last night", "previous night")


def relative_date(sentence: str, published: date | None) -> date | None:
    """The day a sentence's "on Tuesday" or "yesterday" names, counted from `published`.

    "Overnight" and "this morning" name no other day: the night that ends on the morning of
    publication is dated by the publication date (as in the data contract's example).
    """
    if published is None:
        return None
    low = sentence.lower()
    if not any(map(low.__contains__, _RELATIVE_HINTS)):
        return None
    # "leaders who visited Kyiv on Saturday": a day in a relative clause dates that clause
    m = next((m for m in _WEEKDAY.finditer(sentence)
              if not _IN_RELATIVE_CLAUSE.search(sentence, 0, m.start())), None)
    if m:
        delta = (published.weekday() - WEEKDAY_NAMES.index(m.group("wd").lower())) % 7
        return published - timedelta(days=delta)
    if _YESTERDAY.search(sentence):
        return published - timedelta(days=1)
    return None


def _from_match(m: re.Match[str], published: date | None) -> date | None:
    mon = m.group("mon")
    month = int(mon) if mon.isdigit() else _MONTHS.get(mon.lower().rstrip("."))
    if month is None:
        return None
    year_s = m.group("year")
    try:
        day = int(m.group("day"))
        if year_s:
            return date(int(year_s), month, day)
        if published is None:
            return None
        found = date(published.year, month, day)
        return found if found <= published + timedelta(days=1) else date(published.year - 1,
                                                                           month, day)
    except ValueError:
        return None
