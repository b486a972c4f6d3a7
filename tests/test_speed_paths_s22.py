"""The shortcuts of the session of 2026-12-07 (seventh, "sx22") answer as the computations they
spare: `places.find` told that a text is `latin` (no letter of U+0400..U+04FF, which the
pipeline knows from `lower_sized`) skips its Cyrillic words' tests. (`_sentence_ends` and
`_line_breaks` by `str.find` loops cost more instructions than their regexes, compiled, and
were taken back; their tests stay.)"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import places
from extract.pipeline import extract_text, lower_sized
from extract.places import default_matcher
from geo.names import fold, fold_char

_CYRILLIC = re.compile("[\u0400-\u04ff]")

#: English report shapes of our own: a dash and curly quotes make them UCS-2 (where `in` scans),
#: place names with namesakes, a village word in English, a raion and a region word.
_LATIN_TEXTS = (
    "Russian drones struck Kharkiv overnight \u2014 the governor said two people were killed "
    "in the village of Sadove, Kherson region.\n\nThe regional administration\u2019s head said "
    "the Izium district and the Bohodukhiv community were shelled; \u201cfive\u201d were hurt.",
    "A missile hit Odesa\u2019s port. Debris fell in Lyman, Donetsk Oblast, and in Pokrovsk! "
    "Officials in the Dnipropetrovsk and Zaporizhzhia regions reported outages; talks went on?",
    "Shelling of the Nikopol raion (Dnipropetrovsk oblast) injured three \u2013 in Marhanets and "
    "Pokrov. Kupiansk, Kharkiv Oblast, was hit; residents of Kherson province fled.\u00a0",
)


def _no_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is None


def test_no_other_character_folds_or_lowers_into_cyrillic() -> None:
    """What `find`'s `latin` relies on: a text with no letter of U+0400..U+04FF has none once
    lower-cased and folded (every code point checked, as `fold` maps each on its own)."""
    for code in range(sys.maxunicode + 1):
        if 0x400 <= code <= 0x4FF or 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        low = ch.lower()
        assert _no_cyrillic(low), hex(code)
        assert _no_cyrillic(fold_char(ch)), hex(code)
        if len(low) == 1:
            assert _no_cyrillic(fold_char(low)), hex(code)


def test_a_sized_lowering_means_no_cyrillic_letter() -> None:
    """The pipeline passes `latin` where `lower_sized` gives a size: only for a text without a
    Cyrillic letter; a text with one (or ASCII) gets None, and `find` looks as before."""
    for text in _LATIN_TEXTS:
        low, size = lower_sized(text, text.encode("utf-8", "surrogatepass"))
        assert size is not None and low == text.lower(), text
    for text in ("Удар по Харкову \u2014 двоє загиблих.", "Kyiv \u2014 \u0456", "plain ascii"):
        assert lower_sized(text, text.encode("utf-8", "surrogatepass"))[1] is None


def test_the_village_gate_is_cyrillic_and_the_shortcut_on() -> None:
    assert places._VILLAGE_GATE_CYRILLIC
    assert all(_CYRILLIC.search(word) for word in places._VILLAGE_WORD.gate or ())
    assert all(places._cyrillic(letter) for letter in places._GATE_CYRILLIC)


def test_find_latin_as_the_full_path_on_examples() -> None:
    matcher = default_matcher()
    for text in _LATIN_TEXTS:
        folded = fold(text)
        assert _no_cyrillic(folded)
        for lang in (None, "en"):
            full = matcher.find(text, folded, lang)
            assert matcher.find(text, folded, lang, True) == full, text
        assert full  # (the texts name places: the comparison is not empty)
        assert places._gate_words(folded, True) == places._gate_words(folded)


def test_extraction_of_latin_reports_as_the_full_path() -> None:
    """The pipeline's mentions (`find` told `latin` by `lower_sized`) are those of a `find`
    that tests every word."""
    matcher = default_matcher()
    for text in _LATIN_TEXTS:
        full = matcher.find(text)
        mentions = extract_text(text, matcher=matcher).mentions
        assert [(m.start, m.end) for m in mentions] == [(f.start, f.end) for f in full], text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Kharkiv ", "Sadove ", "region", "regions ", "district ",
                                 "raion ", "communities ", "Oblast", "village of ", "Lyman",
                                 ", ", ". ", "\n", "\u2014", "\u2019s ", "Izium ", "the ",
                                 "Kherson ", "province of ", "skyi ", "hromada ", "coded to ",
                                 "killed ", "s. ", "pgt "]), max_size=30))
def test_find_latin_as_the_full_path_on_random_text(parts: list[str]) -> None:
    text = "".join(parts)
    folded = fold(text)
    matcher = default_matcher()
    assert matcher.find(text, folded, "en", True) == matcher.find(text, folded, "en")
    assert places._gate_words(folded, True) == places._gate_words(folded)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", ";", " ", "\n", "\t", "\xa0", "\u2028", "\x1c",
                                 "\x85", "x", "U.S.", "Kyiv", "\u2014", "\r\n", "..", "?!"]),
                max_size=40))
def test_sentence_ends_and_line_breaks_as_their_regexes(parts: list[str]) -> None:
    text = "".join(parts)
    assert places._sentence_ends(text) == [m.start() for m in re.finditer(r"[.!?;]\s", text)]
    assert places._line_breaks(text) == [m.start() for m in re.finditer("\n", text)]


def test_sentence_ends_at_the_text_end_and_in_long_text() -> None:
    for text in ("", ".", "a.", "a. ", "\n", "end.\n", "x;\u3000y!\u2029", "a.b. c"):
        assert places._sentence_ends(text) == [m.start() for m in re.finditer(r"[.!?;]\s", text)]
        assert places._line_breaks(text) == [m.start() for m in re.finditer("\n", text)]
    long = "Drones hit Kyiv. Two died; one was hurt!\nWhy? " * 2000
    assert places._sentence_ends(long) == [m.start() for m in re.finditer(r"[.!?;]\s", long)]
    assert places._line_breaks(long) == [m.start() for m in re.finditer("\n", long)]
