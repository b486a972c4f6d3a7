"""Date phrases: full dates written in a report ("3 December", "Dec. 3, 2025", "2025-12-03")
and days named relative to its publication ("on Tuesday", "yesterday"), as written."""

from __future__ import annotations

import re

from extract.rules import Rule

MONTH_NAMES: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december")
WEEKDAY_NAMES: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday",
                                  "saturday", "sunday")
#: Month name or abbreviation -> its number.
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR_OPT = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"

DAY_FIRST = Rule(
    "day_first",
    "A day, then its month (and year): \"3 December\", \"15th of March 2023\".",
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}{_YEAR_OPT}",
    matches=("On 3 December a drone hit", "on the 15th of March 2023"),
    rejects=("3 drones hit", "in December"),
    lower=False, flags=re.I,
)
MONTH_FIRST = Rule(
    "month_first",
    "A month, then its day (and year): \"Dec. 3, 2025\", \"March 15\"; a night by its two days, "
    "\"the night of March 3 to 4\", \"Oct. 8-9\" (group `next`: the day it ends on, as "
    "\"26-27 December\" is read; `extract.dates`).",
    rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to|into)\s*(?P<next>\d{1,2})(?:st|nd|rd|th)?(?![\d.,:]\d))?"
    rf"{_YEAR_OPT}",
    matches=("Dec. 3, 2025", "on March 15th", "on the night of March 3 to 4",
             "overnight on Oct. 8-9, 2024"),
    rejects=("March of 2025", "15 March"),
    lower=False, flags=re.I,
)
ISO_DATE = Rule(
    "iso_date",
    "An ISO date (the look-behind after the \"2\" stands for \\b, so the engine scans in C).",
    r"(?P<year>2(?<!\w.)0\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b",
    matches=("published 2025-12-03 09:00",),
    rejects=("X2025-12-03", "2025-12"),
    lower=False,
)
WEEKDAY = Rule(
    "weekday",
    "A weekday the sentence dates its event by: \"on Tuesday\", \"late Sunday\".",
    r"\b(?:on|late|early|last)\s+(?P<wd>" + "|".join(WEEKDAY_NAMES) + r")\b",
    matches=("a missile hit the city on Tuesday", "late Sunday"),
    rejects=("Tuesday's attack", "on today"),
    lower=False, flags=re.I,
)
YESTERDAY = Rule(
    "yesterday",
    "The day before publication: \"yesterday\", \"last night\", \"the previous night\".",
    r"\b(?:yesterday|last\s+night|the\s+previous\s+(?:day|night))\b",
    matches=("drones struck Odesa last night", "on the previous day"),
    rejects=("overnight", "tonight"),
    lower=False, flags=re.I,
)
SINCE_BEFORE = Rule(
    "since_before",
    "Right before a date, \"since\": the date starts a period (\"the largest attack since August "
    "4\"), it is not the sentence's day (`extract.events`, on the lower-cased text before the "
    "date).",
    r"\bsince\s+(?:the\s+)?$",
    matches=("the largest attack since ", "the heaviest since the "),
    rejects=("a drone hit kharkiv on ", "ever since then, on "),
)

TELLING_BEFORE = Rule(
    "telling_before",
    "Right before a date, the telling of the news (\"in a statement on July 14\", \"in its "
    "update on the\", \"the military said on\"): the day it was told, not the day of a strike "
    "the sentence recalls (`extract.events`, on the lower-cased text before the date or the "
    "weekday's \"on\").",
    r"\b(?:(?:in|during|via|according\s+to)\s+(?:a|an|its|his|her|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:statement|update|post|message|briefing|address|announcement|"
    r"interview|comments?|remarks|video|notice|telegram\s+post)"
    r"(?:\s+(?:published|issued|posted|released|made|given|shared))?|"
    r"(?:said|says|reported|announced|wrote|stated|posted|added|confirmed|told\s+\w+))"
    r"(?:\s+on)?\s+(?:the\s+)?$",
    matches=("in a statement on ", "the military said in a statement ",
             "in its evening update on the ", "the air force said on ",
             "according to a telegram post published on ", "officials told reporters on "),
    rejects=("a drone hit kharkiv on ", "the attack of ", "drones struck the city on ",
             "the statement was issued after the attack on "),
)

NIGHT_START = Rule(
    "night_start",
    "Right before a date, the hour or the evening a night's attack began (\"the night of 9 "
    "May (from 19:00 on 8 May)\", \"since the evening of 8 May\"): the start of the night that "
    "ends on the day reported, not the sentence's day (`extract.events`, on the lower-cased "
    "text before the date).",
    r"\b(?:from|since|(?:starting|beginning)\s+(?:at|from))\s+(?:(?:about|around|approximately)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+\([^()]{1,16}\))?"
    r"|the\s+(?:evening|night|late\s+evening)\s+of)\s+(?:on\s+)?(?:the\s+)?$",
    matches=("on the night of 9 may (from 19:00 on ", "drones flew since the evening of ",
             "launched from 8 p.m. on ", "starting at 21.30 on ",
             "from about 8:00 p.m. (1700 gmt) on ", "beginning at 9:30 p.m. on "),
    rejects=("a drone hit kharkiv on ", "the attack of ", "from kharkiv on ",
             "from the night of the attack, on "),
)
DECLARED_BEFORE = Rule(
    "declared_before",
    "Right before a date, a declaration or a rite that follows a strike (\"a day of mourning "
    "has been declared in Sumy on\", \"mourning was declared for\", \"the funeral will be held "
    "on\"): the day of the mourning or the funeral, not of the strike the sentence names as its "
    "cause (`extract.events`, on the lower-cased text before the date).",
    r"\b(?:mourning|funerals?|burials?|farewell(?:\s+ceremony)?|memorial\s+(?:service|"
    r"ceremony)|(?:was|were|is|are|been|be|being)\s+declared|declares?|declaring)\b"
    r"[^.;:!?]{0,40}?\s(?:on|for)\s+(?:the\s+)?$",
    matches=("a day of mourning has been declared in sumy on ",
             "mourning was declared in the city for ", "the funeral will be held on the ",
             "the mayor declared a day of mourning on ", "farewell ceremony on "),
    rejects=("a drone hit kharkiv on ", "the attack on the city on ",
             "drones struck sumy, which declared nothing. on "),
)
NIGHT_NAMED = Rule(
    "night_named",
    "Right before a date, a night named by it (\"overnight on Feb. 21\", \"on the night of 21 "
    "February\", \"overnight into 21 February\"): in a report told of the night just past "
    "(\"overnight\") whose date is a day later, that night is the one before the report's, "
    "retold (`extract.events`, on the lower-cased text before the date).",
    r"\b(?:overnight|the\s+night)\s+(?:on|of|into|to)\s+(?:the\s+)?$",
    matches=("overnight on ", "on the night of ", "the air force said that overnight into "),
    rejects=("a drone hit kharkiv on ", "from the night of the attack, on ",
             "on the night of 9 may (from 19:00 on "),
)
IN_RELATIVE_CLAUSE = Rule(
    "in_relative_clause",
    "Text ending inside a relative clause: a day named there dates that clause, not the "
    "sentence (\"leaders who visited Kyiv on Saturday\").",
    r"\b(?:who|whom|which|whose)\b[^,;]*$",
    matches=("leaders who visited Kyiv ",),
    rejects=("leaders, who visited Kyiv, said ",),
    lower=False, flags=re.I,
)
