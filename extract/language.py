"""The language of a report: English, Ukrainian or Russian, from its letters.

Why letters and not a language-identification model: the three languages are told apart by
their alphabets with near certainty (Ukrainian writes і, ї, є, ґ; Russian ы, э, ъ, ё; English
neither Cyrillic alphabet), the test is one pass of `str.count`-speed work, and it needs no
model weights. Mixed texts (a Ukrainian post quoting a Russian official, an English article
with a Cyrillic name) are decided by which letters dominate. English stays the fast path: an
ASCII text is English without counting anything.
"""

from __future__ import annotations

from typing import Literal

from extract.rules import lang_ru, lang_uk

Lang = Literal["en", "uk", "ru"]
LANGS: tuple[Lang, ...] = ("en", "uk", "ru")

#: The UTF-8 lead bytes of U+0400..U+04FF: each Cyrillic letter's encoding has one of them and
#: no other character's has any (they are never continuation bytes), so their `bytes.count`s add
#: up to the Cyrillic letters (four scans in C; regex runs of letters took four times as long).
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
#: Every byte but A-Z and a-z: deleted from a text's UTF-8 encoding, its Latin letters remain.
_NOT_LATIN = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))
#: Letters only one of the two languages writes (lower case; the text is lower-cased first).
_UKRAINIAN_ONLY = "іїєґ"
_RUSSIAN_ONLY = "ыэъё"


def detect_language(text: str, *, encoded: bytes | None = None,
                    low: str | None = None) -> Lang:
    """`en`, `uk` or `ru`: the language most of the report's letters are written in.
    `encoded`: `text.encode("utf-8", "surrogatepass")` and `low`: `text.lower()`, if the caller
    has them already."""
    if text.isascii():
        return "en"
    if encoded is None:
        encoded = text.encode("utf-8", "surrogatepass")
    # Cyrillic letters are their lead bytes, Latin ones the bytes A-Z and a-z (never part of
    # a longer character's encoding): counted in C, without a string per word
    # no Cyrillic letter at all (an English report with bullets or curly quotes): four scans
    # for a lead byte in C, not the count of its Latin letters (a deletion pass over its bytes)
    if not any(map(encoded.__contains__, _CYRILLIC_LEADS)) or sum(
            map(encoded.count, _CYRILLIC_LEADS)) <= len(encoded.translate(None, _NOT_LATIN)):
        return "en"
    if low is None:
        low = text.lower()
    uk = sum(map(low.count, _UKRAINIAN_ONLY))
    ru = sum(map(low.count, _RUSSIAN_ONLY))
    if uk == ru:  # no telling letter, or as many of each: count the telling words
        # (short words frequent in one language and absent from the other: `LANGUAGE_WORDS`;
        # read here, not bound at the module's top, where mypyc's build cannot yet tell their
        # type: "Cannot determine type of LANGUAGE_WORDS", the modules being in one cycle)
        uk = len(lang_uk.LANGUAGE_WORDS.regex.findall(low))
        ru = len(lang_ru.LANGUAGE_WORDS.regex.findall(low))
        # Still a tie: Russian, since a Ukrainian sentence without і, ї or є is far rarer
        # (і is one letter in twenty) than a Russian one without ы, э, ъ or ё.
        return "uk" if uk > ru else "ru"
    return "ru" if ru > uk else "uk"
