"""Event dates: the report's published date, moved by what the sentence says ("yesterday",
"on Tuesday", "on 3 December", "On 15 March 2023")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from extract.numbers import digits_in
from extract.rules import Rule
from extract.rules import date_phrases as dp
from extract.rules.rulesets import RuleSet, ruleset

ENGLISH = ruleset("en")

#: Where the date phrases live (`extract.rules.date_phrases`), re-exported for the modules
#: that name months and weekdays.
MONTH_NAMES = dp.MONTH_NAMES
WEEKDAY_NAMES = dp.WEEKDAY_NAMES


def gated_rules(rules: RuleSet) -> tuple[Rule, ...]:
    """The rules whose gates `armed` (`absolute_dates`, `relative_date`) tells of."""
    return (rules.weekday, rules.yesterday, *rules.full_dates)


def absolute_dates(text: str, published: date | None, rules: RuleSet = ENGLISH, *,
                   armed: frozenset[str] | set[str] | None = None) -> list[tuple[int, date]]:
    """(offset, date) of every full date written in the text, in order. `armed`: the names of
    the rules whose gates the lower-cased text holds, if the caller has them already (a
    report's cue automaton, `extract.events`), instead of a pass over it for each."""
    found: list[tuple[int, date]] = []
    # a date's day is digits (`_from_match` reads it with int()): none without one. Where the
    # cues are given, the rules they arm are asked first: most sentences arm none, and the
    # digit search scans the whole sentence (1.3 us a bench sentence)
    if armed is None and not digits_in(text).search(text):
        return found
    applied = [dp.ISO_DATE] if "-" in text else []
    if armed is None:
        low = text.lower()
        applied += [r for r in rules.full_dates if r.armed_by(low)]
    else:
        applied += [r for r in rules.full_dates if r.name in armed]
        if not applied or not digits_in(text).search(text):
            return found
    for rule in applied:
        for m in rule.regex.finditer(text):
            when = _from_match(m, published, rules.months)
            if when is not None:
                found.append((m.start(), when))
    return sorted(found)


def relative_date(sentence: str, published: date | None, rules: RuleSet = ENGLISH, *,
                  armed: frozenset[str] | set[str] | None = None) -> date | None:
    """The day a sentence's "on Tuesday" or "yesterday" names, counted from `published`.
    `armed`: as for `absolute_dates`.

    "Overnight" and "this morning" name no other day: the night that ends on the morning of
    publication is dated by the publication date (as in the data contract's example).
    """
    if published is None:
        return None
    if armed is None:
        low = sentence.lower()
        weekday, yesterday = rules.weekday.armed_by(low), rules.yesterday.armed_by(low)
    else:
        weekday, yesterday = rules.weekday.name in armed, rules.yesterday.name in armed
    if not (weekday or yesterday):
        return None
    # "leaders who visited Kyiv on Saturday": a day in a relative clause dates that clause
    m = next((m for m in rules.weekday.regex.finditer(sentence)
              if not dp.IN_RELATIVE_CLAUSE.search(sentence, 0, m.start())),
             None) if weekday else None
    if m:
        delta = (published.weekday() - rules.weekdays[m.group("wd").lower()]) % 7
        return published - timedelta(days=delta)
    if yesterday and rules.yesterday.search(sentence):
        return published - timedelta(days=1)
    return None


def _from_match(m: re.Match[str], published: date | None,
                months: Mapping[str, int]) -> date | None:
    mon = m.group("mon")
    month = int(mon) if mon.isdigit() else months.get(mon.lower().rstrip("."))
    if month is None:
        return None
    year_s = m.group("year")
    try:
        day = int(m.group("day"))
        following = m.groupdict().get("next")
        if following and int(following) == day + 1:
            day += 1  # "the night of March 3 to 4": the day it ends on
        if year_s:
            return date(int(year_s), month, day)
        if published is None:
            return None
        found = date(published.year, month, day)
        return found if found <= published + timedelta(days=1) else date(published.year - 1,
                                                                           month, day)
    except ValueError:
        return None
