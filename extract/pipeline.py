"""Text -> `Extraction`: place mentions, then strike events, as plain function calls."""

from __future__ import annotations

import hashlib
import logging

from extract.budget import TIME_BUDGET, Deadline
from extract.events import find_events
from extract.language import detect_language
from extract.model import Article, Extraction, Mention
from extract.places import PlaceMatcher, default_matcher
from geo.names import LOWER, fold
from geo.schema import iso_date as parse_published
from geo.schema import web_url

log = logging.getLogger(__name__)
_new = tuple.__new__


#: The bytes of ASCII, deleted from a text's UTF-8 to leave its other characters' bytes.
_ASCII = bytes(range(128))
#: The UTF-8 lead bytes of U+0400..U+04FF (as `extract.language` counts them).
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")


def lower_sized(text: str, encoded: bytes) -> tuple[str, int | None]:
    """`text.lower()`, given the text's UTF-8 (surrogatepass) bytes: where every character
    outside ASCII is its own lower case (an English report's bullets, dashes and quotes), the
    bytes lower-cased and decoded, which is the same string: `bytes.lower` changes A-Z alone
    and no byte of a longer sequence, and `str.lower` maps each character on its own but the
    capital sigma, which is no character of its own lower case. A 4 KB report with a "•" is
    UCS-2, whose `str.lower` looks up every character's mapping (~50 instructions each); a
    text with Cyrillic, or more than an eighth of its bytes outside ASCII, is lowered as is.
    With it the length of its UTF-8 where known (that of `encoded` where the bytes were
    lowered), else None."""
    if text.isascii() or any(map(encoded.__contains__, _CYRILLIC_LEADS)):
        return LOWER(text), None
    rest = encoded.translate(None, _ASCII)
    if len(rest) * 8 > len(encoded):
        return LOWER(text), None
    others = rest.decode("utf-8", "surrogatepass")
    if LOWER(others) != others:
        return LOWER(text), None
    lowered = encoded.lower()
    return lowered.decode("utf-8", "surrogatepass"), len(lowered)


def extract_text(text: str, *, published: str | None = None, source: str | None = None,
                 title: str | None = None, matcher: PlaceMatcher | None = None,
                 url: str | None = None, time_budget: float | None = TIME_BUDGET) -> Extraction:
    """Everything Strikemap reads from one report. `url` is its web address; without one, a
    `source` that is an http(s) link is taken as the address. An extraction that takes more
    than `time_budget` seconds (None: no limit) raises `BudgetExceeded` (a ValueError) with a
    message for the user. (The readers and the paste box refuse a text over
    `MAX_ARTICLE_CHARS` before it gets here, `extract.budget.check_size`.)"""
    deadline = Deadline(time_budget, len(text))
    matcher = matcher or default_matcher()
    # The text's bytes and its lower case, made once: the language, the id, the folding and
    # the events' reading all start from them.
    encoded = text.encode("utf-8", "surrogatepass")
    low, low_size = lower_sized(text, encoded)
    lang = detect_language(text, encoded=encoded, low=low)
    article = Article(id=hashlib.sha1(encoded).hexdigest(),
                      source=source, published=published, title=title, lang=lang,
                      url=web_url(url) or web_url(source))
    if not text or not text.strip():
        return Extraction(article)
    folded = fold(text, low, low_size)
    # (a size known: lowered as bytes, which `lower_sized` does only for a text without a
    # Cyrillic lead byte, so the places' Cyrillic words need not be looked for)
    found = matcher.find(text, folded, lang, low_size is not None)
    deadline.check()
    events, struck = find_events(text, found, matcher.gazetteer, low_text=low,
                                 published=parse_published(published), article_id=article.id,
                                 lang=lang, deadline=deadline, encoded=encoded)
    described, written_name = matcher.described, matcher.written_name
    # `tuple.__new__` builds each Mention as its named tuple's own `__new__` does, without
    # that Python-level call (~0.45 us of each of a report's some 28 mentions)
    mentions = tuple(_new(Mention, (text[start:end], start, end, *described(place),
                                    "strike" if i in struck else "other", place.approx))
                     for i, (start, end, place, _how) in enumerate(found))
    if any(m.text != m.name for m in mentions):
        # a former name as written ("Novomoskovsk" of Samar): `PlaceMatcher.written_name`
        mentions = tuple(m if m.text == m.name or (name := written_name(m.text, f.place))
                         == m.name else m._replace(name=name)
                         for m, f in zip(mentions, found, strict=True))
    return Extraction(article, mentions, tuple(events))
